"""The local runner: this process for one worker, a process pool for more."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from ..ingest.readers import Unreadable
from ..model import Article, DocResult


@dataclass(frozen=True, slots=True)
class CodeOptions:
    """What a worker needs to build the same pipeline as the caller."""

    model: str | None = None
    kb_path: str | None = None
    lexicon_path: str | None = None
    kb_files: tuple[str, ...] = ()
    # the learned event model: (event_model, model_keep, model_add, min_confidence), resolved by
    # the caller so that every worker codes with the caller's values
    learned: tuple[str, float, float, float] | None = None

    def pipeline(self):
        from ..nlp.pipeline import load_pipeline

        return load_pipeline(self.model, self.kb_path, self.lexicon_path, self.kb_files, self.learned)


def code_batch(items: list[Article | Unreadable], options: CodeOptions = CodeOptions()) -> list[DocResult]:
    """The unit of work: code one batch, loading the pipeline once per process."""
    from ..nlp.pipeline import code_articles

    return list(code_articles(items, options.pipeline(), batch_size=len(items) or 1))


def _warm(options: CodeOptions, parent: int) -> None:
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    options.pipeline()


def _exit_with_parent(parent: int) -> None:
    """A worker ends when the process that started it is gone (``kill -9``, SIGTERM): it is
    no use to anyone, and holds a pipeline's memory."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


class LocalRunner:
    """Runs :func:`code_batch` here (``workers=1``) or in a pool of worker processes."""

    def __init__(self, workers: int = 1, options: CodeOptions = CodeOptions()) -> None:
        self.workers = max(1, workers)
        self.options = options

    def map_batches(self, batches: Iterable[list[Article | Unreadable]]) -> Iterator[list[DocResult]]:
        """Results batch by batch, in input order, with a bounded number of batches in flight."""
        if self.workers == 1:
            for b in batches:
                yield code_batch(b, self.options)
            return
        ctx = mp.get_context("spawn")  # fork would copy a half-initialised parent; spawn is safe
        with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm,
                                 initargs=(self.options, os.getpid())) as pool:
            inflight: deque[Future] = deque()
            for b in batches:
                inflight.append(pool.submit(code_batch, b, self.options))
                if len(inflight) >= 2 * self.workers:
                    yield inflight.popleft().result()
            while inflight:
                yield inflight.popleft().result()

    def close(self) -> None:
        pass


def get_runner(engine: str = "local", workers: int = 1, scheduler: str | None = None,
               options: CodeOptions = CodeOptions()):
    """A runner by name: ``local`` or ``dask`` (which needs the ``dask`` extra)."""
    if engine == "dask":
        from .dask import DaskRunner

        return DaskRunner(scheduler=scheduler, workers=workers, options=options)
    return LocalRunner(workers, options)
