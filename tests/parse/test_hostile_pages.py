"""Hostile pages and issue folders: FIFOs, odd issue.toml values, one bad byte in a good page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import InputError
from reader.parse import load_issue
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page

PAGE = "全国科技工作会议在京召开\n\n 新华社北京1月13日电 全国科技工作会议13日在京召开。\n"
LONG_PAGE = PAGE + "量子信息和人工智能是今年的重点，会议要求扎实推进科技强国建设。\n" * 20


def _broadsheet(*argv: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def test_a_fifo_given_as_a_page_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_issue(fifo)
    done = _broadsheet("parse", str(fifo))  # before the fix: hangs until the timeout
    assert done.returncode == 2
    assert done.stderr.strip() == f"broadsheet: {fifo}: not a regular file (a FIFO)"


def test_a_fifo_as_issue_toml_is_refused_without_opening_it(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(tmp_path / "issue.toml")
    with pytest.raises(InputError, match=r"issue\.toml: not a regular file"):
        load_issue(tmp_path)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[pages]\n99999999999 = "x"\n', r"issue\.toml: invalid issue\.toml \(pages\.99999999999:"),
        ('[pages]\n0 = "x"\n', r"\(pages\.0: page numbers run from 1 to 9999\)"),
        ('date = "2025-13-45"\n', r"\(date: '2025-13-45' is not a date YYYY-MM-DD\)"),
        ('date = "next tuesday"\n', r"\(date: 'next tuesday' is not a date"),
        ("date = 2025-02-30\n", r"invalid issue\.toml"),  # TOML itself refuses this one
        ('newspaper = ["a", "b"]\n', r"\(newspaper: expected text, found a list\)"),
    ],
)
def test_issue_toml_values_are_checked_and_the_key_named(
    tmp_path: Path, toml: str, message: str
) -> None:
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "issue.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_issue(tmp_path)


def test_a_toml_date_value_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "issue.toml").write_text("date = 2025-03-18\n", encoding="utf-8")
    assert load_issue(tmp_path).date == "2025-03-18"


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_one_bad_byte_does_not_hide_a_page(tmp_path: Path, where: float) -> None:
    data = LONG_PAGE.encode("utf-8")
    cut = int(len(data) * where)
    while data[cut] & 0xC0 == 0x80:  # at a character boundary, so exactly one byte is bad
        cut += 1
    damaged = data[:cut] + b"\xff" + data[cut:]
    page_file = tmp_path / "01.txt"
    page_file.write_bytes(damaged)
    issue = load_issue(page_file)
    [page] = issue.pages
    line = damaged[:cut].count(b"\n") + 1
    assert page.damaged == (f"line {line}: 1 byte that is not UTF-8 (ff), shown as \ufffd",)
    text = decode_page(damaged)
    assert text.replace("\ufffd", "") == LONG_PAGE
    lost, added = lost_and_added(text, page)
    assert not lost and not added  # nothing lost: the mark is in the parse
    done = _broadsheet("parse", str(page_file))
    assert done.returncode == 0
    warning = f"line {line}: 1 byte that is not UTF-8 (ff), shown as \ufffd"
    assert done.stderr == f"broadsheet: {page_file}: {warning}\n"


def test_mostly_bad_bytes_are_still_refused() -> None:
    with pytest.raises(InputError, match="cannot decode"):
        decode_page(bytes(range(0x80, 0x100)) * 8 + b"abc\n")


def test_a_gbk_name_in_an_english_page_is_still_gbk() -> None:
    text = "By ZHANG Wei 张伟\n" + "The Bank of England raised rates on Tuesday.\n" * 20
    assert decode_page(text.encode("gbk")) == text


def test_vertical_chinese_read_as_horizontal_lines_loses_nothing() -> None:
    # Tesseract's text of a 1940 fold set in vertical type: character salad, a space between
    # characters, OCR marks alone on lines. It parses; every character is kept somewhere.
    from tests.conftest import corpus_file

    path = corpus_file("hocr/jingbao-1940-04-30-f0002-0003.tesseract-chi_tra_vert.txt")
    text = decode_page(path.read_bytes(), path)
    page = load_issue(path).pages[0]
    lost, _added = lost_and_added(text, page)
    assert not lost
    assert page.articles


def test_a_short_big5_page_is_read_as_big5_and_a_doubtful_guess_is_said(tmp_path: Path) -> None:
    # walkzh24: a two-line Big5 page came out as GBK mojibake (浆郡ガ氨…), exit 0, no word.
    big5 = tmp_path / "big5.txt"
    big5.write_bytes("花蓮縣宣布停班停課\n颱風逼近\n".encode("big5"))
    done = _broadsheet("parse", "--format", "text", str(big5))
    assert done.returncode == 0
    assert "花蓮縣宣布停班停課" in done.stdout
    assert done.stderr == ""
    # Thirteen GBK characters could as well be EUC-JP: read as GB18030, and said.
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("北京图书馆举办古籍修复特展\n".encode("gbk"))
    done = _broadsheet("parse", "--format", "text", str(gbk))
    assert done.returncode == 0
    assert "北京图书馆举办古籍修复特展" in done.stdout
    assert done.stderr == (
        f"broadsheet: {gbk}: encoding guessed as GB18030 (the bytes are not UTF-8; EUC-JP was "
        "close): check the text, or save the page as UTF-8\n"
    )
    [page] = load_issue(gbk).pages
    assert page.damaged == (done.stderr.split(": ", 2)[2].rstrip("\n"),)
