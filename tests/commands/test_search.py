"""``broadsheet search QUERY [--json]`` over the library."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main

PAGES = {
    "2025-01-14": "全国科技工作会议在京召开\n\n新华社北京1月13日电 全国科技工作会议13日在京召开。\n"
    "量子信息和人工智能是今年的重点。\n",
    "2025-01-15": "Bank Rates Rise Again\n\nLONDON, Jan. 13 — The Bank of England raised rates "
    "on Tuesday. Banking shares fell.\n",
}


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


@pytest.fixture
def library(tmp_path: Path) -> Path:
    for date, text in PAGES.items():
        folder = tmp_path / "issues" / date
        folder.mkdir(parents=True)
        (folder / "01.txt").write_text(text, encoding="utf-8")
    assert run("library", "add", str(tmp_path / "issues"))[0] == 0
    return tmp_path / "issues"


@pytest.mark.parametrize("query", ["科技", "人工智能", "量子信息", "量子"])
def test_json_hits_carry_what_a_script_needs(library: Path, query: str) -> None:
    status, text = run("search", query, "--json")
    assert status == 0
    [hit] = json.loads(text)
    assert hit["headline"] == "全国科技工作会议在京召开"
    assert hit["date"] == "2025-01-14"
    assert hit["page"] == 1
    assert hit["article_id"].startswith("p1-")
    assert "newspaper" in hit
    snippet = hit["snippet"]
    start, end = snippet["spans"][0]
    assert snippet["text"][start:end] == query
    assert hit["source"] == str((library / "2025-01-14").resolve())


def test_english_case_folding_and_all_words_required(library: Path) -> None:
    assert len(json.loads(run("search", "BANK", "--json")[1])) == 1
    assert len(json.loads(run("search", "bank", "rates", "--json")[1])) == 1
    assert json.loads(run("search", "bank", "科技", "--json")[1]) == []


def test_quoted_phrase(library: Path) -> None:
    assert len(json.loads(run("search", '"raised rates"', "--json")[1])) == 1
    assert json.loads(run("search", '"rates raised"', "--json")[1]) == []


def test_text_output_marks_hits(library: Path) -> None:
    status, text = run("search", "人工智能")
    assert status == 0
    assert "全国科技工作会议在京召开" in text and "[人工智能]" in text and "2025-01-14" in text


@pytest.mark.parametrize(
    ("query", "message"),
    [('"unclosed', "unbalanced quote"), ("  ", "empty query"), ("，。！", "only punctuation")],
)
def test_malformed_query_is_a_short_message_and_exit_2(
    library: Path, capsys: pytest.CaptureFixture[str], query: str, message: str
) -> None:
    status, text = run("search", query)
    assert status == 2 and text == ""
    err = capsys.readouterr().err.strip()
    assert err.startswith("broadsheet: ") and message in err and "\n" not in err
    assert err.startswith(f"broadsheet: search {json.dumps(query, ensure_ascii=False)}: "), err


def test_a_hit_on_a_page_named_by_its_folio_names_it(tmp_path: Path) -> None:
    # The window heads this page "第A3版" (its folio); the terminal said "p.1".
    folder = tmp_path / "issues" / "2025-10-07"
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(
        "第A3版\n\n圖書館今日閉館\n\n市立圖書館今日閉館，颱風過後恢復開放，請讀者留意公告。\n",
        encoding="utf-8",
    )
    assert run("library", "add", str(tmp_path / "issues"))[0] == 0
    status, text = run("search", "圖書館")
    assert status == 0 and "2025-10-07 第A3版)" in text, text
    [hit] = json.loads(run("search", "圖書館", "--json")[1])
    assert (hit["page"], hit["page_name"]) == (1, "第A3版")
