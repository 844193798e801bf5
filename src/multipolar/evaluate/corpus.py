"""The annotated event corpus (corpus/events/): records, references into ../shared, and splits.

Real sentences are stored as references (source, row, character offsets), never as text: the
text is read back from the source files in ``../shared/data`` when the corpus is loaded. Sentences
written for the project carry their own text.

    record = {"id", "doc", "source", "ref" | "text", "date", "context"?, "events": [...],
              "annotator", "split"}
    event  = {"type", "mode", "actor": [side], "recipient": [side], "negated", "hypothetical",
              "future", "historical", "stance", "trigger"?}
    side   = {"start", "end", "country", "sector"} (start/end null when the side is implicit)

``stance`` is asserted, asked, denied or attributed (see corpus/events/GUIDE.md).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

SOURCES = {
    "news-dev": "news-dev/president_gov_ua_zelenskyy_press_releases.csv",
    "conflibert": "conflibert-cameo-train/sentences.tsv",
    "ngec": "ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv",
}
REAL = frozenset(SOURCES)
SPLITS = ("train", "dev", "test", "blind")

# A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital, digit or
# opening quote; not after a title, an initial or a common abbreviation.
_END = re.compile(r"""(?<=[.!?])["”’)\]]?\s+(?=["“‘(\[]?[A-Z0-9])""")
_NO_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|Jr|Sr|No|Vol|Art|Fig|vs|etc"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|approx)\.|\b[A-Z]\.|\b[A-Z]\.[A-Z]\.)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (paragraph breaks always end one)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in _END.finditer(para.group()):
            cut = para.start() + m.start()
            if _NO_END.search(text[start:cut]):
                continue
            end = cut + len(m.group().rstrip()) if m.group()[:1] in "\"”’)]" else cut
            spans.append(_strip(text, start, end))
            start = para.start() + m.end()
        spans.append(_strip(text, start, para.end()))
    return [s for s in spans if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=4)
def source_rows(shared: Path, source: str) -> list[dict]:
    """The rows of one source as dicts with at least ``text`` and ``date`` (may be empty)."""
    path = Path(shared) / "data" / SOURCES[source]
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        if source == "conflibert":
            return [{"text": line.rstrip("\n").rsplit("\t", 1)[0], "date": None,
                     "label": line.rstrip("\n").rsplit("\t", 1)[1]} for line in f if line.strip()]
        rows = list(csv.DictReader(f))
    if source == "news-dev":
        return [{"text": r["body"], "date": r["date"][:10], "title": r["headline"]} for r in rows]
    return [{"text": r["text"], "date": None, "title": r["title"], "label": r["label"],
             "mode": r["mode"]} for r in rows]


def corpus_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "corpus" / "events"


def load_corpus(shared: Path | None = None, path: Path | None = None,
                splits: tuple[str, ...] = SPLITS) -> Iterator[dict]:
    """Yield corpus records with ``text`` filled in (real text read from ``shared``).

    Records whose source text is unavailable (no ``shared``) are skipped when real.
    """
    path = path or corpus_dir() / "annotations"
    for file in sorted(Path(path).glob("*.jsonl")):
        for line in file.open(encoding="utf-8"):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("split") not in splits:
                continue
            if "ref" in rec:
                if shared is None:
                    continue
                ref = rec["ref"]
                row = source_rows(Path(shared), ref["source"])[ref["row"]]
                rec["text"] = row["text"][ref["start"]:ref["end"]]
                ctx = ref.get("context")
                rec["context"] = row["text"][ctx[0]:ctx[1]] if ctx else ""
                rec.setdefault("title", row.get("title"))
            yield rec


# ---- scoring the coder on the corpus ----------------------------------------------------------
def code_records(records: list[dict], nlp=None) -> list[list]:
    """Code each sentence after its context sentence; keep the events read from the sentence."""
    from ..model import Article
    from ..nlp.pipeline import code_articles, load_pipeline

    arts, offsets = [], []
    for r in records:
        ctx = r.get("context") or ""
        offsets.append(len(ctx) + 1 if ctx else 0)
        arts.append(Article(r["id"], f"{ctx} {r['text']}" if ctx else r["text"], r.get("date"), r.get("title")))
    out = []
    for res, off in zip(code_articles(arts, nlp or load_pipeline(), admit=False), offsets):
        out.append([e for e in res.events if (e.sentence or e.evidence).start >= off])
    return out


def side_keys(side, kb) -> set[str]:
    """What a coded side can match: its states and ids, and a person's organisation."""
    out = set()
    for a in side:
        out |= {k for k in (a.country, a.id) if k}
        person = kb.persons.get(a.id) if a.id else None
        if person is not None and person.org:
            out.add(person.org)
    return out


def _gold_keys(sides: list[dict]) -> set[str]:
    return {s["country"] for s in sides if s.get("country")}


def score_corpus(records: list[dict], coded: list[list], min_confidence: float = 0.0) -> dict:
    """Detection, type, sides, per type and calibration of coded events against the gold.

    Gold events are the asserted ones; a coded event matches a gold event of its type in the same
    sentence (one to one). Sides are scored on matched pairs whose gold side has a country: right
    when a coded side has that country (or organisation id).
    """
    from collections import Counter

    from ..kb import load_kb

    kb = load_kb()
    c: Counter = Counter()
    per_type: dict[str, Counter] = {}
    bins: list[list[int]] = [[0, 0] for _ in range(10)]
    for rec, evs in zip(records, coded):
        evs = [e for e in evs if (e.confidence if e.confidence is not None else 1.0) >= min_confidence]
        gold = [g for g in rec["events"] if g["stance"] == "asserted"]
        other = {g["type"] for g in rec["events"] if g["stance"] != "asserted"}
        c["sentences"] += 1
        c["gold_sent"] += bool(gold)
        c["coded_sent"] += bool(evs)
        c["both_sent"] += bool(gold) and bool(evs)
        c["none_sent"] += not gold
        c["none_quiet"] += not gold and not evs
        gold_types = {g["type"] for g in gold}
        if gold and evs:
            c["typed_coded"] += len(evs)
            c["typed_right"] += sum(e.type in gold_types for e in evs)
        used: set[int] = set()
        for e in evs:
            pt = per_type.setdefault(e.type, Counter())
            pt["coded"] += 1
            hit = next((i for i, g in enumerate(gold) if i not in used and g["type"] == e.type), None)
            if e.confidence is not None:
                b = min(int(e.confidence * 10), 9)
                bins[b][0] += 1
                bins[b][1] += hit is not None
            if hit is None:
                c["fp"] += 1
                c["coded_not_asserted"] += e.type in other
                continue
            used.add(hit)
            c["tp"] += 1
            pt["right"] += 1
            g = gold[hit]
            full = True
            for role, side in (("actor", e.actor), ("recipient", e.recipient)):
                want = _gold_keys(g[role])
                if want:
                    c[f"{role}_n"] += 1
                    c[f"{role}_ok"] += bool(want & side_keys(side, kb))
                    full = full and bool(want & side_keys(side, kb))
            c["full"] += full
        for g in gold:
            per_type.setdefault(g["type"], Counter())["gold"] += 1
        c["fn"] += len(gold) - len(used)

    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0

    dp, dr, df = prf(c["both_sent"], c["coded_sent"] - c["both_sent"], c["gold_sent"] - c["both_sent"])
    ep, er, ef = prf(c["tp"], c["fp"], c["fn"])
    ratio = lambda a, b: round(c[a] / c[b], 3) if c[b] else None
    return {
        "sentences": c["sentences"], "gold_events": c["tp"] + c["fn"], "coded_events": c["tp"] + c["fp"],
        "detect_precision": dp, "detect_recall": dr, "detect_f1": df,
        "event_precision": ep, "event_recall": er, "event_f1": ef,
        "type_accuracy": ratio("typed_right", "typed_coded"),
        # right in type, actor's state and recipient's state (where the gold gives them)
        "full_precision": round(c["full"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else 0.0,
        "full_recall": round(c["full"] / (c["tp"] + c["fn"]), 3) if c["tp"] + c["fn"] else 0.0,
        "actor_country": ratio("actor_ok", "actor_n"), "recipient_country": ratio("recipient_ok", "recipient_n"),
        "none_left_alone": ratio("none_quiet", "none_sent"),
        "coded_not_asserted": c["coded_not_asserted"],
        "per_type": {t: {"gold": v["gold"], "coded": v["coded"], "right": v["right"]}
                     for t, v in sorted(per_type.items())},
        "reliability": [{"bin": f"{k / 10:.1f}-{(k + 1) / 10:.1f}", "n": n, "right": round(r / n, 3)}
                        for k, (n, r) in enumerate(bins) if n],
    }
