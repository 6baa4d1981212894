"""Run plain functions off the GUI thread and get their result or error back as a Qt signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Signals of one background task; they arrive in the thread that made the task (the GUI)."""

    #: The function returned this value.
    succeeded = Signal(object)
    #: The function raised this exception (already logged when it is not a BroadsheetError).
    failed = Signal(object)
    #: Emitted after ``succeeded`` or ``failed``, in every case.
    finished = Signal()


class Task(QRunnable):
    """Calls ``function(*args)`` in a pool thread; never lets an exception escape the thread."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._function = function
        self._args = args

    def run(self) -> None:
        from reader.errors import BroadsheetError

        value: object
        try:
            result = self._function(*self._args)
        except BroadsheetError as error:
            outcome, value = "failed", error
        except Exception as error:  # a bug: keep the thread alive, tell the GUI, log it
            log.exception("background task %s failed", self._name())
            outcome, value = "failed", error
        else:
            outcome, value = "succeeded", result
        try:
            getattr(self.signals, outcome).emit(value)
            self.signals.finished.emit()
        except RuntimeError:  # "Signal source has been deleted": the window closed meanwhile
            log.debug("background task %s ended after its window closed", self._name())

    def _name(self) -> str:
        return getattr(self._function, "__name__", "?")


class TaskRunner(QObject):
    """Owns a thread pool and keeps each running task's signals alive until it finishes.

    Pass bound methods of QObjects living in the GUI thread as callbacks, so that they run there
    (a queued connection); a bare lambda would run in the worker thread.

    ``shutdown()`` waits for running tasks; the window calls it when it closes so that no thread
    outlives the window (tests check this).
    """

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[TaskSignals] = set()

    def start(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> TaskSignals:
        task = Task(function, *args)
        signals = task.signals
        if on_success is not None:
            signals.succeeded.connect(on_success)
        if on_failure is not None:
            signals.failed.connect(on_failure)
        self._running.add(signals)
        signals.finished.connect(self._forget)
        self.pool.start(task)
        return signals

    def _forget(self) -> None:
        self._running.discard(self.sender())  # type: ignore[arg-type]

    @property
    def busy(self) -> bool:
        return bool(self._running) or self.pool.activeThreadCount() > 0

    def shutdown(self) -> None:
        self.pool.clear()
        self.pool.waitForDone()
