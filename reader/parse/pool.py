"""Parsing many files at once: a process pool over all cores, started safely from any program.

Workers are fresh interpreters (``forkserver`` on Linux, ``spawn`` elsewhere), never a ``fork``
of the caller: the caller may be the Qt window with threads running, and a fork would copy them
mid-flight. On Linux the fork server imports the parser once (:data:`PRELOAD`) and every worker
is forked from it ready to parse. What every task needs (settings, the loader) reaches each
worker once, through the initializer; each task then sends only its own small argument.

Each worker has its own pipe, read by one thread of the caller as answers come, so a busy
caller (a writer committing) never leaves a worker blocked on a full pipe.
``multiprocessing.Pool`` also keeps a thread that wakes whenever an answer is waiting in its
shared queue, and it spun for about a fifth of the writer's CPU through an import. Every worker
has :data:`AHEAD` tasks sent ahead, so it never waits for the caller between two tasks. A worker
that dies in a task (killed, out of memory, a crash in C) loses only that task: ``lost`` says
what it becomes, a new worker takes the dead one's place, and the others go on.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Modules the fork server imports before it forks any worker: the program's own main module
#: (as multiprocessing does by default), the import's worker, and the parser itself (the
#: package imports its reader of plain-text pages and the rules only when a page is first
#: read: 0.3 s of CPU that every worker paid again on its first issue, outside ``gc.freeze``).
PRELOAD = ["__main__", "reader.store.importer", "reader.parse.issue", "reader.parse.formats.text"]
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


def prestart_pool() -> None:
    """Start the pool's server now (Linux; elsewhere workers are spawned and this does
    nothing), so that its import of the parser (:data:`PRELOAD`, about half a second of CPU)
    runs while the caller still has work of its own (listing the files): the first
    :func:`process_map` then forks its workers at once. Nothing happens when it runs already."""
    if sys.platform.startswith("linux"):
        from multiprocessing import forkserver

        pool_context()  # (the preload, set before the server starts)
        forkserver.ensure_running()


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

    def send(self, index: int, item: Any) -> bool:
        """Send a task; False when the worker is gone (its pipe is broken). The task stays
        pending then: the pipe's end is read next, and :meth:`_Dispatch._lost` hands the
        worker's tasks to the worker that takes its place."""
        self.pending.append((index, item))
        try:
            self.conn.send((index, item))
        except OSError:  # (BrokenPipeError: it died in the task before this one)
            return False
        return True

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


class _Dispatch:
    """The workers of one :func:`process_map`, run by a thread of the caller: sends each worker
    its tasks, reads the answers as they come (so a worker never waits on a full pipe while the
    caller is busy, e.g. committing to a database) and puts ``(index, ok, value)`` on
    ``answers``; a failure of its own is one last ``(-1, False, error)``."""

    def __init__(
        self,
        items: Sequence[Any],
        jobs: int,
        task: Callable[[Any], Any],
        initializer: Callable[..., None] | None,
        initargs: tuple[Any, ...],
        lost: Callable[[Any, str], Any] | None,
    ) -> None:
        self.worker_args = (task, initializer, initargs)
        self.lost = lost
        self.context = pool_context()
        self.queue = iter(enumerate(items))
        self.answers: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.stopping = False
        self.workers = [self._start() for _ in range(min(jobs, len(items)))]

    def _start(self) -> _Worker:
        worker = _Worker(self.context, *self.worker_args)
        self._feed(worker)
        return worker

    def _feed(self, worker: _Worker) -> None:
        for index, item in self.queue:
            if not worker.send(index, item) or len(worker.pending) >= AHEAD:
                return

    def run(self) -> None:
        try:
            self._run()
        except BaseException as err:  # handed to the caller, raised there
            self.answers.put((-1, False, err))

    def _run(self) -> None:
        while True:
            busy = {w.conn: w for w in self.workers if w.pending}
            if not busy:
                break
            for conn in wait(list(busy)):
                worker = busy[conn]  # type: ignore[index]
                try:
                    answer = worker.conn.recv()
                except (EOFError, OSError):
                    if self.stopping:
                        return
                    answer = self._lost(worker)
                else:
                    worker.pending.popleft()  # each worker answers in the order it was sent
                    self._feed(worker)
                self.answers.put(answer)
        for worker in self.workers:
            worker.stop(wait_for_exit=True)

    def _lost(self, dead: _Worker) -> tuple[int, bool, Any]:
        """The answer for the task a dead worker was running; a new worker takes its place and
        the tasks it had not started."""
        index, item = dead.pending.popleft()
        reason = dead.lost_reason()
        if self.lost is None:
            raise WorkerLost(f"{item}: {reason}")
        answer = (index, True, self.lost(item, reason))
        with self.lock:
            if self.stopping:
                return answer
            dead.stop(wait_for_exit=False)
            dead.conn.close()
            worker = _Worker(self.context, *self.worker_args)
            self.workers[self.workers.index(dead)] = worker
        for again, unsent in dead.pending:
            if not worker.send(again, unsent):
                return answer  # (that one died at once too: its end is read next)
        self._feed(worker)
        return answer

    def stop(self) -> None:
        """End every worker now (the tasks they are running are dropped); their pipes close
        once the thread has seen them end (:meth:`close`)."""
        with self.lock:
            self.stopping = True
            workers = list(self.workers)
        for worker in workers:
            worker.stop(wait_for_exit=False)

    def close(self) -> None:
        for worker in self.workers:
            worker.conn.close()


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
    (called in the pool's thread; raises :class:`WorkerLost` without ``lost``). Closing the
    iterator early stops the workers; the tasks they were running are dropped.
    """
    if jobs <= 1 or len(items) <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(task, items)
        return
    dispatch = _Dispatch(items, jobs, task, initializer, initargs, lost)
    thread = threading.Thread(target=dispatch.run, name="process_map", daemon=True)
    thread.start()
    done: dict[int, R] = {}
    following = 0  # the next index to yield when ordered
    try:
        for _ in range(len(items)):
            index, ok, value = dispatch.answers.get()
            if not ok:
                raise value
            if not ordered:
                yield value
                continue
            done[index] = value
            while following in done:
                yield done.pop(following)
                following += 1
    finally:
        dispatch.stop()
        thread.join()
        dispatch.close()
