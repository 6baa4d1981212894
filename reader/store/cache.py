"""The rebuildable cache: parsed issues keyed by source hash and parser version, and the index.

Deleting the cache file loses nothing the reader made; a damaged one is moved aside and rebuilt.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.errors import StoreError
from reader.model import Article, Issue
from reader.store import db
from reader.store.codec import CodecError, dump_issue, load_issue_json
from reader.store.search import Scheme, SearchIndex, make_scheme

log = logging.getLogger(__name__)

CACHE_SCHEMA_VERSION = 4


def _create_cache(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            cache_key TEXT NOT NULL UNIQUE,
            source_hash TEXT NOT NULL,
            parser_version INTEGER NOT NULL,
            source TEXT,
            newspaper TEXT,
            date TEXT,
            pages INTEGER NOT NULL,
            stories INTEGER NOT NULL,
            data BLOB NOT NULL,
            stored REAL NOT NULL,
            page_names TEXT
        )"""
    )
    conn.execute(
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            page INTEGER NOT NULL,
            title TEXT NOT NULL,
            headline TEXT NOT NULL,
            body TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX stories_by_issue ON stories(issue_id)")


def _index_stories(conn: sqlite3.Connection, scheme: Scheme) -> None:
    """Write every stored story into ``scheme``'s index table (created, empty)."""
    rows = conn.execute("SELECT id, headline, body FROM stories").fetchall()
    if rows:
        scheme.insert(conn, rows)


def _rewrite_index(conn: sqlite3.Connection, scheme_name: str) -> None:
    """Write the ``scheme_name`` index table again from the stories, if the file has one."""
    scheme = make_scheme(scheme_name)
    if not db.has_table(conn, scheme.table):
        return
    conn.execute(f"DROP TABLE {scheme.table}")
    scheme.create(conn)
    _index_stories(conn, scheme)


def update_from_1_to_2(conn: sqlite3.Connection) -> None:
    """Version 2 gives the bigram index two columns of single CJK characters: write it again.

    Only a bigram table is there to rewrite (trigram and jieba kept their layout); the file's
    other tables stay as they are. (A file this old is written again by 2 → 3 too.)
    """
    _rewrite_index(conn, "bigram")


def update_from_2_to_3(conn: sqlite3.Connection) -> None:
    """Version 3 indexes Chinese folded to one script (Traditional written as Simplified), so a
    query in either script finds both: the bigram index is written again from the stories. A
    jieba index (it needs the segmenter, which a migration has not got) is dropped and written
    again by :meth:`IssueCache._setup`; the trigram index reads the stories and is unchanged.
    Only the index changes: the stored issues stay, and user data lives in another file."""
    _rewrite_index(conn, "bigram")
    conn.execute("DROP TABLE IF EXISTS fts_jieba")


def update_from_3_to_4(conn: sqlite3.Connection) -> None:
    """Version 4 keeps each issue's printed page names (``page_names``), so that a search hit
    names its page as the window does ("第A3版", not "page 1"). Issues stored before have none
    (their hits say "page N") until they are stored again: nothing is rewritten. (A file that
    has the column already, its version set back by hand, is left as it is.)"""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(issues)")}
    if "page_names" not in columns:
        conn.execute("ALTER TABLE issues ADD COLUMN page_names TEXT")


CACHE_SCHEMA = db.Schema(
    name="cache",
    version=CACHE_SCHEMA_VERSION,
    create=_create_cache,
    migrations={1: update_from_1_to_2, 2: update_from_2_to_3, 3: update_from_3_to_4},
)


def _create_import_state(conn: sqlite3.Connection) -> None:
    """What bulk imports saw of each issue's files (names, sizes, modification times), so the
    next import of the same tree skips unchanged files unread. Like the index's tables it is
    made when missing at every open, not by a schema version: it only saves work, and a cache
    without it (older, or just rebuilt) simply reads every file once more."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS import_state (
            path TEXT PRIMARY KEY,
            signature TEXT NOT NULL,
            cache_key TEXT NOT NULL
        )"""
    )


