"""Run an export in a pool thread with progress, cancel and a result signal for the window."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.errors import BroadsheetError
from reader.export import ExportCancelled, ExportItem, ExportOptions, export_articles

log = logging.getLogger(__name__)


class ExportSignals(QObject):
    """Signals of one export; connected slots of GUI-thread objects run in the GUI thread."""

    #: (done, total) steps; ``done`` only grows and reaches ``total`` just before ``finished``.
    progress = Signal(int, int)
    #: The export is complete; the argument is the written file's path.
    finished = Signal(str)
    #: The export failed; the argument is the exception (an ExportError for expected failures,
    #: such as no font covering some characters). Nothing was written at the target.
    failed = Signal(object)
    #: The export stopped because ``cancel()`` was called. Nothing was written at the target.
    cancelled = Signal()
    #: Emitted last in every case.
    done = Signal()


class ExportWorker(QRunnable):
    """Exports ``items`` to ``target``; start it with :func:`start_export` or a QThreadPool."""

    def __init__(
        self, items: Sequence[ExportItem], target: str | Path, options: ExportOptions
    ) -> None:
        super().__init__()
        self.signals = ExportSignals()
        self.items = list(items)
        self.target = Path(target)
        self.options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop at its next step (safe from any thread)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        signals = self.signals
        try:
            export_articles(
                self.items,
                self.target,
                self.options,
                progress=signals.progress.emit,
                cancel=self._cancel.is_set,
            )
        except ExportCancelled:
            signals.cancelled.emit()
        except BroadsheetError as error:
            signals.failed.emit(error)
        except Exception as error:  # a bug: keep the thread alive, tell the GUI, log it
            log.exception("export to %s failed", self.target)
            signals.failed.emit(error)
        else:
            signals.finished.emit(str(self.target))
        signals.done.emit()


def start_export(
    pool: QThreadPool,
    items: Sequence[ExportItem],
    target: str | Path,
    options: ExportOptions,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    on_finished: Callable[[str], None] | None = None,
    on_failed: Callable[[object], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> ExportWorker:
    """Start an export on ``pool``, its callbacks connected first so that no signal is missed.

    Pass bound methods of GUI-thread QObjects so that they run in the GUI thread. Keep the
    returned worker to cancel it.
    """
    worker = ExportWorker(items, target, options)
    signals = worker.signals
    for signal, slot in (
        (signals.progress, on_progress),
        (signals.finished, on_finished),
        (signals.failed, on_failed),
        (signals.cancelled, on_cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    # The pool must not delete the runnable while the caller still holds its signals.
    worker.setAutoDelete(False)
    pool.start(worker)
    return worker
