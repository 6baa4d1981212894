"""What the window remembers between runs: recent issues and its geometry, docks and splitter.

The INI file (``Settings``) serves the start, which paints before the library opens; once the
user database is there (``UserState``), it holds both and wins, and the INI keeps a copy.
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize

from reader.ui.window_layout import keep_on_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from reader.ui.main_window import MainWindow
    from reader.ui.services import UserState

log = logging.getLogger(__name__)

#: The first bytes of ``QWidget.saveGeometry()``: its magic number.
_GEOMETRY_MAGIC = bytes.fromhex("01d9d0cb")


def saved_size(geometry: QByteArray) -> QSize | None:
    """The window's size in a ``QWidget.saveGeometry()`` blob (its normal geometry, after the
    magic number, the version and the frame geometry), or None when it is not one."""
    data = bytes(geometry.data())
    if len(data) < 40 or not data.startswith(_GEOMETRY_MAGIC):
        return None
    left, top, right, bottom = struct.unpack(">4i", data[24:40])
    width, height = right - left + 1, bottom - top + 1
    return QSize(width, height) if width > 0 and height > 0 else None


def restore_geometry(window: QWidget, geometry: QByteArray) -> None:
    """``window.restoreGeometry``, keeping the saved size where Qt refuses a geometry saved on a
    screen of another size (a laptop off its monitor: the window took its default size); the
    caller fits it onto the screen (``keep_on_screen``). A blob that is not one leaves the size."""
    size = window.size()
    if window.restoreGeometry(geometry):
        return
    saved = saved_size(geometry)
    if saved is None:
        log.warning("the saved window geometry is damaged; using the default size")
    window.resize(saved or size)


#: Keys of the window's state in ``UserState.ui_state`` (base64 of Qt's saved state).
UI_STATE_KEYS = ("window/geometry", "window/state", "window/splitter")


class WindowState:
    """Recent files and the window's saved state, in the INI file and the user database."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.settings = window.settings
        self.user_state: UserState | None = None

    # Recent files ---------------------------------------------------------------------------
    @property
    def recent_paths(self) -> list[str]:
        """Recent issues: from the user data once the library is open, else from the INI."""
        if self.user_state is not None:
            try:
                return self.user_state.recent_files()
            except Exception as error:  # StoreError or sqlite3.Error: the window runs on
                log.warning("recent files: %s", error)
        return self.settings.recent_paths

    def add_recent(self, path: str) -> None:
        self.settings.add_recent(path)  # the INI copy serves the next start until the library opens
        if self.user_state is not None:
            try:
                self.user_state.touch_recent(str(Path(path).resolve()))
            except Exception as error:  # StoreError or sqlite3.Error: the window runs on
                log.warning("saving a recent file: %s", error)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        if self.user_state is not None:
            try:
                self.user_state.clear_recent()
            except Exception as error:  # StoreError or sqlite3.Error: the window runs on
                log.warning("clearing recent files: %s", error)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """File › Open Recent, as it opens: numbered paths, then Clear Menu."""
        from PySide6.QtGui import QAction

        menu.clear()
        paths = self.recent_paths
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number % 10}  {path}", menu)
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
            menu.addAction(action)
        if not paths:
            menu.addAction(
                QCoreApplication.translate("WindowState", "No recent issues")
            ).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("WindowState", "Clear Menu"), self.clear_recent
            )

    # Window state ---------------------------------------------------------------------------
    def restore_from_settings(self) -> None:
        """Geometry, docks and splitter as the INI file has them (at start)."""
        window, settings = self.window, self.settings
        if settings.window_geometry is not None:
            restore_geometry(window, settings.window_geometry)
        self.keep_on_screen()
        if settings.window_state is not None:
            window.restoreState(settings.window_state)
        if settings.splitter_state is not None:
            self._restore_splitter(settings.splitter_state)

    def _restore_splitter(self, data: QByteArray) -> None:
        """The saved splitter, and whether its collapsed list gave way for room (the INI's)."""
        self.window.splitter.restoreState(data)
        self.window.layout_guard.restore_list_gave_way(self.settings.list_gave_way)

    def keep_on_screen(self) -> None:
        """A size saved on a larger screen, or a place on a screen that is gone, must not put
        the window out of reach: move (then shrink) it into the available screen."""
        keep_on_screen(self.window)

    def set_user_state(self, state: UserState) -> None:
        """Keep recent files and the window's state in ``state`` (the user database) from now on.

        The window started from the INI copy (the database opens after the first paint). What
        the database holds wins: a state that differs from the INI's is applied now; one the
        database lacks is taken from the INI. Recent files opened meanwhile are added to it.
        """
        self.user_state = state
        try:
            stored = {key: state.ui_state(key) for key in UI_STATE_KEYS}
            known = set(state.recent_files())
            for path in reversed(self.settings.recent_paths):  # oldest first: order kept
                if path not in known:
                    state.touch_recent(path)
        except Exception as error:  # StoreError or sqlite3.Error: the window runs on
            log.warning("window state from the user data: %s", error)
            return
        current = self._current()
        for key, value in stored.items():
            if value is None:
                self._save(key, current[key])
            else:
                self._restore(key, value, apply=value != current[key])

    def save(self) -> None:
        """Keep the window's state in the INI file and the user database (when closing)."""
        window, settings = self.window, self.settings
        settings.window_geometry = window.saveGeometry()
        settings.window_state = window.saveState()
        settings.splitter_state = window.splitter.saveState()
        settings.list_gave_way = window.layout_guard.list_gave_way
        settings.sync()
        if self.user_state is not None:
            for key, value in self._current().items():
                self._save(key, value)

    def _current(self) -> dict[str, str]:
        def text(data: QByteArray) -> str:
            return bytes(data.toBase64().data()).decode("ascii")

        window = self.window
        return {
            "window/geometry": text(window.saveGeometry()),
            "window/state": text(window.saveState()),
            "window/splitter": text(window.splitter.saveState()),
        }

    def _restore(self, key: str, value: str, apply: bool) -> None:
        """Keep the database's ``value`` in the INI copy, and show it when ``apply``."""
        window, settings = self.window, self.settings
        data = QByteArray.fromBase64(value.encode("ascii"))
        if key == "window/geometry":
            settings.window_geometry = data
            if apply:
                restore_geometry(window, data)
                self.keep_on_screen()
        elif key == "window/state":
            settings.window_state = data
            if apply:
                window.restoreState(data)
        elif key == "window/splitter":
            settings.splitter_state = data
            if apply:
                self._restore_splitter(data)

    def _save(self, key: str, value: str) -> None:
        if self.user_state is None:
            return
        try:
            self.user_state.set_ui_state(key, value)
        except Exception as error:  # StoreError or sqlite3.Error: the window runs on
            log.warning("saving the window state: %s", error)
