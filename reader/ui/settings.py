"""Typed access to the window's settings, kept in an INI file under the user config dir."""

from __future__ import annotations

import math
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from reader.ui.reading_settings import ReadingSettings

#: How many entries File › Open Recent keeps.
RECENT_LIMIT = 10
ZOOM_MIN = -4
ZOOM_MAX = 12


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("broadsheet")) / "broadsheet.ini"


class Settings:
    """The window's settings: zoom, read-on-show, recent files, geometry and splitter state.

    Backed by QSettings in INI format at an explicit path, so the XDG variables (and tests)
    decide where it lives and nothing touches the registry or ~/.config/Broadsheet directly.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings, for dialogs that keep their own keys (export choices)."""
        return self._qs

    def sync(self) -> None:
        self._qs.sync()

    # Reading -----------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        value = int(self._qs.value("reading/zoom", 0, type=int))  # type: ignore[call-overload]
        return max(ZOOM_MIN, min(ZOOM_MAX, value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._qs.setValue("reading/zoom", max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def mark_read_on_show(self) -> bool:
        return bool(self._qs.value("reading/mark_read_on_show", True, type=bool))

    @mark_read_on_show.setter
    def mark_read_on_show(self, value: bool) -> None:
        self._qs.setValue("reading/mark_read_on_show", bool(value))

    @property
    def whole_words(self) -> bool:
        return bool(self._qs.value("highlight/whole_words", False, type=bool))

    @whole_words.setter
    def whole_words(self, value: bool) -> None:
        self._qs.setValue("highlight/whole_words", bool(value))

    @property
    def show_doubtful(self) -> bool:
        """Underline and dim the words the OCR engine doubted (View › Doubtful Words)."""
        return bool(self._qs.value("reading/doubtful", False, type=bool))

    @show_doubtful.setter
    def show_doubtful(self, value: bool) -> None:
        self._qs.setValue("reading/doubtful", bool(value))

    @property
    def page_visible(self) -> bool:
        """The page pane is open (View › Page Picture)."""
        return bool(self._qs.value("page/visible", False, type=bool))

    @page_visible.setter
    def page_visible(self, value: bool) -> None:
        self._qs.setValue("page/visible", bool(value))

    def _number(self, key: str, default: float) -> float:
        """A number kept under ``key``; the default when it is missing or not a number."""
        try:
            number = float(str(self._qs.value(key, default)))
        except ValueError:
            return default
        return number if math.isfinite(number) else default

    def _text(self, key: str) -> str:
        value = self._qs.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def reading(self) -> ReadingSettings:
        """Fonts, size, spacing, column, alignment and theme (View › Reading Settings…),
        checked: whatever the file holds, the values are in range."""
        default = ReadingSettings()
        justify = str(self._qs.value("reading/justify", "false")).lower() in ("true", "1")
        return ReadingSettings(
            cjk_family=self._text("reading/cjk_family"),
            latin_family=self._text("reading/latin_family"),
            size=self._number("reading/size", default.size),
            line_spacing=int(self._number("reading/line_spacing", default.line_spacing)),
            column_ems=int(self._number("reading/column_ems", default.column_ems)),
            justify=justify,
            theme=self._text("reading/theme") or default.theme,
        ).checked()

    @reading.setter
    def reading(self, value: ReadingSettings) -> None:
        value = value.checked()
        self._qs.setValue("reading/cjk_family", value.cjk_family)
        self._qs.setValue("reading/latin_family", value.latin_family)
        self._qs.setValue("reading/size", value.size)
        self._qs.setValue("reading/line_spacing", value.line_spacing)
        self._qs.setValue("reading/column_ems", value.column_ems)
        self._qs.setValue("reading/justify", value.justify)
        self._qs.setValue("reading/theme", value.theme)

    @property
    def first_run_hint_seen(self) -> bool:
        """The reader dismissed the first-run hint (it is not shown again)."""
        return bool(self._qs.value("hints/first_run_seen", False, type=bool))

    @first_run_hint_seen.setter
    def first_run_hint_seen(self, value: bool) -> None:
        self._qs.setValue("hints/first_run_seen", bool(value))

    @property
    def language(self) -> str:
        """The interface language chosen in View › Language ("" follows the system's)."""
        return str(self._qs.value("interface/language", "", type=str))

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("interface/language", value)

    # Files -------------------------------------------------------------------------------
    @property
    def recent_paths(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            items: list[object] = [value]
        elif isinstance(value, list | tuple):
            items = list(value)
        else:
            items = []
        return [str(v) for v in items if v]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        paths = [text, *(p for p in self.recent_paths if p != text)][:RECENT_LIMIT]
        self._qs.setValue("files/recent", paths)

    def clear_recent(self) -> None:
        self._qs.remove("files/recent")

    @property
    def last_folder(self) -> str:
        return str(self._qs.value("files/last_folder", "", type=str))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._qs.setValue("files/last_folder", value)

    # Window ------------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/splitter", value)

    @property
    def list_gave_way(self) -> bool:
        """The saved splitter's collapsed headline list was collapsed for want of room (by
        ``LayoutGuard``), not by hand: it comes back when there is room again."""
        return bool(self._qs.value("window/list_gave_way", False, type=bool))

    @list_gave_way.setter
    def list_gave_way(self, value: bool) -> None:
        self._qs.setValue("window/list_gave_way", bool(value))
