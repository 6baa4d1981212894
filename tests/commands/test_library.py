"""``broadsheet library add|list|remove`` on the default store (moved to temporary folders)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

ZH_PAGE = (
    "全国科技工作会议在京召开\n\n新华社北京1月13日电 全国科技工作会议13日在京召开。\n"
    "量子信息和人工智能是重点。\n"
)
EN_PAGE = (
    "Bank Rates Rise Again\n\nLONDON, Jan. 13 — The Bank of England raised rates on Tuesday.\n"
)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def make_archive(root: Path, issues: int = 5) -> Path:
    for day in range(1, issues + 1):
        folder = root / f"2025-01-{day:02d}"
        folder.mkdir(parents=True)
        (folder / "01.txt").write_text(ZH_PAGE, encoding="utf-8")
        (folder / "02.txt").write_text(EN_PAGE, encoding="utf-8")
    return root


def test_add_a_folder_of_issues_then_list_json(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive")
    status, text = run("library", "add", str(archive))
    assert status == 0
    assert text.count("added") == 5
    status, text = run("library", "list", "--json")
    assert status == 0
    entries = json.loads(text)
    assert [e["date"] for e in entries] == [f"2025-01-{d:02d}" for d in range(5, 0, -1)]
    assert all(e["pages"] == 2 and e["present"] for e in entries)
    assert set(entries[0]) == {
        "path",
        "newspaper",
        "date",
        "pages",
        "stories",
        "added",
        "last_opened",
        "present",
    }


def test_adding_again_skips_unchanged_files_then_reads_the_cache(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive", issues=2)
    run("library", "add", str(archive))
    status, text = run("library", "add", str(archive))
    assert status == 0 and text.count("unchanged") == 2
    # Touched (new modification time, same bytes): hashed again, found in the cache, not parsed.
    page = archive / "2025-01-01" / "01.txt"
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    status, text = run("library", "add", str(archive))
    assert status == 0 and text.count("unchanged") == 1 and text.count("cached") == 1


def test_list_as_text_marks_missing_files(tmp_path: Path) -> None:
    page = tmp_path / "paper-2025-01-14.txt"
    page.write_text(EN_PAGE, encoding="utf-8")
    run("library", "add", str(page))
    page.unlink()
    status, text = run("library", "list")
    assert status == 0
    assert "2025-01-14" in text and "[files missing]" in text


def test_one_page_and_one_story_are_counted_in_the_singular(tmp_path: Path) -> None:
    """walk25: every one-page archive file was "1 pages" in `library add` and `library list`."""
    page = tmp_path / "paper-2025-01-14.txt"
    page.write_text(EN_PAGE, encoding="utf-8")
    status, added = run("library", "add", str(page))
    assert status == 0
    assert ": 1 page, 1 story — " in added, added
    status, listed = run("library", "list")
    assert status == 0
    assert "\t1 page\t1 story\t" in listed, listed
    assert "1 pages" not in added + listed and "1 stories" not in added + listed
    folder = make_archive(tmp_path / "archive", issues=1) / "2025-01-01"
    status, added = run("library", "add", str(folder))
    assert ": 2 pages, 2 stories — " in added, added


def test_rebuild_of_one_issue_counts_it_in_the_singular(tmp_path: Path) -> None:
    """walk27: `library rebuild` of a library of one issue said "rebuilt: 1 issues …"."""
    page = tmp_path / "paper-2025-01-14.txt"
    page.write_text(EN_PAGE, encoding="utf-8")
    assert run("library", "add", str(page))[0] == 0
    assert run("library", "rebuild") == (0, "rebuilt: 1 issue read into the cache\n")


def test_bad_path_is_one_line_on_stderr_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = make_archive(tmp_path / "archive", issues=1)
    status, text = run("library", "add", str(tmp_path / "nope"), str(archive))
    assert status == 2
    assert "added" in text  # the good one is still added
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == f"broadsheet: {tmp_path / 'nope'}: no such file or folder"
    assert err[1:] == [f"broadsheet: {err[1].removeprefix('broadsheet: ')}"]  # the summary
    assert "1 added" in err[1] and "1 failed" in err[1]


def test_report_file_names_each_failure_and_a_bad_report_path_stops_before_the_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = make_archive(tmp_path / "archive", issues=2)
    empty = archive / "2025-01-02" / "01.txt"
    empty.write_bytes(b"")
    (archive / "2025-01-02" / "02.txt").write_bytes(b"\x00\x01\x02 binary \xff" * 200)
    report_file = tmp_path / "report.json"
    status, text = run("library", "add", str(archive), "--report", str(report_file))
    assert status == 2 and text.count("added") == 1
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert (report["added"], report["pages"], report["cancelled"]) == (1, 2, False)
    (failed,) = report["failed"]
    assert failed["path"] == str((archive / "2025-01-02").resolve())
    assert failed["reason"].startswith(f"{failed['path']}/01.txt: ")
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("broadsheet: 2 issues: 1 added") and "1 failed" in err[-1]
    # A report that cannot be written is said before any issue is read, and nothing is added.
    other = make_archive(tmp_path / "other", issues=1)
    for target, reason in (
        (tmp_path / "no" / "report.json", f"folder {tmp_path / 'no'} does not exist"),
        (tmp_path, "is a folder; give a file name to write to"),
    ):
        status, text = run("library", "add", str(other), "--report", str(target))
        assert (status, text) == (2, "")
        assert capsys.readouterr().err == f"broadsheet: {target}: {reason}\n"
    status, text = run("library", "list", "--json")
    assert len(json.loads(text)) == 1


def test_remove_keeps_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = make_archive(tmp_path / "archive", issues=2)
    run("library", "add", str(archive))
    status, text = run("library", "remove", str(archive / "2025-01-01"))
    assert status == 0
    assert text == f"removed   2025-01-01 — {(archive / '2025-01-01').resolve()}\n"
    assert [e["date"] for e in json.loads(run("library", "list", "--json")[1])] == ["2025-01-02"]
    assert (archive / "2025-01-01" / "01.txt").exists()
    assert run("library", "remove", str(archive / "2025-01-01")) == (2, "")
    assert "not in the library" in capsys.readouterr().err


def test_remove_prints_each_issue_removed_and_json_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = make_archive(tmp_path / "archive", issues=3)
    run("library", "add", str(archive))
    listed = {e["path"]: e for e in json.loads(run("library", "list", "--json")[1])}
    capsys.readouterr()
    gone = [str(archive / "2025-01-01"), str(archive / "nowhere"), str(archive / "2025-01-03")]
    status, text = run("library", "remove", *gone)
    assert status == 2  # one path was not in the library; the others were still removed
    assert text.splitlines() == [
        f"removed   2025-01-01 — {archive.resolve() / '2025-01-01'}",
        f"removed   2025-01-03 — {archive.resolve() / '2025-01-03'}",
    ]
    assert capsys.readouterr().err == f"broadsheet: {archive / 'nowhere'}: not in the library\n"
    status, text = run("library", "remove", "--json", str(archive / "2025-01-02"))
    assert status == 0
    assert json.loads(text) == [listed[str(archive.resolve() / "2025-01-02")]]
    assert json.loads(run("library", "list", "--json")[1]) == []
    assert run("library", "remove", "--json", str(archive / "2025-01-02")) == (2, "[]\n")


def test_damaged_user_data_is_reported_and_the_command_still_works(
    tmp_path: Path, private_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = private_dirs / "data" / "broadsheet"
    data.mkdir(parents=True)
    (data / "userdata.sqlite3").write_bytes(b"\x00garbage" * 512)
    status, text = run("library", "list", "--json")
    assert status == 0 and json.loads(text) == []
    err = capsys.readouterr().err
    assert "bookmarks database was damaged" in err and "userdata.sqlite3.corrupt-" in err
    assert len(list(data.glob("userdata.sqlite3.corrupt-*"))) == 1


def test_real_command_in_a_subprocess(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive", issues=1)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "library", "add", str(archive)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "library", "list", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert [e["date"] for e in json.loads(listed.stdout)] == ["2025-01-01"]


def test_bookmarks_as_markdown_and_json(tmp_path: Path) -> None:
    from reader.store import Library

    archive = make_archive(tmp_path / "archive", issues=1)
    with Library.open_default() as library:
        opened = library.open_issue(archive / "2025-01-01")
        library.toggle_bookmark(opened, opened.issue.articles[0], note="see *this*")
    status, text = run("library", "bookmarks")
    assert status == 0
    assert text.startswith("# Bookmarks") and "see \\*this\\*" in text
    status, text = run("library", "bookmarks", "--format", "json")
    assert run("library", "bookmarks", "--json") == (status, text)
    [item] = json.loads(text)
    assert item["note"] == "see *this*" and item["state"] == "found"
