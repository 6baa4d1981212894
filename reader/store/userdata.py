"""The user-data database: bookmarks with notes, read state, highlight sets, recent files, library.

Nothing here can be rebuilt, so this file is never overwritten: a damaged database is moved aside
as a backup (``recovered_from`` says where) and a fresh one is started beside it. Writes commit
with ``synchronous=FULL`` so an acknowledged bookmark survives a crash of the process.
"""

from __future__ import annotations

import enum
import json
import sqlite3
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.errors import StoreError
from reader.model import Article, Issue
from reader.store import db
from reader.store.records import Anchor, Bookmark, LibraryEntry
from reader.store.salvage import Value, recover_records

USERDATA_SCHEMA_VERSION = 2
_BOOKMARK_COLUMNS_SQL = (
    "id, source_hash, page, headline_key, lead_key, article_id, issue_path, headline,"
    " issue_title, note, created, updated"
)
#: How many normalised characters of the body make the lead part of an anchor.
LEAD_CHARS = 40
RECENT_LIMIT = 20


def _create_userdata_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            source_hash TEXT NOT NULL,
            page INTEGER NOT NULL,
            headline_key TEXT NOT NULL,
            lead_key TEXT NOT NULL,
            article_id TEXT NOT NULL,
            issue_path TEXT,
            headline TEXT NOT NULL,
            issue_title TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            updated REAL NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX bookmarks_by_source ON bookmarks(source_hash)")
    conn.execute(
        """CREATE TABLE read_state (
            source_hash TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            read_at REAL NOT NULL,
            PRIMARY KEY (source_hash, fingerprint)
        )"""
    )
    conn.execute(
        """CREATE TABLE highlight_sets (
            name TEXT PRIMARY KEY,
            terms TEXT NOT NULL,
            updated REAL NOT NULL
        )"""
    )
    conn.execute("CREATE TABLE recent_files (path TEXT PRIMARY KEY, opened REAL NOT NULL)")
    conn.execute(
        """CREATE TABLE library (
            path TEXT PRIMARY KEY,
            source_hash TEXT NOT NULL,
            newspaper TEXT,
            date TEXT,
            pages INTEGER NOT NULL,
            stories INTEGER NOT NULL,
            added REAL NOT NULL,
            last_opened REAL NOT NULL
        )"""
    )
    conn.execute("CREATE TABLE ui_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def update_from_1_to_2(conn: sqlite3.Connection) -> None:
    """Indexes for the library view: pages of 30,000 issues sorted by any column, filtered."""
    for name, keys in _LIBRARY_ORDER.items():  # one per sort: a page is an index walk
        conn.execute(f"CREATE INDEX library_by_{name} ON library({', '.join(keys)})")


def _create_userdata_v2(conn: sqlite3.Connection) -> None:
    _create_userdata_v1(conn)
    update_from_1_to_2(conn)


USERDATA_SCHEMA = db.Schema(
    name="userdata",
    version=USERDATA_SCHEMA_VERSION,
    create=_create_userdata_v2,
    migrations={1: update_from_1_to_2},
)


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    """Which library entries a view shows: one paper, and dates from/to (inclusive).

    A bound may be a prefix of a date: ``date_from="1916"`` starts at 1 January 1916 and
    ``date_to="1916-02"`` ends with the last day of February. Entries without a date are left
    out as soon as a bound is given.
    """

    newspaper: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition (``"1"`` for everything) and its parameters."""
        parts: list[str] = []
        params: list[object] = []
        if self.newspaper is not None:
            parts.append("newspaper = ?")
            params.append(self.newspaper)
        if self.date_from:
            parts.append("date >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append("date <= ?")
            params.append(self.date_to + "\uffff")  # the bound is a prefix: all of its days
        return (" AND ".join(parts) or "1"), params


class LibrarySort(enum.StrEnum):
    """The library columns SQL can sort by (whether files exist is not in the database)."""

    NEWSPAPER = "newspaper"
    DATE = "date"
    PAGES = "pages"
    STORIES = "stories"
    LAST_OPENED = "last_opened"


#: ORDER BY keys of each sort, with ties broken the same way in both directions.
_LIBRARY_ORDER = {
    LibrarySort.NEWSPAPER: ("newspaper", "date", "path"),
    LibrarySort.DATE: ("date", "newspaper", "path"),
    LibrarySort.PAGES: ("pages", "date", "path"),
    LibrarySort.STORIES: ("stories", "date", "path"),
    LibrarySort.LAST_OPENED: ("last_opened", "path"),
}
_LIBRARY_COLUMNS = "path, source_hash, newspaper, date, pages, stories, added, last_opened"


# -- salvage ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Salvaged:
    """How much came back from a damaged user database."""

    bookmarks: int
    library: int


_SALVAGE_SQL = {
    "bookmarks": f"INSERT OR REPLACE INTO bookmarks ({_BOOKMARK_COLUMNS_SQL})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "library": "INSERT OR REPLACE INTO library (path, source_hash, newspaper, date, pages,"
    " stories, added, last_opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "read_state": "INSERT OR REPLACE INTO read_state (source_hash, fingerprint, read_at)"
    " VALUES (?, ?, ?)",
    "highlight_sets": "INSERT OR REPLACE INTO highlight_sets (name, terms, updated)"
    " VALUES (?, ?, ?)",
    "recent_files": "INSERT OR REPLACE INTO recent_files (path, opened) VALUES (?, ?)",
    "ui_state": "INSERT OR REPLACE INTO ui_state (key, value) VALUES (?, ?)",
}

_SHAPES: dict[str, tuple[tuple[type, ...], ...]] = {
    # id (the rowid, stored as NULL), source_hash, page, headline_key, lead_key, article_id,
    # issue_path, headline, issue_title, note, created, updated
    "bookmarks": (
        (type(None),), (str,), (int,), (str,), (str,), (str,), (str, type(None)),
        (str,), (str,), (str,), (int, float), (int, float),
    ),
    "library": (
        (str,), (str,), (str, type(None)), (str, type(None)), (int,), (int,),
        (int, float), (int, float),
    ),
    "three": ((str,), (str,), (int, float)),
    "recent_files": ((str,), (float,)),
    "ui_state": ((str,), (str,)),
}  # fmt: skip


def table_of_record(values: tuple[Value, ...]) -> str | None:
    """Which user-data table a salvaged record belongs to, by its shape (None: not ours)."""
    for table, shape in _SHAPES.items():
        if len(values) == len(shape) and all(
            isinstance(v, kinds) for v, kinds in zip(values, shape, strict=True)
        ):
            if table != "three":
                return table
            try:
                terms = json.loads(str(values[1]))
            except ValueError:
                terms = None
            if isinstance(terms, list):
                return "highlight_sets"
            return "read_state" if "\n" in str(values[1]) else None
    return None


# -- anchors -----------------------------------------------------------------------------------


def normalise_key(text: str | None) -> str:
    """NFKC, case-folded, letters and digits only: OCR spacing and punctuation do not count."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if c.isalnum())


def anchor_for(article: Article, source_hash: str) -> Anchor:
    return Anchor(
        source_hash=source_hash,
        page=article.page_number,
        headline_key=normalise_key(article.headline),
        lead_key=normalise_key(article.body_text)[:LEAD_CHARS],
        article_id=article.id,
    )


def resolve_anchor(anchor: Anchor, issue: Issue) -> Article | None:
    """The article of ``issue`` an anchor points at, or None when it can no longer be found.

    Tried in order, preferring the anchor's page at each step: the same id with the same
    fingerprint; the same fingerprint; the same headline; the same lead; a lead that starts the
    same way (a better parser may join or split paragraphs).
    """
    candidates = sorted(issue.articles, key=lambda a: a.page_number != anchor.page)
    keyed = [(a, anchor_for(a, anchor.source_hash)) for a in candidates]
    for article, key in keyed:
        if article.id == anchor.article_id and key.fingerprint == anchor.fingerprint:
            return article
    for article, key in keyed:
        if key.fingerprint == anchor.fingerprint:
            return article
    if anchor.headline_key:
        for article, key in keyed:
            if key.headline_key == anchor.headline_key:
                return article
    if len(anchor.lead_key) >= 8:
        for article, key in keyed:
            if key.lead_key == anchor.lead_key:
                return article
        stem = anchor.lead_key[:20]
        for article, key in keyed:
            if key.lead_key.startswith(stem) or stem.startswith(key.lead_key or "\0"):
                return article
    return None


# -- the database ------------------------------------------------------------------------------


def _bookmark(row: sqlite3.Row | tuple) -> Bookmark:
    (bid, digest, page, hkey, lkey, aid, ipath, headline, ititle, note, created, updated) = row
    return Bookmark(
        id=bid,
        anchor=Anchor(digest, page, hkey, lkey, aid),
        issue_path=ipath,
        headline=headline,
        issue_title=ititle,
        note=note,
        created=created,
        updated=updated,
    )


_BOOKMARK_COLUMNS = _BOOKMARK_COLUMNS_SQL


@db.translate_errors
class UserData:
    """Bookmarks, read state, highlight sets, recent files and the library list."""

    def __init__(self, path: str | Path, *, check: bool = True) -> None:
        self.path = path
        self.recovered_from: Path | None = None
        try:
            if str(path) == ":memory:" or not check:
                self.conn = db.connect(path, synchronous="FULL")
                db.setup_schema(self.conn, USERDATA_SCHEMA, path)
            else:
                self.conn, self.recovered_from = db.open_checked(
                    Path(path), self._setup, synchronous="FULL"
                )
        except sqlite3.Error as err:
            raise StoreError(f"cannot open the user data: {db.describe(err, path)}", path) from err
        #: What was salvaged from the damaged file (``None`` when nothing was damaged).
        self.salvaged: Salvaged | None = None
        if self.recovered_from is not None:
            self.salvaged = self._salvage(self.recovered_from)

    def _setup(self, conn: sqlite3.Connection) -> None:
        db.setup_schema(conn, USERDATA_SCHEMA, self.path)

    def _salvage(self, backup: Path) -> Salvaged:
        """Copy every row still readable in ``backup`` into this (fresh) database."""
        rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in _SALVAGE_SQL}
        try:
            records = recover_records(backup)
        except OSError:
            records = []
        for record in records:
            table = table_of_record(record.values)
            if table == "bookmarks":
                rows[table].append((record.rowid, *record.values[1:]))
            elif table is not None:
                rows[table].append(record.values)
        try:
            with db.transaction(self.conn):
                for table, sql in _SALVAGE_SQL.items():
                    self.conn.executemany(sql, rows[table])
        except sqlite3.Error as err:
            raise StoreError(
                f"cannot save what was salvaged: {db.describe(err, self.path)}", self.path
            ) from err
        return Salvaged(
            bookmarks=len({r[0] for r in rows["bookmarks"]}),
            library=len({r[0] for r in rows["library"]}),
        )

    def close(self) -> None:
        self.conn.close()

    def _write(self, sql: str, params: Iterable[object] = ()) -> sqlite3.Cursor:
        return self._write_many(sql, [tuple(params)], many=False)

    def _write_many(
        self, sql: str, rows: list[tuple[object, ...]], *, many: bool = True
    ) -> sqlite3.Cursor:
        """Run ``sql`` for every row in one transaction (``many=False``: the one row)."""
        try:
            with db.transaction(self.conn):
                if many:
                    return self.conn.executemany(sql, rows)
                return self.conn.execute(sql, rows[0])
        except sqlite3.Error as err:
            raise StoreError(f"cannot save: {db.describe(err, self.path)}", self.path) from err

    # bookmarks

    def add_bookmark(
        self,
        anchor: Anchor,
        *,
        headline: str,
        issue_title: str,
        issue_path: str | None = None,
        note: str = "",
    ) -> Bookmark:
        """Save a bookmark; it is on disk when this returns."""
        now = time.time()
        cur = self._write(
            "INSERT INTO bookmarks (source_hash, page, headline_key, lead_key, article_id,"
            " issue_path, headline, issue_title, note, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                anchor.source_hash,
                anchor.page,
                anchor.headline_key,
                anchor.lead_key,
                anchor.article_id,
                issue_path,
                headline,
                issue_title,
                note,
                now,
                now,
            ),
        )
        assert cur.lastrowid is not None
        return Bookmark(cur.lastrowid, anchor, issue_path, headline, issue_title, note, now, now)

    def restore_bookmark(self, bookmark: Bookmark) -> Bookmark:
        """Put back a deleted bookmark with its id, note and times (undo of delete)."""
        a = bookmark.anchor
        self._write(
            f"INSERT OR REPLACE INTO bookmarks ({_BOOKMARK_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bookmark.id,
                a.source_hash,
                a.page,
                a.headline_key,
                a.lead_key,
                a.article_id,
                bookmark.issue_path,
                bookmark.headline,
                bookmark.issue_title,
                bookmark.note,
                bookmark.created,
                bookmark.updated,
            ),
        )
        return bookmark

    def set_note(self, bookmark_id: int, note: str) -> None:
        cur = self._write(
            "UPDATE bookmarks SET note = ?, updated = ? WHERE id = ?",
            (note, time.time(), bookmark_id),
        )
        if cur.rowcount == 0:
            raise StoreError(f"no bookmark {bookmark_id}", self.path)

    def delete_bookmark(self, bookmark_id: int) -> Bookmark | None:
        """Delete one bookmark (only ever on request); return it so the caller can undo."""
        found = self.bookmark(bookmark_id)
        if found is not None:
            self._write("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return found

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        row = self.conn.execute(
            f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
        ).fetchone()
        return _bookmark(row) if row else None

    def bookmarks(self, source_hash: str | None = None) -> list[Bookmark]:
        """Every bookmark (or those of one issue), newest first."""
        if source_hash is None:
            rows = self.conn.execute(
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks ORDER BY created DESC, id DESC"
            )
        else:
            rows = self.conn.execute(
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks WHERE source_hash = ?"
                " ORDER BY created DESC, id DESC",
                (source_hash,),
            )
        return [_bookmark(r) for r in rows]

    # read state

    def mark_read(self, anchor: Anchor, read: bool = True) -> None:
        if read:
            self._write(
                "INSERT OR REPLACE INTO read_state (source_hash, fingerprint, read_at)"
                " VALUES (?, ?, ?)",
                (anchor.source_hash, anchor.fingerprint, time.time()),
            )
        else:
            self._write(
                "DELETE FROM read_state WHERE source_hash = ? AND fingerprint = ?",
                (anchor.source_hash, anchor.fingerprint),
            )

    def read_fingerprints(self, source_hash: str) -> set[str]:
        rows = self.conn.execute(
            "SELECT fingerprint FROM read_state WHERE source_hash = ?", (source_hash,)
        )
        return {r[0] for r in rows}

    # highlight sets

    def save_highlight_set(self, name: str, terms: Iterable[str]) -> None:
        self._write(
            "INSERT OR REPLACE INTO highlight_sets (name, terms, updated) VALUES (?, ?, ?)",
            (name, json.dumps(list(terms), ensure_ascii=False), time.time()),
        )

    def highlight_sets(self) -> dict[str, tuple[str, ...]]:
        rows = self.conn.execute("SELECT name, terms FROM highlight_sets ORDER BY name")
        return {name: tuple(json.loads(terms)) for name, terms in rows}

    def delete_highlight_set(self, name: str) -> None:
        self._write("DELETE FROM highlight_sets WHERE name = ?", (name,))

    # recent files and UI state

    def touch_recent(self, path: str) -> None:
        try:
            with db.transaction(self.conn):
                self.conn.execute(
                    "INSERT OR REPLACE INTO recent_files (path, opened) VALUES (?, ?)",
                    (path, time.time()),
                )
                self.conn.execute(
                    "DELETE FROM recent_files WHERE path NOT IN"
                    " (SELECT path FROM recent_files ORDER BY opened DESC LIMIT ?)",
                    (RECENT_LIMIT,),
                )
        except sqlite3.Error as err:
            raise StoreError(f"cannot save: {db.describe(err, self.path)}", self.path) from err

    def recent_files(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT path FROM recent_files ORDER BY opened DESC")
        ]

    def clear_recent(self) -> None:
        self._write("DELETE FROM recent_files")

    def set_ui_state(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO ui_state (key, value) VALUES (?, ?)", (key, value))

    def ui_state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM ui_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # library list

    def record_issue(self, path: str, source_hash: str, issue: Issue) -> None:
        self.record_issues([(path, source_hash, issue)])

    def record_issues(self, issues: Iterable[tuple[str, str, Issue]]) -> None:
        """Put ``(path, source hash, issue)`` entries in the library list, in one transaction."""
        self.record_entries(
            (path, digest, issue.newspaper, issue.date, len(issue.pages), len(issue.articles))
            for path, digest, issue in issues
        )

    def record_entries(
        self, rows: Iterable[tuple[str, str, str | None, str | None, int, int]]
    ) -> None:
        """Put ``(path, source hash, newspaper, date, pages, stories)`` rows in the library list,
        in one transaction (a bulk import writes a batch at a time)."""
        now = time.time()
        self._write_many(
            "INSERT INTO library (path, source_hash, newspaper, date, pages, stories, added,"
            " last_opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(path) DO UPDATE SET source_hash = excluded.source_hash,"
            " newspaper = excluded.newspaper, date = excluded.date, pages = excluded.pages,"
            " stories = excluded.stories, last_opened = excluded.last_opened",
            [(*row, now, now) for row in rows],
        )

    def library(self) -> list[LibraryEntry]:
        """Every issue opened, newest date first, with whether its files are still there."""
        rows = self.conn.execute(
            f"SELECT {_LIBRARY_COLUMNS} FROM library ORDER BY date DESC, newspaper, path"
        ).fetchall()
        return [_entry(row) for row in rows]

    def library_count(self, where: LibraryFilter = LibraryFilter()) -> int:
        """How many library entries ``where`` lets through."""
        condition, params = where.where()
        return int(
            self.conn.execute(f"SELECT count(*) FROM library WHERE {condition}", params).fetchone()[
                0
            ]
        )

    def library_page(
        self,
        where: LibraryFilter,
        sort: LibrarySort,
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[LibraryEntry]:
        """``limit`` entries from ``offset`` on, filtered and sorted in SQL (for a lazy view)."""
        condition, params = where.where()
        direction = " DESC" if descending else ""
        order = ", ".join(key + direction for key in _LIBRARY_ORDER[LibrarySort(sort)])
        rows = self.conn.execute(
            f"SELECT {_LIBRARY_COLUMNS} FROM library WHERE {condition}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [_entry(row) for row in rows]

    def library_papers(self) -> list[str]:
        """The names of the library's newspapers, once each, in order."""
        rows = self.conn.execute(
            "SELECT DISTINCT newspaper FROM library WHERE newspaper IS NOT NULL ORDER BY newspaper"
        )
        return [row[0] for row in rows]

    def library_entry(self, path: str) -> LibraryEntry | None:
        row = self.conn.execute(
            f"SELECT {_LIBRARY_COLUMNS} FROM library WHERE path = ?",
            (path,),
        ).fetchone()
        return _entry(row) if row else None

    def forget_issue(self, path: str) -> None:
        self._write("DELETE FROM library WHERE path = ?", (path,))

    def library_hashes(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT source_hash FROM library")}


def _entry(row: tuple) -> LibraryEntry:
    path, digest, paper, date, pages, stories, added, last_opened = row
    return LibraryEntry(
        path, digest, paper, date, pages, stories, added, last_opened, Path(path).exists()
    )
