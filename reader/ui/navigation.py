"""Moving through the headline list as filtered: stories, pages, scrolling into the next story,
extending the selection. The window owns one ``Navigator``; the keymap calls it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from reader.ui.headline_model import TITLE_COLUMN, HeadlineFilter, HeadlineModel, Roles, Row
from reader.ui.i18n import page_label
from reader.ui.reading_pane import ReadingPane

#: Shows a status message for some milliseconds.
Say = Callable[[str, int], None]


class Navigator:
    """Moves the current row of the headline list; rows are the stories the filter shows."""

    def __init__(
        self,
        tree: QTreeView,
        proxy: HeadlineFilter,
        model: HeadlineModel,
        pane: ReadingPane,
        say: Say,
    ) -> None:
        self.tree = tree
        self.proxy = proxy
        self.model = model
        self.pane = pane
        self._say = say

    # Where we are ---------------------------------------------------------------------------
    def rows(self) -> list[QModelIndex]:
        """Rows of the filtered list that can be shown (stories, unplaced text), top to bottom."""
        leaves = []
        for page_row in range(self.proxy.rowCount()):
            page = self.proxy.index(page_row, 0)
            for row in range(self.proxy.rowCount(page)):
                leaves.append(self.proxy.index(row, 0, page))
        return leaves

    def position(self, rows: list[QModelIndex]) -> int:
        """The current row's place in ``rows``, or -1."""
        current = self.tree.currentIndex()
        if current.isValid() and current.column() != 0:
            current = current.siblingAtColumn(0)
        return next((n for n, index in enumerate(rows) if index == current), -1)

    def current_row(self) -> Row | None:
        return self.model.row_for(self.proxy.mapToSource(self.tree.currentIndex()))

    def row_ids(self) -> list[str]:
        """The ids of the listed rows, top to bottom."""
        return [str(index.data(Roles.ARTICLE_ID)) for index in self.rows()]

    def position_text(self) -> str:
        """ "第1版 要闻 · 3 of 12" for the status bar, or "" with nothing shown."""
        row = self.current_row()
        rows = self.rows()
        if row is None or not rows:
            return ""
        where = QCoreApplication.translate("Navigator", "{number} of {count}").format(
            number=self.position(rows) + 1, count=len(rows)
        )
        return f"{page_label(row.page, row.page.number)} · {where}"

    def selected_rows(self) -> list[Row]:
        """Rows selected in the list, in list order (for export and bookmarks)."""
        indexes = [
            i for i in self.tree.selectionModel().selectedRows(TITLE_COLUMN) if i.parent().isValid()
        ]
        order = {(i.parent().row(), i.row()): n for n, i in enumerate(self.rows())}
        indexes.sort(key=lambda i: order.get((i.parent().row(), i.row()), 0))
        rows = [self.model.row_for(self.proxy.mapToSource(i)) for i in indexes]
        return [r for r in rows if r is not None]

    # Moving ---------------------------------------------------------------------------------
    def go_to(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def step_story(self, step: int) -> bool:
        """``step`` stories down (up when negative); False at either end of the issue."""
        rows = self.rows()
        if not rows:
            return False
        position = self.position(rows)
        target = 0 if position == -1 else position + step
        if not 0 <= target < len(rows):
            self._say(
                QCoreApplication.translate("Navigator", "Last story of the issue")
                if step > 0
                else QCoreApplication.translate("Navigator", "First story of the issue"),
                3000,
            )
            return False
        self.go_to(rows[target])
        return True

    def first_story(self) -> None:
        rows = self.rows()
        if rows:
            self.go_to(rows[0])

    def last_story(self) -> None:
        rows = self.rows()
        if rows:
            self.go_to(rows[-1])

    def step_page(self, step: int) -> bool:
        """The first story of the page ``step`` pages on; False past the first or last page."""
        pages = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        pages = [p for p in pages if self.proxy.rowCount(p) > 0]
        if not pages:
            return False
        current = self.tree.currentIndex()
        current_page = current.parent().row() if current.parent().isValid() else -1
        position = next((n for n, p in enumerate(pages) if p.row() == current_page), -1)
        target = 0 if position == -1 else position + step
        if not 0 <= target < len(pages):
            self._say(QCoreApplication.translate("Navigator", "No more pages"), 3000)
            return False
        self.tree.setCurrentIndex(self.proxy.index(0, 0, pages[target]))
        self.tree.scrollTo(pages[target], QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def go_to_page(self, page_number: int) -> bool:
        for index in self.rows():
            if index.data(Roles.PAGE_NUMBER) == page_number:
                self.go_to(index)
                return True
        return False

    def next_row_where(self, forward: bool, wanted: Callable[[str], object]) -> QModelIndex | None:
        """The nearest row after (before) the current one whose id is ``wanted``."""
        rows = self.rows()
        position = self.position(rows)
        order = rows[position + 1 :] if forward else list(reversed(rows[: max(position, 0)]))
        return next((i for i in order if wanted(str(i.data(Roles.ARTICLE_ID)))), None)

    def scroll_down(self) -> None:
        """A screen down; at the bottom, the next story from its top."""
        if not self.pane.at_bottom():
            self.pane.page_down()
        elif self.step_story(1):
            self.pane.scroll_to_top()

    def scroll_up(self) -> None:
        """A screen up; at the top, the previous story from its bottom."""
        if not self.pane.at_top():
            self.pane.page_up()
        elif self.step_story(-1):
            self.pane.scroll_to_bottom()

    # Selecting ------------------------------------------------------------------------------
    def extend_selection(self, step: int) -> None:
        rows = self.rows()
        position = self.position(rows)
        target = position + step
        if position == -1 or not 0 <= target < len(rows):
            return
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(rows[target], flags)
        self.tree.scrollTo(rows[target])

    def select_all(self) -> None:
        model = self.tree.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for index in self.rows():
            model.select(index, flags)
