"""The bookmarks panel: orphans listed, notes saved, delete with undo, export, jump."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.model import Issue
from reader.store import Library
from reader.store.library import BookmarkState, ResolvedBookmark
from reader.ui.bookmarks_panel import BookmarkModel, BookmarkRoles, BookmarksPanel
from tests.ui.helpers import select_first_row

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures


@pytest.fixture
def panel(qtbot: QtBot, library: Library, archive: Path) -> Iterator[BookmarksPanel]:
    zh = library.open_issue(archive / "2025-01-14")
    en = library.open_issue(archive / "2025-01-15")
    library.toggle_bookmark(zh, zh.issue.articles[0], note="第一条")
    library.toggle_bookmark(en, en.issue.articles[0], note="second")
    panel = BookmarksPanel(library)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    yield panel
    panel.shutdown()


def _notes(library: Library) -> list[str]:
    return [b.note for b in library.userdata.bookmarks()]


def test_model_passes_the_model_tester(qtmodeltester, panel: BookmarksPanel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2
    assert panel.model.index(0, 2).data() == "second"
    assert panel.model.index(0, 0).data(BookmarkRoles.STATE) == "found"


def test_edit_a_note_in_the_table(qtbot: QtBot, panel: BookmarksPanel, library: Library) -> None:
    index = panel.model.index(1, BookmarkModel.NOTE_COLUMN)
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not panel.model.flags(panel.model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        assert panel.model.setData(index, "改过的笔记")
    assert sorted(_notes(library)) == sorted(["second", "改过的笔记"])
    assert index.data() == "改过的笔记"


def test_delete_then_undo_brings_back_the_same_bookmark(
    qtbot: QtBot, panel: BookmarksPanel, library: Library
) -> None:
    before = library.userdata.bookmarks()
    select_first_row(panel.table)
    with qtbot.waitSignals([panel.saved, panel.refreshed], timeout=10_000):
        panel.delete_selected()
    assert panel.model.rowCount() == 1
    assert len(library.userdata.bookmarks()) == 1
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignals([panel.saved, panel.refreshed], timeout=10_000):
        panel.undo_button.click()
    assert library.userdata.bookmarks() == before
    assert panel.model.rowCount() == 2
    assert not panel.undo_button.isEnabled()


def test_orphaned_bookmark_is_listed_and_marked(
    qtbot: QtBot, tmp_path: Path, archive: Path, panel: BookmarksPanel
) -> None:
    def parse_nothing(path: Path) -> Issue:
        return Issue(pages=())

    with Library(
        tmp_path / "cache.sqlite3",
        tmp_path / "userdata.sqlite3",
        loader=parse_nothing,
        parser_version=99,
    ) as better:
        better.open_issue(archive / "2025-01-14")
        orphan_panel = BookmarksPanel(better)
        qtbot.addWidget(orphan_panel)
        with qtbot.waitSignal(orphan_panel.refreshed, timeout=10_000):
            orphan_panel.refresh()
        states = {
            orphan_panel.model.index(r, 0).data(): orphan_panel.model.index(r, 4).data()
            for r in range(orphan_panel.model.rowCount())
        }
        orphan_panel.shutdown()
    assert states["全国科技工作会议在京召开"] == "story not found"
    assert len(states) == 2


def test_activating_an_orphan_says_so(qtbot: QtBot, tmp_path: Path, archive: Path) -> None:
    def parse_nothing(path: Path) -> Issue:
        return Issue(pages=())

    with Library(tmp_path / "c2.sqlite3", tmp_path / "u2.sqlite3") as first:
        opened = first.open_issue(archive / "2025-01-14")
        first.toggle_bookmark(opened, opened.issue.articles[0])
    with Library(
        tmp_path / "c2.sqlite3", tmp_path / "u2.sqlite3", loader=parse_nothing, parser_version=99
    ) as better:
        better.open_issue(archive / "2025-01-14")
        orphans = BookmarksPanel(better)
        qtbot.addWidget(orphans)
        with qtbot.waitSignal(orphans.refreshed, timeout=10_000):
            orphans.refresh()
        with qtbot.assertNotEmitted(orphans.openArticle), qtbot.waitSignal(orphans.message) as said:
            orphans.table.activated.emit(orphans.model.index(0, 0))
        orphans.shutdown()
    assert "story not found" in said.args[0] and "kept" in said.args[0]


def test_activating_a_row_jumps(qtbot: QtBot, panel: BookmarksPanel) -> None:
    opened: list[tuple[str, str]] = []
    panel.openArticle.connect(lambda path, article_id: opened.append((path, article_id)))
    with qtbot.waitSignal(panel.bookmarkActivated) as jumped:
        panel.table.activated.emit(panel.model.index(0, 0))
    item = jumped.args[0]
    assert isinstance(item, ResolvedBookmark) and item.state is BookmarkState.FOUND
    assert item.article is not None and item.bookmark.issue_path is not None
    assert opened == [(item.bookmark.issue_path, item.article.id)]
    with qtbot.assertNotEmitted(panel.bookmarkActivated):
        panel.table.activated.emit(panel.model.index(0, BookmarkModel.NOTE_COLUMN))


@pytest.mark.parametrize("suffix", [".md", ".json"])
def test_export(qtbot: QtBot, panel: BookmarksPanel, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"bookmarks{suffix}"
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.export_to(target)
    text = target.read_text(encoding="utf-8")
    if suffix == ".json":
        assert {b["note"] for b in json.loads(text)} == {"第一条", "second"}
    else:
        assert text.startswith("# Bookmarks") and "第一条" in text


def test_export_to_an_unknown_format_is_a_message(
    qtbot: QtBot, panel: BookmarksPanel, tmp_path: Path
) -> None:
    with qtbot.waitSignal(panel.message, timeout=10_000) as said:
        panel.export_to(tmp_path / "bookmarks.pdf")
    assert "bookmarks export to .md or .json" in said.args[0]
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=10_000)


def test_long_titles_elide_in_the_middle_with_the_whole_text_as_tooltip(
    panel: BookmarksPanel,
) -> None:
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    for row in range(panel.model.rowCount()):
        note = f"\nNote: {panel.model.item(row).bookmark.note}"  # (every row here has one)
        title = panel.model.index(row, 0).data()
        assert panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == title + note
        saved = panel.model.index(row, 3).data()
        assert panel.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == saved + note


def test_the_panel_asks_for_the_width_of_all_its_columns(panel: BookmarksPanel) -> None:
    from reader.ui.window_layout import columns_width

    header = panel.table.horizontalHeader()
    others = sum(
        max(header.sectionSizeHint(c), panel.table.sizeHintForColumn(c))
        for c in range(1, header.count())
    )
    assert panel.sizeHint().width() >= others + 30 * panel.table.fontMetrics().averageCharWidth()
    assert panel.sizeHint().width() == max(
        panel.layout().sizeHint().width(), columns_width(panel.table, 30)
    )


def test_an_older_refresh_answering_last_does_not_undo_a_newer_one(
    qtbot: QtBot, panel: BookmarksPanel, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refreshes run in a pool: after ``b`` and ``b`` again the first refresh (one bookmark)
    can answer after the second (none). The panel shows the newest answer (it showed the
    older one for good: tests/ui/test_app_wiring.py's b-twice test failed about 1 run in 5)."""
    import threading

    from reader.ui import bookmarks_panel

    real = bookmarks_panel._resolve
    first_may_answer = threading.Event()
    calls: list[int] = []
    read: list[int] = []
    answered: list[int] = []

    def resolve(lib: Library) -> list[ResolvedBookmark]:
        older = not calls
        calls.append(1)
        found = real(lib)
        read.append(len(found))
        if older:  # the older refresh: it read two bookmarks, answers last
            first_may_answer.wait(10)
        answered.append(len(found))
        return found

    monkeypatch.setattr(bookmarks_panel, "_resolve", resolve)
    panel.refresh()
    # (wait until it has read them: under load the deletes below could come first)
    qtbot.waitUntil(lambda: len(read) == 1)
    for bookmark in library.userdata.bookmarks():
        library.userdata.delete_bookmark(bookmark.id)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()  # the newer one: no bookmarks left
    assert panel.model.rowCount() == 0
    first_may_answer.set()
    qtbot.waitUntil(lambda: len(answered) == 2)
    assert answered == [0, 2]
    qtbot.wait(200)  # (its answer is delivered to the GUI thread)
    assert panel.model.rowCount() == 0


