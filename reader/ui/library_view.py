"""The Library view: every issue ever opened, with open, add (in the background) and remove."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QObject,
    QRegularExpression,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.errors import BroadsheetError
from reader.store.importer import ImportProgress, ImportReport, Status
from reader.store.library import Library
from reader.store.records import LibraryEntry
from reader.store.userdata import LibraryFilter, LibrarySort
from reader.ui.i18n import QT_TRANSLATE_NOOP
from reader.ui.import_progress import ImportProgressBar
from reader.ui.regions import name_clear_button
from reader.ui.table_model import AnyIndex, RowTableModel, role_names
from reader.ui.tooltips import plain_tooltip
from reader.ui.window_layout import ColumnFitter, columns_width
from reader.ui.workers import TaskRunner
from reader.ui.wrapping_row import WrappingRow


class LibraryRoles(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1
    PATH = Qt.ItemDataRole.UserRole + 2
    PRESENT = Qt.ItemDataRole.UserRole + 3


#: Entries read from SQL at a time, and how many such pages the model keeps.
PAGE_ROWS = 256
KEPT_PAGES = 64


class LibraryModel(RowTableModel[LibraryEntry]):
    """Library entries as a table: paper, date, pages, stories, last opened, files.

    Lazy: the model knows how many entries pass the filter and reads the rows a view asks for
    from SQL, a page of :data:`PAGE_ROWS` at a time (the last :data:`KEPT_PAGES` pages kept);
    sorting and filtering are SQL's. 30,000 issues cost a count and one page, not 30,000 rows
    (docs/performance.md has the timings).
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Paper"),
        QT_TRANSLATE_NOOP("LibraryModel", "Date"),
        QT_TRANSLATE_NOOP("LibraryModel", "Pages"),
        QT_TRANSLATE_NOOP("LibraryModel", "Stories"),
        QT_TRANSLATE_NOOP("LibraryModel", "Last opened"),
        QT_TRANSLATE_NOOP("LibraryModel", "Files"),
    )
    #: The SQL sort of each column (``None``: that column does not sort).
    SORTS: tuple[LibrarySort | None, ...] = (
        LibrarySort.NEWSPAPER,
        LibrarySort.DATE,
        LibrarySort.PAGES,
        LibrarySort.STORIES,
        LibrarySort.LAST_OPENED,
        None,
    )

    def __init__(self, library: Library | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.where = LibraryFilter()
        self.sort_key = LibrarySort.DATE
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[LibraryEntry]] = OrderedDict()

    def reload(self) -> None:
        """Count the entries again and forget the pages read (after a change or a new order)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self.library.entry_count(self.where) if self.library else 0
        self.endResetModel()

    def set_filter(self, where: LibraryFilter) -> None:
        if where != self.where:
            self.where = where
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTS[column] if 0 <= column < len(self.SORTS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def _page(self, number: int) -> list[LibraryEntry]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self.library is not None  # rows exist only with a library
        page = self.library.entry_page(
            self.where, self.sort_key, self.descending, number * PAGE_ROWS, PAGE_ROWS
        )
        self._pages[number] = page
        if len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> LibraryEntry:
        entry = self.entry(row)
        if entry is None:
            raise IndexError(row)
        return entry

    def entry(self, row: int) -> LibraryEntry | None:
        """The entry in ``row``; None past the end (or gone since the count was taken)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_ROWS)
        offset = row % PAGE_ROWS
        return page[offset] if offset < len(page) else None

    def valid_row(self, index: AnyIndex) -> LibraryEntry | None:
        return self.entry(index.row()) if index.isValid() else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

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
            return plain_tooltip(entry.path)
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

    #: An :class:`~reader.store.importer.ImportProgress`.
    changed = Signal(object)


def _remove(library: Library, paths: list[str]) -> None:
    with library.clone() as mine:
        for path in paths:
            mine.remove(path)


