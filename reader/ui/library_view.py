"""The Library view: every issue ever opened, with open, add (in the background) and remove."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.store.library import AddReport, Library
from reader.store.records import LibraryEntry
from reader.ui.table_model import AnyIndex, RowTableModel, role_names
from reader.ui.window_layout import columns_width
from reader.ui.workers import TaskRunner


class LibraryRoles(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1
    PATH = Qt.ItemDataRole.UserRole + 2
    PRESENT = Qt.ItemDataRole.UserRole + 3


class LibraryModel(RowTableModel[LibraryEntry]):
    """Library entries as a table: paper, date, pages, stories, last opened, files."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Paper"),
        QT_TRANSLATE_NOOP("LibraryModel", "Date"),
        QT_TRANSLATE_NOOP("LibraryModel", "Pages"),
        QT_TRANSLATE_NOOP("LibraryModel", "Stories"),
        QT_TRANSLATE_NOOP("LibraryModel", "Last opened"),
        QT_TRANSLATE_NOOP("LibraryModel", "Files"),
    )

    def set_entries(self, entries: Sequence[LibraryEntry]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> LibraryEntry:
        return self.row_at(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.valid_row(index)
        if entry is None:
            return None
        if role == LibraryRoles.ENTRY:
            return entry
        if role == LibraryRoles.PATH:
            return entry.path
        if role == LibraryRoles.PRESENT:
            return entry.present
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.path
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return entry.newspaper or Path(entry.path).name
        if column == 1:
            return entry.date or ""
        if column == 2:
            return entry.pages
        if column == 3:
            return entry.stories
        if column == 4:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.last_opened))
        if column == 5:
            return self.tr("present") if entry.present else self.tr("missing")
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return role_names(
            super().roleNames(),
            {
                LibraryRoles.ENTRY: b"entry",
                LibraryRoles.PATH: b"path",
                LibraryRoles.PRESENT: b"present",
            },
        )


class _Progress(QObject):
    """Lives in the GUI thread; workers emit it, so the slots run in the GUI thread."""

    changed = Signal(int, int, str)


def _list_entries(library: Library) -> list[LibraryEntry]:
    with library.clone() as mine:
        return mine.entries()


def _remove(library: Library, paths: list[str]) -> list[LibraryEntry]:
    with library.clone() as mine:
        for path in paths:
            mine.remove(path)
        return mine.entries()


class LibraryView(QWidget):
    """Lists the library; every database step runs in a worker with its own connections."""

    #: The reader asked to open this issue path (double-click or Enter).
    openRequested = Signal(str)
    #: The list was reloaded (after refresh, add or remove).
    entriesChanged = Signal()
    #: ``(done, total, path)`` while issues are being added: for the status bar.
    progressChanged = Signal(int, int, str)
    #: An add finished: the report (added issues and one-line failures).
    addFinished = Signal(object)
    #: One line for the status bar.
    message = Signal(str)

    def __init__(
        self, library: Library, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.library = library
        self.runner = runner or TaskRunner(self)
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self.progressChanged)
        self.model = LibraryModel(self)
        # Made in the order the eye reads them (buttons above the table): Qt's tab order
        # follows the order widgets are made in, also after the panel is docked.
        self.add_button = QPushButton(self.tr("&Add Folder…"), self)
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(self.tr("&Remove from Library"), self)
        self.remove_button.setToolTip(
            self.tr("Forgets the cached issue; your files are not touched")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Issues in the library"))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._activated)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    # loading

    def sizeHint(self) -> QSize:
        """Wide enough for every column (the Pages and Stories counts too)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), columns_width(self.table, 16)), hint.height())

    def refresh(self) -> None:
        self.runner.start(
            _list_entries, self.library, on_success=self._show_entries, on_failure=self._failed
        )

    def _show_entries(self, entries: list[LibraryEntry]) -> None:
        self.model.set_entries(entries)
        self.entriesChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.message.emit(str(error))

    # adding

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add issues from a folder"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        """Add issues under ``paths`` in the background, reporting progress as it goes."""
        self._cancel.clear()
        self.add_button.setEnabled(False)
        self.runner.start(
            self._add_in_worker,
            [str(p) for p in paths],
            on_success=self._added,
            on_failure=self._add_failed,
        )

    def _add_in_worker(self, paths: list[str]) -> AddReport:
        with self.library.clone() as mine:
            return mine.add(
                paths,
                progress=lambda n, total, path: self._progress.changed.emit(n, total, str(path)),
                cancelled=self._cancel.is_set,
            )

    def _added(self, report: AddReport) -> None:
        self.add_button.setEnabled(True)
        parsed = sum(not o.from_cache for o in report.added)
        text = self.tr(
            "Added %n issue(s) ({parsed} read, the rest from the cache)", "", len(report.added)
        ).format(parsed=parsed)
        if report.failed:
            text += self.tr("; %n could not be read: {reason}", "", len(report.failed)).format(
                reason=report.failed[0][1]
            )
        self.message.emit(text)
        self.addFinished.emit(report)
        self.refresh()

    def _add_failed(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        self._failed(error)

    def cancel(self) -> None:
        """Stop adding after the issue being read now."""
        self._cancel.set()

    # removing and opening

    def selected_paths(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.entry(r).path for r in rows]

    def remove_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.runner.start(
                _remove, self.library, paths, on_success=self._show_entries, on_failure=self._failed
            )

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry.present:
            self.openRequested.emit(entry.path)
        else:
            self.message.emit(
                self.tr("{path}: the files are no longer there").format(path=entry.path)
            )

    def shutdown(self) -> None:
        """Stop adding and wait for workers (call before the window closes)."""
        self._cancel.set()
        self.runner.shutdown()