def test_no_bookmarks_is_said_only_once_they_are_read(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    """Until its first read answers (seconds, after a deleted cache: the bookmarked issues are
    parsed again), the panel said "No bookmarks yet" over bookmarks it had not read."""
    zh = library.open_issue(archive / "2025-01-14")
    library.toggle_bookmark(zh, zh.issue.articles[0], note="第一条")
    panel = BookmarksPanel(library)
    qtbot.addWidget(panel)
    try:
        assert "No bookmarks yet" not in panel.table.empty_text
        assert panel.table.empty_text  # it says that it is reading them, not a blank box
        with qtbot.waitSignal(panel.refreshed, timeout=10_000):
            panel.refresh()
        assert panel.model.rowCount() == 1
        library.userdata.delete_bookmark(library.userdata.bookmarks()[0].id)
        with qtbot.waitSignal(panel.refreshed, timeout=10_000):
            panel.refresh()
        assert panel.model.rowCount() == 0
        assert "No bookmarks yet" in panel.table.empty_text
    finally:
        panel.shutdown()


def test_in_a_narrow_panel_the_headline_keeps_the_room(qtbot: QtBot, panel: BookmarksPanel) -> None:
    """At 800x600 the panel is about 280 px wide: the issue's title took 24 characters and left
    the headline 10 ("TEN MEN OF HER …"); the issue goes first, the headline keeps 20 or more."""
    panel.resize(280, 400)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()
    character = panel.table.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: not panel.columns._pending, timeout=5000)
    assert header.sectionSize(0) >= 20 * character, [header.sectionSize(c) for c in range(5)]
    panel.resize(900, 400)
    qtbot.waitUntil(lambda: not header.isSectionHidden(1), timeout=5000)  # room: it is back


