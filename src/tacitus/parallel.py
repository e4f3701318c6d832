"""Process pools for one machine: each worker loads the resources once, then takes batches.

On a cluster, the same ``process_batch`` function is what a Dask worker would run; on one
machine a process pool has no scheduler to start and no extra dependency.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from tacitus.model import Article, Document

_RES: Any = None


def _init(fast: bool = False) -> None:
    global _RES
    from tacitus.pipeline import Resources

    _RES = Resources.load(fast=fast)


def _work(batch: list[Article]) -> list[Document]:
    from tacitus.pipeline import process_batch

    return process_batch(batch, _RES)


def process_parallel(articles: Iterable[Article], workers: int, batch_size: int = 32, fast: bool = False) -> Iterator[list[Document]]:
    """Documents batch by batch, in input order, computed by ``workers`` processes."""
    from tacitus.pipeline import batched

    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=_init, initargs=(fast,)) as pool:
        pending = []
        for batch in batched(articles, batch_size):
            pending.append(pool.submit(_work, batch))
            if len(pending) >= workers * 2:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()
