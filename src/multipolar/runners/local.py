"""The local runner: this process for one worker, a process pool for more."""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..ingest.readers import Unreadable
from ..model import Article, DocResult


@dataclass(frozen=True, slots=True)
class CodeOptions:
    """The coder's configuration: what a worker needs to build the same pipeline as the caller.

    :meth:`resolved` fills every value once, at the edge, from the flags, the environment, the
    settings file and the defaults; workers get the resolved options and never read the
    environment or the working directory. :meth:`fingerprint` names what made a record.
    """

    model: str | None = None
    kb_path: str | None = None
    lexicon_path: str | None = None
    kb_files: tuple[str, ...] = ()
    # the learned event model: (event_model, model_keep, model_add, min_confidence)
    learned: tuple[str, float, float, float] | None = None
    # admission limits: (max_chars, min_chars, min_english)
    limits: tuple[int, int, float] | None = None

    def resolved(self) -> CodeOptions:
        """Every value filled in and every path absolute (``./multipolar-kb.yaml`` included)."""
        from .. import settings
        from ..ingest.checks import admission_limits
        from ..kb import user_kb_files

        def absolute(path: str | None) -> str | None:
            return str(Path(path).resolve()) if path else None

        return CodeOptions(str(settings.get("model", self.model)), absolute(self.kb_path),
                           absolute(self.lexicon_path), user_kb_files(self.kb_files),
                           self.learned or settings.learned(), self.limits or admission_limits())

    def fingerprint(self) -> dict[str, str]:
        """The versions of what codes (coder, spaCy pipeline, lexicon, knowledge base, event model)
        and ``config``: a hash of them and of every setting that changes records."""
        from .. import __version__

        o = self.resolved()
        try:
            from spacy.util import get_package_version

            model = f"{o.model} {get_package_version(o.model) or ''}".strip()
        except Exception:  # noqa: BLE001 - a pipeline given as a path has no package version
            model = o.model
        bundled = Path(__file__).resolve().parent.parent
        out = {"coder": __version__, "model": model,
               "lexicon": _digest([bundled / "nlp" / "data" / "lexicon.yaml", o.lexicon_path]),
               "kb": _digest([*sorted((Path(o.kb_path) if o.kb_path else bundled / "kb" / "data")
                                      .glob("*.csv")), *o.kb_files]),
               "event_model": "off" if o.learned[0] == "off" else _digest(
                   [Path(o.learned[0] if o.learned[0] != "shipped" else bundled / "data" / "eventmodel")
                    / name for name in ("meta.json", "roles.json")])}
        settings_part = json.dumps([o.learned[1:], o.limits])
        out["config"] = hashlib.sha256(json.dumps([out, settings_part], sort_keys=True)
                                       .encode()).hexdigest()[:16]
        return out

    def pipeline(self):
        """The pipeline these options build (resolved first when they are not yet)."""
        from ..nlp.pipeline import pipeline_for

        done = self.model is not None and self.learned is not None and self.limits is not None
        return pipeline_for(self if done else self.resolved())


def _digest(paths: Iterable[Path | str | None]) -> str:
    """A short hash of the files' bytes (missing files count as empty)."""
    h = hashlib.sha256()
    for p in paths:
        if p and Path(p).is_file():
            h.update(Path(p).read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:12]


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
