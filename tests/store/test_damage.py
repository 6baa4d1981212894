"""Damaged databases through the Library facade: every kind of damage in ``damage.py``, its outcome.

Any damage is recognised as damage (whatever SQLite or the codec raises): the cache is rebuilt
and re-filled from the library list, the user database is kept aside, what can be read of it is
salvaged into a fresh one and the reader is told how many bookmarks came back. A lock, a
read-only file or a full disk is never taken for damage: one clear error, nothing moved.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import damage
import pytest

from reader.errors import StoreError
from reader.store import Library
from reader.store import db as store_db
from reader.store.library import NoticeKind, needs_reindex
from reader.store.salvage import recover_records
from reader.store.userdata import UserData, anchor_for

write_issue_folder = damage.write_issue_folder

ZH_PAGE, EN_PAGE, BOOKMARKS, ISSUES = (
    damage.ZH_PAGE,
    damage.EN_PAGE,
    damage.BOOKMARKS,
    damage.ISSUES,
)


def build(root: Path) -> tuple[Path, Path, Path]:
    return damage.build_library(
        root, root / "cache" / "cache.sqlite3", root / "data" / "userdata.sqlite3"
    )


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine")
    build(root)
    return root


@pytest.fixture
def lib_files(pristine: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh copy of the pristine library (the archive stays where the entries point)."""
    for sub in ("cache", "data"):
        shutil.copytree(pristine / sub, tmp_path / sub)
    return tmp_path / "cache" / "cache.sqlite3", tmp_path / "data" / "userdata.sqlite3"


def open_library(cache: Path, user: Path) -> Library:
    library = Library(cache, user)
    if needs_reindex(library.notices):
        library.reindex()  # what the command line and the window do after a rebuild
    return library


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def assert_cache_outcome(library: Library, cache: Path, original: bytes) -> None:
    """Search works again and finds every issue; damage was told, never silent."""
    hits = library.search("科技")
    assert len({h.source for h in hits}) == ISSUES
    assert len(library.entries()) == ISSUES
    moved = backups(cache)
    told = [n for n in library.notices if n.kind is NoticeKind.CACHE_REBUILT]
    assert bool(moved) == bool(told)
    if moved:
        assert moved[0].read_bytes() == original
    assert not [n for n in library.notices if n.kind is NoticeKind.USERDATA_RECOVERED]


def assert_userdata_outcome(library: Library, user: Path, original: bytes) -> int:
    """The damaged file is kept, bookmarks salvaged and counted; returns how many came back."""
    moved = backups(user)
    told = [n for n in library.notices if n.kind is NoticeKind.USERDATA_RECOVERED]
    assert bool(moved) == bool(told)
    marks = library.userdata.bookmarks()
    assert len(marks) <= BOOKMARKS
    assert {m.headline for m in marks} <= {f"bookmark-{n:03d}" for n in range(BOOKMARKS)}
    if moved:
        assert moved[0].read_bytes() == original
        assert f"{len(marks)} of its bookmarks were recovered" in told[0].message
    assert store_db.integrity_check(library.userdata.conn) == ["ok"]
    return len(marks)


@pytest.mark.parametrize("count", [8, 128])
@pytest.mark.parametrize("seed", range(20))
def test_random_header_bytes_in_the_cache(lib_files: tuple[Path, Path], seed: int, count: int):
    cache, user = lib_files
    damage.random_header(cache, seed, count)
    original = cache.read_bytes()
    with open_library(cache, user) as library:
        assert_cache_outcome(library, cache, original)
        assert len(library.userdata.bookmarks()) == BOOKMARKS


@pytest.mark.parametrize("count", [8, 128])
@pytest.mark.parametrize("seed", range(20))
def test_random_header_bytes_in_the_user_database(
    lib_files: tuple[Path, Path], seed: int, count: int
):
    cache, user = lib_files
    damage.random_header(user, seed, count)
    original = user.read_bytes()
    with open_library(cache, user) as library:
        # Only the header and schema page were hit: every bookmark and library entry is salvaged.
        assert assert_userdata_outcome(library, user, original) == BOOKMARKS
        assert len(library.entries()) == ISSUES
        assert library.search("科技")


