"""A row of buttons that wraps in a narrow panel: its minimum is its widest button, its height
follows its width, and on one line the room to spare goes after its leading buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.wrapping_row import WrappingRow


def row_of(
    qtbot: QtBot, texts: list[str], lead: int | None = None
) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrappingRow(holder, lead=lead)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        row.addWidget(button)
    holder.show()
    return holder, buttons


def test_a_wide_row_is_one_line_with_the_spare_room_after_the_leading_buttons(
    qtbot: QtBot,
) -> None:
    holder, (delete, undo, export) = row_of(qtbot, ["&Delete", "&Undo Delete", "&Export…"], lead=2)
    holder.resize(600, 200)
    qtbot.wait(20)
    assert delete.y() == undo.y() == export.y()
    assert delete.x() < undo.x() < export.x()
    assert export.geometry().right() >= 600 - 2  # at the right end
    assert undo.geometry().right() + 100 < export.x()  # the spare room between
    layout = holder.layout()
    assert layout.heightForWidth(600) == export.sizeHint().height()


def test_a_narrow_row_wraps_and_never_cuts_a_button(qtbot: QtBot) -> None:
    texts = ["&Add Folder…", "&Remove from Library", "&Export…"]
    holder, buttons = row_of(qtbot, texts)
    layout = holder.layout()
    widest = max(button.sizeHint().width() for button in buttons)
    assert layout.minimumSize().width() == widest
    assert layout.sizeHint().width() > widest * 2  # all on one line
    holder.resize(widest, 300)
    qtbot.wait(20)
    tops = [button.y() for button in buttons]
    assert len(set(tops)) == 3  # one a line
    for button in buttons:
        assert button.width() == button.sizeHint().width()
        assert button.x() == 0
    assert layout.heightForWidth(widest) > 3 * buttons[0].sizeHint().height()
    assert layout.heightForWidth(widest) > layout.heightForWidth(2000)


def test_a_hidden_button_takes_no_room(qtbot: QtBot) -> None:
    holder, (first, second) = row_of(qtbot, ["First", "Second"])
    layout = holder.layout()
    both = layout.sizeHint().width()
    second.hide()
    layout.invalidate()
    assert layout.sizeHint().width() == first.sizeHint().width() < both


def test_fields_that_expand_share_the_spare_room_and_fill_their_line_when_wrapped(
    qtbot: QtBot,
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrappingRow(holder)
    first, second = QLineEdit(), QLineEdit()
    for field in (first, second):
        field.setMinimumWidth(150)
        row.addWidget(field)
    holder.show()
    holder.resize(700, 100)
    qtbot.wait(20)
    assert first.y() == second.y()
    assert abs(first.width() - second.width()) <= 1
    assert second.geometry().right() == 699  # the line filled
    assert row.minimumSize().width() >= 150
    holder.resize(200, 100)
    qtbot.wait(20)
    assert first.y() < second.y()  # one above the other, each the whole width
    assert first.width() == second.width() == 200
