"""Window fixtures: a session-wide loaded jieba, windows on test issues, and a leak check."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.errors import InputError
from reader.model import Issue
from reader.qt_compat import pin_singletons
from reader.text.segment import Segmenter
from reader.ui.app import Launched
from reader.ui.article_html import ReadingFonts
from reader.ui.i18n import install_translators
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from tests.ui.sample_issues import en_issue, zh_issue

pin_singletons()  # as the app does before its QApplication (a no-op on sound bindings)


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> None:
    """The interface in English, with its plural forms, as ``launch`` installs it for a
    reader whose system speaks English (tests of other languages install theirs and put
    English back)."""
    install_translators(qapp, "en")


@pytest.fixture(scope="session")
def loaded_segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    segmenter = Segmenter(cache_dir=tmp_path_factory.mktemp("jieba"))
    segmenter.load()
    return segmenter


def _python_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


def find_leaks(threads_before: set[threading.Thread]) -> list[str]:
    """Windows still open, pools still busy and threads started since ``threads_before``."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    problems = [
        f"top-level widget {type(w).__name__}({w.objectName()!r})"
        for w in QApplication.topLevelWidgets()
        if w.isVisible() or isinstance(w, MainWindow)
    ]
    if QThreadPool.globalInstance().activeThreadCount():
        problems.append("the global thread pool is still busy")
    problems += [f"thread {t.name}" for t in _python_threads() - threads_before if t.is_alive()]
    return problems


@pytest.fixture(autouse=True)
def no_leaks(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a window open or a thread running after it ends."""
    threads_before = _python_threads()
    yield
    problems = find_leaks(threads_before)
    for widget in QApplication.topLevelWidgets():  # clean up, so one leak fails one test
        if widget.isVisible() or isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not problems, f"test leaked: {problems}"


def issue_loader(issues: Mapping[str, Issue]) -> Callable[[Path], Issue]:
    """Stands in for reader.parse.load_issue: known names give their issue, others fail."""

    def load(path: Path) -> Issue:
        if path.name in issues:
            return issues[path.name]
        if not path.exists():
            raise InputError("no such file or folder", path)
        raise InputError("not a page file: the bytes are not text", path)

    return load


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, tmp_path: Path, loaded_segmenter: Segmenter
) -> Iterator[WindowFactory]:
    """Build a shown main window with isolated settings; closed (threads joined) at the end."""
    windows: list[MainWindow] = []

    def make(
        issues: Mapping[str, Issue] | None = None,
        segmenter: Segmenter | None = None,
        settings: Settings | None = None,
    ) -> MainWindow:
        settings = settings or Settings(tmp_path / "settings.ini")
        window = MainWindow(
            settings=settings,
            segmenter=segmenter or loaded_segmenter,
            load_issue=issue_loader(issues or {"zh": zh_issue(), "en": en_issue()}),
            fonts=ReadingFonts.from_installed(),
        )
        if settings.window_geometry is None:
            window.resize(1100, 700)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.close()


def open_and_wait(qtbot: QtBot, window: MainWindow, path: str | Path) -> Issue:
    with qtbot.waitSignal(window.issueShown, timeout=10_000) as blocker:
        window.open_path(path)
    return blocker.args[0]


def type_text(widget: object, text: str) -> None:
    """Type ``text`` (any script) into ``widget`` as key events, one character at a time."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def focus(qtbot: QtBot, window: MainWindow, widget: object) -> None:
    window.activateWindow()
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


@pytest.fixture
def launched_on(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Launched]]:
    """A list to put ``reader.ui.app.launch`` results in: their windows (and with them any
    instance server) and stores are closed afterwards, and what ``launch`` set for the whole
    process (the excepthook, the log file handler) is undone."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch installs its own
    launches: list[Launched] = []
    yield launches
    for app_launch in launches:
        app_launch.window.close()
        app_launch.store.close()
        app_launch.window.deleteLater()
    logger = logging.getLogger("reader")
    for handler in [h for h in logger.handlers if getattr(h, "broadsheet_log", False)]:
        logger.removeHandler(handler)
        handler.close()
