"""Open Recent and the window's state come from the user database once the library is open."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from reader.store.userdata import UserData
from reader.ui.settings import Settings
from reader.ui.window_state import UI_STATE_KEYS
from tests.ui.conftest import WindowFactory, open_and_wait


def recent_menu_entries(window: object) -> list[str]:
    menu = window.submenus["recent"]  # type: ignore[attr-defined]
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]


def test_before_the_library_opens_recent_files_come_from_the_ini(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, tmp_path / "zh")
    assert window.settings.recent_paths == [str((tmp_path / "zh").resolve())]
    assert any(str(tmp_path / "zh") in entry for entry in recent_menu_entries(window))


def test_recent_files_move_to_the_user_database_and_are_read_from_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, tmp_path / "zh")  # before the library: INI only
    userdata = UserData(tmp_path / "user.sqlite3")
    try:
        userdata.touch_recent("/elsewhere/opened-by-another-instance")
        window.window_state.set_user_state(userdata)
        # What was opened before the library joins the database's list.
        assert str((tmp_path / "zh").resolve()) in userdata.recent_files()
        open_and_wait(qtbot, window, tmp_path / "en")
        assert userdata.recent_files()[0] == str((tmp_path / "en").resolve())
        # The menu lists the database's entries, newest first, including the other instance's.
        entries = recent_menu_entries(window)
        assert [e.split("  ", 1)[1] for e in entries[:3]] == [
            str((tmp_path / "en").resolve()),
            str((tmp_path / "zh").resolve()),
            "/elsewhere/opened-by-another-instance",
        ]
        assert entries[3] == "Clear Menu"
        # Clear Menu clears both copies.
        window.window_state.clear_recent()
        assert userdata.recent_files() == [] and window.settings.recent_paths == []
        assert recent_menu_entries(window) == ["No recent issues"]
    finally:
        window.close()
        userdata.close()


def test_window_state_is_saved_to_and_restored_from_the_user_database(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    userdata = UserData(tmp_path / "user.sqlite3")
    try:
        first = make_window(settings=Settings(tmp_path / "first.ini"))
        first.window_state.set_user_state(userdata)  # an empty database takes the window's state
        assert all(userdata.ui_state(key) for key in UI_STATE_KEYS)
        first.splitter.setSizes([200, 900])
        first.close()
        saved = userdata.ui_state("window/splitter")
        assert saved is not None
        # Another start with a fresh INI (say, a new config dir) gets the state from the database.
        second = make_window(settings=Settings(tmp_path / "second.ini"))
        assert second.splitter.sizes()[0] != 200
        second.window_state.set_user_state(userdata)
        qtbot.waitUntil(lambda: second.splitter.sizes()[0] == 200)
        # ... and keeps it in its INI for the next start, before the library opens.
        assert second.settings.splitter_state == QByteArray.fromBase64(saved.encode("ascii"))
        geometry = userdata.ui_state("window/geometry")
        assert geometry is not None
        assert second.settings.window_geometry == QByteArray.fromBase64(geometry.encode("ascii"))
        second.close()
    finally:
        userdata.close()


def test_a_broken_user_database_leaves_the_ini_in_charge(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, tmp_path / "zh")
    userdata = UserData(tmp_path / "user.sqlite3")
    window.window_state.set_user_state(userdata)
    userdata.close()  # every query fails from now on
    assert window.window_state.recent_paths == [str((tmp_path / "zh").resolve())]
    open_and_wait(qtbot, window, tmp_path / "en")  # still opens; the INI records it
    assert window.settings.recent_paths[0] == str((tmp_path / "en").resolve())
    window.close()


def test_the_launched_app_keeps_recent_files_and_window_state_in_the_user_database(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from reader.ui.app import launch
    from reader.ui.resources import sample_issue_path

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch installs its own
    app_launch = launch([])
    window = app_launch.window
    try:
        with qtbot.waitSignal(app_launch.store.ready, timeout=20_000) as ready:
            pass
        library = ready.args[0].library
        assert window.window_state.user_state is library.userdata
        qtbot.waitUntil(lambda: window.issue is not None, timeout=20_000)
        # The sample was opened before the library: it is in the database's list now.
        assert str(sample_issue_path().resolve()) in library.userdata.recent_files()
        window.close()
        assert all(library.userdata.ui_state(key) for key in UI_STATE_KEYS)
    finally:
        window.close()
        app_launch.store.close()
        window.deleteLater()
        logger = logging.getLogger("reader")
        for handler in [h for h in logger.handlers if getattr(h, "broadsheet_log", False)]:
            logger.removeHandler(handler)
            handler.close()
