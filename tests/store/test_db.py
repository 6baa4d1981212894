"""Schema versions and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.store import db


def _create_v1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")


def update_from_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE notes ADD COLUMN created REAL NOT NULL DEFAULT 0")


def update_from_2_to_3(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE notes SET text = upper(text)")


def _create_v3(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT, created REAL)")


V1 = db.Schema("notes", 1, _create_v1)
V3 = db.Schema("notes", 3, _create_v3, {1: update_from_1_to_2, 2: update_from_2_to_3})


def test_fresh_database_is_created_at_the_current_version() -> None:
    conn = db.connect(":memory:")
    assert db.setup_schema(conn, V3) == 0
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (3,)


def test_old_database_moves_forward_step_by_step(tmp_path: Path) -> None:
    path = tmp_path / "n.sqlite3"
    conn = db.connect(path)
    db.setup_schema(conn, V1)
    conn.execute("INSERT INTO notes (text) VALUES ('keep me')")
    conn.close()
    conn = db.connect(path)
    assert db.setup_schema(conn, V3) == 1
    assert conn.execute("SELECT text, created FROM notes").fetchall() == [("KEEP ME", 0)]
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (3,)


def test_missing_migration_rolls_back_and_raises() -> None:
    conn = db.connect(":memory:")
    db.setup_schema(conn, V1)
    broken = db.Schema("notes", 3, _create_v3, {1: update_from_1_to_2})
    with pytest.raises(StoreError, match="no migration for notes from version 2 to 3"):
        db.setup_schema(conn, broken)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(notes)")]
    assert columns == ["id", "text"]
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)


def test_sqlite_has_fts5_trigram() -> None:
    db.check_sqlite()
    assert sqlite3.sqlite_version_info >= db.MIN_SQLITE