def test_truncated_cache_is_rebuilt_and_refilled(lib_files: tuple[Path, Path]) -> None:
    cache, user = lib_files
    damage.truncate(cache, 0.5)
    original = cache.read_bytes()
    with open_library(cache, user) as library:
        assert [n.kind for n in library.notices][:1] == [NoticeKind.CACHE_REBUILT]
        assert_cache_outcome(library, cache, original)


def test_a_deleted_cache_is_refilled_from_the_library_list(lib_files: tuple[Path, Path]) -> None:
    cache, user = lib_files
    cache.unlink()
    with open_library(cache, user) as library:
        assert [n.kind for n in library.notices] == [NoticeKind.CACHE_MISSING]
        assert_cache_outcome(library, cache, b"")
    with Library(cache, user) as again:  # once re-filled, nothing to say
        assert again.notices == []


def test_a_new_cache_with_an_empty_library_list_says_nothing(tmp_path: Path) -> None:
    with Library(tmp_path / "cache.sqlite3", tmp_path / "userdata.sqlite3") as library:
        assert library.notices == []
        assert not needs_reindex(library.notices)


def test_truncated_user_database_is_salvaged(lib_files: tuple[Path, Path]) -> None:
    cache, user = lib_files
    # The end of the file is gone, through the bookmarks' pages (the schema's tables and the
    # library's indexes come first: at half the file none were left once schema 2 added five).
    damage.truncate(user, 0.75)
    original = user.read_bytes()
    with open_library(cache, user) as library:
        recovered = assert_userdata_outcome(library, user, original)
        assert backups(user), "a truncated database is damage"
        # The bookmarks on the pages that are left come back, whole.
        assert 10 <= recovered < BOOKMARKS
        for mark in library.userdata.bookmarks():
            n = int(mark.headline.split("-")[1])
            assert mark.note == f"note {n} " + "批注" * 40
            assert mark.id == n + 1


def test_corrupted_row_in_the_cache(lib_files: tuple[Path, Path]) -> None:
    cache, user = lib_files
    damage.corrupt_row(cache, "扎实推进科技强国建设")
    with open_library(cache, user) as library:
        hits = library.search("科技")  # no "Could not decode to UTF-8"
        assert hits
        problems = library.check()
        assert any("cache" in p and "not valid UTF-8" in p for p in problems), problems
        library.rebuild()
        assert library.check() == []
        assert len({h.source for h in library.search("强国")}) == ISSUES


def test_corrupted_row_in_the_user_database(lib_files: tuple[Path, Path]) -> None:
    cache, user = lib_files
    damage.corrupt_row(user, "bookmark-007")
    with open_library(cache, user) as library:
        marks = library.userdata.bookmarks()
        assert len(marks) == BOOKMARKS
        assert sum("\ufffd" in m.headline for m in marks) == 1
        problems = library.check()
        assert any("user data" in p and "not valid UTF-8" in p for p in problems), problems


def test_corrupted_fts_shadow_table(lib_files: tuple[Path, Path]) -> None:
    cache, user = lib_files
    damage.corrupt_fts_shadow(cache)
    with open_library(cache, user) as library:
        assert any("search index" in p for p in library.check())
        hits = library.search("科技")  # the index is found damaged and rebuilt from the stories
        assert len({h.source for h in hits}) == ISSUES
        assert NoticeKind.INDEX_REBUILT in {n.kind for n in library.notices}
        assert library.check() == []
    assert not backups(cache)


@pytest.mark.parametrize("which", ["cache", "user"])
def test_a_locked_file_is_one_clear_error_and_never_moved(
    lib_files: tuple[Path, Path], which: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache, user = lib_files
    target = cache if which == "cache" else user
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)
    with damage.locked(target), pytest.raises(StoreError) as caught:
        Library(cache, user).close()
    assert "locked" in str(caught.value) and str(target) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not backups(target)
    with open_library(cache, user) as library:  # released: all there
        assert len(library.userdata.bookmarks()) == BOOKMARKS


needs_mount = pytest.mark.skipif(not damage.can_mount(), reason="mounting a tmpfs needs root")


