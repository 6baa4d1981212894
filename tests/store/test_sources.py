"""Which files make up an issue: the store's folder scan asks the page-format registry."""

from __future__ import annotations

from pathlib import Path

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
