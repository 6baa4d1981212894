"""The store in the running app: the Library opened after the first paint, its panels docked.

``check_library`` runs in a worker (a damaged cache is rebuilt, a damaged user database is kept
aside; either way the app runs on); then ``StoreWiring.attach`` opens the GUI thread's Library,
hands the window the cached loader, the read marks and the bookmarks, and docks the search,
bookmarks and library panels (hidden and tabbed at first, so the reading pane keeps its room).
This module imports no widgets at import time, so a worker can import it (and the store).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from reader.errors import BroadsheetError, InputError
from reader.model import Article, Issue
from reader.parse_ahead import PagesCallback, parse_in_child, stream_in_children
from reader.store.importer import ImportReport
from reader.store.library import (
    Library,
    LibraryNotice,
    NoticeKind,
    OpenedIssue,
    StoreReadState,
    needs_reindex,
)
from reader.store.sources import discover_issues, issue_files
from reader.ui.main_window import MainWindow
from reader.ui.services import LIBRARY_PANEL

if TYPE_CHECKING:
    from reader.export import ExportItem
    from reader.ui.bookmarks_panel import BookmarksPanel
    from reader.ui.library_view import LibraryView
    from reader.ui.search_panel import SearchPanel

log = logging.getLogger(__name__)


class StoreBookmarks:
    """The window's ``Bookmarks`` on the store (GUI thread: one small query or commit each)."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def bookmarked_ids(self, issue: Issue) -> set[str]:
        return self.library.bookmarked_ids(self.library.opened(issue))

    def toggle(self, issue: Issue, article: Article) -> bool:
        _bookmark, now_set = self.library.toggle_bookmark(self.library.opened(issue), article)
        return now_set

    def note(self, issue: Issue, article: Article) -> str | None:
        found = self.library.find_bookmark(self.library.opened(issue), article)
        return None if found is None else found.note

    def set_note(self, issue: Issue, article: Article, note: str) -> None:
        self.library.annotate(self.library.opened(issue), article, note)


class StreamingLibraryLoader:
    """The window's loader once the library is open: an issue the cache has comes from it; an
    issue folder it has not streams in (``stream_in_children``: the first page's stories show
    while the other pages parse in two children), as one opened at start-up does. walk27: a
    folder opened from the window (File › Open Folder, a drop) was parsed in one child and the
    window waited for every page."""

    #: Takes ``on_pages`` (``reader.ui.opening``).
    streams_pages = True

    def __init__(self, library: Library) -> None:
        self.library = library

    def __call__(self, path: Path, on_pages: PagesCallback | None = None) -> Issue:
        def streamed(folder: Path) -> Issue:  # (called only when the cache has no parse)
            return stream_in_children(folder, on_pages)

        return self.library.load_in_worker(path, streamed)


class TolerantReadState:
    """``StoreReadState`` that logs a failed read or write instead of breaking the window."""

    def __init__(self, library: Library, window: MainWindow) -> None:
        self._store = StoreReadState(library)
        self._window = window

    def read_ids(self, issue: Issue) -> set[str]:
        try:
            return self._store.read_ids(issue)
        except BroadsheetError as error:
            log.warning("read marks of %s: %s", issue.title, error)
            return set()

    def read_ids_job(self, issue: Issue) -> Callable[[], set[str]]:
        """``read_ids`` to run in a worker (``ReadMarksInWorker``): finding which of a big
        issue's stories are read keys every story's headline and lead (~100 ms of CPU for 400
        stories), too long for the GUI thread. The worker uses its own connections."""
        library = self._store.library
        opened = library.opened(issue)  # (remembered by the load: no hashing here)

        def job() -> set[str]:
            with library.clone() as mine:
                mine.remember(opened)
                return TolerantReadState(mine, self._window).read_ids(issue)

        return job

    def set_read(self, issue: Issue, article_id: str, read: bool) -> None:
        try:
            self._store.set_read(issue, article_id, read)
        except BroadsheetError as error:
            log.warning("saving a read mark: %s", error)
            self._window.statusBar().showMessage(
                QCoreApplication.translate("StoreWiring", "Read mark not saved: {reason}").format(
                    reason=error
                ),
                6000,
            )


