"""The bookmarks panel: every bookmark with its note, headline, issue and state; jump, edit the
note, delete with undo, export. Database work runs in workers on clones of the Library."""

from __future__ import annotations

import time
from collections.abc import Sequence
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.export.bookmarks import export_bookmarks
from reader.store.library import BookmarkState, Library, ResolvedBookmark
from reader.store.records import Bookmark
from reader.ui.actions import shortcut_text, spec
from reader.ui.empty_hint import HintedTableView
from reader.ui.i18n import QT_TRANSLATE_NOOP
from reader.ui.table_model import AnyIndex, RowTableModel, role_names
from reader.ui.tooltips import plain_tooltip
from reader.ui.window_layout import ColumnFitter, columns_width
from reader.ui.workers import TaskRunner
from reader.ui.wrapping_row import WrappingRow

STATE_LABELS = {
    BookmarkState.FOUND: "",
    BookmarkState.ORPHANED: QT_TRANSLATE_NOOP("BookmarkModel", "story not found"),
    BookmarkState.ISSUE_MISSING: QT_TRANSLATE_NOOP("BookmarkModel", "issue missing"),
}


def state_label(state: BookmarkState) -> str:
    """A bookmark's state in the interface language ("" when its story is found)."""
    text = STATE_LABELS[state]
    return QCoreApplication.translate("BookmarkModel", text) if text else ""


class BookmarkRoles(IntEnum):
    RESOLVED = Qt.ItemDataRole.UserRole + 1
    BOOKMARK_ID = Qt.ItemDataRole.UserRole + 2
    STATE = Qt.ItemDataRole.UserRole + 3
    NOTE = Qt.ItemDataRole.UserRole + 4


