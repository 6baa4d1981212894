"""The page-format registry: names, patterns, sniffing, and refusing formats not supported yet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import InputError
from reader.parse import load_issue
from reader.parse.formats import (
    ALTO,
    FORMATS,
    HOCR,
    METS,
    PLAIN_TEXT,
    format_for_data,
    is_markup,
    is_page_name,
    page_patterns,
    root_element,
    sniff_format,
)
from tests.conftest import corpus_file

ALTO_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">'
METS_HEAD = b'<?xml version="1.0"?>\n<mets:mets xmlns:mets="http://www.loc.gov/METS/">'
HOCR_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"\n'
    b' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head>'
    b"<meta name='ocr-system' content='tesseract 5.3.0' /></head><body>"
    b"<div class='ocr_page' id='page_1'>"
)


def test_every_format_has_a_name_patterns_and_a_sniff() -> None:
    assert [f.name for f in FORMATS] == ["ALTO XML", "METS XML", "hOCR", "plain text"]
    for page_format in FORMATS:
        assert page_format.patterns and all(p == p.lower() for p in page_format.patterns)
    assert PLAIN_TEXT.supported
    assert not any(f.supported for f in (ALTO, METS, HOCR))
    assert page_patterns()[:2] == ["*.alto.xml", "*.alto"]
    assert "*.txt" in page_patterns()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (ALTO_HEAD, ALTO),
        (b"\xef\xbb\xbf" + ALTO_HEAD, ALTO),
        (ALTO_HEAD.decode().encode("utf-16"), ALTO),
        (METS_HEAD, METS),
        (HOCR_HEAD, HOCR),
        ("全国科技工作会议在京召开\n新华社北京1月13日电".encode(), PLAIN_TEXT),
        # A page whose text starts with printed markup is still a page of text.
        (b'<img src="file:///etc/passwd"> was printed on this page', PLAIN_TEXT),
        (b"<alto>", ALTO),
        (b"<html><body>no OCR classes here</body></html>", None),
        (b'<?xml version="1.0"?><!DOCTYPE fold [<!ENTITY g "&#xe111;">]><fold>', None),
    ],
)
def test_sniffing_reads_the_first_bytes(head: bytes, expected: object) -> None:
    assert sniff_format(head) is expected


def test_root_element_skips_the_prologue() -> None:
    assert root_element(b"  <!-- made by hand -->\n<?xml-model href='x'?><mets:mets>") == "mets"
    assert root_element(b"plain text") is None
    assert is_markup(HOCR_HEAD) and not is_markup(b"<b>bold</b> printed")


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("01.txt", True),
        ("PAGE.TXT", True),
        ("x.alto.xml", True),
        ("0007.xml", True),
        ("issue.mets.xml", True),
        ("p1.hocr", True),
        ("notes.md", False),
        ("scan.jpg", False),
        ("issue.toml", False),
    ],
)
def test_page_names_come_from_the_patterns(name: str, page: bool) -> None:
    assert is_page_name(name) is page


def test_an_unknown_document_is_refused_with_its_root(tmp_path: Path) -> None:
    path = tmp_path / "fold.xml"
    with pytest.raises(InputError) as caught:
        format_for_data(b'<?xml version="1.0"?>\n<fold>', path)
    assert str(caught.value).startswith(f"{path}: <fold> document is not a page format")


@pytest.mark.parametrize(
    ("relative", "name"),
    [
        ("alto/chronam-nytribune-1903-05-01-p1.alto.xml", "ALTO XML"),
        ("alto/chronam-nationaltribune-1898-11-10-p1.alto.xml", "ALTO XML"),
        ("hocr/newspaperworks-column-crop-mono.hocr", "hOCR"),
        ("mets/bl-antigallican-1811-01-27/bl-antigallican-1811-01-27.mets.xml", "METS XML"),
        # Content decides: this ALTO page is named only .xml.
        ("mets/bl-antigallican-1811-01-27/0002364_18110127_0001.xml", "ALTO XML"),
    ],
)
def test_real_pages_of_unsupported_formats_are_refused(relative: str, name: str) -> None:
    path = corpus_file(relative)
    with pytest.raises(InputError) as caught:
        load_issue(path)
    assert str(caught.value) == f"{path}: {name} is not supported yet"


def test_a_text_file_holding_alto_is_not_read_as_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(ALTO_HEAD + b"<Layout><Page/></Layout></alto>")
    with pytest.raises(InputError, match="ALTO XML is not supported yet"):
        load_issue(page)


def test_an_issue_folder_of_alto_pages_is_refused_not_empty(tmp_path: Path) -> None:
    (tmp_path / "0001.xml").write_bytes(ALTO_HEAD + b"</alto>")
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(InputError) as caught:
        load_issue(tmp_path)
    assert str(caught.value) == f"{tmp_path / '0001.xml'}: ALTO XML is not supported yet"


@pytest.mark.parametrize("suffix", [".alto.xml", ".hocr"])
def test_parse_command_says_not_supported_and_exits_2(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"x{suffix}"
    target.write_bytes(HOCR_HEAD if suffix == ".hocr" else ALTO_HEAD + b"</alto>")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(target)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stdout == ""
    name = "hOCR" if suffix == ".hocr" else "ALTO XML"
    assert proc.stderr.splitlines() == [f"broadsheet: {target}: {name} is not supported yet"]


def test_reading_the_registry_does_not_load_the_parser() -> None:
    code = (
        "import sys, reader.parse.formats\n"
        "heavy = ('reader.parse.assemble', 'reader.parse.decode', 'reader.text.cjk', 'PySide6')\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "import reader.store.sources\n"
        "print([m for m in heavy[:2] if m in sys.modules])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["[]", "[]"], proc.stderr
