"""Starting the app: QApplication, logging, the crash dialog, the window, then the library.

The library (store, panels) is wired in once the first issue is on screen.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from reader.diagnostics import configure_logging, log_path
from reader.parse_ahead import (
    LoadStopped,
    PagesCallback,
    ParseAhead,
    StreamAhead,
    stream_in_children,
)
from reader.qt_compat import pin_singletons
from reader.ui.resources import sample_issue_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from reader.model import Issue
    from reader.store.library import LibraryNotice, OpenedIssue
    from reader.ui.crash_dialog import CrashDialog
    from reader.ui.main_window import MainWindow
    from reader.ui.single_instance import InstanceServer
    from reader.ui.wiring import StoreWiring

# The window's modules (and with them PySide6's Qt namespace, ~75 ms of imports) are imported
# in ``launch``, after the sample issue's parse has started in a child process.

log = logging.getLogger("reader")

ORGANIZATION = "Broadsheet"
APPLICATION = "broadsheet"

#: The interpreter's switch interval in the window's process (``sys.setswitchinterval``; 5 ms
#: by default). The GUI thread lets go of the GIL each time it calls into Qt and needs it back
#: for each call into Python that follows (a row the list's delegate paints, a model's answer):
#: while a worker thread runs Python (the loading worker decoding an issue), each of those
#: waits up to this long for the worker to hand the GIL back, and a paint making dozens of
#: such calls stretched by tens of ms. Measured on the loaded 2-core VM (a 5 ms Qt heartbeat
#: painting 30 rows through Python beside a thread decoding the cached 8-page issue):
#: time blocked per beat, 95th percentile, 11–13 ms at 5 ms against 2.3–2.8 ms at 0.5 ms.
SWITCH_INTERVAL_S = 0.0005


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Unexpected exceptions (in slots, timers, virtual overrides) are logged and shown in a
    dialog naming the log file, with Copy report; the app keeps running instead of vanishing."""

    from PySide6.QtWidgets import QApplication

    shown: list[CrashDialog] = []  # the open dialog, which takes errors raised meanwhile

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            if shown and shown[0].isVisible():
                shown[0].add(details)
                return
        except RuntimeError:  # its C++ side is gone (closed and deleted)
            pass
        from reader.ui.crash_dialog import CrashDialog  # not needed before something goes wrong

        summary = "".join(traceback.format_exception_only(kind, error)).strip()
        dialog = CrashDialog(summary, details, log_path(), parent())
        shown[:] = [dialog]
        dialog.open()

    sys.excepthook = hook


def default_loader(path: Path) -> Issue:
    """The real parser (imported when first used, off the GUI thread)."""
    from reader.parse import load_issue

    return load_issue(path)


