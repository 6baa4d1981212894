"""The process pool: every answer once (in order when asked), a task's error raised here, a
worker killed in a task costing only that task, and closing early stopping the workers."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from reader.parse.pool import WorkerLost, process_map

KILL_AT = 7


def _square(n: int) -> tuple[int, int]:
    time.sleep(0.001 * (n % 3))  # answers finish out of order
    return n * n, os.getpid()


def _fail_at_five(n: int) -> int:
    if n == 5:
        raise ValueError(f"bad item {n}")
    return n


def _killed_at_seven(n: int) -> str:
    if n == KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)
    return f"parsed {n}"


def _lost(n: int, reason: str) -> str:
    return f"lost {n}: {reason}"


def _slow(n: int) -> int:
    time.sleep(0.05)
    return os.getpid()


def _parser_imported(n: int) -> bool:
    """Whether the plain-text parser was in this worker before its first task (this module
    imports only the pool, so only the fork server's preload can have put it there)."""
    return "reader.parse.formats.text" in sys.modules


def test_workers_start_with_the_parser_imported() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the fork server (and its preload) is Linux's start method here")
    assert list(process_map(_parser_imported, range(2), 2)) == [True, True]


def test_every_item_answered_once_in_two_worker_processes() -> None:
    results = list(process_map(_square, range(40), 2))
    assert sorted(square for square, _ in results) == [n * n for n in range(40)]
    workers = {pid for _, pid in results}
    assert len(workers) == 2 and os.getpid() not in workers


def test_ordered_answers_come_in_the_items_order() -> None:
    results = list(process_map(_square, range(40), 2, ordered=True))
    assert [square for square, _ in results] == [n * n for n in range(40)]


def test_a_tasks_exception_is_raised_in_the_caller() -> None:
    with pytest.raises(ValueError, match="bad item 5"):
        list(process_map(_fail_at_five, range(10), 2, ordered=True))


def test_a_worker_killed_in_a_task_loses_only_that_task() -> None:
    results = list(process_map(_killed_at_seven, range(20), 2, ordered=True, lost=_lost))
    assert results[KILL_AT] == f"lost {KILL_AT}: the worker process was killed (SIGKILL)"
    others = results[:KILL_AT] + results[KILL_AT + 1 :]
    assert others == [f"parsed {n}" for n in range(20) if n != KILL_AT]


def test_a_killed_worker_without_lost_raises_worker_lost() -> None:
    with pytest.raises(WorkerLost, match="7: the worker process was killed"):
        list(process_map(_killed_at_seven, range(20), 2))


def test_closing_early_stops_the_workers() -> None:
    answers = process_map(_slow, range(100), 2)
    pids = {next(answers), next(answers), next(answers)}
    answers.close()
    time.sleep(0.2)
    for pid in pids:
        with pytest.raises(ProcessLookupError):  # gone, and reaped
            os.kill(pid, 0)


def test_one_job_runs_in_this_process() -> None:
    assert {pid for _, pid in process_map(_square, range(5), 1)} == {os.getpid()}


def test_a_task_sent_to_a_worker_that_died_stays_pending() -> None:
    # The race CI met: a worker answers, is sent its next task, and has meanwhile died in the
    # task after the one it answered. The send fails (broken pipe); the task stays pending so
    # that the worker taking its place gets it, and nothing is raised.
    from reader.parse.pool import _Worker, pool_context

    worker = _Worker(pool_context(), _square, None, ())
    worker.process.kill()
    worker.process.join()
    assert worker.send(0, 3) is False
    assert list(worker.pending) == [(0, 3)]
    worker.stop(wait_for_exit=False)
    worker.conn.close()


@pytest.mark.parametrize("attempt", range(5))
def test_killed_workers_never_break_the_map(attempt: int) -> None:
    answers = sorted(process_map(_killed_at_seven, range(20), 2, lost=_lost))
    assert len(answers) == 20
    assert [a for a in answers if a.startswith("lost")] == [
        f"lost {KILL_AT}: the worker process was killed (SIGKILL)"
    ]
    with pytest.raises(WorkerLost, match="7: the worker process was killed"):
        list(process_map(_killed_at_seven, range(20), 2))