def is_issue_archive(path: Path) -> bool:
    """A folder of issue folders (no page files of its own, folders inside): it is added to
    the library rather than opened as one issue."""
    try:
        return (
            path.is_dir()
            and not issue_files(path)
            and any(p.is_dir() and not p.name.startswith(".") for p in path.iterdir())
        )
    except (OSError, BroadsheetError):
        return False


def first_issue_in(archive: Path) -> Path:
    """The first issue inside a folder of issues, in name order (what the window opens)."""
    try:
        for issue in discover_issues([archive]):
            return issue
    except OSError as error:
        raise InputError(f"cannot read the folder ({error.strerror or error})", archive) from error
    raise InputError("no issues inside this folder", archive)


def check_library() -> list[LibraryNotice]:
    """Open (and close) the default Library with its checks: runs in a worker, because the
    check of a large cache takes tens of milliseconds and recovery moves files."""
    notices: list[LibraryNotice] = []
    with Library.open_default(on_notice=notices.append):
        pass
    return notices


def report_unavailable(window: MainWindow, error: Exception) -> str:
    """Tell the reader the library cannot be used (the window runs on without it)."""
    reason = str(error)
    log.error("the library could not be opened: %s", reason)
    window.docks.set_library_unavailable(reason)
    window.statusBar().showMessage(
        QCoreApplication.translate("StoreWiring", "Library not available: {reason}").format(
            reason=reason
        ),
        15_000,
    )
    return reason


def register_issues(library: Library, paths: Sequence[str]) -> ImportReport:
    """Add issues opened before the library was ready (they were parsed without it)."""
    with library.clone() as mine:
        return mine.add(paths)


def load_export_items(
    library: Library, wanted: Sequence[tuple[str | None, str]], name: str
) -> tuple[list[ExportItem], int, str]:
    """In a worker: ``(issue path, article id)`` pairs as export items, in the order given,
    with how many could not be found (issue gone, story no longer in it)."""
    from reader.export import ExportItem

    issues: dict[str, Issue | None] = {}
    items: list[ExportItem] = []
    with library.clone() as mine:
        for path, article_id in wanted:
            if not path:
                continue
            if path not in issues:
                try:
                    issues[path] = mine.open_issue(path, recent=False).issue
                except BroadsheetError as error:
                    log.info("export: %s", error)
                    issues[path] = None
            issue = issues[path]
            article = issue.article(article_id) if issue is not None else None
            if issue is not None and article is not None:
                items.append(ExportItem(article, issue))
    return items, len(wanted) - len(items), name