#: What a date bound may be: a year, a month or a day.
_DATE_BOUND = QRegularExpression(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


class LibraryView(QWidget):
    """Lists the library, filtered by paper and dates, sorted by any column but Files.

    Adding and removing run in a worker with its own connections; the list reads its rows a
    page at a time on the GUI thread's Library (a count and a page of 256: milliseconds at
    30,000 issues, measured by tests/benchmarks/bench_library_view.py).
    """

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
        self._progress.changed.connect(self._show_progress)
        self.model = LibraryModel(library, self)
        # Made in the order the eye reads them (buttons, filters, then the table): Qt's tab
        # order follows the order widgets are made in, also after the panel is docked.
        self.add_button = QPushButton(self.tr("&Add Folder…"), self)
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(self.tr("&Remove from Library"), self)
        self.remove_button.setToolTip(
            self.tr("Forgets the cached issue; your files are not touched")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.paper_filter = QComboBox(self)
        self.paper_filter.setObjectName("libraryPaperFilter")
        self.paper_filter.setAccessibleName(self.tr("Paper"))
        self.paper_filter.setToolTip(self.tr("Show one newspaper only"))
        self.paper_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.paper_filter.setMinimumContentsLength(8)
        self.paper_filter.currentIndexChanged.connect(self._filter_changed)
        # Its label, a buddy: on Linux Qt names a combo box by its current item ("All papers")
        # and gives what it is for only as the label's relation, not as the accessible name
        # (walk27: the paper filter had no label, so nothing said what it filters).
        self.paper_label = QLabel(self.tr("&Paper:"), self)
        self.paper_label.setBuddy(self.paper_filter)
        self.date_from = self._date_field(self.tr("From date"), "libraryDateFrom")
        self.date_to = self._date_field(self.tr("To date"), "libraryDateTo")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")
        self.import_progress = ImportProgressBar(self)
        self.import_progress.cancelRequested.connect(self.cancel)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Issues in the library"))
        # Tab leaves the table (the arrows move in it): Qt's table walked its cells with Tab,
        # and the keyboard never got back to the buttons and filters.
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # In a narrow panel the paper keeps the rest; the date, pages, stories, files and
        # last-opened columns go in the reverse of that order.
        self.columns = ColumnFitter(self.table, priority=(1, 2, 3, 5, 4))
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)
        # (wrapped in a narrow panel: on one line they held it 256 px wide at 800x600)
        buttons = WrappingRow()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        # The paper list's label above it: beside it, the label held the panel wider than the
        # headline list can spare at 800x600.
        filters = QHBoxLayout()
        filters.addWidget(self.paper_filter, 1)
        filters.addWidget(self.count_label)
        # The dates on a row of their own: beside the paper list, a narrow panel left them
        # 40 px, too little for a typed 1916-02-14; in a narrower panel one above the other.
        dates = WrappingRow()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.paper_label)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.import_progress)
        layout.addWidget(self.table)

    def _date_field(self, placeholder: str, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.setToolTip(self.tr("A year (1916), a month (1916-02) or a day (1916-02-14)"))
        field.setValidator(QRegularExpressionValidator(_DATE_BOUND, field))
        field.setClearButtonEnabled(True)
        name_clear_button(field)
        # Never narrower than a whole date with the clear button and the frame beside it.
        field.setMinimumWidth(
            field.fontMetrics().horizontalAdvance("1916-02-14") + 2 * field.sizeHint().height()
        )
        field.textChanged.connect(self._filter_changed)
        return field

    # loading

    def sizeHint(self) -> QSize:
        """Wide enough for every column (the Pages and Stories counts too)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), columns_width(self.table, 16)), hint.height())

    def refresh(self) -> None:
        """Read the library again: the papers to filter by, the count, the rows in view."""
        try:
            papers = self.library.papers()
            self._set_papers(papers)
            self.model.reload()
        except BroadsheetError as err:
            self._failed(err)
            return
        self._show_count()
        self.entriesChanged.emit()

    def _set_papers(self, papers: list[str]) -> None:
        chosen = self.paper_filter.currentData()
        self.paper_filter.blockSignals(True)
        self.paper_filter.clear()
        self.paper_filter.addItem(self.tr("All papers"), None)
        for paper in papers:
            self.paper_filter.addItem(paper, paper)
        found = self.paper_filter.findData(chosen) if chosen is not None else 0
        self.paper_filter.setCurrentIndex(max(0, found))
        self.paper_filter.blockSignals(False)
        if chosen is not None and found < 0:
            self.model.where = LibraryFilter(None, *self._date_bounds())

    def _date_bounds(self) -> tuple[str | None, str | None]:
        bounds = []
        for field in (self.date_from, self.date_to):
            text = field.text()
            bounds.append(text if text and field.hasAcceptableInput() else None)
        return bounds[0], bounds[1]

    def current_filter(self) -> LibraryFilter:
        """The filter the paper box and the two date fields describe now."""
        return LibraryFilter(self.paper_filter.currentData(), *self._date_bounds())

    def set_filter(self, where: LibraryFilter) -> None:
        """Show only what ``where`` lets through (and say so in the filter fields)."""
        for widget in (self.paper_filter, self.date_from, self.date_to):
            widget.blockSignals(True)
        found = self.paper_filter.findData(where.newspaper) if where.newspaper else 0
        self.paper_filter.setCurrentIndex(max(0, found))
        self.date_from.setText(where.date_from or "")
        self.date_to.setText(where.date_to or "")
        for widget in (self.paper_filter, self.date_from, self.date_to):
            widget.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        where = self.current_filter()
        if where == self.model.where:
            return
        try:
            self.model.set_filter(where)
        except BroadsheetError as err:
            self._failed(err)
            return
        self.table.scrollToTop()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n issue(s)", "", self.model.rowCount()))

    def _failed(self, error: Exception) -> None:
        self.message.emit(str(error))

    # adding

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add issues from a folder"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        """Import the issues under ``paths`` in the background (parsed in a process pool),
        with progress, pages per second and time left; Cancel keeps what is finished."""
        self._cancel.clear()
        self.add_button.setEnabled(False)
        self.import_progress.start()
        self.runner.start(
            self._add_in_worker,
            [str(p) for p in paths],
            on_success=self._added,
            on_failure=self._add_failed,
        )

    def _add_in_worker(self, paths: list[str]) -> ImportReport:
        with self.library.clone() as mine:
            return mine.import_paths(
                paths, progress=self._progress.changed.emit, cancelled=self._cancel.is_set
            )

    def _show_progress(self, progress: ImportProgress) -> None:
        self.import_progress.show_progress(progress)
        self.progressChanged.emit(progress.done, progress.total, progress.path)

    def _added(self, report: ImportReport) -> None:
        self.add_button.setEnabled(True)
        self.import_progress.finish()
        parsed, total = report.count(Status.ADDED), len(report.issues)
        if parsed == total:  # all read now: no "rest from the cache" to speak of
            text = self.tr("Added %n issue(s)", "", total)
        else:
            text = self.tr(
                "Added %n issue(s) ({parsed} read, the rest from the cache)", "", total
            ).format(parsed=parsed)
        if report.cancelled:
            text += " " + self.tr("— cancelled; the issues finished are kept")
        if report.failed:
            text += self.tr("; %n could not be read: {reason}", "", len(report.failed)).format(
                reason=report.failed[0][1]
            )
        self.message.emit(text)
        self.addFinished.emit(report)
        self.refresh()

    def _add_failed(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        self.import_progress.finish()
        self._failed(error)

    def cancel(self) -> None:
        """Stop adding: the workers stop, what is finished is written and kept."""
        self._cancel.set()

    # removing and opening

    def selected_paths(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [entry.path for entry in map(self.model.entry, rows) if entry is not None]

    def remove_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.runner.start(
                _remove,
                self.library,
                paths,
                on_success=lambda _none: self.refresh(),
                on_failure=self._failed,
            )

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
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
