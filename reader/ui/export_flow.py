"""File › Export Selected… in the window: which stories (marked, else selected, or a panel's
choice), the export dialog, the export in the thread pool with progress and Cancel, and what
the window is told. The window owns one ``ExportFlow``; the keymap calls it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.headline_model import Row

if TYPE_CHECKING:
    from reader.export import ExportItem, ExportOptions
    from reader.ui.export_dialog import ExportDialog
    from reader.ui.export_worker import ExportWorker
    from reader.ui.main_window import MainWindow


class ExportFlow(QObject):
    """Exports from the window; its signals say how each export ended."""

    #: An export started: its ExportWorker (keep it to follow or cancel it).
    started = Signal(object)
    #: An export wrote this file.
    finished = Signal(str)
    #: An export failed with this message; nothing was written.
    failed = Signal(str)
    #: An export was cancelled; nothing was written.
    cancelled = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._sources: list[tuple[QWidget, Callable[[], object]]] = []
        self._dialog: ExportDialog | None = None
        self._running: dict[QObject, ExportWorker] = {}

    @property
    def dialog(self) -> ExportDialog | None:
        """The open File › Export Selected dialog, if any."""
        return self._dialog

    @property
    def running(self) -> list[ExportWorker]:
        """Exports still running."""
        return list(self._running.values())

    def _say(self, text: str, milliseconds: int = 0) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    # What to export -------------------------------------------------------------------------
    def toggle_mark(self) -> None:
        """Mark (or unmark) the selected stories for export; x from the keyboard."""
        model = self.window.model
        rows = self.window.navigator.selected_rows()
        current = self.window.current_row
        if not rows and current is not None:
            rows = [current]
        if not rows:
            return
        mark = not all(model.is_marked(r.id) for r in rows)
        for row in rows:
            model.set_marked(row.id, mark)
        self._say(self.tr("%n marked for export", "", len(model.marked_rows())), 3000)

    def stories(self) -> list[Row]:
        """What File › Export Selected takes: the marked rows, else the selected ones."""
        rows = self.window.model.marked_rows() or self.window.navigator.selected_rows()
        return [r for r in rows if r.article is not None]

    def add_source(self, panel: QWidget, collect: Callable[[], object]) -> None:
        """Ctrl+E while the keyboard is in ``panel`` (search results, bookmarks) calls
        ``collect``, which gathers that panel's chosen stories and ends in ``export_items``."""
        self._sources.append((panel, collect))

    def export_selected(self) -> ExportDialog | None:
        """File › Export Selected… (Ctrl+E): the marked stories, else the selected ones; from a
        panel with the keyboard in it, that panel's chosen stories."""
        focus = QApplication.focusWidget()
        for panel, collect in self._sources:
            if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
                collect()
                return None
        rows = self.stories()
        issue = self.window.issue
        if not rows:
            self._say(self.tr("Nothing to export: select stories, or mark them with x"), 5000)
            return None
        from reader.export import ExportItem

        items = [ExportItem(r.article, issue) for r in rows if r.article is not None]
        return self.export_items(items, issue.title if issue is not None else "stories")

    # Exporting ------------------------------------------------------------------------------
    def export_items(self, items: Sequence[ExportItem], suggested_name: str) -> ExportDialog | None:
        """Ask where and how (the export dialog, not blocking), then export ``items``."""
        if not items:
            self._say(self.tr("Nothing to export"), 5000)
            return None
        from reader.ui.export_dialog import ExportDialog

        items = list(items)
        dialog = ExportDialog(
            self.window.settings.qsettings,
            len(items),
            suggested_name=suggested_name,
            highlight_terms=self.window.highlighting.terms,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(items, dialog.target(), dialog.options()))
        dialog.finished.connect(self._forget_dialog)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self._dialog = None

    def start(
        self, items: Sequence[ExportItem], target: Path, options: ExportOptions
    ) -> ExportWorker:
        """Export ``items`` in the window's thread pool, with a progress dialog and Cancel."""
        from reader.ui.export_dialog import ExportProgressDialog
        from reader.ui.export_worker import start_export

        worker = start_export(
            self.window.runner.pool,
            items,
            target,
            options,
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )
        self._running[worker.signals] = worker
        worker.signals.done.connect(self._done)
        progress = ExportProgressDialog(worker, self.window)
        worker.signals.done.connect(progress.deleteLater)
        self._say(self.tr("Exporting %n story(s) to {path}…", "", len(items)).format(path=target))
        self.started.emit(worker)
        return worker

    def cancel_all(self) -> None:
        """Ask every running export to stop (the window is closing); none leaves a file."""
        for worker in self._running.values():
            worker.cancel()

    def _done(self) -> None:
        self._running.pop(self.sender(), None)

    def _finished(self, path: str) -> None:
        self._say(self.tr("Exported to {path}").format(path=path), 8000)
        self.finished.emit(path)

    def _failed(self, error: object) -> None:
        message = str(error)
        self._say(self.tr("Export failed; nothing was written"), 8000)
        if not self.window.closed:
            self.window.show_warning(self.tr("Export failed"), message)
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._say(self.tr("Export cancelled; nothing was written"), 5000)
        self.cancelled.emit()
