"""``broadsheet parse``: JSON schema, other formats, and exit status 2 for bad input."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import corpus_file

ARTICLE_KEYS = {
    "id", "kind", "kicker", "headline", "subheadline", "byline", "byline_names", "dateline",
    "credit", "paragraphs", "continued_to", "continued_from", "source_lines",
    "confidence",
}  # fmt: skip
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "zh-daily"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_json_schema_has_every_key() -> None:
    status, text = run("parse", str(SAMPLE))
    assert status == 0
    data = json.loads(text)
    assert set(data) == {"source", "newspaper", "date", "pages"}
    assert data["newspaper"] == "晨星科技报"
    for page in data["pages"]:
        assert set(page) == {"number", "name", "articles", "furniture", "unplaced"}
        for article in page["articles"]:
            assert set(article) == ARTICLE_KEYS
            assert isinstance(article["paragraphs"], list)
    links = [a["continued_to"] for p in data["pages"] for a in p["articles"] if a["continued_to"]]
    assert {"page": 3, "text": "（下转第3版）"} in links


def test_json_flag_is_the_json_format() -> None:
    # `search` and `library list` print JSON with --json: `parse` takes it too.
    assert run("parse", str(SAMPLE), "--json") == run("parse", str(SAMPLE), "--format", "json")
    assert run("parse", str(SAMPLE), "-f", "text", "--json")[1].startswith("{")


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_other_formats_show_everything(fmt: str) -> None:
    status, text = run("parse", str(SAMPLE), "--format", fmt)
    assert status == 0
    assert "春灌用水实现“一网统管”" in text
    assert "责任编辑：赵敏" in text  # furniture is shown too


def test_seed_page_markdown(seed_page: Path) -> None:
    status, text = run("parse", str(seed_page), "-f", "markdown")
    assert status == 0
    assert "## 全国科技工作会议在京召开" in text


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p / "missing.txt", "no such file or folder"),
        (lambda p: p, "folder has no page files"),
        # Formats the registry reads, broken: refused, never shown as text.
        (
            lambda p: _write(p / "x.alto.xml", b'<?xml version="1.0"?>\n<alto><Layout>'),
            "not well-formed XML",
        ),
        (
            lambda p: _write(p / "x.hocr", b"<html><div class='ocr_page'>"),
            "not well-formed XML",
        ),
    ],
)
def test_bad_input_exit_2_with_one_line(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    target = make(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(target)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(target) in lines[0] and reason in lines[0]
    assert "Traceback" not in proc.stderr


def test_binary_file_exit_2(tmp_path: Path) -> None:
    page = tmp_path / "scan.txt"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    status, _ = run("parse", str(page))
    assert status == 2


def test_output_is_utf8_in_a_subprocess(seed_page: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "LANG", "LC_ALL")}
    env["LC_ALL"] = "C"
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(seed_page)],
        capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0
    assert "全国科技工作会议在京召开".encode() in proc.stdout


def batch_tree(root: Path) -> Path:
    """A Chronicling America batch (``LCCN/YYYY/MM/DD/ed-N/seq-N/ocr.txt``) of two real pages of
    two papers, copied from the corpus into ``root``."""
    day = corpus_file("chronam-1916-02/19160201/sn82014682-ed-1_seq-1.txt").parent
    for name in ("sn82014682-ed-1_seq-1.txt", "sn83025121-ed-1_seq-1.txt"):
        seq = root / name.split("-")[0] / "1916" / "02" / "01" / "ed-1" / "seq-1"
        seq.mkdir(parents=True)
        shutil.copy(day / name, seq / "ocr.txt")
    return root


def test_a_folder_of_several_issues_says_how_many_and_what_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = batch_tree(tmp_path / "batch root")
    assert run("parse", str(batch)) == (2, "")
    err = capsys.readouterr().err
    assert err == (
        f"broadsheet: {batch}: folder holds 2 issues, not one: parse them all with "
        f"`broadsheet parse --jsonl '{batch}'`, or add them with `broadsheet library add "
        f"'{batch}'`\n"
    )
    # what the message says to run reads both (as the library does)
    status, text = run("parse", "--jsonl", str(batch))
    assert status == 0 and len(text.splitlines()) == 2
    # a title folder holding one issue names it; that issue parses
    title = batch / "sn83025121"
    edition = title / "1916" / "02" / "01" / "ed-1"
    assert run("parse", str(title)) == (2, "")
    err = capsys.readouterr().err
    assert err == (
        f"broadsheet: {title}: folder holds 1 issue, in a folder inside it: "
        f"`broadsheet parse '{edition}'`\n"
    )
    status, text = run("parse", str(edition))
    assert status == 0 and json.loads(text)["date"] == "1916-02-01"


def test_a_folder_of_issue_folders_is_named_and_an_empty_folder_still_says_no_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for day in ("2025-01-01", "2025-01-02", "2025-01-03"):
        (tmp_path / "archive" / day).mkdir(parents=True)
        (tmp_path / "archive" / day / "01.txt").write_text("Rates Rise\n\nThe bank said so.\n")
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    assert run("parse", str(tmp_path / "archive"))[0] == 2
    assert "folder holds 3 issues, not one" in capsys.readouterr().err
    assert run("parse", str(tmp_path / "empty"))[0] == 2
    assert capsys.readouterr().err == (
        f"broadsheet: {tmp_path / 'empty'}: folder has no page files (expected 01.txt, 02.txt …)\n"
    )
