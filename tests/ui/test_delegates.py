"""PanelDelegate: the style's item panel without the text, and the item's option to draw from."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QStringListModel
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from reader.ui.delegates import PanelDelegate


class Recording(PanelDelegate):
    """Paints only the panel; remembers what a subclass would draw from."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.seen: dict[int, tuple[str, bool]] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = self.paint_panel(painter, option, index)
        self.seen[index.row()] = (opt.text, self.is_selected(index))


def make_view(qtbot: QtBot, texts: list[str]) -> QListView:
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel(texts, view))
    view.resize(240, 120)
    view.show()
    qtbot.waitExposed(view)
    return view


def grab(view: QListView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def test_the_panel_is_drawn_without_text_and_the_option_keeps_it(qtbot: QtBot) -> None:
    view = make_view(qtbot, ["WWWWWWWW", "MMMMMMMM"])
    delegate = Recording(view)
    view.setItemDelegate(delegate)
    view.selectionModel().select(
        view.model().index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    panels = grab(view)
    assert delegate.seen == {0: ("WWWWWWWW", False), 1: ("MMMMMMMM", True)}

    # The same rows with no text, drawn by Qt's own delegate: exactly the panels above.
    blank = make_view(qtbot, ["", ""])
    blank.setItemDelegate(QStyledItemDelegate(blank))
    blank.selectionModel().select(
        blank.model().index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert grab(blank) == panels

    # ...and not what the text itself looks like.
    view.setItemDelegate(QStyledItemDelegate(view))
    assert grab(view) != panels
