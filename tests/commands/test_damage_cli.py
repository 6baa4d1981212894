"""Damaged databases through the real ``broadsheet`` command (a subprocess each): the outcome of
every kind of damage in ``tests/store/damage.py``, as a person at a terminal meets it.

Never a traceback; damage is told on stderr in one line, the cache is rebuilt and re-filled so a
search right after finds what it found before, bookmarks are salvaged and counted; a failed
write is exit status 1, a lock is waited for, a read-only store is one line and exit 2.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store import damage

needs_mount = pytest.mark.skipif(not damage.can_mount(), reason="mounting a tmpfs needs root")


def broadsheet(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "reader", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def store(private_dirs: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The default cache and user database (in the test's XDG folders), filled by build_library."""
    cache = private_dirs / "cache" / "broadsheet" / "cache.sqlite3"
    user = private_dirs / "data" / "broadsheet" / "userdata.sqlite3"
    damage.build_library(tmp_path, cache, user)
    return cache, user


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def assert_search_finds_every_issue(cache: Path) -> str:
    done = broadsheet("search", "科技", "--json")
    assert done.returncode == 0, done.stderr
    assert len({hit["source"] for hit in json.loads(done.stdout)}) == damage.ISSUES
    if backups(cache):
        assert "The cache was damaged" in done.stderr
        assert f"[{damage.ISSUES}/{damage.ISSUES}]" in done.stderr  # re-filled, with progress
    return done.stderr


def bookmarks_listed() -> tuple[list[dict[str, object]], str]:
    done = broadsheet("library", "bookmarks", "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(20))
def test_random_header_bytes_in_the_cache(store: tuple[Path, Path], seed: int) -> None:
    cache, _user = store
    damage.random_header(cache, seed)
    assert_search_finds_every_issue(cache)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(20))
def test_random_header_bytes_in_the_user_database(store: tuple[Path, Path], seed: int) -> None:
    _cache, user = store
    damage.random_header(user, seed)
    marks, err = bookmarks_listed()
    assert len(marks) == damage.BOOKMARKS
    if backups(user):
        assert f"{damage.BOOKMARKS} of its bookmarks were recovered" in err
        assert str(backups(user)[0]) in err


def test_truncated_cache(store: tuple[Path, Path]) -> None:
    cache, _user = store
    damage.truncate(cache)
    assert "The cache was damaged" in assert_search_finds_every_issue(cache)


def test_a_deleted_cache_is_refilled_so_search_finds_every_issue(
    store: tuple[Path, Path],
) -> None:
    """Deleting the cache (or a cleaner emptying ~/.cache) is not damage, but it leaves the
    library list without its search index: it is re-filled the same way, and said once."""
    cache, _user = store
    for suffix in ("", "-wal", "-shm"):
        cache.with_name(cache.name + suffix).unlink(missing_ok=True)
    err = assert_search_finds_every_issue(cache)
    assert "The cache was missing" in err and f"[{damage.ISSUES}/{damage.ISSUES}]" in err
    assert "missing" not in assert_search_finds_every_issue(cache)  # the next run: nothing to say


def test_truncated_user_database(store: tuple[Path, Path]) -> None:
    _cache, user = store
    damage.truncate(user, 0.75)  # through the bookmarks' pages (see test_damage.py)
    marks, err = bookmarks_listed()
    assert 10 <= len(marks) < damage.BOOKMARKS
    assert f"{len(marks)} of its bookmarks were recovered" in err
    assert len(backups(user)) == 1


def test_corrupted_row_in_the_cache_then_check_and_rebuild(store: tuple[Path, Path]) -> None:
    cache, _user = store
    damage.corrupt_row(cache, "扎实推进科技强国建设")
    assert broadsheet("search", "科技").returncode == 0
    checked = broadsheet("library", "check")
    assert checked.returncode == 1
    assert "cache: stories row" in checked.stdout and "not valid UTF-8" in checked.stdout
    rebuilt = broadsheet("library", "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert rebuilt.stdout == f"rebuilt: {damage.ISSUES} issues read into the cache\n"
    assert [line.split("]")[0] for line in rebuilt.stderr.splitlines()] == ["[1/3", "[2/3", "[3/3"]
    again = broadsheet("library", "check")
    assert (again.returncode, again.stdout) == (0, "cache and user data: ok\n")
    assert_search_finds_every_issue(cache)


def test_corrupted_row_in_the_user_database(store: tuple[Path, Path]) -> None:
    _cache, user = store
    damage.corrupt_row(user, "bookmark-007")
    marks, _err = bookmarks_listed()
    assert len(marks) == damage.BOOKMARKS
    checked = broadsheet("library", "check")
    assert checked.returncode == 1 and "user data: bookmarks row 8" in checked.stdout


def test_corrupted_fts_shadow_table(store: tuple[Path, Path]) -> None:
    cache, _user = store
    damage.corrupt_fts_shadow(cache)
    assert broadsheet("library", "check").returncode == 1
    err = assert_search_finds_every_issue(cache)
    assert "The search index was damaged and has been rebuilt" in err
    assert broadsheet("library", "check").returncode == 0
    assert not backups(cache)


@pytest.mark.parametrize("which", ["cache", "user"])
def test_a_lock_held_for_a_while_is_waited_for(store: tuple[Path, Path], which: str) -> None:
    target = store[0] if which == "cache" else store[1]
    with damage.locked(target, seconds=1.5):
        done = broadsheet("library", "list", "--json")
    assert done.returncode == 0 and len(json.loads(done.stdout)) == damage.ISSUES
    assert done.stderr == "" and not backups(target)


@needs_mount
def test_a_read_only_user_database(store: tuple[Path, Path], tmp_path: Path) -> None:
    _cache, user = store
    mount = tmp_path / "ro-data"
    with damage.small_tmpfs(mount, 4096):
        (mount / "broadsheet").mkdir()
        shutil.copy(user, mount / "broadsheet" / user.name)
        damage.remount_read_only(mount)
        done = broadsheet("library", "list", env={"XDG_DATA_HOME": str(mount)})
    assert done.returncode == 2
    assert done.stderr == (
        f"broadsheet: {mount / 'broadsheet' / user.name}: "
        "the file system is read-only (unable to open database file)\n"
    )


@needs_mount
def test_a_full_disk_under_the_cache_is_exit_1_with_a_warning(
    store: tuple[Path, Path], tmp_path: Path
) -> None:
    cache, _user = store
    mount = tmp_path / "full-cache"
    big = damage.write_issue_folder(
        tmp_path / "big" / "2025-02-01", damage.ZH_PAGE * 400, damage.EN_PAGE * 400
    )
    with damage.small_tmpfs(mount, 1024):
        (mount / "broadsheet").mkdir()
        shutil.copy(cache, mount / "broadsheet" / cache.name)
        damage.fill(mount, leave=96 * 1024)
        done = broadsheet("library", "add", str(big), env={"XDG_CACHE_HOME": str(mount)})
        listed = broadsheet("library", "list", "--json", env={"XDG_CACHE_HOME": str(mount)})
    assert done.returncode == 1
    assert done.stdout.startswith("added ") and str(big) in done.stdout  # it was read …
    assert "cannot write the cache" in done.stderr and "disk is full" in done.stderr  # … not kept
    assert len(json.loads(listed.stdout)) == damage.ISSUES + 1
