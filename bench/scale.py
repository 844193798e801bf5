#!/usr/bin/env python3
"""Parallel efficiency of `extract`: the same documents coded on a real Dask LocalCluster with 1
and with 2 workers (and the local process pool alike), into fresh SQLite stores.

Efficiency = (rate with N workers) / (N x rate with 1 worker), the rate counted from the first
batch saved (pipeline loading excluded, reported apart). Prints the per-core rate and what it
projects for 16 cores at the measured efficiency.

    .venv/bin/python bench/scale.py [--limit 200] [--engine dask|local] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news-dev" / "president_gov_ua_zelenskyy_press_releases.csv"


def run(engine: str, workers: int, corpus: str, limit: int, batch_size: int) -> dict:
    """One measurement, in this process: ingest, then extract with a clock on each batch."""
    from multipolar import api
    from multipolar.ingest import read_inputs
    from multipolar.model import Article
    from multipolar.runners import CodeOptions
    from multipolar import settings

    arts = [a for a in read_inputs([corpus]) if isinstance(a, Article)][:limit]
    with tempfile.TemporaryDirectory() as tmp:
        store = api.open_store(f"sqlite:///{tmp}/scale.db")
        store.ingest(arts)
        marks: list[tuple[float, int]] = []
        t0 = time.perf_counter()
        counts = api.extract(store, workers=workers, engine=engine, batch_size=batch_size,
                             options=CodeOptions(learned=settings.learned()),
                             progress=lambda n: marks.append((time.perf_counter(), n)))
        end = time.perf_counter()
    first_t, first_n = marks[0]
    docs = sum(counts.values())
    return {"engine": engine, "workers": workers, "docs": docs, "chars": sum(len(a.text) for a in arts),
            "wall_s": round(end - t0, 2), "until_first_batch_s": round(first_t - t0, 2),
            "docs_per_s": round((docs - first_n) / max(end - first_t, 1e-9), 3)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", default=str(DEFAULT))
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--engine", choices=["dask", "local"], default="dask")
    p.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    p.add_argument("--batch-size", type=int, default=4)
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.one:
        print(json.dumps(run(a.engine, a.one, a.corpus, a.limit, a.batch_size)))
        return 0
    if not Path(a.corpus).exists():
        print(f"corpus not found: {a.corpus}", file=sys.stderr)
        return 2
    rows = []
    for n in (int(x) for x in a.workers.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--engine", a.engine,
                              "--corpus", a.corpus, "--limit", str(a.limit),
                              "--batch-size", str(a.batch_size)],
                             capture_output=True, text=True, check=True, env=os.environ)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = rows[0]["docs_per_s"] / rows[0]["workers"]
    print(f"extract on {a.engine}, {rows[0]['docs']} documents of {Path(a.corpus).name}, "
          f"batch {a.batch_size}, {os.cpu_count()} cores")
    print(f"{'workers':>7} {'docs/s':>8} {'efficiency':>10} {'wall s':>8} {'to 1st batch s':>15}")
    for r in rows:
        eff = r["docs_per_s"] / (r["workers"] * base)
        r["efficiency"] = round(eff, 3)
        print(f"{r['workers']:>7} {r['docs_per_s']:>8.2f} {eff:>10.2f} {r['wall_s']:>8.1f} "
              f"{r['until_first_batch_s']:>15.1f}")
    best = rows[-1]
    per_hour = base * 3600 * 16 * best["efficiency"]
    print(f"per-core rate {base:.2f} docs/s; 16 cores at efficiency {best['efficiency']:.2f}: "
          f"about {per_hour:,.0f} documents per hour")
    return 0


if __name__ == "__main__":
    sys.exit(main())
