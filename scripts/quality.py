#!/usr/bin/env python3
"""Measure multipolar's quality figures and compare them with the pinned floors.

    .venv/bin/python scripts/quality.py                 # measure all, print figure vs floor
    .venv/bin/python scripts/quality.py seed petrarch   # only some
    .venv/bin/python scripts/quality.py --json

The floors live in tests/quality_baseline.json, each with the reason it is set where it is;
tests/test_quality_gate.py fails CI when a figure drops below its floor (as trafilatura's
eval_gate does). Raise a floor when a change raises the figure for good; never lower one without
saying why in the commit. Needs ../shared (the gold sets are not part of the package).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "tests" / "quality_baseline.json"
PETRARCH = SHARED / "data" / "petrarch-unit-tests"


def seed() -> dict[str, float]:
    """The seed article's scorer: recall of core and stretch events, quotes, mentions, dates."""
    from multipolar import api
    from multipolar.model import to_records

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.jsonl"
        recs = [r for res in api.code([SHARED / "corpus" / "seed.jsonl"]) for r in to_records(res)]
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
        res = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
             str(SHARED / "gold" / "seed-article.json"), "--text",
             str(SHARED / "corpus" / "000_003f3a805b1ea64e.txt"), "--coded", str(out), "--json"],
            capture_output=True, text=True)
    data = json.loads(res.stdout[: res.stdout.rindex("}") + 1])
    ok = not data["n_schema_problems"] and not data["non_actors_coded"] and not data["not_negated"]
    return {"seed_core": data["core_recall"], "seed_stretch": data["stretch_recall"],
            "seed_quotes": data["quote_recall"], "seed_mentions": data["mention_recall"],
            "seed_dates": sum(data["dates"]) / max(1, len(data["dates"])),
            "seed_exact_checks": 1.0 if ok else 0.0}


def resolution() -> dict[str, float]:
    """Accuracy on the actor-resolution set (tests/data/resolution_cases.jsonl)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_resolution import evaluate, load_cases  # noqa: E402

    return {"resolution_accuracy": round(evaluate(load_cases())["accuracy"], 4)}


def petrarch() -> dict[str, float]:
    """PETRARCH's unit-test records, coded with their own dictionaries imported."""
    from multipolar.evaluate import run_eval
    from multipolar.importers.phoenix import import_phoenix

    with tempfile.TemporaryDirectory() as tmp:
        kb = Path(tmp) / "petr-kb.yaml"
        import_phoenix(PETRARCH, kb)
        lexicon = _petrarch_lexicon(Path(tmp))
        result = run_eval(str(PETRARCH / "PETR.UnitTest.records.xml"), kb_files=(str(kb),),
                          lexicon_path=lexicon)
    return {"petrarch_correct": round(result.share_correct, 4)}


def _petrarch_lexicon(tmp: Path) -> str | None:
    try:
        from multipolar.importers.petrarch_verbs import import_petrarch_verbs
    except ImportError:
        return None
    out = tmp / "petr-verbs.yaml"
    import_petrarch_verbs([PETRARCH / "PETR.Validate.verbs.txt"], out)
    return str(out)


def demo(show_misses: bool = False) -> dict[str, float]:
    """Recall of the reference events written into the bundled demo corpus (truth.csv: the main
    events of each article; a light reference, not an exhaustive gold standard)."""
    import csv

    from multipolar import api
    from multipolar.nlp.pipeline import load_pipeline  # noqa: F401 (warm)

    folder = ROOT / "src" / "multipolar" / "data" / "demo"
    truth = list(csv.DictReader((folder / "truth.csv").open(encoding="utf-8")))
    results = {r.doc_id: r for r in api.code([folder / "articles.jsonl"])}
    hits = typed = 0
    for t in truth:
        res = results[t["doc_id"]]
        start = res.text.find(t["sentence_start"])
        end = start + len(t["sentence_start"])  # the parser may split a dateline off the sentence
        evs = [e for e in res.events if (e.sentence or e.evidence).start < end
               and start < (e.sentence or e.evidence).end]
        same_type = [e for e in evs if e.type == t["type"]]
        typed += bool(same_type)
        ok = any(_sides_match(e, t) for e in same_type)
        hits += ok
        if show_misses and not ok:
            got = [(e.type, [a.country or a.id for a in e.actor], [a.country or a.id for a in e.recipient]) for e in evs]
            print(f"MISS {t['doc_id'][:12]} {t['type']} {t['actor_country']}->{t['recipient_country']} "
                  f"neg={t['negated']}: {t['sentence_start']!r} got {got}")
    n_events = sum(len(r.events) for r in results.values())
    return {"demo_truth_recall": round(hits / len(truth), 4),
            "demo_truth_type_recall": round(typed / len(truth), 4),
            "demo_events_per_article": round(n_events / len(results), 2)}