@dataclass(frozen=True, slots=True)
class StoredIssue:
    """An issue encoded for the cache: everything the writer inserts, made where it was parsed
    (a worker process, a cluster node), so the one writer only runs SQL."""

    cache_key: str
    source_hash: str
    parser_version: int
    source: str | None
    newspaper: str | None
    date: str | None
    pages: int
    #: ``(article id, page number, display title, headline text, body text)`` per story.
    stories: tuple[tuple[str, int, str, str, str], ...]
    #: The issue in the cache's lossless JSON (``codec.dump_issue``).
    data: bytes
    #: The pages' printed names as a JSON list (null for a page without one), or None when no
    #: page has a name (``page_names_json``).
    page_names: str | None = None


def stored_issue(key: str, parser_version: int, issue: Issue, source_hash: str) -> StoredIssue:
    """Encode ``issue`` for :meth:`IssueCache.put_many`."""
    stories = tuple(
        (article.id, article.page_number, article.display_title, *story_texts(article))
        for article in issue.articles
    )
    return StoredIssue(
        key,
        source_hash,
        parser_version,
        issue.source,
        issue.newspaper,
        issue.date,
        len(issue.pages),
        stories,
        dump_issue(issue),
        page_names_json(issue),
    )


def page_names_json(issue: Issue) -> str | None:
    """The pages' printed names ("第A3版") as a JSON list, in page order; None when no page
    has one (most issues), so that nothing is stored for them."""
    names = [page.name for page in issue.pages]
    if not any(names):
        return None
    return json.dumps(names, ensure_ascii=False)


def story_texts(article: Article) -> tuple[str, str]:
    """``(headline text, body text)`` of an article as the index sees them."""
    heads = [t for t in (article.kicker, article.headline, article.subheadline) if t]
    body = [t for t in article.display_texts if t not in heads]
    return "\n".join(heads), "\n".join(body)