def test_a_note_hidden_with_its_column_shows_in_the_rows_tooltip(
    qtbot: QtBot, panel: BookmarksPanel
) -> None:
    """walk27: at 800x600 the panel is too narrow for the Note column, and a note written was
    nowhere to be seen; the row's other cells now carry it in their tooltip."""
    panel.resize(190, 400)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.isSectionHidden(BookmarkModel.NOTE_COLUMN), timeout=5000)
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.item(r).bookmark.note == "second")
    headline = str(model.index(row, 0).data())
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == f"{headline}\nNote: second"
    # (the note's own cell keeps the note alone)
    assert model.index(row, BookmarkModel.NOTE_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == (
        "second"
    )


def test_a_failed_read_says_so_in_the_empty_table(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.errors import StoreError

    def refuse(self: Library) -> list[ResolvedBookmark]:
        raise StoreError("database disk image is malformed", "userdata.sqlite3")

    monkeypatch.setattr(Library, "resolve_bookmarks", refuse)
    panel = BookmarksPanel(library)
    qtbot.addWidget(panel)
    assert panel.table.empty_text.startswith("Reading")
    with qtbot.waitSignal(panel.message, timeout=10_000) as said:
        panel.refresh()
    # Before: the table went on saying that it was reading the bookmarks.
    assert said.args == ["userdata.sqlite3: database disk image is malformed"]
    assert panel.table.empty_text == said.args[0]
    panel.shutdown()
