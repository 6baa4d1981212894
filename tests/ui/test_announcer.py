"""Status messages reach a screen reader: each new one is announced, counting on is thinned."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from reader.ui.announcer import StatusAnnouncer
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, open_and_wait


def test_what_the_window_says_in_its_status_bar_is_announced(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """walk25: Orca said nothing of "No more hits", "Bookmarked …", "The library is still
    opening …": Qt paints a status bar's message and exposes it to no screen reader."""
    window: MainWindow = make_window()
    open_and_wait(qtbot, window, "zh")
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    QAccessible.setActive(True)  # (as with a screen reader: the event is really sent)
    try:
        window.highlighting.open_bar()
        with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
            window.highlighting.set_terms("zzzq")
        window.highlighting.next_hit()
    finally:
        QAccessible.setActive(False)
    assert said == ["No more hits"]
    assert window.statusBar().currentMessage() == said[0]


def test_counting_on_is_said_again_only_after_a_pause(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    now = [100.0]
    announcer = StatusAnnouncer(bar, clock=lambda: now[0])
    said: list[str] = []
    announcer.announced.connect(said.append)
    for done in range(1, 6):
        bar.showMessage(f"Adding issues: {done} of 40")
        now[0] += 1.0
    bar.clearMessage()
    bar.showMessage("Added 40 issues")
    bar.showMessage("Added 40 issues")  # (the same text again: Qt sends no change)
    assert said == ["Adding issues: 1 of 40", "Adding issues: 4 of 40", "Added 40 issues"]


def test_each_hit_the_keys_reach_is_said_with_its_place(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """N and Shift+N outline a hit, which only the eye saw (walk25): the status bar and a
    screen reader now say which hit of how many, and its words, at every press."""
    window: MainWindow = make_window()
    open_and_wait(qtbot, window, "zh")
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    window.highlighting.open_bar()
    with qtbot.waitSignal(window.hitCountsReady, timeout=10_000):
        window.highlighting.set_terms("科技")
    total = window.pane.hit_count
    assert total >= 2
    window.highlighting.next_hit()
    window.highlighting.next_hit()
    window.highlighting.previous_hit()
    assert said == [
        f"Hit 1 of {total} in this story: 科技",
        f"Hit 2 of {total} in this story: 科技",
        f"Hit 1 of {total} in this story: 科技",
    ]
    assert window.statusBar().currentMessage() == said[-1]
