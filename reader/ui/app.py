"""Starting the app: QApplication, logging, the crash dialog, and the main window on a path."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.model import Issue
from reader.text.segment import Segmenter
from reader.ui.main_window import MainWindow
from reader.ui.resources import sample_issue_path
from reader.ui.settings import Settings

log = logging.getLogger("reader")

ORGANIZATION = "Broadsheet"
APPLICATION = "broadsheet"


def log_path() -> Path:
    return Path(platformdirs.user_log_dir("broadsheet")) / "broadsheet.log"


def configure_logging(limit: int = 1_000_000) -> Path:
    """Log from INFO up to a file in the user log dir (replacing an earlier handler).

    A log grown past ``limit`` bytes is moved to ``broadsheet.log.1`` at start. (A plain
    FileHandler: ``logging.handlers`` alone costs ~10 ms of start-up.)
    """
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.stat().st_size > limit:
        path.replace(path.with_name(path.name + ".1"))
    root = logging.getLogger("reader")
    for old in [h for h in root.handlers if getattr(h, "broadsheet_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.broadsheet_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Unexpected exceptions (in slots, timers, virtual overrides) are logged and shown; the
    app keeps running instead of vanishing."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        text = "".join(traceback.format_exception_only(kind, error)).strip()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Unexpected error",
            f"Broadsheet hit an unexpected error and carried on.\n\n{text}\n\n"
            f"Details are in {log_path()}.",
            QMessageBox.StandardButton.Ok,
            parent(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    sys.excepthook = hook


def default_loader(path: Path) -> Issue:
    """The real parser (imported when first used, off the GUI thread)."""
    from reader.parse import load_issue

    return load_issue(path)


def build(paths: Sequence[str]) -> tuple[QApplication, MainWindow]:
    """Make the application and the window, show it, and start opening the first path
    (or the bundled sample issue when there is none)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Broadsheet")
    configure_logging()
    target = paths[0] if paths else str(sample_issue_path())
    # The parse starts first thing in the constructor and runs in a worker while the window is
    # built and shown; jieba's background load waits until the issue is on screen.
    window = MainWindow(
        settings=Settings(),
        segmenter=Segmenter(),
        load_issue=default_loader,
        open_first=target,
    )
    install_excepthook(lambda: window)
    window.show()
    if len(paths) > 1:
        window.statusBar().showMessage(f"Opened the first of {len(paths)} paths", 6000)
    return app, window


def run(paths: Sequence[str]) -> int:
    """Open the window on ``paths[0]`` (or the sample issue) and run until it closes."""
    app, _window = build(paths)
    return app.exec()
