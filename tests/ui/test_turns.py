"""Turns: the window's pieces of work run one per turn of the event loop, in order, with the
loop's paints and due timers between them; showing an issue is split that way and keeps the
reader's selection and focus."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model import Issue
from reader.ui.main_window import MainWindow
from reader.ui.turns import Turns
from tests.ui.conftest import WindowFactory, focus, open_and_wait
from tests.ui.sample_issues import en_issue


class Canvas(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1


def test_pieces_run_in_order_one_a_turn_with_due_timers_and_paints_between(
    qtbot: QtBot,
) -> None:
    turns = Turns()
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.show()
    qtbot.waitExposed(canvas)
    ran: list[str] = []
    beat = QTimer()
    beat.setSingleShot(True)
    beat.setInterval(1)  # due before the next piece (``PAUSE_MS`` later): runs between them
    beat.timeout.connect(lambda: ran.append("timer"))

    def first() -> None:
        ran.append("first")
        beat.start()
        canvas.update()
        ran.append(f"paints {canvas.paints}")

    turns.add("first", first)
    turns.add("second", lambda: ran.extend(["second", f"paints {canvas.paints}"]))
    assert ran == []  # (nothing runs in the turn that asks)
    qtbot.waitUntil(lambda: "second" in ran)
    painted_before = int(ran[1].split()[1])
    assert ran[0] == "first" and ran[2:4] == ["timer", "second"]
    assert int(ran[4].split()[1]) > painted_before  # the first piece's update was painted


def test_asking_again_keeps_the_place_and_runs_the_latest_work_once_and_first_goes_first(
    qtbot: QtBot,
) -> None:
    turns = Turns()
    ran: list[str] = []
    turns.add("page", lambda: ran.append("page, old"))
    turns.add("fill", lambda: ran.append("fill"))
    turns.add("page", lambda: ran.append("page, new"))
    turns.add("gone", lambda: ran.append("gone"))
    turns.cancel("gone")
    turns.add("story", lambda: ran.append("story"), first=True)
    assert turns.waiting("page") and not turns.waiting("gone")
    qtbot.waitUntil(lambda: not turns.waiting("fill"))
    QTest.qWait(3 * Turns.PAUSE_MS)
    assert ran == ["story", "page, new", "fill"]


def test_a_joined_piece_runs_in_the_turn_of_the_piece_before_it(qtbot: QtBot) -> None:
    turns = Turns()
    ran: list[str] = []

    def story() -> None:
        ran.append("story")
        QTimer.singleShot(0, lambda: ran.append("timer"))  # runs at the turn's end, no sooner

    turns.add("story", story)
    turns.add("complete", lambda: ran.append("complete"), joined=True)
    turns.add("later", lambda: ran.append("later"))
    qtbot.waitUntil(lambda: "later" in ran)
    assert ran == ["story", "complete", "timer", "later"]

    # Its piece gone, a joined piece runs in a turn of its own.
    ran.clear()
    turns.add("story", story)
    turns.add("complete", lambda: ran.append("complete"), joined=True)
    turns.cancel("story")
    qtbot.waitUntil(lambda: "complete" in ran)
    assert ran == ["complete"]


def test_a_piece_that_fails_does_not_stop_the_others(qtbot: QtBot) -> None:
    turns = Turns()
    ran: list[str] = []

    def fails() -> None:
        raise ValueError("a bad piece")

    turns.add("bad", fails)
    turns.add("good", lambda: ran.append("good"))
    # (PySide6 reports an exception raised in a slot and carries on; pytest-qt fails a test on
    # it unless asked to expect it)
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: ran == ["good"])
    assert [str(e[1]) for e in raised] == ["a bad piece"]


def show_another_issue(
    qtbot: QtBot, make_window: WindowFactory
) -> tuple[MainWindow, Issue, list[str]]:
    """A window on one issue, the list focused, told to show another; the ids it shows."""
    window = make_window()
    open_and_wait(qtbot, window, "zh")
    issue = en_issue()
    focus(qtbot, window, window.tree)
    shown: list[str] = []
    window.articleShown.connect(shown.append)
    window.show_issue(issue)
    return window, issue, shown


def test_an_issue_shows_its_list_first_then_its_first_story_in_a_turn_of_its_own(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window, issue, shown = show_another_issue(qtbot, make_window)
    first_story = issue.articles[0].id
    # Selected at once, drawn a turn later: the list's first paint comes alone.
    assert window.current_id == first_story and shown == []
    assert window.pane.plain_text() == ""
    with qtbot.waitSignal(window.issueShown):
        pass
    assert shown == [first_story]
    assert issue.articles[0].headline in window.pane.plain_text()
    assert QApplication.focusWidget() is window.tree


def test_moving_before_the_first_story_is_drawn_shows_only_the_chosen_story(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window, issue, shown = show_another_issue(qtbot, make_window)
    QTest.keyClick(window.tree, "j")  # before the turn that draws the first story
    chosen = issue.articles[1].id
    assert window.current_id == chosen and shown == [chosen]
    with qtbot.waitSignal(window.issueShown):
        pass
    assert shown == [chosen]  # the waiting first story was dropped, not drawn over it
    assert window.current_id == chosen
    selected = window.tree.selectionModel().selectedRows()
    assert [window.model.row_for(window.proxy.mapToSource(i)).id for i in selected] == [chosen]
    assert issue.articles[1].headline in window.pane.plain_text()
