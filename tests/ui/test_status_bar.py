"""The status bar's message is cut with an ellipsis, not mid-letter, in a narrow window; its whole
text stays the bar's message (what the screen reader is told) and its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.status_bar import ElidingStatusBar
from tests.ui.conftest import WindowFactory

LONG = "THE PRAIRIE CITY COURIER · 1947-12-09: 1 page(s), 7 item(s), opened from a long folder name"


def _bar(qtbot: QtBot, width: int) -> ElidingStatusBar:
    bar = ElidingStatusBar()
    qtbot.addWidget(bar)
    bar.addPermanentWidget(QLabel("Page 1 · 2 of 8"))
    bar.resize(width, 24)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_a_message_too_long_for_its_room_is_elided_at_its_end(qtbot: QtBot) -> None:
    bar = _bar(qtbot, 300)
    bar.showMessage(LONG)
    shown = bar.shown_message()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
    # (the whole text stays the message, and is the tooltip)
    assert bar.currentMessage() == LONG
    assert bar.toolTip() == LONG
    # (painting it draws without error, and the room ends before the permanent widget)
    assert not bar.grab().isNull()
    permanent = bar.findChild(QLabel)
    assert bar.message_rect().right() < permanent.x()


def test_a_message_that_fits_is_shown_whole(qtbot: QtBot) -> None:
    bar = _bar(qtbot, 1200)
    bar.showMessage("Bookmarked")
    assert bar.shown_message() == "Bookmarked"
    bar.clearMessage()
    assert bar.shown_message() == ""


def test_the_windows_status_bar_elides_in_a_narrow_window(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window: MainWindow = make_window()
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    window.statusBar().showMessage(LONG * 2)
    assert bar.shown_message().endswith("…")
    assert bar.currentMessage() == LONG * 2
