#!/usr/bin/env python3
"""Throughput and peak memory of `multipolar code` against plain `nlp.pipe`, in one run.

All sides use the same spaCy pipeline on the same texts (shared/data/news-dev by default): plain
``nlp.pipe`` (the baseline), multipolar with the rules alone (``event_model=off``) and multipolar
with the learned event model (the default). Each runs in a fresh subprocess so its peak resident
memory is its own. Prints articles per second, peak RSS, and each ratio against the baseline.

    .venv/bin/python bench/throughput.py [--limit 300] [--corpus FILE.csv|.jsonl] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIDES = ("baseline", "rules-only", "multipolar")
DEFAULT = ROOT.parent / "shared" / "data" / "news-dev" / "president_gov_ua_zelenskyy_press_releases.csv"


def load(corpus: str, limit: int | None):
    from multipolar.ingest import read_inputs
    from multipolar.model import Article

    arts = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    return arts[:limit] if limit else arts


def run(side: str, corpus: str, limit: int | None, batch_size: int) -> dict:
    arts = load(corpus, limit)
    from multipolar import settings
    from multipolar.nlp.pipeline import code_articles, load_pipeline
    from multipolar.model import to_records

    t0 = time.perf_counter()
    if side == "baseline":
        import spacy

        nlp = spacy.load(settings.get("model"))
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe((a.text for a in arts), batch_size=batch_size))
    else:
        nlp = load_pipeline(learned=settings.learned() if side == "multipolar" else ("off", 0, 0, 0))
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        n = 0
        for r in code_articles(arts, nlp, batch_size=batch_size):
            json.dumps(to_records(r), ensure_ascii=False)  # the records `multipolar code` writes
            n += 1
    secs = time.perf_counter() - t1
    chars = sum(len(a.text) for a in arts)
    return {"side": side, "docs": n, "chars": chars, "seconds": round(secs, 2),
            "docs_per_s": round(n / secs, 2), "load_s": round(load_s, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", default=str(DEFAULT))
    p.add_argument("--limit", type=int, default=None, help="first N documents only")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    a = p.parse_args()
    if a.side:
        print(json.dumps(run(a.side, a.corpus, a.limit, a.batch_size)))
        return 0
    if not Path(a.corpus).exists():
        print(f"corpus not found: {a.corpus}", file=sys.stderr)
        return 2
    out = {}
    for side in SIDES:
        cmd = [sys.executable, __file__, "--side", side, "--corpus", a.corpus,
               "--batch-size", str(a.batch_size)] + (["--limit", str(a.limit)] if a.limit else [])
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        out[side] = json.loads(res.stdout.strip().splitlines()[-1])
    b, m, r = out["baseline"], out["multipolar"], out["rules-only"]
    out["ratio"] = round(m["docs_per_s"] / b["docs_per_s"], 3)
    out["ratio_rules_only"] = round(r["docs_per_s"] / b["docs_per_s"], 3)
    out["memory_ratio"] = round(m["peak_rss_mb"] / b["peak_rss_mb"], 3)
    if a.json:
        print(json.dumps(out, indent=1))
    else:
        for s in (b, r, m):
            print(f"{s['side']:>10}: {s['docs']} docs ({s['chars']:,} chars) in {s['seconds']} s = "
                  f"{s['docs_per_s']} docs/s; load {s['load_s']} s; peak RSS {s['peak_rss_mb']} MB")
        print(f"throughput ratio against plain nlp.pipe: with the event model {out['ratio']}, rules alone "
              f"{out['ratio_rules_only']}  (peak memory ratio with the model {out['memory_ratio']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
