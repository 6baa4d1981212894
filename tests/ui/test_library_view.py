"""The Library view over a real Library: background add with progress, open, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.store import Library
from reader.store.userdata import LibraryFilter
from reader.ui.library_view import KEPT_PAGES, LibraryModel, LibraryRoles, LibraryView
from tests.library_entries import PAPERS, fill_entries
from tests.ui.helpers import select_first_row

pytest_plugins = ["tests.ui.library_fixtures"]  # the library and archive fixtures


def make_view(qtbot: QtBot, library: Library) -> LibraryView:
    view = LibraryView(library)
    qtbot.addWidget(view)
    return view


def test_model_passes_the_model_tester(qtmodeltester, library: Library) -> None:  # type: ignore[no-untyped-def]
    from reader.model import Issue, Page

    library.userdata.record_issues(
        [
            ("/a", "h1", Issue("科技日报", "2025-01-14", (Page(1, None, ()), Page(2, None, ())))),
            ("/b", "h2", Issue(None, None, (Page(1, None, ()),))),
        ]
    )
    model = LibraryModel(library)
    model.reload()
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "b"
    assert model.index(1, 5).data() == "missing"
    assert model.index(0, 0).data(LibraryRoles.PATH) == "/a"
    assert model.entry(2) is None


def test_thousands_of_entries_are_read_a_page_at_a_time(qtbot: QtBot, library: Library) -> None:
    fill_entries(library, 1000)
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.entriesChanged):
        view.refresh()
    model = view.model
    assert model.rowCount() == 1000 and view.count_label.text() == "1000 issues"
    assert len(model._pages) <= 1  # only what the table showed
    view.table.scrollToBottom()
    last = model.entry(999)
    assert last is not None and last == library.entries()[-1]
    assert len(model._pages) <= 2 + 1  # the top, the bottom (and the page before it)
    dates = [model.index(r, 1).data() for r in range(1000)]
    assert dates == sorted(dates, reverse=True)
    assert len(model._pages) <= KEPT_PAGES
    view.shutdown()


def test_sort_by_header_and_filter_by_paper_and_dates(qtbot: QtBot, library: Library) -> None:
    fill_entries(library, 300)
    view = make_view(qtbot, library)
    view.show()
    view.refresh()
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    papers = [view.model.index(r, 0).data() for r in range(300)]
    assert papers == sorted(papers) and papers[0] == "Evening Star"
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # Files does not sort: no change
    assert [view.model.index(r, 0).data() for r in range(300)] == papers
    assert view.paper_filter.count() == len(PAPERS) + 1
    view.paper_filter.setCurrentIndex(view.paper_filter.findData("The Sun"))
    assert view.model.rowCount() == 60 and view.count_label.text() == "60 issues"
    qtbot.keyClicks(view.date_from, "1910")
    qtbot.keyClicks(view.date_to, "1912-06")
    rows = [view.model.entry(r) for r in range(view.model.rowCount())]
    assert rows and all(e is not None and e.newspaper == "The Sun" for e in rows)
    assert all("1910" <= e.date <= "1912-06-31" for e in rows if e is not None and e.date)
    expected = [
        e
        for e in library.entries()
        if e.newspaper == "The Sun" and "1910" <= (e.date or "") <= "1912-06-31"
    ]
    assert len(rows) == len(expected)
    view.set_filter(LibraryFilter())
    assert view.model.rowCount() == 300 and view.date_from.text() == ""
    view.date_to.setText("19")  # not yet a year: no filter, no error
    assert view.model.rowCount() == 300
    view.date_to.clear()
    qtbot.keyClicks(view.date_from, "abc")  # never a date: refused as typed
    assert view.date_from.text() == "" and view.model.rowCount() == 300
    qtbot.keyClicks(view.date_from, "1916-2")  # a month half typed
    assert view.model.rowCount() == 300
    qtbot.keyClicks(view.date_from, "9")  # 1916-29 is no month either: refused
    assert view.date_from.text() != "1916-29" and view.model.rowCount() == 300
    view.shutdown()


def test_add_a_folder_in_the_background_with_progress(
    qtbot: QtBot,
    library: Library,
    archive: Path,
) -> None:
    view = make_view(qtbot, library)
    progress: list[tuple[int, int, str]] = []
    view.progressChanged.connect(lambda n, total, path: progress.append((n, total, path)))
    with qtbot.waitSignals([view.addFinished, view.entriesChanged], timeout=20_000):
        view.add_paths([archive])
    assert [p[:2] for p in progress] == [(1, 3), (2, 3), (3, 3)]
    assert view.model.rowCount() == 3
    dates = [view.model.index(r, 1).data() for r in range(3)]
    assert dates == ["2025-01-16", "2025-01-15", "2025-01-14"]
    assert view.add_button.isEnabled()
    view.shutdown()


def test_open_and_remove(qtbot: QtBot, library: Library, archive: Path) -> None:
    library.add([archive])
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.entriesChanged, timeout=10_000):
        view.refresh()
    with qtbot.waitSignal(view.openRequested) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [str((archive / "2025-01-16").resolve())]
    select_first_row(view.table)
    with qtbot.waitSignal(view.entriesChanged, timeout=10_000):
        view.remove_selected()
    assert view.model.rowCount() == 2
    assert (archive / "2025-01-16" / "01.txt").exists()
    assert [e.date for e in library.entries()] == ["2025-01-15", "2025-01-14"]
    view.shutdown()


def test_missing_files_are_a_message_not_an_open(
    qtbot: QtBot,
    library: Library,
    archive: Path,
) -> None:
    library.add([archive / "2025-01-14"])
    for f in (archive / "2025-01-14").iterdir():
        f.unlink()
    (archive / "2025-01-14").rmdir()
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.entriesChanged, timeout=10_000):
        view.refresh()
    assert view.model.index(0, 5).data() == "missing"
    with qtbot.assertNotEmitted(view.openRequested), qtbot.waitSignal(view.message) as said:
        view.table.activated.emit(view.model.index(0, 0))
    assert "no longer there" in said.args[0]
    view.shutdown()


def test_bad_path_is_reported(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.message, timeout=10_000) as said:
        view.add_paths([tmp_path / "nope"])
    assert "could not be read" in said.args[0] and "no such file" in said.args[0]
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    view.shutdown()


def test_at_its_narrowest_the_panel_shows_a_whole_date_in_each_date_field(
    qtbot: QtBot, library: Library
) -> None:
    """The date fields shared one row with the paper list: at 800×600 (the panel at its
    minimum) each was 40 px wide, "From…" and "To d…", and a typed 1916-02-14 could not be
    read."""
    view = make_view(qtbot, library)
    view.show()
    view.resize(view.minimumSizeHint())
    qtbot.waitExposed(view)
    for field in (view.date_from, view.date_to):
        field.setText("1916-02-14")
        text = field.fontMetrics().horizontalAdvance("1916-02-14")
        # (the clear button and the frame's margins: about a square of the field's height)
        assert field.width() >= text + 2 * field.height(), (field.width(), text)


def test_in_a_narrow_panel_the_paper_keeps_the_room(qtbot: QtBot, library: Library) -> None:
    """At 800x600 (the panel about 280 px wide) the paper's name was cut to ten characters
    ("The Haw…") beside whole dates, page and story counts; the counts go first now."""
    fill_entries(library, 30)
    view = make_view(qtbot, library)
    view.resize(280, 500)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    header = view.table.horizontalHeader()
    character = view.table.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: not view.columns._pending, timeout=5000)
    assert header.sectionSize(0) >= 20 * character, [header.sectionSize(c) for c in range(6)]
    assert not header.isSectionHidden(1)  # the date stays
    view.shutdown()


def test_the_summary_of_an_add_says_where_the_issues_came_from(
    qtbot: QtBot, library: Library, archive: Path
) -> None:
    """All read now: "(3 read, the rest from the cache)" spoke of a rest that was not there."""
    view = make_view(qtbot, library)
    said: list[str] = []
    view.message.connect(said.append)
    for _ in range(2):
        with qtbot.waitSignal(view.addFinished, timeout=20_000):
            view.add_paths([archive])
    assert len(said) == 2, said
    first, second = said
    assert first == "Added 3 issues", said
    assert "cache" not in first
    assert second == "Added 3 issues (0 read, the rest from the cache)", said
    view.shutdown()


def test_a_hidden_panel_measures_its_columns_on_a_few_rows(qtbot: QtBot, library: Library) -> None:
    # (walk24) Before the panel is first shown, its size hint measured each column on every
    # row: Ctrl+Shift+L on a library of 1,035 issues stalled the window for a second (on 5,000,
    # 200,000 reads of the model and 50 pages from the database).
    fill_entries(library, 5000)
    view = make_view(qtbot, library)
    with qtbot.waitSignal(view.entriesChanged):
        view.refresh()
    assert not view.isVisible()
    model = view.model
    reads = 0
    data = model.data

    def counted(index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        nonlocal reads
        reads += 1
        return data(index, role)

    model.data = counted  # type: ignore[method-assign]
    hint = view.sizeHint()
    assert reads < 2000, reads
    assert len(model._pages) <= 1
    # Still wide enough for a whole date beside the paper.
    date = view.table.fontMetrics().horizontalAdvance("1916-02-14")
    assert hint.width() > date + 16 * view.table.fontMetrics().averageCharWidth()
    view.shutdown()
