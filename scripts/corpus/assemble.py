"""Turn the annotators' files into the versioned corpus (corpus/events/annotations/*.jsonl).

    python scripts/corpus/assemble.py --work WORKDIR

WORKDIR holds pool.jsonl (build_pool.py), out/*.jsonl (annotations of real sentences, one
annotator a file), double/*.jsonl (second annotations of a sample) and written/*.jsonl (sentences
written for the project, with their annotations). Spans given as text are turned into character
offsets into the sentence; real sentences keep only their reference, never their text.

Splits are by source document and fixed by a hash of the document id (so adding documents never
moves old ones): a fifth of the real documents (news-dev and ConfliBERT) form the blind split; the
rest, and the written documents, go to train (70%), dev (15%) and test (15%).
Also writes corpus/events/STATS.md: counts, the no-event share, per type, and the agreement of the
doubly annotated sample (Cohen's kappa on sentence type sets, span agreement on sides).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from multipolar.evaluate.corpus import source_rows

SHARED = ROOT.parent / "shared"
OUT = ROOT / "corpus" / "events"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
BLIND = 0.2  # share of real news documents kept for the blind split
STANCES = ("asserted", "attributed", "asked", "denied")
FLAGS = ("negated", "hypothetical", "future", "historical", "reciprocal")


def _bucket(doc: str) -> float:
    return int(hashlib.sha256(doc.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def split_of(doc: str, real: bool) -> str:
    h = _bucket(doc)
    if real and not doc.startswith("ngec:"):
        if h < BLIND:
            return "blind"
        h = (h - BLIND) / (1 - BLIND)
    return "train" if h < 0.70 else "dev" if h < 0.85 else "test"


def _find(text: str, needle: str | None, near: int | None = None) -> tuple[int | None, int | None]:
    if not needle:
        return None, None
    hits, i = [], text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    if not hits:
        low = text.lower().find(needle.lower())
        if low < 0:
            return -1, -1
        hits = [low]
    start = min(hits, key=lambda h: abs(h - near)) if near is not None else hits[0]
    return start, start + len(needle)


def clean_event(ev: dict, text: str, problems: Counter) -> dict | None:
    etype = str(ev.get("type", "")).upper()
    if etype not in TYPES:
        problems["unknown type"] += 1
        return None
    stance = ev.get("stance") or "asserted"
    if stance not in STANCES:
        problems["unknown stance"] += 1
        stance = "asserted"
    t0, t1 = _find(text, ev.get("trigger"))
    if t0 == -1:
        problems["trigger not in sentence"] += 1
        t0 = t1 = None
    out = {"type": etype, "mode": ev.get("mode") or "", "stance": stance,
           **{f: bool(ev.get(f)) for f in FLAGS},
           "trigger": [t0, t1] if t0 is not None else None}
    for role in ("actor", "recipient"):
        sides = []
        for side in ev.get(role) or []:
            if not isinstance(side, dict):
                problems["side not an object"] += 1
                continue
            s0, s1 = _find(text, side.get("text"), t0)
            if s0 == -1:
                problems["side text not in sentence"] += 1
                s0 = s1 = None
            country = side.get("country")
            sides.append({"start": s0, "end": s1,
                          "country": country.upper() if isinstance(country, str) else None,
                          "sector": (side.get("sector") or None)})
        out[role] = sides
    return out


def read_jsonl(path: Path) -> list[dict]:
    out = []
    for line in path.open(encoding="utf-8"):
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                print(f"{path.name}: a broken line skipped", file=sys.stderr)
    return out


def assemble(work: Path) -> tuple[list[dict], list[tuple[dict, dict]], Counter]:
    pool = {r["id"]: r for r in read_jsonl(work / "pool.jsonl")}
    problems: Counter = Counter()
    records, seen = [], set()
    for f in sorted((work / "out").glob("*.jsonl")):
        for ann in read_jsonl(f):
            src = pool.get(ann.get("id"))
            if src is None or ann["id"] in seen:
                problems["unknown or repeated id"] += 1
                continue
            seen.add(ann["id"])
            evs = [e for e in (clean_event(ev, src["text"], problems) for ev in ann.get("events") or []) if e]
            ref = dict(src["ref"])
            if src.get("context"):  # the sentence before, as offsets into the same source text
                row = source_rows(SHARED, ref["source"])[ref["row"]]["text"]
                at = row.rfind(src["context"], 0, ref["start"])
                if at >= 0:
                    ref["context"] = [at, at + len(src["context"])]
            records.append({"id": ann["id"], "doc": src["doc"], "source": src["source"], "ref": ref,
                            "date": src["date"], "events": evs, "annotator": f.stem,
                            "split": split_of(src["doc"], True)})
    for f in sorted((work / "written").glob("*.jsonl")):
        for ann in read_jsonl(f):
            text = ann.get("text")
            if not isinstance(text, str) or not text.strip() or ann.get("id") in seen:
                problems["written: no text or repeated id"] += 1
                continue
            seen.add(ann["id"])
            doc = f"written:{ann.get('doc') or ann['id']}"
            evs = [e for e in (clean_event(ev, text, problems) for ev in ann.get("events") or []) if e]
            records.append({"id": ann["id"], "doc": doc, "source": "written", "text": text,
                            "context": ann.get("context") or "", "date": ann.get("date"),
                            "register": ann.get("register"), "region": ann.get("region"),
                            "events": evs, "annotator": f.stem, "split": split_of(doc, False)})
    by_id = {r["id"]: r for r in records}
    pairs = []
    for f in sorted((work / "double").glob("*.jsonl")):
        for ann in read_jsonl(f):
            first = by_id.get(ann.get("id"))
            if first is None:
                continue
            text = first["text"] if "text" in first else pool[first["id"]]["text"]
            evs = [e for e in (clean_event(ev, text, Counter()) for ev in ann.get("events") or []) if e]
            pairs.append((first, {"id": ann["id"], "events": evs, "annotator": f.stem}))
    return records, pairs, problems


def asserted_types(rec: dict) -> set[str]:
    return {e["type"] for e in rec["events"] if e["stance"] == "asserted"}


def kappa(pairs: list[tuple[dict, dict]]) -> dict:
    """Cohen's kappa per label (each type and 'no event'), pooled as a mean, over sentences."""
    labels = TYPES + ("NONE",)
    out = {}
    for lab in labels:
        a = [lab in (asserted_types(x) or {"NONE"}) for x, _ in pairs]
        b = [lab in (asserted_types(y) or {"NONE"}) for _, y in pairs]
        n = len(a)
        if not n:
            continue
        po = sum(x == y for x, y in zip(a, b)) / n
        pa, pb = sum(a) / n, sum(b) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        if sum(a) + sum(b):
            out[lab] = (po - pe) / (1 - pe) if pe < 1 else 1.0
    return out


