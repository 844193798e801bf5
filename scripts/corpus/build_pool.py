"""Draw the real sentences to annotate from ../shared/data, with their references.

    python scripts/corpus/build_pool.py --out WORKDIR [--seed 13]
    python scripts/corpus/build_pool.py --out WORKDIR --append --seed 14 --news-docs 300 --conflibert 348 --ngec-docs 150

Writes WORKDIR/pool.jsonl: one sentence a line, {"id", "doc", "source", "ref", "date", "title",
"context", "text"}. The text and context are there for the annotators only; the corpus keeps the
reference (source, row, start, end). Fixed seed: the same pool every run.

Sampling: news-dev releases (up to 6 sentences each, consecutive runs so that context matters),
ConfliBERT wire sentences (each its own document) and the opening sentences of NGEC synthetic
stories (the stories' templated headlines are not used).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from multipolar.evaluate.corpus import source_rows, split_sentences

SHARED = ROOT.parent / "shared"


def _rows(rng: random.Random, total: int, n: int, taken: set[int]) -> list[int]:
    free = [i for i in range(total) if i not in taken]
    return sorted(rng.sample(free, min(n, len(free))))


def news_dev(rng: random.Random, n_docs: int, per_doc: int, taken: set[int]) -> list[dict]:
    rows = source_rows(SHARED, "news-dev")
    out = []
    for row in _rows(rng, len(rows), n_docs, taken):
        text = rows[row]["text"]
        spans = [s for s in split_sentences(text) if 25 <= s[1] - s[0] <= 600]
        if not spans:
            continue
        first = rng.randrange(max(1, len(spans) - per_doc + 1))
        for k, (a, b) in enumerate(spans[first:first + per_doc]):
            prev = spans[first + k - 1] if first + k > 0 else None
            out.append({"id": f"nd{row:04d}.{a}", "doc": f"news-dev:{row}", "source": "news-dev",
                        "ref": {"source": "news-dev", "row": row, "start": a, "end": b},
                        "date": rows[row]["date"], "title": rows[row]["title"],
                        "context": text[prev[0]:prev[1]] if prev else "", "text": text[a:b]})
    return out


def conflibert(rng: random.Random, n: int, taken: set[int]) -> list[dict]:
    rows = source_rows(SHARED, "conflibert")
    out = []
    for row in _rows(rng, len(rows), n, taken):
        text = rows[row]["text"]
        out.append({"id": f"cb{row:04d}", "doc": f"conflibert:{row}", "source": "conflibert",
                    "ref": {"source": "conflibert", "row": row, "start": 0, "end": len(text)},
                    "date": None, "title": "", "context": "", "text": text})
    return out


def ngec(rng: random.Random, n_docs: int, taken: set[int]) -> list[dict]:
    rows = source_rows(SHARED, "ngec")
    out = []
    for row in _rows(rng, len(rows), n_docs, taken):
        text = rows[row]["text"]
        spans = [s for s in split_sentences(text) if 25 <= s[1] - s[0] <= 600][:2]
        for k, (a, b) in enumerate(spans):
            out.append({"id": f"ng{row:04d}.{a}", "doc": f"ngec:{row}", "source": "ngec",
                        "ref": {"source": "ngec", "row": row, "start": a, "end": b},
                        "date": None, "title": "",
                        "context": text[spans[0][0]:spans[0][1]] if k else "", "text": text[a:b]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--news-docs", type=int, default=260)
    ap.add_argument("--per-doc", type=int, default=5)
    ap.add_argument("--conflibert", type=int, default=1000)
    ap.add_argument("--ngec-docs", type=int, default=220)
    ap.add_argument("--append", action="store_true",
                    help="add sentences of documents not yet in WORKDIR/pool.jsonl (a second round)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    path = args.out / "pool.jsonl"
    taken: dict[str, set[int]] = {"news-dev": set(), "conflibert": set(), "ngec": set()}
    if args.append and path.exists():
        for line in path.open(encoding="utf-8"):
            ref = json.loads(line)["ref"]
            taken[ref["source"]].add(ref["row"])
    pool = (news_dev(rng, args.news_docs, args.per_doc, taken["news-dev"])
            + conflibert(rng, args.conflibert, taken["conflibert"]) + ngec(rng, args.ngec_docs, taken["ngec"]))
    args.out.mkdir(parents=True, exist_ok=True)
    with path.open("a" if args.append else "w", encoding="utf-8") as f:
        for rec in pool:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by = {}
    for rec in pool:
        by[rec["source"]] = by.get(rec["source"], 0) + 1
    print(f"{len(pool)} sentences: {by}")


if __name__ == "__main__":
    main()
