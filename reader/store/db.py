"""SQLite plumbing shared by the cache and the user-data database: connections, checks, migrations.

Every database runs in WAL mode with a busy timeout, has a ``schema_version`` table and moves
forward through ``update_from_N_to_M`` functions. A connection belongs to one thread; workers open
their own.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from reader.errors import StoreError

#: How long a writer waits for another process's lock before giving up.
BUSY_TIMEOUT_MS = 10_000

#: Oldest SQLite with the FTS5 ``trigram`` tokenizer.
MIN_SQLITE = (3, 34, 0)

Migration = Callable[[sqlite3.Connection], None]


def check_sqlite() -> None:
    """Fail with a clear message when this Python's SQLite lacks FTS5 or the trigram tokenizer."""
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        need = ".".join(map(str, MIN_SQLITE))
        raise StoreError(f"SQLite {sqlite3.sqlite_version} is too old; Broadsheet needs {need}+")
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError as err:
        raise StoreError(f"SQLite {sqlite3.sqlite_version} has no FTS5 trigram: {err}") from err
    finally:
        conn.close()


def lenient_text(value: bytes) -> str:
    """SQLite text as ``str``: bytes that are not UTF-8 (a damaged row) become U+FFFD.

    The default decoder raises ``UnicodeDecodeError`` from deep inside a query, so one damaged
    row (or one damaged name in the schema) made every command fail.
    """
    return value.decode("utf-8", "replace")


def connect(path: str | Path, *, synchronous: str = "NORMAL") -> sqlite3.Connection:
    """Open ``path`` in autocommit mode (transactions are explicit), WAL, busy timeout, FKs on."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.text_factory = lenient_text
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if str(path) != ":memory:":
            _enable_wal(conn)
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return conn


_SQLITE_BUSY = 5


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, retrying while another process holds the lock.

    Changing the journal mode does not wait through the busy handler: two processes opening a
    new file at once see SQLITE_BUSY here (measured: about 1 open in 30).
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            busy = (getattr(err, "sqlite_errorcode", 0) & 0xFF) == _SQLITE_BUSY
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: take the write lock up front, so WAL never upgrades."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


#: SQLite result codes that mean the file itself is damaged (not busy, locked or unreadable).
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB

#: What a person is told for result codes whose SQLite wording is cryptic.
_REASONS = {
    5: "in use by another program",  # SQLITE_BUSY
    6: "in use by another program",  # SQLITE_LOCKED
    8: "the file or its folder is read-only",  # SQLITE_READONLY
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened",  # SQLITE_CANTOPEN
    23: "permission denied",  # SQLITE_AUTH
}


def describe(error: BaseException, path: str | Path | None = None) -> str:
    """One line for a person: what went wrong with the database, in plain words.

    SQLite says "unable to open database file" or "disk I/O error" for a read-only folder or a
    full disk; with ``path`` the file system is asked which it is.
    """
    if isinstance(error, UnicodeError):
        return "the database is damaged (its text is not UTF-8)"
    code = getattr(error, "sqlite_errorcode", None)
    reason = _REASONS.get((code or 0) & 0xFF)
    if path is not None and str(path) != ":memory:" and (code or 0) & 0xFF in (8, 10, 13, 14):
        reason = _file_system_reason(Path(path)) or reason
    text = " ".join(str(error).split())
    if reason is None:
        return text
    return reason if text in reason else f"{reason} ({text})"


#: Less free space than this on the database's file system counts as a full disk.
_NEARLY_FULL = 256 * 1024


def _file_system_reason(path: Path) -> str | None:
    folder = path.parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return "the file system is read-only"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "the file or its folder is read-only"
    if stats.f_bavail * stats.f_frsize < _NEARLY_FULL:
        return "the disk is full"
    return None


def is_damage(error: BaseException) -> bool:
    """True when ``error`` says the file is damaged or not a database at all.

    Any ``UnicodeError`` out of SQLite's text is damage too. "database is locked" is an
    OperationalError: treating it as damage would move a healthy file aside under another
    process that is writing to it; a read-only file or a full disk is not damage either.
    """
    if isinstance(error, UnicodeError):
        return True
    if not isinstance(error, sqlite3.Error):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError
    )


def is_healthy(conn: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check`` says ok (and the file is a database at all).

    Errors that are not damage (a lock held too long, an unreadable file) are raised.
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, UnicodeError) as err:
        if is_damage(err):
            return False
        raise
    return rows == [("ok",)]


def integrity_check(conn: sqlite3.Connection) -> list[str]:
    """The full ``PRAGMA integrity_check``: ``["ok"]`` for a sound database."""
    return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def problems(conn: sqlite3.Connection) -> list[str]:
    """What is wrong with a database file: ``PRAGMA integrity_check`` and text that is not UTF-8.

    ``[]`` when sound. SQLite does not check that text is UTF-8, and the integrity check cannot
    see a row whose bytes were overwritten inside a sound page: the text scan does.
    """
    try:
        found = [line for line in integrity_check(conn) if line != "ok"][:20]
        return found + invalid_text(conn)
    except (sqlite3.DatabaseError, UnicodeError) as err:
        return [describe(err)]


def invalid_text(conn: sqlite3.Connection) -> list[str]:
    """``"table row N: column is not valid UTF-8"`` for each damaged text value."""
    found = []
    tables = [
        name
        for kind, name, _table, sql in sorted(layout(conn))
        if kind == "table" and not sql.upper().startswith("CREATE VIRTUAL")
    ]
    for table in tables:
        columns = [
            row[1]
            for row in conn.execute(f'PRAGMA table_info("{table}")')
            if str(row[2]).upper() == "TEXT"
        ]
        for column in columns:
            rows = conn.execute(
                f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table}"'
                f" WHERE typeof(\"{column}\") = 'text'"
            )
            for rowid, raw in rows:
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    found.append(f"{table} row {rowid}: {column} is not valid UTF-8")
    return found


def move_aside(path: Path, label: str = "corrupt") -> Path:
    """Rename ``path`` and its ``-wal``/``-shm`` files to a timestamped backup; never delete."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    os.replace(path, backup)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, backup.with_name(backup.name + suffix))
    return backup


