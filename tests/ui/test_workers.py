"""Background tasks: a result or an error comes back as a signal, and a task that ends after
its window closed (its signals deleted) ends quietly."""

from __future__ import annotations

import logging

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from reader.errors import BroadsheetError
from reader.ui.workers import Task, TaskRunner


def test_a_result_and_an_error_come_back_as_signals(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    errors: list[Exception] = []

    def refuse() -> None:
        raise BroadsheetError("page.txt: file is empty")

    runner.start(lambda: 41 + 1, on_success=results.append)
    runner.start(refuse, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(results and errors) and not runner.busy)
    runner.shutdown()
    assert results == [42]
    assert [str(e) for e in errors] == ["page.txt: file is empty"]
    assert not runner.busy


@pytest.mark.parametrize("fails", [False, True])
def test_a_task_ending_after_its_signals_were_deleted_ends_quietly(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, fails: bool
) -> None:
    def work() -> int:
        if fails:
            raise BroadsheetError("page.txt: file is empty")
        return 1

    task = Task(work)
    shiboken6.delete(task.signals)  # what closing the window mid-task leaves behind
    with caplog.at_level(logging.INFO):
        task.run()  # before: RuntimeError "Signal source has been deleted" out of the thread
    assert not [r for r in caplog.records if r.levelno >= logging.INFO]
