"""Parsing many files at once: a process pool over all cores, started safely from any program.

Workers are fresh interpreters (``forkserver`` on Linux, ``spawn`` elsewhere), never a ``fork``
of the caller: the caller may be the Qt window with threads running, and a fork would copy them
mid-flight. What every task needs (settings, the loader) reaches each worker once, through the
initializer; each task then sends only its own small argument.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def pool_context() -> BaseContext:
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def default_jobs() -> int:
    """One worker per core."""
    return os.cpu_count() or 1


def process_map(
    task: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    ordered: bool = False,
) -> Iterator[R]:
    """``task(item)`` for each item in ``jobs`` worker processes, in the order they finish (or
    in the items' order when ``ordered``). With one job, or one item, it all runs here.

    ``task`` and ``initializer`` must be module-level functions (they are pickled). Closing the
    iterator early stops the workers; the tasks they were running are dropped.
    """
    if jobs <= 1 or len(items) <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(task, items)
        return
    pool = pool_context().Pool(min(jobs, len(items)), initializer=initializer, initargs=initargs)
    try:
        mapped = pool.imap if ordered else pool.imap_unordered
        yield from mapped(task, items)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
