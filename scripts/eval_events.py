"""Score event coding against the hand-written sentences in tests/data/event_cases_*.jsonl.

    .venv/bin/python scripts/eval_events.py                  # the report
    .venv/bin/python scripts/eval_events.py --json           # one JSON object
    .venv/bin/python scripts/eval_events.py --failures 30    # also the misses and extras
    .venv/bin/python scripts/eval_events.py --split dev      # the annotated corpus (corpus/events)
    .venv/bin/python scripts/eval_events.py --split dev --split test --json

With --split, the sentences of that split of corpus/events are coded after their context sentence
(real text is read from ../shared) and scored by multipolar.evaluate.corpus.score_corpus:
sentence-level detection, event P/R/F1 (type in the sentence), type accuracy on detected
sentences, actor and recipient country on matched events, no-event sentences left alone, per
type, and the reliability of the events' confidence. MULTIPOLAR_EVENT_MODEL=off scores the rules
alone. The blind split is for measuring only: nothing is tuned on it.

Each case is a text of one or two sentences with its date and the PLOVER events a careful
coder would code from it (type, actor, recipient, negated), written without running the coder.
An expected event is found when a coded event has its type, the expected actor among its actors
and the expected recipient among its recipients (an empty recipient when none is expected; for a
reciprocal event either direction, or both parties as actors), with the same negation. A side
matches by state (ISO3) or by knowledge-base organisation id; a person stands for their
organisation when the knowledge base gives one (Stoltenberg for NATO). A coded event that finds
no expected event is an extra: precision counts them. Hypothetical coded events are compared
like the others (their flag is not scored).

Figures: event precision, recall and F1; the same for the type alone (the type found in the
case, any sides); per type and per tag; and the share of event-free cases left without events.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from multipolar.evaluate.corpus import side_keys as _keys

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "tests" / "data").glob("event_cases_*.jsonl"))
ALIASES = {"ISIS": "ISLAMIC_STATE"}


def load_cases(paths=CASES) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.open(encoding="utf-8") if line.strip()]


def matches(want: dict, ev, kb) -> bool:
    if ev.type != want["type"] or bool(ev.negated) != bool(want.get("negated")):
        return False
    actors, recips = _keys(ev.actor, kb), _keys(ev.recipient, kb)
    a, r = (ALIASES.get(x, x) if x else None for x in (want.get("actor"), want.get("recipient")))
    if want.get("reciprocal") and r:
        return ({a, r} <= actors | recips) and (a in actors or r in actors)
    if r is None:
        return a in actors
    return a in actors and r in recips


def evaluate(cases: list[dict]) -> dict:
    from multipolar.kb import load_kb
    from multipolar.model import Article
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    kb = load_kb()
    results = code_articles([Article(c["id"], c["text"], c.get("date")) for c in cases], load_pipeline())
    tp = fn = fp = 0
    type_tp = type_fn = type_fp = 0
    by_type: dict[str, Counter] = defaultdict(Counter)
    by_tag: dict[str, Counter] = defaultdict(Counter)
    quiet = [0, 0]
    misses, extras = [], []
    for case, res in zip(cases, results):
        coded = list(res.events)
        used: set[int] = set()
        found_all = True
        for want in case["events"]:
            hit = next((i for i, e in enumerate(coded) if i not in used and matches(want, e, kb)), None)
            if hit is None:
                hit = next((i for i, e in enumerate(coded) if matches(want, e, kb)), None)
            by_type[want["type"]]["expected"] += 1
            if hit is not None:
                used.add(hit)
                tp += 1
                by_type[want["type"]]["found"] += 1
            else:
                fn += 1
                found_all = False
                misses.append((case, want))
        for i, e in enumerate(coded):
            by_type[e.type]["coded"] += 1
            if i in used:
                by_type[e.type]["right"] += 1
            else:
                fp += 1
                extras.append((case, e))
        want_types, got_types = Counter(w["type"] for w in case["events"]), Counter(e.type for e in coded)
        type_tp += sum((want_types & got_types).values())
        type_fn += sum((want_types - got_types).values())
        type_fp += sum((got_types - want_types).values())
        for tag in case.get("tags", ()) or ("plain",):
            by_tag[tag]["cases"] += 1
            by_tag[tag]["expected"] += len(case["events"])
            by_tag[tag]["found"] += sum(1 for w in case["events"]
                                        if any(matches(w, e, kb) for e in coded))
            by_tag[tag]["all_right"] += found_all and len(used) == len(coded)
        if not case["events"]:
            quiet[0] += 1
            quiet[1] += not coded
    return {"cases": len(cases), "expected": tp + fn, "coded": tp + fp,
            **prf("event", tp, fp, fn), **prf("type", type_tp, type_fp, type_fn),
            "none_cases_quiet": round(quiet[1] / quiet[0], 3) if quiet[0] else None,
            "by_type": {t: dict(c) for t, c in sorted(by_type.items())},
            "by_tag": {t: dict(c) for t, c in sorted(by_tag.items())},
            "_misses": misses, "_extras": extras}


def prf(name: str, tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {f"{name}_precision": round(p, 3), f"{name}_recall": round(r, 3),
            f"{name}_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _side(side) -> str:
    return ",".join(a.country or a.id or a.name or "?" for a in side) or "-"


def tune() -> int:
    """Code dev once with the loosest thresholds, then score each (keep, add) by filtering: a rule
    event stands at confidence >= keep, an event the model added or retyped at >= add."""
    from multipolar import settings
    from multipolar.evaluate.corpus import code_records, load_corpus, score_corpus
    from multipolar.nlp.pipeline import load_pipeline

    recs = sorted(load_corpus(ROOT.parent / "shared", splits=("dev",)), key=lambda r: r["id"])
    loose = settings.learned()
    coded = code_records(recs, load_pipeline(learned=(loose[0], 0.0, 0.3, 0.0)))
    rows = []
    for keep in (0.0, 0.02, 0.1, 0.2, 0.3):
        for add in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01):
            kept = [[e for e in evs if e.confidence >= (add if "model" in (e.rule or "") else keep)]
                    for evs in coded]
            got = score_corpus(recs, kept)
            rows.append((got["event_f1"], keep, add, got))
    rows.sort(key=lambda r: -r[0])
    print("keep  add   event_f1 detect_f1 type_acc actor recip none_alone full_p full_r")
    for f1, keep, add, got in rows:
        print(f"{keep:4} {add:4}   {f1:8} {got['detect_f1']:9} {got['type_accuracy']:8} {got['actor_country']:5} "
              f"{got['recipient_country']:5} {got['none_left_alone']:10} {got['full_precision']:6} {got['full_recall']}")
    return 0


def corpus_report(splits: list[str], min_confidence: float, as_json: bool) -> int:
    from multipolar.evaluate.corpus import code_records, load_corpus, score_corpus

    shared = ROOT.parent / "shared"
    if not shared.is_dir():
        print("../shared is absent: the corpus's real sentences cannot be read", file=sys.stderr)
        return 2
    out = {}
    for split in splits:
        recs = sorted(load_corpus(shared, splits=(split,)), key=lambda r: r["id"])
        out[split] = score_corpus(recs, code_records(recs), min_confidence)
    if as_json:
        print(json.dumps(out, indent=1))
        return 0
    keys = ("sentences", "gold_events", "coded_events", "detect_precision", "detect_recall", "detect_f1",
            "event_precision", "event_recall", "event_f1", "type_accuracy", "full_precision", "full_recall", "actor_country",
            "recipient_country", "none_left_alone", "coded_not_asserted")
    print("figure               " + "".join(f"{s:>9}" for s in splits))
    for k in keys:
        print(f"{k:20} " + "".join(f"{out[s][k]!s:>9}" for s in splits))
    for s in splits:
        print(f"\n{s}: per type (gold coded right)")
        for t, v in out[s]["per_type"].items():
            print(f"  {t:10} {v['gold']:5} {v['coded']:5} {v['right']:5}")
        print(f"{s}: confidence bin -> share right: " +
              ", ".join(f"{r['bin']} {r['right']} (n={r['n']})" for r in out[s]["reliability"]))
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true")
    p.add_argument("--failures", type=int, default=0, help="print this many misses and extras")
    p.add_argument("--split", action="append", choices=("train", "dev", "test", "blind"),
                   help="score a split of the annotated corpus instead (repeatable)")
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--tune", action="store_true",
                   help="choose the model's keep and add thresholds on the dev split (never on test or blind)")
    p.add_argument("cases", nargs="*", help="case files (default: tests/data/event_cases_*.jsonl)")
    a = p.parse_args()
    if a.tune:
        return tune()
    if a.split:
        return corpus_report(a.split, a.min_confidence, a.json)
    out = evaluate(load_cases([Path(x) for x in a.cases] or CASES))
    misses, extras = out.pop("_misses"), out.pop("_extras")
    if a.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"{out['cases']} cases, {out['expected']} expected events, {out['coded']} coded")
    for name in ("event", "type"):
        print(f"{name:6} precision {out[f'{name}_precision']:.3f}  recall {out[f'{name}_recall']:.3f}  "
              f"F1 {out[f'{name}_f1']:.3f}")
    print(f"event-free cases left without events: {out['none_cases_quiet']}")
    print("\ntype        expected found coded right")
    for t, c in out["by_type"].items():
        print(f"{t:11} {c.get('expected', 0):8} {c.get('found', 0):5} {c.get('coded', 0):5} {c.get('right', 0):5}")
    print("\ntag               cases expected found all-right")
    for t, c in out["by_tag"].items():
        print(f"{t:17} {c['cases']:5} {c['expected']:8} {c['found']:5} {c['all_right']:9}")
    for case, want in misses[: a.failures]:
        print(f"MISS  {case['id']}: {want} | {case['text'][:160]}")
    for case, e in extras[: a.failures]:
        print(f"EXTRA {case['id']}: {e.type} {_side(e.actor)} -> {_side(e.recipient)} neg={e.negated} "
              f"«{e.trigger.text}» | {case['text'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
