"""Fault injection for the store tests: one function per way a database file gets damaged.

Each function damages a real SQLite file (or the folder it lives in) the way it happens outside
tests: stray bytes over the header and schema page, a file cut short, one row's text overwritten,
the search index's shadow table scrambled, another process holding the lock, a read-only file, a
full disk. The table of expected outcomes is in ``test_damage.py`` and ``docs/hostile-input.md``.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

PAGE = 4096

ZH_PAGE = """全国科技工作会议在京召开

新华社北京1月13日电 全国科技工作会议13日在京召开。
量子信息和人工智能是今年的重点，会议要求扎实推进科技强国建设。
"""
EN_PAGE = """Bank Rates Rise Again

LONDON, Jan. 13 — The Bank of England raised rates on Tuesday. Banking shares fell in London
after the announcement was made by the governor.
"""
BOOKMARKS = 120
ISSUES = 3


def story_article():  # type: ignore[no-untyped-def]
    """One article of the real parser (for anchors of bookmarks made without an issue)."""
    from reader.parse.formats.text import parse_page_text

    return parse_page_text(ZH_PAGE).articles[0]


def write_issue_folder(folder: Path, *pages: str) -> Path:
    """An issue folder on disk: 01.txt, 02.txt … with the given texts."""
    folder.mkdir(parents=True)
    for n, text in enumerate(pages, 1):
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def build_library(root: Path, cache: Path, user: Path) -> tuple[Path, Path, Path]:
    """A library of three issues (in ``root/archive``) with 120 bookmarks, their notes long
    enough to fill many pages, in the databases ``cache`` and ``user``; both checkpointed."""
    from reader.store import Library
    from reader.store.userdata import anchor_for

    archive = root / "archive"
    for day in range(1, ISSUES + 1):
        write_issue_folder(archive / f"2025-01-{day:02d}", ZH_PAGE, EN_PAGE)
    with Library(cache, user) as library:
        report = library.add([archive])
        assert len(report.issues) == ISSUES
        issues = [library.open_issue(i.path, recent=False) for i in report.issues]
        for n in range(BOOKMARKS):
            opened = issues[n % ISSUES]
            article = opened.issue.articles[n % len(opened.issue.articles)]
            library.userdata.add_bookmark(
                anchor_for(article, opened.source_hash),
                headline=f"bookmark-{n:03d}",
                issue_title=opened.issue.title,
                issue_path=opened.path,
                note=f"note {n} " + "批注" * 40,
            )
    checkpoint(cache)
    checkpoint(user)
    return archive, cache, user


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so damage to the file is damage to everything."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def random_header(path: Path, seed: int, count: int = 128) -> None:
    """``count`` random bytes at random offsets of the first 4 KB (past the 16-byte magic, so
    SQLite still takes the file for a database and meets the damage in its header and schema)."""
    checkpoint(path)
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(count):
        data[rng.randrange(16, min(PAGE, len(data)))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def truncate(path: Path, keep: float = 0.5) -> None:
    """Cut the file to ``keep`` of its length (a copy interrupted, a disk that lost the end)."""
    checkpoint(path)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(int(size * keep))


def corrupt_row(path: Path, needle: str) -> None:
    """Overwrite the UTF-8 bytes of ``needle`` inside the file with bytes that are not UTF-8.

    The b-tree stays sound (``PRAGMA quick_check`` passes); only that row's text is damaged.
    """
    checkpoint(path)
    data = path.read_bytes()
    raw = needle.encode("utf-8")
    at = data.find(raw)
    assert at >= 0, f"{needle!r} is not in {path}"
    path.write_bytes(data[:at] + b"\xff\xfe" * (len(raw) // 2) + data[at + len(raw) // 2 * 2 :])


def corrupt_fts_shadow(path: Path, table: str = "fts_bigram") -> None:
    """Scramble the blocks of the FTS5 index's ``_data`` shadow table (not its structure)."""
    noise = random.Random(f"{table}-shadow")  # (the same damage every run: no flaky test)
    conn = sqlite3.connect(path)
    rows = conn.execute(f"SELECT id, length(block) FROM {table}_data WHERE id > 10").fetchall()
    conn.executemany(
        f"UPDATE {table}_data SET block = ? WHERE id = ?",
        [(noise.randbytes(size or 0), row) for row, size in rows],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@contextlib.contextmanager
def locked(path: Path, seconds: float = 60.0) -> Iterator[subprocess.Popen[str]]:
    """Another process holds an exclusive lock on the database while the block runs."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "c.execute('COMMIT')\n",
            str(path),
            str(seconds),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        yield holder
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()


def can_mount() -> bool:
    """True when this process may mount a tmpfs (root in a container or VM)."""
    return sys.platform.startswith("linux") and os.geteuid() == 0


@contextlib.contextmanager
def small_tmpfs(folder: Path, size_kb: int = 512) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted at ``folder`` for the block (a small disk)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], check=True
    )
    try:
        yield folder
    finally:
        for _ in range(50):  # a child may still hold a file open for a moment
            if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the file system of ``folder`` until at most ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    with filler.open("ab") as handle:
        chunk = b"\0" * 4096
        with contextlib.suppress(OSError):
            while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave:
                handle.write(chunk)
                handle.flush()


def remount_read_only(folder: Path) -> None:
    """Make the tmpfs at ``folder`` read-only (root ignores file modes, a read-only mount not)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def make_read_only(path: Path) -> None:
    """The database file and its folder read-only by mode (enough when not running as root)."""
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            companion.chmod(0o444)
    path.parent.chmod(0o555)