@db.translate_errors
class IssueCache:
    """Parsed issues and their search index in one SQLite file (or ``:memory:``).

    ``recovered_from`` is set when the file was damaged at open: it names where the old file was
    moved before a fresh one was made. The owner reports it; nothing is printed here.
    """

    def __init__(
        self, path: str | Path, *, scheme: Scheme | str = "bigram", check: bool = True
    ) -> None:
        db.check_sqlite()
        self.path = path
        self.recovered_from: Path | None = None
        self.index = SearchIndex(None, make_scheme(scheme) if isinstance(scheme, str) else scheme)
        try:
            if str(path) == ":memory:":
                self.conn = db.connect(":memory:")
                self._setup(self.conn)
            elif check:
                self.conn, self.recovered_from = db.open_checked(Path(path), self._setup)
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = db.connect(path)
                try:
                    self._setup(self.conn)
                except BaseException:
                    self.conn.close()
                    raise
        except sqlite3.Error as err:
            raise StoreError(f"cannot set up the cache: {db.describe(err, path)}", path) from err
        self.index.conn = self.conn

    def _setup(self, conn: sqlite3.Connection) -> None:
        """Create or migrate the cache's tables and its search index on ``conn``."""
        db.setup_schema(conn, CACHE_SCHEMA, self.path)
        with db.transaction(conn):
            scheme = self.index.scheme
            missing = not db.has_table(conn, scheme.table)
            scheme.create(conn)
            if missing:  # a new file, or an index a migration dropped: write it from the stories
                _index_stories(conn, scheme)
            _create_import_state(conn)

    def close(self) -> None:
        self.conn.close()

    def get(self, key: str, parser_version: int) -> Issue | None:
        """The cached issue for this key and parser, or None (also if it no longer fits)."""
        return self._get("cache_key", key, parser_version)

    def get_by_source(self, source_hash: str, parser_version: int) -> Issue | None:
        """A cached parse of these bytes under any name (for bookmarks of a renamed issue)."""
        return self._get("source_hash", source_hash, parser_version)

    def _get(self, column: str, value: str, parser_version: int) -> Issue | None:
        try:
            row = self.conn.execute(
                f"SELECT data FROM issues WHERE {column} = ? AND parser_version = ? LIMIT 1",
                (value, parser_version),
            ).fetchone()
        except sqlite3.DatabaseError as err:  # damaged after it was opened: read the files
            log.warning("cache read failed in %s: %s", self.path, err)
            return None
        if row is None:
            return None
        try:
            return load_issue_json(row[0])
        except CodecError as err:  # a damaged row: read the files again, as for any miss
            log.warning(
                "cache row in %s does not read (%s); parsing the issue again", self.path, err
            )
            return None

    def put(
        self, key: str, parser_version: int, issue: Issue, source_hash: str | None = None
    ) -> None:
        """Store ``issue`` and index its articles, replacing any older parse under ``key``."""
        self.put_many([stored_issue(key, parser_version, issue, source_hash or key)])

    def put_many(
        self, issues: Sequence[StoredIssue], seen: Iterable[tuple[str, str, str]] = ()
    ) -> None:
        """Store and index encoded issues in one transaction (each replaces any older parse
        under its key), and record ``seen`` ``(path, files signature, cache key)`` rows for the
        next bulk import. All or nothing: a crash leaves either the whole batch or none of it."""
        try:
            with db.transaction(self.conn):
                for stored in issues:
                    self._put(stored)
                self.conn.executemany(
                    "INSERT OR REPLACE INTO import_state (path, signature, cache_key)"
                    " VALUES (?, ?, ?)",
                    seen,
                )
        except sqlite3.Error as err:
            raise StoreError(f"cannot write the cache: {err}", self.path) from err

    def _put(self, stored: StoredIssue) -> None:
        self._delete(stored.cache_key)
        cur = self.conn.execute(
            "INSERT INTO issues (cache_key, source_hash, parser_version, source, newspaper,"
            " date, pages, stories, data, stored, page_names)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                stored.cache_key,
                stored.source_hash,
                stored.parser_version,
                stored.source,
                stored.newspaper,
                stored.date,
                stored.pages,
                len(stored.stories),
                stored.data,
                time.time(),
                stored.page_names,
            ),
        )
        issue_id = cur.lastrowid
        # The write lock is held (BEGIN IMMEDIATE), so the next ids are ours to hand out.
        first = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM stories").fetchone()[0]
        self.conn.executemany(
            "INSERT INTO stories (id, issue_id, article_id, page, title, headline, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((first + n, issue_id, *story) for n, story in enumerate(stored.stories)),
        )
        self.index.add(
            [(first + n, headline, body) for n, (*_, headline, body) in enumerate(stored.stories)]
        )

    def import_state(self) -> dict[str, tuple[str, str]]:
        """``{path: (files signature, cache key)}`` as the last bulk imports saw them."""
        rows = self.conn.execute("SELECT path, signature, cache_key FROM import_state")
        return {path: (signature, key) for path, signature, key in rows}

    def _delete(self, key: str) -> bool:
        row = self.conn.execute("SELECT id FROM issues WHERE cache_key = ?", (key,)).fetchone()
        if row is None:
            return False
        self.index.remove_issue(row[0])
        self.conn.execute("DELETE FROM stories WHERE issue_id = ?", (row[0],))
        self.conn.execute("DELETE FROM issues WHERE id = ?", (row[0],))
        return True

    def delete(self, key: str) -> bool:
        """Forget one issue and its index entries; True if it was there."""
        with db.transaction(self.conn):
            return self._delete(key)

    def keys(self, parser_version: int | None = None) -> set[str]:
        """Every key in the cache (or only those parsed by ``parser_version``)."""
        if parser_version is None:
            return {row[0] for row in self.conn.execute("SELECT cache_key FROM issues")}
        rows = self.conn.execute(
            "SELECT cache_key FROM issues WHERE parser_version = ?", (parser_version,)
        )
        return {row[0] for row in rows}

    def meta(self, key: str) -> tuple[str | None, str | None, int, int] | None:
        """``(newspaper, date, pages, stories)`` of the cached issue under ``key``, or None."""
        row = self.conn.execute(
            "SELECT newspaper, date, pages, stories FROM issues WHERE cache_key = ?", (key,)
        ).fetchone()
        return None if row is None else (row[0], row[1], int(row[2]), int(row[3]))

    def prune(self, keep: Sequence[str] | set[str]) -> int:
        """Delete every cached issue whose key is not in ``keep``; return how many went."""
        gone = self.keys() - set(keep)
        with db.transaction(self.conn):
            for digest in gone:
                self._delete(digest)
        return len(gone)

    def check(self) -> list[str]:
        """What is wrong with the cache file and its search index (``[]`` when sound)."""
        return db.problems(self.conn) + self.index.check()

    def story_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM stories").fetchone()[0])
