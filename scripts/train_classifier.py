#!/usr/bin/env python3
"""Does a trained document classifier help beside the rules? Train one, and measure.

Data: shared/data/ngec-synthetic (4,500 synthetic stories written from 332 title templates, a
PLOVER type per story; MIT, ahalterman/NGEC-2025). A story's label comes from its title
template; the generated text often drifts from it. Two held-out splits, never trained on:

- stories: 20% of stories at random (seed 0). Stories of one template share their title, so
  a classifier that reads the title has seen every held-out title in training.
- templates: 20% of templates (by a hash of the template); all their stories are held out.
  This is the honest test of unseen news.

Classifier: spaCy TextCatBOW (unigrams and bigrams, no torch) on title + text. Rules: multipolar's
coder on the same title + text; a document's type is its most frequent coded event type.

    .venv/bin/python scripts/train_classifier.py [--json FILE] [--save DIR]

Figures are in docs/quality.md. ``--save`` writes the story-split classifier as a spaCy pipeline.
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
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def load(path: Path = DATA) -> list[dict]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for r in rows:
        r["doc"] = r["prompt"].split("\n")[0].strip() + "\n\n" + r["text"]
    return rows


def split(rows: list[dict], by: str) -> tuple[list[dict], list[dict]]:
    if by == "templates":
        held = [int(hashlib.sha1(r["title"].encode()).hexdigest(), 16) % 5 == 0 for r in rows]
    else:
        rng = random.Random(0)
        held = [rng.random() < 0.2 for _ in rows]
    return [r for r, h in zip(rows, held) if not h], [r for r, h in zip(rows, held) if h]


def macro_f1(gold: list[str], pred: list[str | None]) -> float:
    scores = []
    for t in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred) if g == t and p == t)
        fp = sum(1 for g, p in zip(gold, pred) if g != t and p == t)
        fn = sum(1 for g, p in zip(gold, pred) if g == t and p != t)
        prec, rec = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores)


def train(rows: list[dict], epochs: int = 10, seed: int = 0):
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": 65536}})
    examples = [Example.from_dict(nlp.make_doc(r["doc"]),
                                  {"cats": {t: float(t == r["label"]) for t in TYPES}}) for r in rows]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer)
    return nlp


def rule_types(rows: list[dict]) -> list[str | None]:
    from multipolar.model import Article
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    out = []
    for res in code_articles([Article(f"s{i}", r["doc"]) for i, r in enumerate(rows)], load_pipeline()):
        kinds = Counter(e.type for e in res.events if not e.negated)
        out.append(kinds.most_common(1)[0][0] if kinds else None)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", help="also write the figures to this JSON file")
    p.add_argument("--save", help="write the story-split classifier to this folder")
    a = p.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found (../shared sits beside the checkout)", file=sys.stderr)
        return 2
    rows = load()
    figures: dict[str, dict[str, float]] = {}
    for by in ("stories", "templates"):
        tr, te = split(rows, by)
        gold = [r["label"] for r in te]
        clf = train(tr)
        if a.save and by == "stories":
            clf.to_disk(a.save)
        pred = [max(d.cats, key=d.cats.get) for d in clf.pipe(r["doc"] for r in te)]
        rules = rule_types(te)
        both = [r if r is not None else c for r, c in zip(rules, pred)]
        figures[by] = {"held_out": len(te), "classifier": round(macro_f1(gold, pred), 3),
                       "rules": round(macro_f1(gold, rules), 3),
                       "rules_else_classifier": round(macro_f1(gold, both), 3),
                       "rules_coverage": round(sum(x is not None for x in rules) / len(rules), 3)}
        f = figures[by]
        print(f"held-out {by:9} ({f['held_out']} stories): macro-F1 of the event type: classifier "
              f"{f['classifier']:.3f}, rules {f['rules']:.3f} (an event in {f['rules_coverage']:.0%}), "
              f"rules else classifier {f['rules_else_classifier']:.3f}", flush=True)
    if a.json:
        Path(a.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
