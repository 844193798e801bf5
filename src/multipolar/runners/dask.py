"""The Dask runner: the same :func:`code_batch` on a Dask cluster, pipeline loaded once per worker.

Imported lazily; install the ``dask`` extra (``pip install multipolar[dask]``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from ..errors import DaskMissing
from ..ingest.readers import Unreadable
from ..model import Article, DocResult
from .local import CodeOptions, code_batch

try:
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError:  # pragma: no cover - exercised only without the extra
    Client = LocalCluster = None
    WorkerPlugin = object


class LoadPipeline(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts, so no task pays for it."""

    name = "multipolar-pipeline"

    def __init__(self, options: CodeOptions) -> None:
        self.options = options

    def setup(self, worker) -> None:
        self.options.pipeline()


class DaskRunner:
    """Submits batches to a Dask scheduler (``tcp://host:8786``) or to a local cluster it starts."""

    def __init__(self, scheduler: str | None = None, workers: int = 2,
                 options: CodeOptions = CodeOptions()) -> None:
        if Client is None:
            raise DaskMissing("The Dask runner needs dask.distributed.")
        self.options = options
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         host="127.0.0.1")
            self.client = Client(self._cluster)
        self.client.register_plugin(LoadPipeline(options))
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def map_batches(self, batches: Iterable[list[Article | Unreadable]]) -> Iterator[list[DocResult]]:
        inflight: deque = deque()
        for b in batches:
            inflight.append(self.client.submit(code_batch, b, self.options, pure=False))
            if len(inflight) >= 2 * self.workers:
                yield inflight.popleft().result()
        while inflight:
            yield inflight.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
