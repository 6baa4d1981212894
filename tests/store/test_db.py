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


def test_a_locked_file_is_not_damage_and_is_never_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    with pytest.raises(StoreError, match="locked"):
        db.open_checked(path)
    holder.execute("ROLLBACK")
    holder.close()
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))
    conn, moved = db.open_checked(path)
    assert moved is None
    conn.close()


def test_damage_is_told_apart_from_other_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 400)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(junk).execute("PRAGMA quick_check").fetchall()
    assert db.is_damage(caught.value)
    assert not db.is_damage(sqlite3.OperationalError("database is locked"))


@pytest.mark.slow
def test_two_processes_creating_a_new_file_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from reader.store import db\n"
        "conn, moved = db.open_checked(Path(sys.argv[1])); assert moved is None\n"
    )
    for n in range(15):
        path = tmp_path / f"new-{n}.sqlite3"
        procs = [
            subprocess.Popen([sys.executable, "-c", code, str(path)], stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err.decode()
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_sqlite_errors_reach_callers_as_store_errors(tmp_path: Path) -> None:
    from reader.store.userdata import UserData

    data = UserData(tmp_path / "u.sqlite3")
    data.conn.execute("DROP TABLE bookmarks")
    with pytest.raises(StoreError) as caught:
        data.bookmarks()
    assert str(caught.value).startswith(f"{tmp_path / 'u.sqlite3'}: no such table: bookmarks")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