@needs_mount
@pytest.mark.parametrize("which", ["cache", "user"])
def test_a_read_only_file_is_one_clear_error_and_never_moved(
    lib_files: tuple[Path, Path], tmp_path: Path, which: str
) -> None:
    cache, user = lib_files
    folder = tmp_path / "ro"
    with damage.small_tmpfs(folder, 4096):
        source = cache if which == "cache" else user
        target = folder / source.name
        shutil.copy(source, target)
        damage.remount_read_only(folder)
        paths = (target, user) if which == "cache" else (cache, target)
        with pytest.raises(StoreError) as caught:
            Library(*paths).close()
        message = str(caught.value)
        assert str(target) in message and "read-only" in message and "\n" not in message
        assert sorted(p.name for p in folder.iterdir()) == [target.name]


@needs_mount
def test_a_full_disk_is_a_failed_write_not_damage(
    lib_files: tuple[Path, Path], tmp_path: Path, pristine: Path
) -> None:
    cache, user = lib_files
    folder = tmp_path / "full"
    with damage.small_tmpfs(folder, 2048):
        full_cache, full_user = folder / "cache.sqlite3", folder / "userdata.sqlite3"
        shutil.copy(cache, full_cache)
        shutil.copy(user, full_user)
        damage.fill(folder, leave=160 * 1024)  # room for two -shm files and a little WAL
        more = write_issue_folder(tmp_path / "more" / "2025-02-01", ZH_PAGE * 400, EN_PAGE * 400)
        with Library(full_cache, full_user) as library:
            assert len(library.userdata.bookmarks()) == BOOKMARKS
            opened = library.open_issue(more)  # the issue still opens …
            assert opened.issue.articles
            failed = [n for n in library.notices if n.kind is NoticeKind.STORE_WRITE_FAILED]
            assert failed and "disk is full" in failed[0].message  # … and the failure is told
            with pytest.raises(StoreError, match="disk is full"):
                for n in range(200):
                    library.userdata.add_bookmark(
                        anchor_for(opened.issue.articles[0], opened.source_hash),
                        headline=f"more-{n}",
                        issue_title="x",
                        note="批注" * 400,
                    )
        assert not list(folder.glob("*.corrupt-*"))
        conn = sqlite3.connect(full_user)
        assert store_db.integrity_check(conn) == ["ok"]
        conn.close()


def test_salvage_reads_the_wal_newest_copy_first(tmp_path: Path) -> None:
    """Bookmarks still only in the -wal (a crash before any checkpoint) are salvaged too, and
    one deleted there stays deleted (the WAL's newer page wins over the file's older one)."""
    live = tmp_path / "live" / "userdata.sqlite3"
    live.parent.mkdir()
    keeper = UserData(live)
    issue_anchor = anchor_for(damage.story_article(), "h" * 64)
    for n in range(50):
        keeper.add_bookmark(issue_anchor, headline=f"old-{n:02d}", issue_title="I", note="x" * 200)
    keeper.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    keeper.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(10):
        keeper.add_bookmark(issue_anchor, headline=f"new-{n:02d}", issue_title="I", note="y" * 200)
    keeper.delete_bookmark(4)  # old-03
    (root,) = keeper.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'read_state'"
    ).fetchone()
    # The crash: the files as they are on disk now, WAL and all; then a page that only the file
    # holds (the empty read_state table's) is hit.
    crashed = tmp_path / "crashed" / "userdata.sqlite3"
    crashed.parent.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(live.with_name(live.name + suffix), crashed.with_name(crashed.name + suffix))
    keeper.close()
    data = bytearray(crashed.read_bytes())
    data[(root - 1) * damage.PAGE : root * damage.PAGE] = b"\xa5" * damage.PAGE
    crashed.write_bytes(bytes(data))
    expected = {f"old-{n:02d}" for n in range(50)} - {"old-03"}
    expected |= {f"new-{n:02d}" for n in range(10)}
    # The page scan itself, on the files as the crash left them:
    records = recover_records(crashed)
    assert sorted(str(r.values[7]) for r in records if len(r.values) == 12) == sorted(expected)
    # And through UserData (whose first connection may fold the WAL in before moving it aside):
    salvaged = UserData(crashed)
    assert salvaged.recovered_from is not None
    names = sorted(b.headline for b in salvaged.bookmarks())
    assert names == sorted(expected)
