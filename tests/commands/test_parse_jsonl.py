"""``broadsheet parse PATH… --jsonl``: one JSON object per page, the same parse as --json."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.store.test_importer import chronam_day, text_archive


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        status = main(list(argv), out=out)
    finally:
        sys.stdin = old
    return status, out.getvalue()


def test_each_page_is_a_line_holding_what_parse_json_prints(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 3)
    (archive / "2025-01-02" / "02.txt").write_text("Second Page\n\nMore news.\n", "utf-8")
    status, text = run("parse", "--jsonl", "--jobs", "2", str(archive))
    assert status == 0
    lines = [json.loads(line) for line in text.splitlines()]
    assert [(Path(r["source"]).name, r["page"]["number"]) for r in lines] == [
        ("2025-01-01", 1),
        ("2025-01-02", 1),
        ("2025-01-02", 2),
        ("2025-01-03", 1),
    ]
    one = json.loads(run("parse", str(archive / "2025-01-02"))[1])
    assert [r["page"] for r in lines[1:3]] == one["pages"]
    assert lines[1]["page_count"] == 2 and lines[1]["date"] == one["date"]


def test_globs_and_a_list_on_stdin(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 3)
    status, text = run("parse", "--jsonl", "--jobs", "1", str(archive / "2025-01-0[12]"))
    assert status == 0 and len(text.splitlines()) == 2
    listed = f"{archive / '2025-01-03'}\n\n{archive / '2025-01-01'}\n"
    status, text = run("parse", "--jsonl", "-", stdin=listed)
    assert status == 0
    assert [Path(json.loads(t)["source"]).name for t in text.splitlines()] == [
        "2025-01-03",
        "2025-01-01",
    ]


def test_a_chronicling_america_day_is_one_line_per_paper(tmp_path: Path) -> None:
    day = chronam_day(tmp_path)
    status, text = run("parse", "--jsonl", "-j", "2", str(day))
    assert status == 0
    lines = [json.loads(t) for t in text.splitlines()]
    assert len(lines) == 4 and all(r["newspaper"] and r["date"] == "1916-02-01" for r in lines)


def test_bad_files_are_one_line_each_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = text_archive(tmp_path / "archive", 2)
    (archive / "2025-01-01" / "01.txt").write_bytes(b"")
    status, text = run("parse", "--jsonl", str(archive), str(tmp_path / "nope"))
    assert status == 2 and len(text.splitlines()) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("broadsheet: /") for line in err)


def test_several_paths_need_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = text_archive(tmp_path / "archive", 2)
    status, _ = run("parse", str(archive / "2025-01-01"), str(archive / "2025-01-02"))
    assert status == 2 and "one PATH at a time" in capsys.readouterr().err


def test_piped_from_a_real_process(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 4)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "parse", "--jsonl", "--jobs", "2", str(archive)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 4 and done.stderr == ""
