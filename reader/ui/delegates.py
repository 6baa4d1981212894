"""A base for item delegates that draw their own text over the style's item panel."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.table_model import AnyIndex


class PanelDelegate(QStyledItemDelegate):
    """Draws an item's panel (background, selection, focus frame) the style's way, without its
    text, so that a subclass can lay out the text itself.

    Nothing here touches ``QStyle`` from Python: PySide6 builds that class's many enums (~5 ms)
    the first time Python sees it, which would land on the window's first paint.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._textless = False
        self._bare = False
        self._option: QStyleOptionViewItem | None = None

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if self._bare:  # only the panel: the view's option (rect, state, palette) is all it uses
            return
        super().initStyleOption(option, index)
        if self._textless:  # painting the panel: keep the whole option for the subclass
            self._option = QStyleOptionViewItem(option)
            option.text = ""

    def paint_panel(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QStyleOptionViewItem:
        """Paint the panel; return the item's style option (with its text) to draw from."""
        self._textless = True
        self._option = None
        try:
            super().paint(painter, option, index)
        finally:
            self._textless = False
        opt, self._option = self._option, None
        if opt is None:  # (the style did not ask; never seen)
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
        return opt

    def paint_bare_panel(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        """Paint only the panel, asking the model nothing: for a subclass that has everything it
        draws from one role (the style's own item option asks some ten roles a row)."""
        self._bare = True
        try:
            super().paint(painter, option, index)
        finally:
            self._bare = False

    def is_selected(self, index: AnyIndex) -> bool:
        """Whether the view shows ``index`` selected (as the style's panel does)."""
        selection = self._view.selectionModel()
        return selection is not None and selection.isSelected(index)
