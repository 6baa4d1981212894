"""The store's panels docked in the real main window through its public API only.

This is the wiring the window needs (see the store's final report): issues load through the
cache, read marks persist, a search hit or a bookmark opens its story with the query highlighted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.store import Library
from reader.store.library import StoreReadState
from reader.text.segment import Segmenter
from reader.ui.bookmarks_panel import BookmarksPanel
from reader.ui.library_view import LibraryView
from reader.ui.main_window import MainWindow
from reader.ui.search_panel import SearchPanel
from reader.ui.settings import Settings

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures


class Wired:
    def __init__(self, window: MainWindow, library: Library) -> None:
        self.window = window
        self.search = SearchPanel(library, window.runner, debounce_ms=30)
        self.bookmarks = BookmarksPanel(library, window.runner)
        self.library_view = LibraryView(library, window.runner)
        window.docks.add_panel(self.search, "Search")
        window.docks.add_panel(self.bookmarks, "Bookmarks")
        window.docks.add_panel(self.library_view, "Library")
        self.search.openArticle.connect(window.open_article)
        self.bookmarks.openArticle.connect(window.open_article)
        self.library_view.openRequested.connect(window.open_path)


@pytest.fixture
def wired(
    qtbot: QtBot, tmp_path: Path, library: Library, loaded_segmenter: Segmenter
) -> Iterator[Wired]:
    window = MainWindow(
        settings=Settings(tmp_path / "settings.ini"),
        segmenter=loaded_segmenter,
        load_issue=library.load_in_worker,
        read_state=StoreReadState(library),
    )
    window.resize(1100, 700)
    qtbot.addWidget(window)
    wired = Wired(window, library)
    window.show()
    qtbot.waitExposed(window)
    yield wired
    window.close()


def test_search_hit_opens_its_story_with_the_query(
    qtbot: QtBot, wired: Wired, library: Library, archive: Path
) -> None:
    library.add([archive])
    with qtbot.waitSignal(wired.search.searchFinished, timeout=10_000):
        wired.search.search("raised rates")
    hit = wired.search.model.hit(0)
    with qtbot.waitSignal(wired.window.issueShown, timeout=10_000):
        wired.search.results.activated.emit(wired.search.model.index(0, 0))
    qtbot.waitUntil(lambda: wired.window.current_id == hit.article_id, timeout=10_000)
    assert wired.window.highlighting.terms == ("raised", "rates")
    issue = wired.window.issue
    assert issue is not None and issue.source == hit.source


def test_library_entry_opens_through_the_cache_and_read_marks_persist(
    qtbot: QtBot, wired: Wired, library: Library, archive: Path
) -> None:
    library.add([archive / "2025-01-14"])
    with qtbot.waitSignal(wired.library_view.entriesChanged, timeout=10_000):
        wired.library_view.refresh()
    with qtbot.waitSignal(wired.window.issueShown, timeout=10_000) as shown:
        wired.library_view.table.activated.emit(wired.library_view.model.index(0, 0))
    issue = shown.args[0]
    first = issue.articles[0]
    StoreReadState(library).set_read(issue, first.id, True)
    assert first.id in StoreReadState(library).read_ids(issue)


def test_bookmark_opens_its_story(
    qtbot: QtBot, wired: Wired, library: Library, archive: Path
) -> None:
    opened = library.open_issue(archive / "2025-01-16")
    target = opened.issue.articles[-1]
    library.toggle_bookmark(opened, target, note="read later")
    with qtbot.waitSignal(wired.bookmarks.refreshed, timeout=10_000):
        wired.bookmarks.refresh()
    with qtbot.waitSignal(wired.window.issueShown, timeout=10_000):
        wired.bookmarks.table.activated.emit(wired.bookmarks.model.index(0, 0))
    qtbot.waitUntil(lambda: wired.window.current_id == target.id, timeout=10_000)


def test_b_wiring_bookmarks_the_current_story_and_marks_the_list(
    qtbot: QtBot, wired: Wired, library: Library, archive: Path
) -> None:
    """The recipe for the window's b key: toggle in the store, then tell the list and panel."""
    with qtbot.waitSignal(wired.window.issueShown, timeout=10_000) as shown:
        wired.window.open_path(archive / "2025-01-16")
    issue = shown.args[0]
    article_id = wired.window.current_id
    assert article_id is not None
    opened = library.opened(issue)
    _, now_set = library.toggle_bookmark(opened, issue.article(article_id))
    wired.window.model.set_bookmarked(library.bookmarked_ids(opened))
    assert now_set and wired.window.model.is_bookmarked(article_id)
    with qtbot.waitSignal(wired.bookmarks.refreshed, timeout=10_000):
        wired.bookmarks.refresh()
    assert wired.bookmarks.model.rowCount() == 1
    _, now_set = library.toggle_bookmark(opened, issue.article(article_id))
    wired.window.model.set_bookmarked(library.bookmarked_ids(opened))
    assert not now_set and not wired.window.model.is_bookmarked(article_id)