class BookmarkModel(RowTableModel[ResolvedBookmark]):
    """Bookmarks as a table; the note column is editable and reports edits by signal."""

    HEADERS = (
        QT_TRANSLATE_NOOP("BookmarkModel", "Headline"),
        QT_TRANSLATE_NOOP("BookmarkModel", "Issue"),
        QT_TRANSLATE_NOOP("BookmarkModel", "Note"),
        QT_TRANSLATE_NOOP("BookmarkModel", "Saved"),
        QT_TRANSLATE_NOOP("BookmarkModel", "State"),
    )
    NOTE_COLUMN = 2

    #: ``(bookmark id, new note)`` after the reader edited a note in the table.
    noteEdited = Signal(int, str)

    def set_items(self, items: Sequence[ResolvedBookmark]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> ResolvedBookmark:
        return self.row_at(row)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NOTE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.valid_row(index)
        if item is None:
            return None
        b = item.bookmark
        if role == BookmarkRoles.RESOLVED:
            return item
        if role == BookmarkRoles.BOOKMARK_ID:
            return b.id
        if role == BookmarkRoles.STATE:
            return item.state.value
        if role == BookmarkRoles.NOTE:
            return b.note
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            column = index.column()
            if column == 0:
                return item.article.display_title if item.article else b.headline
            if column == 1:
                return b.issue_title
            if column == 2:
                return b.note
            if column == 3:
                return time.strftime("%Y-%m-%d %H:%M", time.localtime(b.created))
            if column == 4:
                return state_label(item.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The cell whole (a long title is elided in the middle), and why a lost one stays.
            text = str(self.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if index.column() != self.NOTE_COLUMN and b.note:
                # (a narrow panel, at 800x600, hides the Note column: walk27 found a note
                # written and nowhere to be seen)
                note = self.tr("Note: {note}").format(note=b.note)
                text = f"{text}\n{note}" if text else note
            if item.state is not BookmarkState.FOUND:
                kept = self.tr("Kept: the story could not be found in the issue as it reads now")
                text = f"{text}\n{kept}" if text else kept
            return plain_tooltip(text or None)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.NOTE_COLUMN:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        item = self.row_at(row)
        note = str(value)
        if note == item.bookmark.note:
            return False
        bookmark = Bookmark(
            item.bookmark.id,
            item.bookmark.anchor,
            item.bookmark.issue_path,
            item.bookmark.headline,
            item.bookmark.issue_title,
            note,
            item.bookmark.created,
            time.time(),
        )
        self._rows[row] = ResolvedBookmark(bookmark, item.article, item.state)
        self.dataChanged.emit(index, index)
        self.noteEdited.emit(bookmark.id, note)
        return True

    def roleNames(self) -> dict[int, QByteArray]:
        return role_names(
            super().roleNames(),
            {
                BookmarkRoles.RESOLVED: b"resolved",
                BookmarkRoles.BOOKMARK_ID: b"bookmarkId",
                BookmarkRoles.STATE: b"state",
                BookmarkRoles.NOTE: b"note",
            },
        )


def _resolve(library: Library) -> list[ResolvedBookmark]:
    with library.clone() as mine:
        return mine.resolve_bookmarks()


def _set_note(library: Library, bookmark_id: int, note: str) -> None:
    with library.clone() as mine:
        mine.userdata.set_note(bookmark_id, note)


def _delete(library: Library, bookmark_ids: list[int]) -> list[Bookmark]:
    with library.clone() as mine:
        removed = [mine.userdata.delete_bookmark(i) for i in bookmark_ids]
    return [b for b in removed if b is not None]


def _restore(library: Library, bookmarks: list[Bookmark]) -> None:
    with library.clone() as mine:
        for bookmark in bookmarks:
            mine.userdata.restore_bookmark(bookmark)


def _export(library: Library, path: str) -> str:
    return str(export_bookmarks(_resolve(library), path))


class BookmarksPanel(QWidget):
    """Lists bookmarks (orphans included); jump, edit notes, delete with undo, export."""

    #: The reader chose a bookmark to jump to: the ResolvedBookmark (found or not).
    bookmarkActivated = Signal(object)
    #: ``(issue path, article id)`` of a chosen bookmark whose story was found: connect it to
    #: ``MainWindow.open_article``.
    openArticle = Signal(str, str)
    #: The list was reloaded.
    refreshed = Signal()
    #: A write finished (note saved, delete, undo, export): for tests and the status bar.
    saved = Signal()
    #: One line for the status bar.
    message = Signal(str)

    def __init__(
        self, library: Library, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksPanel")
        self.library = library
        self.runner = runner or TaskRunner(self)
        self._undo: list[list[Bookmark]] = []
        self._refreshes = 0  # refreshes asked for (``refresh``): the newest one is shown
        self.model = BookmarkModel(self)
        self.model.noteEdited.connect(self._save_note)
        # Made in the order the eye reads them (buttons above the table): Qt's tab order
        # follows the order widgets are made in, also after the panel is docked.
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("&Undo Delete"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Write every bookmark to a Markdown or JSON file"))
        self.export_button.clicked.connect(self._choose_export)
        self.table = HintedTableView(self)
        # Until the first read answers (seconds after a deleted cache, while the bookmarked
        # issues are parsed again), an empty table does not mean that there are none.
        self.table.set_empty_text(self.tr("Reading the bookmarks…"))
        self.table.setObjectName("bookmarksTable")
        self.table.setAccessibleName(self.tr("Bookmarked stories"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the library's
        # Long titles lose their middle, not their end; the tooltip has them whole.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # In a narrow panel the headline keeps the rest; the note, the issue, the state and the
        # date saved go in the reverse of that order.
        self.columns = ColumnFitter(self.table, priority=(2, 1, 4, 3))
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._activated)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        # (wrapped in a narrow panel: on one line they held it 279 px wide at 800x600)
        buttons = WrappingRow(lead=2)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def sizeHint(self) -> QSize:
        """Wide enough for every column, the headline at about 30 characters."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), columns_width(self.table, 30)), hint.height())

    def refresh(self) -> None:
        """Read the bookmarks again in a worker. Refreshes may answer out of order (the pool
        runs two at once): only the newest one's answer is shown."""
        self._refreshes += 1
        self.runner.start(
            _resolve,
            self.library,
            on_success=partial(self._show, self._refreshes),
            on_failure=self._unread,
        )

    def _show(self, ticket: int, items: list[ResolvedBookmark]) -> None:
        if ticket != self._refreshes:
            return  # an older refresh, answering after a newer one
        self.model.set_items(items)
        self.table.set_empty_text(
            self.tr(
                "No bookmarks yet. Press {key} on a story (Story › Bookmark) to keep it here, "
                "with a note of your own; bookmarks stay when the issue is read again."
            ).format(key=shortcut_text(spec("toggle_bookmark")))
        )
        self.refreshed.emit()

    def _failed(self, error: Exception) -> None:
        self.message.emit(str(error))

    def _unread(self, error: Exception) -> None:
        """A read of the bookmarks failed: said, and an empty table says so too rather than
        that it is still reading them."""
        if self.model.rowCount() == 0:
            self.table.set_empty_text(str(error))
        self._failed(error)

    def _written(self, _result: object = None) -> None:
        self.saved.emit()

    def _save_note(self, bookmark_id: int, note: str) -> None:
        self.runner.start(
            _set_note,
            self.library,
            bookmark_id,
            note,
            on_success=self._written,
            on_failure=self._failed,
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r).bookmark.id for r in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.runner.start(
                _delete, self.library, ids, on_success=self._deleted, on_failure=self._failed
            )

    def _deleted(self, removed: list[Bookmark]) -> None:
        if removed:
            self._undo.append(removed)
            self.undo_button.setEnabled(True)
            self.message.emit(
                self.tr("Deleted %n bookmark(s) — Undo Delete brings them back", "", len(removed))
            )
        self.saved.emit()
        self.refresh()

    def undo(self) -> None:
        if not self._undo:
            return
        bookmarks = self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))
        self.runner.start(
            _restore, self.library, bookmarks, on_success=self._restored, on_failure=self._failed
        )

    def _restored(self, _result: object) -> None:
        self.saved.emit()
        self.refresh()

    def _choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bookmarks"),
            str(Path.home() / "bookmarks.md"),
            "Markdown (*.md);;JSON (*.json)",
        )
        if path:
            if Path(path).suffix.lower() not in (".md", ".markdown", ".json"):
                path += ".json" if "json" in chosen.lower() else ".md"
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write every bookmark to ``path`` (.md or .json) in the background."""
        self.runner.start(
            _export, self.library, str(path), on_success=self._exported, on_failure=self._failed
        )

    def _exported(self, path: str) -> None:
        self.message.emit(self.tr("Bookmarks exported to {path}").format(path=path))
        self.saved.emit()

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == BookmarkModel.NOTE_COLUMN:
            return
        item = self.model.item(index.row())
        self.bookmarkActivated.emit(item)
        path = item.bookmark.issue_path
        if item.article is not None and path:
            self.openArticle.emit(path, item.article.id)
        else:
            self.message.emit(
                self.tr("{headline}: {state} — the bookmark is kept").format(
                    headline=item.bookmark.headline, state=state_label(item.state)
                )
            )

    def shutdown(self) -> None:
        self.runner.shutdown()
