#!/usr/bin/env python3
"""Time and peak memory of the store queries by store size: `events`, `alignment`,
`alignment --pair` and `explain`.

Builds synthetic coded stores (:func:`multipolar.analysis.synthetic.fill_store`: documents with
text, events, actors, mentions, quotes, near-duplicate copies) of each size, then runs every query
in a fresh subprocess, so that its peak resident memory is its own. The pair queries ask about
ARM-AZE, a pair with the same 150 events at every size (its score must not move), and about
USA-GBR, the busiest pair (its evidence grows with the store). Stores are kept and reused.

    .venv/bin/python bench/queries.py [--sizes 600,60000,1000000] [--dir /tmp/multipolar-bench]
    .venv/bin/python bench/queries.py --db postgresql+psycopg://root@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

QUERIES = {  # name: (label, the command it stands for)
    "events": ("events", "multipolar events --either RUS --since 2023 --limit 100"),
    "alignment": ("alignment", "multipolar alignment (pairs, leanings, blocs)"),
    "pair": ("alignment --pair", "multipolar alignment --pair ARM AZE"),
    "explain": ("explain", "multipolar explain ARM AZE"),
    "busy": ("--pair busiest", "multipolar alignment --pair USA GBR"),
}


def _rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited from the
    parent that forked it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, url: str) -> dict:
    """Run one query in this (fresh) process: seconds and peak RSS, after the imports and the
    knowledge base (0.3 s, the same for every size)."""
    t0 = time.perf_counter()
    from click.testing import CliRunner

    import multipolar.analysis  # noqa: F401  (pandas, scipy: the same for every size)
    from multipolar import api
    from multipolar.cli_analysis import alignment, explain
    from multipolar.kb import load_kb

    load_kb()

    start_s, start_mb = time.perf_counter() - t0, _rss_mb()

    def cli(cmd, *args: str) -> dict:
        r = CliRunner().invoke(cmd, [*args, "--db", url, "--format", "json"], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        return json.loads(r.output)

    t1 = time.perf_counter()
    if kind == "events":
        rows = api.events(api.open_store(url), either="RUS", since="2023", limit=100)
        out = {"rows": len(rows)}
    elif kind == "alignment":
        data = cli(alignment)
        out = {"pairs": len(data["pairs"]), "blocs": len(data["blocs"])}
    elif kind in ("pair", "busy"):
        data = cli(alignment, "--pair", *(("ARM", "AZE") if kind == "pair" else ("USA", "GBR")))
        out = {k: data[k] for k in ("score", "n_events", "n_sources", "not_counted")}
    else:
        data = cli(explain, "ARM", "AZE")
        out = {"score": data["score"], "reports": len(data["events"]), "quotes": len(data["quotes"])}
    return {"kind": kind, "seconds": round(time.perf_counter() - t1, 3), "peak_mb": round(_rss_mb()),
            "start_mb": round(start_mb), "import_s": round(start_s, 2), **out}


def _pg(url: str, schema: str | None = None) -> str:
    return f"{url}?options=-csearch_path%3D{schema}" if schema else url


def build(size: int, db: str | None, folder: Path, rebuild: bool) -> tuple[str, str]:
    """The URL of a store of ``size`` events (built unless already there) and a note on it."""
    import sqlalchemy as sa

    from multipolar.analysis.synthetic import fill_store
    from multipolar.store import Store

    if db is None:
        path = folder / f"queries-{size}.db"
        url = f"sqlite:///{path}"
        if path.exists() and not rebuild:
            return url, f"{path.stat().st_size / 1e6:,.0f} MB (reused)"
        tmp = folder / f"queries-{size}.building.db"
        for p in folder.glob(tmp.name + "*"):
            p.unlink()
        t0 = time.perf_counter()
        store = Store(f"sqlite:///{tmp}")
        n = fill_store(store, size)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.engine.dispose()
        tmp.rename(path)
        return url, (f"{n:,} events, built in {time.perf_counter() - t0:,.0f} s, "
                     f"{path.stat().st_size / 1e6:,.0f} MB")
    name = f"bench_q{size}"
    admin = sa.create_engine(db)
    with admin.begin() as conn:
        there = conn.execute(sa.text("SELECT 1 FROM information_schema.tables WHERE table_schema = :s "
                                     "AND table_name = 'schema_version'"), {"s": name}).first()
    if there and not rebuild:
        return _pg(db, name), "reused"
    with admin.begin() as conn:
        for s in (name, name + "_tmp"):
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {s} CASCADE"))
        conn.execute(sa.text(f"CREATE SCHEMA {name}_tmp"))
    t0 = time.perf_counter()
    store = Store(_pg(db, name + "_tmp"))
    n = fill_store(store, size)
    store.engine.dispose()
    with admin.begin() as conn:
        conn.execute(sa.text(f"ALTER SCHEMA {name}_tmp RENAME TO {name}"))
    admin.dispose()
    return _pg(db, name), f"{n:,} events, built in {time.perf_counter() - t0:,.0f} s"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="600,60000,1000000", help="events per store, comma-separated")
    p.add_argument("--db", help="a PostgreSQL URL (a schema per size) [default: SQLite files]")
    p.add_argument("--dir", default="/tmp/multipolar-bench", help="where the SQLite stores are kept")
    p.add_argument("--queries", default=",".join(QUERIES), help="which queries, comma-separated")
    p.add_argument("--rebuild", action="store_true", help="build the stores again")
    p.add_argument("--json", action="store_true", help="print the results as JSON lines")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--url", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.measure:
        print(json.dumps(measure(a.measure, a.url)))
        return 0
    folder = Path(a.dir)
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(s) for s in a.sizes.split(",")):
        url, note = build(size, a.db, folder, a.rebuild)
        print(f"# {size:,} events: {note}", file=sys.stderr, flush=True)
        for kind in a.queries.split(","):
            r = subprocess.run([sys.executable, __file__, "--measure", kind, "--url", url],
                               capture_output=True, text=True, env=os.environ, check=False)
            if r.returncode:
                print(r.stderr, file=sys.stderr)
                return 1
            out = {"size": size, **json.loads(r.stdout.splitlines()[-1])}
            print(json.dumps(out) if a.json else f"  {QUERIES[kind][0]:18} {out['seconds']:9.2f} s "
                  f"{out['peak_mb']:7,} MB peak ({out['start_mb']:,} MB after imports)  "
                  + json.dumps({k: v for k, v in out.items() if k not in
                                ("size", "kind", "seconds", "peak_mb", "start_mb", "import_s")}),
                  flush=True)
            results.append(out)
    print("\n| events in store | " + " | ".join(QUERIES[k][0] for k in a.queries.split(",")) + " |")
    print("|---:|" + "---:|" * len(a.queries.split(",")))
    for size in dict.fromkeys(r["size"] for r in results):
        cells = [f"{r['seconds']:,.2f} s, {r['peak_mb']:,} MB" for r in results if r["size"] == size]
        print(f"| {size:,} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