def _sides_match(e, t) -> bool:
    keys = lambda side: {a.country for a in side} | {a.id for a in side if a.id}  # noqa: E731
    actors, recips = keys(e.actor), keys(e.recipient)
    want_a, want_r = t["actor_country"], t["recipient_country"]
    neg = t["negated"].strip().lower() in ("true", "1", "yes")
    fwd = want_a in actors and (not want_r or want_r in recips)
    back = want_r in actors and want_a in (recips or actors)
    return (fwd or (not e.recipient and back)) and e.negated == neg


def synthetic() -> dict[str, float]:
    """Macro-F1 of the coder's document type (``doc_type``) on the NGEC synthetic stories held out
    from the shipped classifier's training (scripts/train_classifier.py's story split), and its
    accuracy on the demo articles' lead reference events (real news)."""
    from multipolar import api
    from multipolar.model import Article

    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc  # noqa: E402

    _, held = tc.split(tc.load(), "stories")
    found = {r.doc_id: r.meta.get("doc_type") for r in api.code(
        [Article(f"s{i}", r["doc"], title=r["headline"]) for i, r in enumerate(held)])}
    pred = [(found.get(f"s{i}") or {}).get("type") for i in range(len(held))]
    items, lead = tc.demo_items()
    demo_types = [(r.meta.get("doc_type") or {}).get("type") for r in api.code(
        [Article(f"d{i}", text, title=head) for i, (head, text) in enumerate(items)])]
    return {"synthetic_doc_type_f1": round(tc.macro_f1([r["label"] for r in held], pred), 4),
            "demo_doc_type_accuracy": round(sum(p == g for p, g in zip(demo_types, lead)) / len(lead), 4)}


def events() -> dict[str, float]:
    """The 260 hand-coded sentences of tests/data/event_cases_*.jsonl (scripts/eval_events.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_events import evaluate, load_cases  # noqa: E402

    out = evaluate(load_cases())
    return {"event_cases_f1": out["event_f1"], "event_cases_precision": out["event_precision"],
            "event_cases_type_f1": out["type_f1"]}


def corpus() -> dict[str, float]:
    """The annotated corpus (corpus/events): test and blind splits, coded with the shipped model.
    The blind split is measured, never tuned on (docs/events-model.md)."""
    from multipolar.evaluate.corpus import code_records, load_corpus, score_corpus

    out = {}
    for split in ("test", "blind"):
        recs = sorted(load_corpus(SHARED, splits=(split,)), key=lambda r: r["id"])
        got = score_corpus(recs, code_records(recs))
        for key in ("detect_f1", "event_f1", "type_accuracy", "actor_country", "recipient_country",
                    "none_left_alone"):
            out[f"corpus_{split}_{key}"] = got[key] or 0.0
    return out


MEASURES = {"seed": seed, "resolution": resolution, "petrarch": petrarch, "demo": demo,
            "synthetic": synthetic, "events": events, "corpus": corpus}


def measure(names: list[str] | None = None) -> dict[str, float]:
    out: dict[str, float] = {}
    for name in names or list(MEASURES):
        out.update(MEASURES[name]())
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("which", nargs="*", help=f"some of: {', '.join(MEASURES)}")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} not found: the gold sets sit beside the checkout", file=sys.stderr)
        return 2
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    figures = measure(a.which or None)
    if a.json:
        print(json.dumps(figures, indent=1))
        return 0
    bad = 0
    for key, value in figures.items():
        floor = floors.get(key, {}).get("floor")
        mark = "" if floor is None else ("ok" if value >= floor else "BELOW FLOOR")
        bad += mark == "BELOW FLOOR"
        print(f"{key:24} {value:7.3f}   floor {floor if floor is not None else '-':>6}  {mark}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
