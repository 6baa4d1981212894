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


def connect(path: str | Path, *, synchronous: str = "NORMAL") -> sqlite3.Connection:
    """Open ``path`` in autocommit mode (transactions are explicit), WAL, busy timeout, FKs on."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
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


def is_damage(error: sqlite3.Error) -> bool:
    """True when ``error`` says the file is damaged or not a database at all.

    "database is locked" is an OperationalError too: treating it as damage would move a healthy
    file aside under another process that is writing to it.
    """
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
    except sqlite3.DatabaseError as err:
        if is_damage(err):
            return False
        raise
    return rows == [("ok",)]


def integrity_check(conn: sqlite3.Connection) -> list[str]:
    """The full ``PRAGMA integrity_check``: ``["ok"]`` for a sound database."""
    return [row[0] for row in conn.execute("PRAGMA integrity_check")]


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


def open_checked(
    path: Path, *, synchronous: str = "NORMAL"
) -> tuple[sqlite3.Connection, Path | None]:
    """Open a database file, moving it aside first if it is damaged.

    Returns the connection and, when the old file was damaged, where it was moved to. The old
    bytes are kept: the caller decides what to tell the user.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, synchronous=synchronous)
        healthy = is_healthy(conn)
    except sqlite3.Error as err:
        if conn is not None:
            conn.close()
            conn = None
        if not is_damage(err):
            raise StoreError(f"cannot open the database: {err}", path) from err
        healthy = False
    if healthy and conn is not None:
        return conn, None
    if conn is not None:
        conn.close()
    backup = move_aside(path)
    try:
        return connect(path, synchronous=synchronous), backup
    except sqlite3.Error as err:
        raise StoreError(f"cannot create a fresh database: {err}", path) from err


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
            except sqlite3.Error as err:
                raise StoreError(str(err), getattr(self, "path", None)) from err

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