class EarlyLoader:
    """Opens issues until the window has the library's own loader (called in workers).

    With ``through_store`` (a path the reader named), the issue opens through the store's cache,
    which also checks and repairs its databases, so a big issue opened again is not parsed
    again. Without it (the bundled sample) the issue is parsed directly — importing and opening
    the store would cost start-up more than it saves on the sample — and remembered, so that it
    joins the library once that is open. A store that cannot be opened falls back to parsing.
    """

    def __init__(
        self, through_store: bool = False, stream_ahead: StreamAhead | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._through_store = through_store
        #: Page 1's parse, started ahead for the first path (taken or stopped by the load).
        self._stream_ahead = stream_ahead
        self._paths: list[str] = []
        self._ahead: ParseAhead | None = None
        self._ahead_path: Path | None = None
        self._notices: list[LibraryNotice] = []
        #: The databases were checked (and repaired) by a load: the starter need not.
        self.checked = False
        #: A folder of issues named on the command line: the library adds it all when open.
        self.archive: Path | None = None
        #: The last issue opened through the store (with its source hash, not computed again).
        self.opened: OpenedIssue | None = None

    def prefetch(self, path: Path, process: ParseAhead | None = None) -> None:
        """Take the parse of ``path`` from ``process`` (started by the entry point before it
        imported Qt), or start it ahead now; the load that asks for the same path takes the
        result."""
        self._ahead = process if process is not None else ParseAhead.start(path)
        self._ahead_path = path

    #: Takes ``on_pages`` (``reader.ui.opening``): an issue folder parsed now streams in.
    streams_pages = True

    def __call__(self, path: Path, on_pages: PagesCallback | None = None) -> Issue:
        with self._lock:
            process, self._ahead = self._ahead, None
        if process is not None:
            issue = process.result() if path == self._ahead_path else None
            process.kill()  # (when another path was asked for: not needed any more)
            if issue is not None:
                with self._lock:
                    self._paths.append(str(path))
                return issue
        if self._through_store:
            path = self._first_of_archive(path)
            issue = self._open_through_store(path, on_pages)
            if issue is not None:
                return issue
        issue = default_loader(path)
        with self._lock:
            self._paths.append(str(path))
        return issue

    def _first_of_archive(self, path: Path) -> Path:
        """For a folder of issues (``broadsheet ARCHIVE``): the first issue in it, to show
        now; the folder is kept in ``archive`` for the library to add whole once it is open."""
        from reader.ui.wiring import first_issue_in, is_issue_archive

        if not is_issue_archive(path):
            return path
        first = first_issue_in(path)
        with self._lock:
            self.archive = path
        return first

    def _open_through_store(self, path: Path, on_pages: PagesCallback | None) -> Issue | None:
        from reader.errors import InputError
        from reader.store.library import Library

        with self._lock:
            ahead, self._stream_ahead = self._stream_ahead, None

        def loader(folder: Path) -> Issue:  # (called only when the cache has no parse)
            return stream_in_children(folder, on_pages, ahead)

        try:
            with Library.open_default(loader=loader, on_notice=self._notices.append) as library:
                self.checked = True
                self.opened = library.open_issue(path)
                return self.opened.issue
        except (InputError, LoadStopped):
            raise  # the file is bad, not the store: the window says so (or it closed)
        except Exception as error:  # the store is unusable: read the issue without it
            log.warning("opening %s without the library: %s", path, error)
            return None
        finally:
            if ahead is not None:
                ahead.stop()  # (the cache had the issue: page 1's parse is not wanted)

    def take(self) -> list[str]:
        """Issues opened without the library since the last call."""
        with self._lock:
            paths, self._paths = self._paths, []
        return paths

    def take_notices(self) -> list[LibraryNotice]:
        """What the store said while a load opened it (a rebuilt cache, a kept database)."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices


def check_store() -> list[LibraryNotice]:
    """In a worker: import the store and open (check, repair) its databases once."""
    from reader.ui.wiring import check_library

    return check_library()


class StoreStarter(QObject):
    """Opens the library after the first issue is painted, then docks its panels."""

    #: The library is wired in: the StoreWiring.
    ready = Signal(object)
    #: The library cannot be used (the window runs on without it): the reason.
    unavailable = Signal(str)

    #: How long after the first issue is shown the store starts opening (ms): its imports and
    #: checks then do not compete with the first paint.
    DELAY_MS = 150

    def __init__(self, window: MainWindow, early: EarlyLoader) -> None:
        super().__init__(window)
        self.window = window
        self.early = early
        self.wiring: StoreWiring | None = None
        self._steps: list[Callable[[], object]] = []
        self._scheduled = False
        window.issueShown.connect(self.schedule)
        window.loadFailed.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(self.DELAY_MS, self.start)

    def start(self) -> None:
        self._scheduled = True
        if self.window.closed:
            return
        if self.early.checked:  # the first load opened the store: no second check
            self._checked(self.early.take_notices())
            return
        self.window.runner.start(check_store, on_success=self._checked, on_failure=self._failed)

    def _checked(self, notices: list[LibraryNotice]) -> None:
        from reader.ui.wiring import StoreWiring

        if self.window.closed:
            return
        wiring = StoreWiring(self.window, self.early.take, self.early.opened)
        if not wiring.open_library():
            self.unavailable.emit(self.window.docks.unavailable_reason)
            return
        self.wiring = wiring
        # The panels are docked one per turn of the event loop (the window's ``turns``, so that
        # two steps never run back to back): together they held the GUI thread ~50 ms
        # (imports, widgets) while the first issue was on screen.
        self._steps = [*wiring.steps(notices), self._wired]
        self.window.turns.add("library", self._next_step)

    def _next_step(self) -> None:
        if self.window.closed or not self._steps:
            return
        self._steps.pop(0)()
        if self._steps:
            self.window.turns.add("library", self._next_step)

    def _wired(self) -> None:
        wiring = self.wiring
        assert wiring is not None
        if self.early.archive is not None:  # as File › Open Folder does for such a folder
            wiring.add_archive(self.early.archive)
        self.ready.emit(wiring)

    def _failed(self, error: Exception) -> None:
        from reader.ui.wiring import report_unavailable

        self.unavailable.emit(report_unavailable(self.window, error))

    def close(self) -> None:
        if self.wiring is not None:
            self.wiring.close()


class FirstPaint(QObject):
    """Holds the window's painting back until its first issue is in (or ``WAIT_MS`` passed), so
    that a parse finishing just after the window is shown costs no paint of an empty window.
    The window is shown (created, laid out) meanwhile; only painting waits."""

    WAIT_MS = 150

    def __init__(self, window: MainWindow, then: Sequence[Callable[[], object]] = ()) -> None:
        super().__init__(window)
        self.window = window
        #: Called once painting is released (queued behind the first paint).
        self.then = list(then)
        window.setUpdatesEnabled(False)
        window.issueShown.connect(self.release)
        # The first story is on screen before the whole list is in (``show_issue``).
        window.articleShown.connect(self.release)
        window.loadFailed.connect(self.release)
        QTimer.singleShot(self.WAIT_MS, self.release)

    def release(self, *_args: object) -> None:
        if not self.window.updatesEnabled():
            from PySide6.QtCore import QCoreApplication, QEvent

            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.window.setUpdatesEnabled(True)
            QTimer.singleShot(0, resume_gc)  # queued behind the paint just asked for
            for number, step in enumerate(self.then):  # (a turn each, after that paint)
                self.window.turns.add(f"after first paint {number}", step)


def resume_gc() -> None:
    """Switch the cyclic garbage collector back on after the first paint, when the entry point
    paused it (``reader.cli.launch_window``).

    Start-up builds some hundred thousand objects (modules, classes, PySide6's enums) and frees
    few; collecting meanwhile cost ~5% of the time to the first paint. The survivors are
    frozen, so later collections no longer walk them.
    """
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class QuitAfterLoad(QObject):
    """``broadsheet --quit-after-load`` (a smoke test of an installed or bundled app): once the
    first issue is shown and jieba's dictionary is loaded, print the issue's title and story
    count and close the window. A load that fails prints why and makes the exit status 1."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.status = 0
        self._waiting = {"issue", "words"}
        window.issueShown.connect(self._shown)
        window.loadFailed.connect(self._failed)
        window.segmenterReady.connect(self._words_ready)
        window.segmenterFailed.connect(self._failed)

    def _shown(self, issue: Issue) -> None:
        print(f"shown: {issue.title} ({len(issue.articles)} stories)", flush=True)
        self._done("issue")

    def _words_ready(self) -> None:
        print("word list: ready", flush=True)
        self._done("words")

    def _done(self, what: str) -> None:
        self._waiting.discard(what)
        if not self._waiting:
            QTimer.singleShot(0, self.window.close)

    def _failed(self, message: str) -> None:
        print(f"broadsheet: {message}", file=sys.stderr, flush=True)
        self.status = 1
        QTimer.singleShot(0, self.window.close)


def log_shown(issue: Issue) -> None:
    log.info("showing %s (%d stories)", issue.title, len(issue.articles))


def raise_window(window: QWidget) -> None:
    """Bring ``window`` to the front (un-minimized), as a hand-over from a later launch does."""
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def take_over(window: MainWindow, paths: Sequence[str]) -> None:
    """A later ``broadsheet [PATH…]`` handed its paths to this window: open the first, raise."""
    if paths and not window.closed:
        window.open_path(paths[0])
        if len(paths) > 1:
            window.say_opened_first_of(len(paths))
    raise_window(window)


def set_window_icon(app: QApplication) -> None:
    """The application's icon (every window's), from the PNGs rendered from its SVG."""
    from reader.ui.resources import app_icon

    app.setWindowIcon(app_icon())


class Launched(NamedTuple):
    app: QApplication
    window: MainWindow
    store: StoreStarter
    #: Takes later launches' paths (None with ``--new-window``).
    server: InstanceServer | None = None
    #: ``--quit-after-load``: its exit status.
    smoke: QuitAfterLoad | None = None

    def run(self) -> int:
        """Run the event loop until the window closes; then close the library."""
        try:
            status = self.app.exec()
        finally:
            self.store.close()
            if self.server is not None:
                self.server.close()
        return status or (self.smoke.status if self.smoke is not None else 0)


def launch(
    paths: Sequence[str],
    prefetched: ParseAhead | None = None,
    *,
    stream_ahead: StreamAhead | None = None,
    serve: bool = False,
    quit_after_load: bool = False,
    language: str | None = None,
) -> Launched:
    """Make the application and the window, show it, start opening the first path (or the
    bundled sample issue when there is none), and open the library once that is on screen.

    ``prefetched``: the sample's parse, already started ahead by the entry point (without it,
    and without paths, it starts here). ``serve``: once the window is painted, listen for
    later launches (``reader.ui.single_instance``). ``quit_after_load``: see QuitAfterLoad.
    ``language``: the interface language for this run (``--lang``), over the saved choice and
    the system's locale. ``stream_ahead``: page 1's parse of the first path, started by the
    entry point in case the library has not got it (``reader.parse_ahead.StreamAhead``).
    Sets the process's switch interval to ``SWITCH_INTERVAL_S`` (the GUI thread's turn at the
    interpreter comes back sooner while a worker runs Python)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    target = paths[0] if paths else str(sample_issue_path())
    early = EarlyLoader(through_store=bool(paths), stream_ahead=stream_ahead)
    if not paths:  # the sample: kept from the last start, or parsed by a child meanwhile
        early.prefetch(Path(target), prefetched)
    elif prefetched is not None:
        prefetched.kill()
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from reader.text.segment import Segmenter
    from reader.ui.i18n import choose_language, install_translators
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    pin_singletons()  # before the first Qt call (a no-op on sound bindings)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Broadsheet")
    configure_logging()
    settings = Settings()
    # Before any widget: a string is translated when it is set.
    install_translators(app, choose_language(language, settings.language, QLocale.system()))
    # The load starts first thing in the constructor and runs in a worker (which, for the
    # sample, waits for the child process) while the window is built and shown; jieba's
    # background load waits until the issue is on screen.
    window = MainWindow(
        settings=settings,
        segmenter=Segmenter(),
        load_issue=early,
        open_first=target,
    )
    install_excepthook(lambda: window)
    store = StoreStarter(window, early)
    later: list[Callable[[], object]] = [lambda: set_window_icon(app)]
    server = None
    if serve:
        from reader.ui.single_instance import InstanceServer

        server = InstanceServer(lambda handed: take_over(window, handed))
        later.append(server.listen)
        window.closing.connect(server.close)
    window.issueShown.connect(log_shown)
    smoke = QuitAfterLoad(window) if quit_after_load else None
    FirstPaint(window, then=later)
    window.show()
    if len(paths) > 1:
        window.say_opened_first_of(len(paths))
    return Launched(app, window, store, server, smoke)
