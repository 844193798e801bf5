"""Where coding runs: in this process, a local process pool, or a Dask cluster.

Each runner implements ``map_batches(batches) -> iterator of list[DocResult]`` over the same
top-level function, :func:`code_batch`, so every runner gives identical records.
"""

from .local import CodeOptions, LocalRunner, code_batch, get_runner

__all__ = ["CodeOptions", "LocalRunner", "code_batch", "get_runner"]
