"""Which files make up an issue: the store's folder scan asks the page-format registry; symlink
loops, folders holding both pages and issue folders, files that are not regular files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.errors import InputError
from reader.store.sources import discover_issues, is_issue_file, issue_files, source_hash


def test_issue_files_are_pages_of_any_registered_format_and_issue_toml(tmp_path: Path) -> None:
    for name in ("01.txt", "02.alto.xml", "0003.xml", "p4.hocr", "issue.toml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    for name in ("scan.jpg", "notes.md", ".hidden.txt", "titles.tsv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = [p.name for p in issue_files(tmp_path)]
    assert names == ["0003.xml", "01.txt", "02.alto.xml", "issue.toml", "p4.hocr"]
    assert not is_issue_file("scan.jpg") and is_issue_file("ISSUE.TOML")


def test_files_outside_the_registry_do_not_change_the_source_hash(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text("page", encoding="utf-8")
    before = source_hash(tmp_path)
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    assert source_hash(tmp_path) == before
    (tmp_path / "02.alto.xml").write_text("<alto/>", encoding="utf-8")
    assert source_hash(tmp_path) != before


def test_a_folder_of_alto_pages_is_found_as_an_issue(tmp_path: Path) -> None:
    alto_issue = tmp_path / "archive" / "1903-05-01"
    alto_issue.mkdir(parents=True)
    (alto_issue / "0001.alto.xml").write_text("<alto/>", encoding="utf-8")
    images = tmp_path / "archive" / "images"
    images.mkdir()
    (images / "0001.jpg").write_bytes(b"\xff\xd8\xff")
    assert list(discover_issues([tmp_path / "archive"])) == [alto_issue]


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
