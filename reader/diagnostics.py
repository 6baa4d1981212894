"""What a bug report needs: the versions in use, the user's folders and the log file.

Qt-free apart from asking QtCore for the Qt version: ``broadsheet --version`` uses it without
importing Qt's widgets or loading jieba's dictionary.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

import platformdirs

from reader import __version__

#: The name of the application's folders (cache, data, config, log, runtime).
APP_DIR = "broadsheet"

#: How large the log may grow before a start moves it aside to ``broadsheet.log.1``.
LOG_LIMIT = 1_000_000


def jieba_version() -> str:
    """jieba's version from its installed metadata (importing jieba would cost its start-up)."""
    from importlib import metadata

    try:
        return metadata.version("jieba")
    except metadata.PackageNotFoundError:
        return "not installed"


def qt_versions() -> tuple[str, str]:
    """(Qt's run-time version, PySide6's version)."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return ("not installed", "not installed")
    return (qVersion(), PySide6.__version__)


def versions() -> list[tuple[str, str]]:
    """Broadsheet and what it runs on, as (name, version) pairs in reading order."""
    import sqlite3  # (not at import: the window's start-up needs only the log path)

    qt, pyside = qt_versions()
    python = sys.version.split()[0]
    if getattr(sys, "frozen", False):
        python += " (bundled)"
    return [
        ("Broadsheet", __version__),
        ("Qt", qt),
        ("PySide6", pyside),
        ("Python", python),
        ("SQLite", sqlite3.sqlite_version),
        ("jieba", jieba_version()),
    ]


def version_report() -> str:
    """What ``broadsheet --version`` prints: one ``name version`` line per component, then
    which parser build is installed (compiled with mypyc or pure Python: docs/install.md)."""
    from reader.parse import build_name

    pairs = [*versions(), ("Parser", build_name())]
    width = max(len(name) for name, _ in pairs)
    return "\n".join(f"{name:<{width}}  {version}" for name, version in pairs)


def user_folders() -> list[tuple[str, Path]]:
    """Where Broadsheet keeps things, as (what, folder) pairs (the XDG variables decide)."""
    return [
        ("Data (bookmarks, notes, library)", Path(platformdirs.user_data_dir(APP_DIR))),
        ("Cache (parsed issues, search index)", Path(platformdirs.user_cache_dir(APP_DIR))),
        ("Settings", Path(platformdirs.user_config_dir(APP_DIR))),
        ("Log", log_path().parent),
    ]


def log_path() -> Path:
    """The log file, in the user log dir."""
    return Path(platformdirs.user_log_dir(APP_DIR)) / "broadsheet.log"


class RotatingLog(logging.FileHandler):
    """A log file that is moved to ``NAME.1`` (replacing the one before) when it has grown past
    ``limit`` bytes, at start or while running, so the two never hold much more than
    ``2 * limit``. (Not ``logging.handlers``: importing it alone costs ~10 ms of start-up.)"""

    def __init__(self, path: Path, limit: int) -> None:
        self.limit = limit
        self.path = path
        if path.is_file() and path.stat().st_size > limit:
            self._move_aside()
        super().__init__(path, encoding="utf-8", delay=True)

    def _move_aside(self) -> None:
        with contextlib.suppress(OSError):  # (another process may have moved it already)
            self.path.replace(self.path.with_name(self.path.name + ".1"))

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() > self.limit:
            self.acquire()
            try:
                self.stream.close()
                self.stream = None  # type: ignore[assignment]  # reopened by emit
                self._move_aside()
            finally:
                self.release()
        super().emit(record)


def configure_logging(limit: int = LOG_LIMIT) -> Path:
    """Log from INFO up to ``RotatingLog`` in the user log dir (replacing an earlier one)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("reader")
    for old in [h for h in root.handlers if getattr(h, "broadsheet_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = RotatingLog(path, limit)
    handler.broadsheet_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def crash_report(details: str) -> str:
    """The text "Copy report" puts on the clipboard: the versions, then the traceback."""
    return f"{version_report()}\nPlatform  {sys.platform}\n\n{details.rstrip()}\n"
