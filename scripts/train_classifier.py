#!/usr/bin/env python3
"""Train, and measure, the document-level PLOVER event-type classifier.

Data: shared/data/ngec-synthetic (4,500 synthetic stories, 332 title templates, a PLOVER type per
story; MIT, ahalterman/NGEC-2025). Stories written from the same template are near-duplicates, so
the split is by template: a template's stories are all in training or all held out (20% of
templates, chosen by a hash of the template, never trained on).

    .venv/bin/python scripts/train_classifier.py            # train, evaluate, write the asset
    .venv/bin/python scripts/train_classifier.py --eval-only

Writes src/multipolar/nlp/data/textcat/ (a spaCy textcat pipeline: bag-of-words n-grams, no torch)
and prints macro-F1 on the held-out templates for: the classifier, the rule coder alone (a
document's type = its most frequent coded event type), and both combined.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ngec-synthetic" / "gpt_synthetic_events_2023-10-19_19.csv"
ASSET = ROOT / "src" / "multipolar" / "nlp" / "data" / "textcat"
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def held_out(template: str) -> bool:
    return int(hashlib.sha1(template.encode("utf-8")).hexdigest(), 16) % 5 == 0


def load(path: Path = DATA) -> tuple[list[dict], list[dict]]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    train = [r for r in rows if not held_out(r["title"])]
    test = [r for r in rows if held_out(r["title"])]
    return train, test


def macro_f1(gold: list[str], pred: list[str | None]) -> tuple[float, dict[str, float]]:
    per = {}
    for t in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred) if g == t and p == t)
        fp = sum(1 for g, p in zip(gold, pred) if g != t and p == t)
        fn = sum(1 for g, p in zip(gold, pred) if g == t and p != t)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[t] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return sum(per.values()) / len(per), per


def train(rows: list[dict], epochs: int = 12, seed: int = 0):
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": 65536}})
    examples = [Example.from_dict(nlp.make_doc(r["text"]),
                                  {"cats": {t: float(t == r["label"]) for t in TYPES}}) for r in rows]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, losses=losses)
        print(f"  epoch {epoch + 1}: loss {losses['textcat']:.2f}", file=sys.stderr)
    return nlp


def rule_types(rows: list[dict]) -> list[str | None]:
    """The rule coder's document type: its most frequent coded event type (None if no event)."""
    from multipolar.model import Article
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    nlp = load_pipeline()
    arts = [Article(f"s{i}", r["text"], None) for i, r in enumerate(rows)]
    out = []
    for res in code_articles(arts, nlp):
        kinds = Counter(e.type for e in res.events if not e.negated)
        out.append(kinds.most_common(1)[0][0] if kinds else None)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--eval-only", action="store_true", help="evaluate the shipped asset")
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--json", help="also write the figures to this JSON file")
    a = p.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found (../shared sits beside the checkout)", file=sys.stderr)
        return 2
    train_rows, test_rows = load()
    print(f"{len(train_rows)} training stories, {len(test_rows)} held out "
          f"({len({r['title'] for r in test_rows})} templates never trained on)")
    import spacy

    if a.eval_only:
        clf = spacy.load(ASSET)
    else:
        clf = train(train_rows, a.epochs)
        ASSET.mkdir(parents=True, exist_ok=True)
        clf.to_disk(ASSET)
        (ASSET / "README.md").write_text(
            "Document-level PLOVER event-type classifier (spaCy TextCatBOW, n-grams 1-2).\n"
            "Trained by scripts/train_classifier.py on shared/data/ngec-synthetic (MIT,\n"
            "ahalterman/NGEC-2025 @a3909e2), template-held-out split; see docs/quality.md.\n",
            encoding="utf-8")
    gold = [r["label"] for r in test_rows]
    probs = [doc.cats for doc in clf.pipe(r["text"] for r in test_rows)]
    clf_pred = [max(c, key=c.get) for c in probs]
    rules = rule_types(test_rows)
    combined = [r if r is not None else c for r, c in zip(rules, clf_pred)]
    results = {}
    for name, pred in (("classifier", clf_pred), ("rules", rules), ("rules, else classifier", combined)):
        f1, per = macro_f1(gold, pred)
        acc = sum(g == q for g, q in zip(gold, pred)) / len(gold)
        results[name] = {"macro_f1": round(f1, 3), "accuracy": round(acc, 3),
                         "per_type_f1": {k: round(v, 3) for k, v in per.items()}}
        print(f"{name:>24}: macro-F1 {f1:.3f}  accuracy {acc:.3f}")
    coverage = sum(r is not None for r in rules) / len(rules)
    print(f"rules code at least one event in {coverage:.0%} of held-out stories")
    results["rule_coverage"] = round(coverage, 3)
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
