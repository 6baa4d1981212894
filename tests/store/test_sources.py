"""Finding issues inside folders: symlink loops, folders holding both pages and issue folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.errors import InputError
from reader.store.sources import discover_issues, source_hash

PAGE = "全国科技工作会议在京召开\n\n新华社北京1月13日电 全国科技工作会议13日在京召开。\n"


def _issue(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(PAGE, encoding="utf-8")
    return folder


def test_each_real_folder_is_walked_once_through_symlink_loops(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    one = _issue(root / "2025-01-01")
    (root / "loop").symlink_to(root)  # archive/loop/loop/loop/… forever
    (root / "again").symlink_to(one)  # a second name for a folder already found
    (one / "up").symlink_to(root)
    assert list(discover_issues([root])) == [one]


def test_a_folder_of_only_loops_finds_nothing(tmp_path: Path) -> None:
    root = tmp_path / "loops"
    root.mkdir()
    (root / "a").symlink_to(root)
    (root / "b").symlink_to(root / "a")
    assert list(discover_issues([root])) == []


def test_a_folder_with_pages_and_issue_folders_gives_both(tmp_path: Path) -> None:
    root = _issue(tmp_path / "2025-01-01")
    inner = _issue(root / "2025-01-02")
    assert list(discover_issues([root])) == [root, inner]


def test_non_regular_files_are_reported_not_opened(tmp_path: Path) -> None:
    root = _issue(tmp_path / "2025-01-01")
    os.mkfifo(root / "02.txt")
    skipped: list[tuple[str, str]] = []
    assert list(discover_issues([root], skipped)) == [root]
    assert skipped == [(str(root / "02.txt"), "not a regular file (a FIFO)")]
    with pytest.raises(InputError, match="not a regular file"):
        list(discover_issues([root / "02.txt"]))
    source_hash(root)  # the FIFO is not read (this would hang)
