"""The verbs a user calls from Python; the CLI is a thin shell over them.

    >>> from multipolar import api
    >>> results = list(api.code(["article.txt"]))           # stateless coding
    >>> store = api.open_store()                            # multipolar.db, or MULTIPOLAR_DB
    >>> api.ingest(["folder/"], store); api.extract(store, workers=2)
    >>> api.events(store, actor="BLR", as_frame=True)       # a pandas DataFrame
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from itertools import chain, count, islice
from pathlib import Path
from typing import Any

from . import settings
from .ingest import Unreadable, read_inputs
from .model import Article, DocResult
from .runners import CodeOptions, get_runner
from .store import IngestReport, Store, run_owner


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (default: MULTIPOLAR_DB or sqlite:///multipolar.db)."""
    return Store(url)


def demo_corpus() -> Path:
    """Path of the bundled demo corpus (original articles written for the project)."""
    return Path(str(resources.files("multipolar") / "data" / "demo" / "articles.jsonl"))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def code(inputs: Iterable[str | Path] | Iterable[Article], workers: int = 1, engine: str = "local",
         scheduler: str | None = None, options: CodeOptions = CodeOptions(),
         batch_size: int | None = None) -> Iterator[DocResult]:
    """Code files, folders or Articles, from any iterable (a generator streams: nothing is read
    ahead of the batch being coded); one DocResult per input document, in input order."""
    it = iter(inputs)
    first = next(it, None)
    if first is None:
        return
    items: Iterable = chain([first], it)
    if not isinstance(first, (Article, Unreadable)):
        items = read_inputs(items)
    runner = get_runner(engine, workers, scheduler, options.resolved())
    try:
        for results in runner.map_batches(_batches(items, batch_size or settings.get("batch_size"))):
            yield from results
    finally:
        runner.close()


def ingest(inputs: Iterable[str | Path], store: Store) -> IngestReport:
    """Add documents to the store; already-seen content is skipped (idempotent)."""
    return store.ingest(read_inputs(inputs))


def extract(store: Store, workers: int = 1, engine: str = "local", scheduler: str | None = None,
            options: CodeOptions = CodeOptions(), batch_size: int | None = None,
            progress: Callable[[int], None] | None = None) -> Counter:
    """Code every pending document and save results batch by batch (resumable after a kill).
    Documents are claimed batch by batch, so runs started at once on one store split the work.
    Each keeps the configuration that coded it (see :func:`reset_changed`).

    Returns the count of documents by resulting status.
    """
    size = batch_size or settings.get("batch_size")
    counts: Counter = Counter()
    options = options.resolved()
    made_by = options.fingerprint()
    runner = get_runner(engine, workers, scheduler, options)

    run = run_owner()
    numbers = count()
    batches = iter(lambda: store.claim(size, f"{run}{next(numbers)}"), [])
    try:
        for results in runner.map_batches(batches):
            store.save_results(results, made_by)
            counts.update(r.status for r in results)
            if progress:
                progress(len(results))
    finally:
        runner.close()
        store.release(run)
    return counts


def reset_changed(store: Store, options: CodeOptions = CodeOptions()) -> int:
    """Put back in the queue the documents another configuration coded (another pipeline,
    lexicon, knowledge base or setting that changes records, or one not recorded); returns how
    many. ``extract`` with the same options then codes them again."""
    return store.reset(unless_config=options.resolved().fingerprint()["config"])


def _frame(rows: list[dict[str, Any]], as_frame: bool):
    if not as_frame:
        return rows
    import pandas as pd

    return pd.DataFrame(rows)


def events(store: Store, as_frame: bool = False, **filters: Any):
    """Events with actors and evidence (see :meth:`Store.events` for the filters)."""
    return _frame(store.events(**filters), as_frame)


def quotes(store: Store, as_frame: bool = False, **filters: Any):
    return _frame(store.quotes(**filters), as_frame)


def actors(store: Store, as_frame: bool = False, **filters: Any):
    return _frame(store.actors(**filters), as_frame)


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """Documents by status, events by PLOVER type, and the most active pairs of states."""
    rows = store.events()
    by_type = Counter(r["type"] for r in rows)
    pairs: Counter = Counter()
    for r in rows:
        srcs = {a["country"] for a in r["actor"] if a["country"]}
        dsts = {a["country"] for a in r["recipient"] if a["country"]}
        if not dsts and len(srcs) > 1:  # reciprocal: every pair of actors
            dsts = srcs
        for a in srcs:
            for b in dsts:
                if a != b:
                    pairs[tuple(sorted((a, b)))] += 1
    return {"documents": store.status_counts(), "events": len(rows),
            "events_by_type": dict(by_type.most_common()),
            "top_pairs": [{"pair": f"{a}-{b}", "events": n} for (a, b), n in pairs.most_common(top)]}