Setup = Callable[[sqlite3.Connection], None]


def layout(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """The file's tables and indexes as ``sqlite_master`` lists them (SQLite's own left out)."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {tuple(row) for row in rows}  # type: ignore[misc]


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file holds a table of this name."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _versions(conn: sqlite3.Connection) -> set[tuple[str, int]]:
    try:
        return {(n, int(v)) for n, v in conn.execute("SELECT name, version FROM schema_version")}
    except sqlite3.OperationalError as err:
        if "no such table" in str(err):
            return set()
        raise


def layout_damaged(conn: sqlite3.Connection, setup: Setup) -> bool:
    """True when a file made by this program (same schema versions) lacks a table or index
    that ``setup`` makes, or has one with other SQL: stray bytes over the schema page can leave
    it readable and sound to ``quick_check`` but say "no such column" at the first query."""
    found = layout(conn)
    if not found:
        return False  # a new, empty file
    fresh = connect(":memory:")
    try:
        setup(fresh)
        expected = layout(fresh)
        expected_versions = _versions(fresh)
    finally:
        fresh.close()
    versions = _versions(conn)
    if not versions:
        return True  # tables, but the versions table is gone (or renamed by stray bytes)
    if versions != expected_versions:
        return False  # older (setup migrates it) or newer (setup refuses it)
    return not expected <= found


def open_checked(
    path: Path, setup: Setup | None = None, *, synchronous: str = "NORMAL"
) -> tuple[sqlite3.Connection, Path | None]:
    """Open a database file and ``setup`` its layout, moving the file aside first if damaged.

    Damage is whatever says so: ``quick_check``, a layout that is not the one this program
    makes, or any corruption error SQLite or the text codec raises on the way. A lock, a
    read-only file or a full disk is not damage: that is a :class:`StoreError` and the file
    stays. Returns the connection and, when the old file was damaged, where it was moved to.
    The old bytes are kept: the caller decides what to tell the user and what to salvage.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, synchronous=synchronous)
        if is_healthy(conn) and not (setup and layout_damaged(conn, setup)):
            if setup:
                setup(conn)
            return conn, None
    except (sqlite3.Error, UnicodeError) as err:
        if not is_damage(err):
            if conn is not None:
                conn.close()
            raise StoreError(describe(err, path), path) from err
    if conn is not None:
        conn.close()
    backup = move_aside(path)
    try:
        conn = connect(path, synchronous=synchronous)
        if setup:
            setup(conn)
        return conn, backup
    except sqlite3.Error as err:
        raise StoreError(f"cannot create a fresh database: {describe(err, path)}", path) from err


C = TypeVar("C", bound=type)


def translate_errors(cls: C) -> C:
    """Class decorator: SQLite errors escaping a public method become StoreError("path: reason").

    Callers above the store deal in domain errors only; the instance's ``path`` names the file.
    """

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def translated(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except (sqlite3.Error, UnicodeDecodeError) as err:
                # SQLite's own message can quote damaged bytes Python cannot decode.
                path = getattr(self, "path", None)
                raise StoreError(describe(err, path), path) from err

        return translated

    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_") and name != "close":
            setattr(cls, name, wrap(value))
    return cls


@dataclass(frozen=True)
class Schema:
    """A database layout: how to create it at ``version`` and how to update older files."""

    #: Name in the ``schema_version`` table (one file could hold several schemas).
    name: str
    version: int
    create: Migration
    #: ``migrations[n]`` turns version ``n`` into ``n + 1`` (named ``update_from_n_to_n+1``).
    migrations: dict[int, Migration] = field(default_factory=dict)


def setup_schema(conn: sqlite3.Connection, schema: Schema, path: str | Path | None = None) -> int:
    """Create or migrate ``schema`` in one transaction; return the version found before."""
    with transaction(conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version"
            " (name TEXT PRIMARY KEY, version INTEGER NOT NULL)"
        )
        row = conn.execute(
            "SELECT version FROM schema_version WHERE name = ?", (schema.name,)
        ).fetchone()
        if row is None:
            schema.create(conn)
            conn.execute(
                "INSERT INTO schema_version (name, version) VALUES (?, ?)",
                (schema.name, schema.version),
            )
            return 0
        found = int(row[0])
        if found > schema.version:
            raise StoreError(
                f"{schema.name} schema {found} is newer than this program ({schema.version})",
                path,
            )
        for n in range(found, schema.version):
            step = schema.migrations.get(n)
            if step is None:
                raise StoreError(
                    f"no migration for {schema.name} from version {n} to {n + 1}", path
                )
            step(conn)
        conn.execute(
            "UPDATE schema_version SET version = ? WHERE name = ?", (schema.version, schema.name)
        )
        return found
