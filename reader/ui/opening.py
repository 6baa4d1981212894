"""Opening issues in the window: the loader run in a worker (the newest request wins), the Open
dialogs with the page-format registry's patterns, a folder of issues handed to the library, and
a failure shown as a message while the issue on screen stays."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from reader.errors import BroadsheetError
from reader.model import Issue
from reader.parse_ahead import LoadToken, stoppable
from reader.ui.services import IssueLoader

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadResult:
    generation: int
    path: str
    issue: Issue | None = None
    error: Exception | None = None


def load_in_background(
    loader: IssueLoader,
    generation: int,
    path: str,
    relay: PagesRelay | None = None,
    token: LoadToken | None = None,
) -> LoadResult:
    """Run ``loader`` and capture its error, so the GUI learns which request it answers. A
    loader that streams pages (``streams_pages``) hands the issue so far to ``relay``; the
    window stops the load with ``token`` when it closes."""
    with stoppable(token or LoadToken()):
        return _load(loader, generation, path, relay)


def _load(loader: IssueLoader, generation: int, path: str, relay: PagesRelay | None) -> LoadResult:
    try:
        if relay is not None and getattr(loader, "streams_pages", False):
            # (a partial, not a nested def: lupdate loses the class of every later tr after one)
            on_pages = functools.partial(relay.pages.emit, generation)
            return LoadResult(generation, path, issue=loader(Path(path), on_pages))  # type: ignore[call-arg]
        return LoadResult(generation, path, issue=loader(Path(path)))
    except BroadsheetError as error:
        return LoadResult(generation, path, error=error)
    except Exception as error:
        log.exception("unexpected error while opening %s", path)
        return LoadResult(generation, path, error=error)


def open_dialog_filter() -> str:
    """The Open dialog's name filters: every page format of the registry, then all files."""
    from reader.parse.formats import FORMATS, page_patterns

    each = [f"{f.name} ({' '.join(f.patterns)})" for f in FORMATS]
    every = " ".join([*page_patterns(), "issue.toml"])
    pages = QCoreApplication.translate("Opener", "Pages ({patterns})").format(patterns=every)
    everything = QCoreApplication.translate("Opener", "All files (*)")
    return ";;".join([pages, *each, everything])


def load_error_message(path: str, error: Exception | None) -> str:
    """One line naming the file and the reason (and the log, for a developer's error)."""
    if isinstance(error, BroadsheetError):
        return str(error) if error.path else f"{path}: {error}"
    return QCoreApplication.translate(
        "Opener", "{path}: unexpected error ({error}); see the log"
    ).format(path=path, error=f"{type(error).__name__}: {error}")


class PagesRelay(QObject):
    """Carries the pages of a parse streaming in from the loading worker to the GUI thread."""

    #: (the request's generation, the issue parsed so far): emitted in the worker.
    pages = Signal(int, object)

    def __init__(self, deliver: Callable[[int, Issue], None], parent: QObject) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self.pages.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    def _arrived(self, generation: int, issue: Issue) -> None:
        self._deliver(generation, issue)

    def reading(self, issue: Issue) -> str:
        """The status while ``issue`` streams in. Here, in a QObject's own tr: lupdate reads
        the count of a plural only there (the same string given to QCoreApplication's translate
        was taken for no plural, and skipped for a count computed in the call)."""
        return self.tr("Reading the issue: %n page(s) in, more to come…", "", len(issue.pages))


