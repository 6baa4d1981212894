"""The first-run hint: the five keys that matter and the cheat sheet's key, dismissed for good."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from reader.ui.actions import key_text, spec
from reader.ui.first_run_hint import HINT_ACTIONS, FirstRunHint
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from tests.ui.conftest import WindowFactory


def hint_of(qtbot: QtBot, window: MainWindow) -> FirstRunHint:
    """The hint, once the shown window has built it (just after it is shown)."""
    qtbot.waitUntil(lambda: window.first_run_hint is not None, timeout=3000)
    hint = window.first_run_hint
    assert hint is not None
    return hint


def test_a_first_run_shows_the_keys_that_matter(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    hint = hint_of(qtbot, window)
    assert hint.isVisible()
    text = hint.text()
    assert len(HINT_ACTIONS) == 5
    for name in HINT_ACTIONS:  # the keys come from the keymap, so they cannot drift apart
        assert key_text(spec(name).shortcuts[0]) in text
    for key in ("j", "k", "Space", "/", "Ctrl+O", "?", "F1", "Keyboard Shortcuts"):
        assert key in text
    # The hint is over the list and the pane, and keys still go to the list.
    assert hint.geometry().bottom() <= window.splitter.geometry().top()
    assert window.tree.hasFocus() or not window.isActiveWindow()


def test_got_it_hides_the_hint_for_good(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "hint.ini")
    window = make_window(settings=settings)
    hint = hint_of(qtbot, window)
    with qtbot.waitSignal(hint.dismissed):
        QTest.mouseClick(hint.close_button, Qt.MouseButton.LeftButton)
    assert not hint.isVisible()
    window.close()
    settings.sync()
    again = make_window(settings=Settings(tmp_path / "hint.ini"))
    qtbot.wait(MainWindow.HINT_DELAY_MS + 300)  # (the hint would be on screen by now)
    assert again.first_run_hint is None


def test_esc_dismisses_the_hint_when_nothing_else_is_open(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    hint = hint_of(qtbot, window)
    window.highlighting.open_bar()
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    QTest.keyClick(window.tree, Qt.Key.Key_Escape)  # first the highlight bar closes ...
    assert hint.isVisible() and not window.highlighting.bar.isVisible()
    QTest.keyClick(window.tree, Qt.Key.Key_Escape)  # ... then the hint
    assert not hint.isVisible()
    assert window.settings.first_run_hint_seen


def test_all_keys_opens_the_cheat_sheet(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    QTest.mouseClick(hint_of(qtbot, window).keys_button, Qt.MouseButton.LeftButton)
    sheet = window.cheat_sheet
    assert sheet is not None
    qtbot.waitExposed(sheet)
    sheet.close()


def test_the_hint_waits_for_the_launch_and_takes_two_turns(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    # Not in the gap of the window's first paint: the hint is asked for HINT_DELAY_MS after
    # the window is shown, then built in one turn and put over the list in the next.
    window = make_window()
    qtbot.wait(50)
    assert window.first_run_hint is None
    assert not window.turns.waiting("hint")
    window._ask_first_run_hint()  # (what the timer does; asking twice builds one hint)
    assert window.turns.waiting("hint") and window.turns.waiting("hint shown")
    hint = hint_of(qtbot, window)
    assert hint.isVisible()
    qtbot.wait(MainWindow.HINT_DELAY_MS + 300)
    assert window.first_run_hint is hint
    assert sum(isinstance(child, FirstRunHint) for child in window.findChildren(QFrame)) == 1


def test_a_build_asked_for_after_the_hint_is_shown_makes_none(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    # Asked again while the first ask's "hint shown" turn was still waiting, the build turn runs
    # after the hint is on screen: it must not make a second, hidden hint.
    window = make_window()
    qtbot.wait(50)
    window._build_first_run_hint()
    window._show_first_run_hint()
    hint = window.first_run_hint
    assert hint is not None and hint.isVisible()
    window._build_first_run_hint()
    assert window._hint_built is None
    assert sum(isinstance(child, FirstRunHint) for child in window.findChildren(QFrame)) == 1