class StoreWiring(QObject):
    """Owns the GUI thread's Library and connects the store's panels to the window."""

    #: A notice from a Library in any thread (queued to the GUI thread).
    notice = Signal(object)
    #: ``(done, total, path)`` while the library is read again after the cache was rebuilt.
    progress = Signal(int, int, str)

    def __init__(
        self,
        window: MainWindow,
        early_paths: Callable[[], Sequence[str]] = tuple,
        opened: OpenedIssue | None = None,
    ) -> None:
        """``early_paths`` gives the issues opened before the library was ready; ``opened``
        the one the early loader opened through the store (its files are not hashed again on
        the GUI thread)."""
        super().__init__(window)
        self.window = window
        self._opened = opened
        self.library: Library | None = None
        self.search: SearchPanel | None = None
        self.bookmarks: BookmarksPanel | None = None
        self.library_view: LibraryView | None = None
        self._early_paths = early_paths
        self.notice.connect(self._show_notice)
        self.progress.connect(self._show_progress)

    # Opening --------------------------------------------------------------------------------
    def attach(self, notices: Sequence[LibraryNotice]) -> bool:
        """Open the Library in this (the GUI) thread and wire it in; False when it cannot be
        opened (the reason is in the status bar and the window runs on without it)."""
        if not self.open_library():
            return False
        for step in self.steps(notices):
            step()
        return True

    def open_library(self) -> bool:
        """The first part of ``attach``: open the Library and give the window its loader;
        ``steps`` does the rest (read marks, bookmarks, highlight sets, user state, panels)."""
        window = self.window
        try:
            library = Library.open_default(
                loader=parse_in_child, on_notice=self.notice.emit, check=False
            )
        except (BroadsheetError, sqlite3.Error, OSError) as error:
            report_unavailable(window, error)
            return False
        self.library = library
        if self._opened is not None:
            library.remember(self._opened)
        window.opener.set_loader(StreamingLibraryLoader(library))
        return True

    def _keep_read_marks(self) -> None:
        """Read marks go to the store from now on (the session's so far handed over)."""
        assert self.library is not None
        self.window.set_read_state(TolerantReadState(self.library, self.window))

    def _keep_user_data(self) -> None:
        """Bookmarks, highlight sets and the window's user state from the store."""
        library, window = self.library, self.window
        assert library is not None
        window.set_bookmarks(StoreBookmarks(library))
        window.highlighting.set_sets(library.userdata)
        window.window_state.set_user_state(library.userdata)

    def steps(self, notices: Sequence[LibraryNotice]) -> list[Callable[[], None]]:
        """The rest of ``attach`` after ``open_library``, in parts that each take the GUI thread
        briefly (a panel's import and widgets each), so that the app can run them in turns of
        the event loop with the first issue on screen (``reader.ui.app.StoreStarter``)."""
        return [
            self._keep_read_marks,
            self._keep_user_data,
            self._dock_search,
            self._dock_bookmarks,
            self._dock_library,
            lambda: self._finish(notices),
        ]

    def _finish(self, notices: Sequence[LibraryNotice]) -> None:
        window = self.window
        library = self.library
        assert library is not None
        window.opener.set_folder_handler(self.add_archive)
        for item in notices:
            self._show_notice(item)
        paths = list(self._early_paths())
        if paths:
            window.runner.start(
                register_issues,
                library,
                list(dict.fromkeys(paths)),
                on_success=self._registered,
                on_failure=self._failed_quietly,
            )
        else:
            self.refresh()
        if needs_reindex(notices):
            window.runner.start(
                self._reindex, library, on_success=self._registered, on_failure=self._failed_quietly
            )

    _AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def _dock_search(self) -> None:
        from reader.ui.search_panel import SearchPanel

        window = self.window
        assert self.library is not None
        self.search = search = SearchPanel(self.library, window.runner)
        window.docks.add_panel(
            search, self.tr("Search"), self._AREA, visible=False, focus=search.focus_query
        )
        search.openArticle.connect(window.open_article)
        # Ctrl+E in a panel exports the stories chosen there.
        search.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        window.exporter.add_source(search, self.export_search_hits)

    def _dock_bookmarks(self) -> None:
        from reader.ui.bookmarks_panel import BookmarksPanel

        window = self.window
        assert self.library is not None
        self.bookmarks = bookmarks = BookmarksPanel(self.library, window.runner)
        window.docks.add_panel(
            bookmarks,
            self.tr("Bookmarks"),
            self._AREA,
            visible=False,
            focus=bookmarks.table.setFocus,
        )
        bookmarks.openArticle.connect(window.open_article)
        bookmarks.message.connect(self._status)
        # Bookmarks edited in the panel (delete, undo) change the stars in the list; b changes
        # the panel.
        bookmarks.saved.connect(window.refresh_bookmarks)
        window.bookmarksChanged.connect(bookmarks.refresh)
        window.exporter.add_source(bookmarks, self.export_bookmarks)

    def _dock_library(self) -> None:
        from reader.ui.library_view import LibraryView

        window = self.window
        assert self.library is not None
        self.library_view = view = LibraryView(self.library, window.runner)
        window.docks.add_panel(
            view, self.tr("Library"), self._AREA, visible=False, focus=view.table.setFocus
        )
        view.openRequested.connect(window.open_path)
        view.message.connect(self._status)
        view.progressChanged.connect(self._show_progress)
        # An issue opened in the window is in the library now (the loader recorded it).
        window.issueShown.connect(self._issue_shown)
        window.closing.connect(view.cancel)

    def add_archive(self, path: Path) -> bool:
        """File › Open Folder (or a drop) on a folder of issue folders: add them all to the
        library in the background, with progress, instead of failing to read it as one issue.
        False for anything else (a page file, an issue folder), which the window opens."""
        view = self.library_view
        if view is None or not is_issue_archive(path):
            return False
        view.add_paths([path])
        self.window.docks.show_panel(LIBRARY_PANEL)
        self._status(self.tr("Adding the issues in {path} to the library…").format(path=path))
        return True

    # Export from the panels ------------------------------------------------------------------
    def export_search_hits(self) -> None:
        """The selected search hits (else the current one), loaded through the cache."""
        search = self.search
        if search is None or self.library is None:
            return
        rows = sorted({i.row() for i in search.results.selectionModel().selectedRows()})
        if not rows and search.results.currentIndex().isValid():
            rows = [search.results.currentIndex().row()]
        wanted = [(search.model.hit(r).source, search.model.hit(r).article_id) for r in rows]
        name = f"search {search.query_edit.text().strip()}".strip()
        self._collect(wanted, name)

    def export_bookmarks(self) -> None:
        """The selected bookmarks whose stories are found, loaded through the cache."""
        panel = self.bookmarks
        if panel is None:
            return
        rows = sorted({i.row() for i in panel.table.selectionModel().selectedRows()})
        items = [panel.model.item(r) for r in rows]
        wanted = [
            (b.bookmark.issue_path, b.article.id)
            for b in items
            if b.article is not None and b.bookmark.issue_path
        ]
        self._collect(wanted, "bookmarks")

    def _collect(self, wanted: Sequence[tuple[str | None, str]], name: str) -> None:
        if self.library is None:
            return
        if not wanted:
            self._status(self.tr("Nothing to export: choose stories in the panel first"))
            return
        self.window.runner.start(
            load_export_items,
            self.library,
            wanted,
            name,
            on_success=self._collected,
            on_failure=self._failed_quietly,
        )

    def _collected(self, result: tuple[list[ExportItem], int, str]) -> None:
        items, missing, name = result
        if missing:
            self._status(
                self.tr(
                    "%n of the chosen stories could not be found; they are left out", "", missing
                )
            )
        if not self.window.closed:
            self.window.exporter.export_items(items, name)

    def refresh(self) -> None:
        """Reload the library and bookmark lists (in workers; not once the window closed)."""
        if self.window.closed:
            return
        if self.library_view is not None and self.bookmarks is not None:
            self.library_view.refresh()
            self.bookmarks.refresh()

    def _issue_shown(self, _issue: Issue) -> None:
        if self.library_view is not None and not self.window.closed:
            self.library_view.refresh()

    def _registered(self, report: ImportReport) -> None:
        for path, reason in report.failed:
            log.info("not added to the library: %s: %s", path, reason)
        if self.window.closed:
            return
        self.refresh()
        self.window.refresh_bookmarks()

    def _failed_quietly(self, error: Exception) -> None:
        log.warning("library update failed: %s", error)
        self._status(str(error))

    def _reindex(self, library: Library) -> ImportReport:
        with library.clone() as mine:
            return mine.reindex(lambda n, total, path: self.progress.emit(n, total, str(path)))

    # Telling the reader ---------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _show_progress(self, done: int, total: int, path: str) -> None:
        text = self.tr("Adding to the library: {done} of {total} — {name}").format(
            done=done, total=total, name=Path(path).name
        )
        self.window.statusBar().showMessage(text, 4000 if done >= total else 0)

    def _show_notice(self, item: LibraryNotice) -> None:
        self.window.statusBar().showMessage(item.message, 15_000)
        if item.kind is NoticeKind.USERDATA_RECOVERED:
            # Bookmarks seem gone: say so where it cannot be missed (not blocking the loop).
            self.window.show_message(
                self.tr("Bookmarks database damaged"),
                self.tr("{message}.\n\nThe damaged file is kept at {path}.").format(
                    message=item.message, path=item.backup
                ),
                QMessageBox.Icon.Warning,
            )

    def close(self) -> None:
        """Close the GUI thread's connections (after the window closed)."""
        if self.library is not None:
            self.library.close()
            self.library = None
