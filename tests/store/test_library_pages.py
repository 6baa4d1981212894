"""The library list a page at a time: counts, SQL sorts, paper and date filters, the v1 upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.store import Library
from reader.store.records import LibraryEntry
from reader.store.userdata import (
    USERDATA_SCHEMA_VERSION,
    LibraryFilter,
    LibrarySort,
    UserData,
    _create_userdata_v1,
)
from tests.library_entries import PAPERS, fill_entries

COUNT = 600


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("pages")
    library = Library(folder / "cache.sqlite3", folder / "userdata.sqlite3")
    fill_entries(library, COUNT)
    return library


def all_pages(library: Library, where: LibraryFilter, sort: LibrarySort, desc: bool, size: int):
    rows: list[LibraryEntry] = []
    while True:
        page = library.entry_page(where, sort, desc, len(rows), size)
        rows.extend(page)
        if len(page) < size:
            return rows


KEYS = {
    LibrarySort.NEWSPAPER: lambda e: (e.newspaper, e.date, e.path),
    LibrarySort.DATE: lambda e: (e.date, e.newspaper, e.path),
    LibrarySort.PAGES: lambda e: (e.pages, e.date, e.path),
    LibrarySort.STORIES: lambda e: (e.stories, e.date, e.path),
    LibrarySort.LAST_OPENED: lambda e: (e.last_opened, e.path),
}


@pytest.mark.parametrize("sort", list(LibrarySort))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_join_up_to_the_whole_list_in_order(
    filled: Library, sort: LibrarySort, descending: bool
) -> None:
    rows = all_pages(filled, LibraryFilter(), sort, descending, 256)
    assert len(rows) == COUNT == filled.entry_count()
    assert len({r.path for r in rows}) == COUNT  # no row twice at a page boundary
    assert rows == sorted(filled.entries(), key=KEYS[sort], reverse=descending)


def test_filter_by_paper_and_date_prefixes(filled: Library) -> None:
    everything = filled.entries()
    sun = LibraryFilter("The Sun")
    assert filled.entry_count(sun) == sum(e.newspaper == "The Sun" for e in everything) > 0
    year = LibraryFilter(None, "1916", "1916")
    got = all_pages(filled, year, LibrarySort.DATE, False, 50)
    assert got and all(e.date.startswith("1916") for e in got)  # type: ignore[union-attr]
    assert len(got) == sum(e.date.startswith("1916") for e in everything)  # type: ignore[union-attr]
    span = LibraryFilter(PAPERS[4], "1905-03", "1907-02-14")
    got = all_pages(filled, span, LibrarySort.NEWSPAPER, True, 7)
    expected = [
        e
        for e in everything
        if e.newspaper == PAPERS[4] and "1905-03" <= e.date <= "1907-02-14"  # type: ignore[operator]
    ]
    assert got and sorted(got, key=lambda e: e.path) == sorted(expected, key=lambda e: e.path)
    assert filled.entry_count(LibraryFilter("No Such Paper")) == 0
    assert filled.papers() == sorted(PAPERS)


def test_undated_entries_drop_out_once_a_date_bound_is_set(tmp_path: Path) -> None:
    from reader.model import Issue

    with Library(tmp_path / "c.sqlite3", tmp_path / "u.sqlite3") as library:
        library.userdata.record_issues(
            [("/a", "h1", Issue("Paper", None, ())), ("/b", "h2", Issue(None, "1916-02-01", ()))]
        )
        assert library.entry_count() == 2
        dated = library.entry_page(LibraryFilter(date_to="1916"), LibrarySort.DATE, False, 0, 9)
        assert [e.path for e in dated] == ["/b"]
        assert library.papers() == ["Paper"]


def test_a_version_1_file_gets_the_indexes_and_keeps_its_entries(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite3"
    conn = sqlite3.connect(path)
    _create_userdata_v1(conn)
    conn.execute("CREATE TABLE schema_version (name TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES ('userdata', 1)")
    conn.execute("INSERT INTO library VALUES ('/old', 'h', 'Paper', '1916-02-01', 1, 2, 1.0, 2.0)")
    conn.commit()
    conn.close()
    data = UserData(path)
    indexes = {r[0] for r in data.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {f"library_by_{sort}" for sort in LibrarySort} <= indexes
    assert [e.path for e in data.library()] == ["/old"]
    version = data.conn.execute("SELECT version FROM schema_version").fetchone()[0]
    assert version == USERDATA_SCHEMA_VERSION == 2
    data.close()
