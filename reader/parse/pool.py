"""Parsing many files at once: a process pool over all cores, started safely from any program.

Workers are fresh interpreters (``forkserver`` on Linux, ``spawn`` elsewhere), never a ``fork``
of the caller: the caller may be the Qt window with threads running, and a fork would copy them
mid-flight. On Linux the fork server imports the parser once (:data:`PRELOAD`) and every worker
is forked from it ready to parse. What every task needs (settings, the loader) reaches each
worker once, through the initializer; each task then sends only its own small argument.

Each worker has its own pipe, and the caller's thread reads the answers itself (no helper
threads): ``multiprocessing.Pool`` keeps a thread that wakes whenever an answer is waiting in
its shared queue, and it spun for about a tenth of a core through an import. Every worker has
:data:`AHEAD` tasks sent ahead, so it never waits for the caller between two tasks. A worker
that dies in a task (killed, out of memory, a crash in C) loses only that task: ``lost`` says
what it becomes, a new worker takes the dead one's place, and the others go on.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Modules the fork server imports before it forks any worker: the program's own main module
#: (as multiprocessing does by default) and the import's worker with the parser.
PRELOAD = ["__main__", "reader.store.importer"]
#: Tasks sent to each worker ahead of its answers.
AHEAD = 2
#: Seconds a finished worker is given to exit before it is terminated.
EXIT_GRACE = 2.0


def pool_context() -> BaseContext:
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)  # only until the server has started
        return context
    return multiprocessing.get_context("spawn")


def default_jobs() -> int:
    """One worker per core."""
    return os.cpu_count() or 1


class WorkerLost(RuntimeError):
    """A worker process ended in the middle of a task (no ``lost`` given to say what then)."""


def _serve(
    conn: Connection,
    task: Callable[[Any], Any],
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker: run the initializer, then ``task`` on each ``(index, item)`` received until
    ``None`` or the caller's end closes; answer ``(index, True, result)`` or ``(index, False,
    exception)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    if initializer is not None:
        initializer(*initargs)
    gc.freeze()  # what was imported stays: collections only look at what the tasks make
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, item = message
        try:
            answer: tuple[int, bool, Any] = (index, True, task(item))
        except Exception as err:
            answer = (index, False, err)
        try:
            conn.send(answer)
        except Exception as err:  # an answer that cannot be pickled
            conn.send((index, False, RuntimeError(f"cannot send the result back: {err!r}")))


class _Worker:
    """One worker process, its pipe, and the tasks sent to it and not answered yet."""

    def __init__(
        self,
        context: BaseContext,
        task: Callable[[Any], Any],
        initializer: Callable[..., None] | None,
        initargs: tuple[Any, ...],
    ) -> None:
        self.conn, child = context.Pipe()
        process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, task, initializer, initargs), daemon=True
        )
        process.start()
        child.close()
        self.process = process
        #: ``(index, item)`` of each task sent and not answered yet, oldest first.
        self.pending: deque[tuple[int, Any]] = deque()

    def send(self, index: int, item: Any) -> None:
        self.conn.send((index, item))
        self.pending.append((index, item))

    def lost_reason(self) -> str:
        self.process.join(EXIT_GRACE)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"the worker process was killed ({signal.Signals(-code).name})"
            except ValueError:
                return f"the worker process was killed (signal {-code})"
        return f"the worker process ended (exit status {code})"

    def stop(self, *, wait_for_exit: bool) -> None:
        if wait_for_exit:
            with contextlib.suppress(OSError):  # a worker that is already gone
                self.conn.send(None)
            self.process.join(EXIT_GRACE)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.conn.close()


def _replace(
    workers: list[_Worker],
    dead: _Worker,
    context: BaseContext,
    task: Callable[[Any], Any],
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> _Worker:
    """A new worker in the dead one's place, sent the tasks the dead one had not started."""
    dead.stop(wait_for_exit=False)
    worker = _Worker(context, task, initializer, initargs)
    workers[workers.index(dead)] = worker
    for index, item in dead.pending:
        worker.send(index, item)
    return worker


def process_map(
    task: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    ordered: bool = False,
    lost: Callable[[T, str], R] | None = None,
) -> Iterator[R]:
    """``task(item)`` for each item in ``jobs`` worker processes, in the order they finish (or
    in the items' order when ``ordered``). With one job, or one item, it all runs here.

    ``task`` and ``initializer`` must be module-level functions (they are pickled). An exception
    in a task is raised here. A worker that dies in a task gives ``lost(item, reason)`` for it
    (raises :class:`WorkerLost` without ``lost``). Closing the iterator early stops the
    workers; the tasks they were running are dropped.
    """
    if jobs <= 1 or len(items) <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(task, items)
        return
    context = pool_context()
    workers = [_Worker(context, task, initializer, initargs) for _ in range(min(jobs, len(items)))]
    queue = iter(enumerate(items))
    done: dict[int, R] = {}
    following = 0  # the next index to yield when ordered
    finished = False

    def feed(worker: _Worker) -> None:
        for index, item in queue:
            worker.send(index, item)
            if len(worker.pending) >= AHEAD:
                return

    try:
        for worker in workers:
            feed(worker)
        while any(w.pending for w in workers):
            by_conn = {w.conn: w for w in workers if w.pending}
            for conn in wait(list(by_conn)):
                worker = by_conn[conn]  # type: ignore[index]
                try:
                    index, ok, value = worker.conn.recv()
                except (EOFError, OSError):
                    index, item = worker.pending.popleft()
                    reason = worker.lost_reason()
                    if lost is None:
                        raise WorkerLost(f"{item}: {reason}") from None
                    value, ok = lost(item, reason), True
                    worker = _replace(workers, worker, context, task, initializer, initargs)
                else:
                    worker.pending.popleft()  # each worker answers in the order it was sent
                if not ok:
                    raise value
                feed(worker)
                if not ordered:
                    yield value
                    continue
                done[index] = value
                while following in done:
                    yield done.pop(following)
                    following += 1
        finished = True
    finally:
        for worker in workers:
            worker.stop(wait_for_exit=finished)