class Opener:
    """Opens page files and issue folders for the window, one request at a time. An issue
    folder being parsed streams in (with a loader that can): its first pages are shown while
    the others parse, and the list grows as they come."""

    def __init__(self, window: MainWindow, load_issue: IssueLoader) -> None:
        self.window = window
        self._relay = PagesRelay(self._on_pages, window)
        #: Pages of the current request are on screen (the issue is still streaming in).
        self._streaming = False
        self._load_issue = load_issue
        self._generation = 0
        self._loading = False
        self._pending_article: str | None = None
        self._folder_handler: Callable[[Path], bool] | None = None
        #: Stops the load in flight: when another request replaces it (``start``) or the
        #: window closes (``stop``). One per request.
        self._token = LoadToken()

    @property
    def loading(self) -> bool:
        """An issue is being read."""
        return self._loading

    def set_loader(self, load_issue: IssueLoader) -> None:
        """Open issues with ``load_issue`` from now on (e.g. the store's cached loader, once the
        library is open)."""
        self._load_issue = load_issue

    def set_folder_handler(self, handler: Callable[[Path], bool]) -> None:
        """``handler(path)`` is asked first by ``open_path``; True means it took the path."""
        self._folder_handler = handler

    def open_path(self, path: str | Path, article_id: str | None = None) -> None:
        """Read ``path`` in a worker, then show it (at story ``article_id`` when given).

        A folder handler (the library's) may take the path instead: a folder of issues is
        added to the library rather than opened as one issue.
        """
        if self._folder_handler is not None and self._folder_handler(Path(path)):
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Opener", "Opening {path}…").format(path=path)
        )
        self.start(path, article_id)

    def start(self, path: str | Path, article_id: str | None = None) -> None:
        """Read ``path`` in a worker; a later request makes this one's answer void and stops
        its load (its children are killed, its worker freed). walk27: opening issue B while a
        big folder A was still being read let A's parse run on to its last page, holding a
        worker and both cores."""
        self._token.stop()
        self._token = LoadToken()
        self._generation += 1
        self._loading = True
        self._streaming = False
        self._pending_article = article_id
        self.window.runner.start(
            load_in_background,
            self._load_issue,
            self._generation,
            str(path),
            self._relay,
            self._token,
            on_success=self._on_loaded,
        )

    def stop(self) -> None:
        """The window is closing: stop the load in flight (their parse children are killed,
        nothing is parsed in this process), so that closing does not wait for them."""
        self._token.stop()

    def _on_pages(self, generation: int, issue: Issue) -> None:
        """The first pages of the issue being opened: show them (the list grows as more come;
        the story asked for is shown once the whole issue is in)."""
        if generation != self._generation or self.window.closed:
            return
        self._streaming = True
        self.window.show_issue(issue, partial=True)
        self.window.statusBar().showMessage(self._relay.reading(issue))

    def _on_loaded(self, result: LoadResult) -> None:
        if result.generation != self._generation or self.window.closed:
            return  # the reader asked for another file meanwhile, or closed the window
        self._loading = False
        window = self.window
        streamed, self._streaming = self._streaming, False
        if result.issue is not None:
            window.window_state.add_recent(result.path)
            window.show_issue(result.issue, self._pending_article)
            if result.issue.warnings:  # (missing pages, bytes that are no text, a guessed code)
                window.show_warning(*issue_warning(result.issue))
        else:
            if streamed:  # the pages that could be read stay on screen, the issue complete
                window.end_partial_issue()
            message = load_error_message(result.path, result.error)
            window.statusBar().showMessage(
                QCoreApplication.translate("Opener", "Could not open {path}").format(
                    path=result.path
                ),
                8000,
            )
            window.show_warning(QCoreApplication.translate("Opener", "Could not open"), message)
            window.loadFailed.emit(message)
        self._pending_article = None
        window.highlighting.start_segmenter()

    def choose_file(self) -> None:
        """File › Open: a page file of any registered format (or an issue.toml)."""
        from PySide6.QtWidgets import QFileDialog

        settings = self.window.settings
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Opener", "Open a page or issue"),
            settings.last_folder,
            open_dialog_filter(),
        )
        if path:
            settings.last_folder = str(Path(path).parent)
            self.open_path(path)

    def choose_folder(self) -> None:
        """File › Open Folder: an issue folder, or a folder of them."""
        from PySide6.QtWidgets import QFileDialog

        settings = self.window.settings
        path = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate("Opener", "Open an issue folder"),
            settings.last_folder,
        )
        if path:
            settings.last_folder = path
            self.open_path(path)


#: The warning lines the window lists when an issue opens; the rest are counted.
WARNING_LINES = 12


def issue_warning(issue: Issue) -> tuple[str, str]:
    """(title, text) of the message the window shows when ``issue`` was read with warnings
    (``Issue.warnings``: pages the METS names but lacks, damaged text, a guessed encoding)."""
    lines = issue.warnings
    title = (
        QCoreApplication.translate("Opener", "Pages missing")
        if issue.missing_note
        else QCoreApplication.translate("Opener", "Text read with warnings")
    )
    shown = lines[:WARNING_LINES]
    if len(lines) > WARNING_LINES:
        more = len(lines) - WARNING_LINES
        shown.append(QCoreApplication.translate("Opener", "… and {count} more").format(count=more))
    return title, "\n".join(shown)