def type_kappa(pairs: list[tuple[dict, dict]]) -> float:
    """Cohen's kappa on one label a sentence: its first asserted type, or NONE."""
    def one(rec):
        evs = [e["type"] for e in rec["events"] if e["stance"] == "asserted"]
        return evs[0] if evs else "NONE"
    a, b = [one(x) for x, _ in pairs], [one(y) for _, y in pairs]
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (po - pe) / (1 - pe)


def side_agreement(pairs: list[tuple[dict, dict]]) -> dict:
    """For events both annotators coded with the same type: how often their sides agree."""
    same_span = same_country = total = 0
    for x, y in pairs:
        ya = {e["type"]: e for e in y["events"] if e["stance"] == "asserted"}
        for e in x["events"]:
            f = ya.get(e["type"]) if e["stance"] == "asserted" else None
            if f is None:
                continue
            for role in ("actor", "recipient"):
                for s in e[role]:
                    total += 1
                    same_country += any(s["country"] == t["country"] for t in f[role])
                    same_span += any(s["start"] is not None and t["start"] is not None
                                     and s["start"] < t["end"] and t["start"] < s["end"] for t in f[role])
    return {"sides": total, "span_overlap": same_span / total if total else None,
            "country": same_country / total if total else None}


def stats_md(records: list[dict], pairs: list[tuple[dict, dict]], problems: Counter) -> str:
    n = len(records)
    none = sum(not asserted_types(r) for r in records)
    real = sum(r["source"] != "written" for r in records)
    lines = ["# The event corpus in figures", "",
             "Made by `scripts/corpus/assemble.py`; do not edit by hand.", "",
             f"- sentences: {n} ({real} real, stored as references; {n - real} written for the project)",
             f"- with no asserted event: {none} ({none / n:.1%})",
             f"- events: {sum(len(r['events']) for r in records)} "
             f"(asserted {sum(e['stance'] == 'asserted' for r in records for e in r['events'])})", ""]
    lines += ["| split | sentences | real | documents | no event |", "|---|---|---|---|---|"]
    for sp in ("train", "dev", "test", "blind"):
        rs = [r for r in records if r["split"] == sp]
        lines.append(f"| {sp} | {len(rs)} | {sum(r['source'] != 'written' for r in rs)} | "
                     f"{len({r['doc'] for r in rs})} | {sum(not asserted_types(r) for r in rs)} |")
    lines += ["", "| source | sentences |", "|---|---|"]
    for src, k in sorted(Counter(r["source"] for r in records).items()):
        lines.append(f"| {src} | {k} |")
    lines += ["", "| type | asserted | attributed | asked | denied |", "|---|---|---|---|---|"]
    c = Counter((e["type"], e["stance"]) for r in records for e in r["events"])
    for t in TYPES:
        lines.append(f"| {t} | " + " | ".join(str(c[(t, s)]) for s in STANCES) + " |")
    if pairs:
        ks = kappa(pairs)
        sa = side_agreement(pairs)
        lines += ["", f"## Agreement ({len(pairs)} sentences annotated twice, independently)", "",
                  f"- Cohen's kappa on the sentence's (first) type or no event: {type_kappa(pairs):.3f}",
                  f"- mean per-label kappa (each type and 'no event', present or not): "
                  f"{sum(ks.values()) / len(ks):.3f}",
                  f"- event or no event: kappa {ks.get('NONE', float('nan')):.3f}",
                  f"- sides of events both coded with the same type: {sa['sides']}; span overlap "
                  f"{sa['span_overlap']:.3f}, same country {sa['country']:.3f}", "",
                  "| label | kappa |", "|---|---|"]
        lines += [f"| {k} | {v:.3f} |" for k, v in ks.items()]
    if problems:
        lines += ["", "## Repairs made while assembling", ""]
        lines += [f"- {k}: {v}" for k, v in problems.most_common()]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True)
    args = ap.parse_args()
    records, pairs, problems = assemble(args.work)
    ann = OUT / "annotations"
    ann.mkdir(parents=True, exist_ok=True)
    for old in ann.glob("*.jsonl"):
        old.unlink()
    groups: dict[str, list[dict]] = {}
    for r in records:
        groups.setdefault(f"{r['source']}-{r['split']}", []).append(r)
    for name, rs in sorted(groups.items()):
        with (ann / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for r in sorted(rs, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with (OUT / "double.jsonl").open("w", encoding="utf-8") as f:
        for _, second in sorted(pairs, key=lambda p: p[0]["id"]):
            f.write(json.dumps(second, ensure_ascii=False, sort_keys=True) + "\n")
    (OUT / "STATS.md").write_text(stats_md(records, pairs, problems), encoding="utf-8")
    print((OUT / "STATS.md").read_text())


if __name__ == "__main__":
    main()
