"""The page-format registry: names, patterns, sniffing, and refusing formats not supported yet."""

from __future__ import annotations

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
from reader.parse.lines import Block, Line
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
    assert all(f.supported for f in FORMATS)
    assert METS.issue_reader and not METS.reader
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


@pytest.mark.parametrize("name", ["fold.xml", "fold.XML", "fold.html", "fold.hocr"])
def test_a_markup_file_without_its_declaration_is_refused_too(tmp_path: Path, name: str) -> None:
    """No declaration, but a file named as markup that opens on a tag is that document."""
    path = tmp_path / name
    with pytest.raises(InputError) as caught:
        format_for_data(b"<fold><leaf>text</leaf></fold>", path)
    assert str(caught.value).startswith(f"{path}: <fold> document is not a page format")


def test_a_text_file_opening_on_a_tag_is_still_text(tmp_path: Path) -> None:
    data = b'<img src="file:///etc/passwd"> was printed on this page'
    assert format_for_data(data, tmp_path / "page.txt") is PLAIN_TEXT


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
def test_real_pages_of_every_format_open(relative: str, name: str) -> None:
    path = corpus_file(relative)
    assert format_for_data(path.read_bytes()[:8192], path).name == name
    issue = load_issue(path)
    assert issue.articles
    assert all(a.zones for a in issue.articles)


def test_a_text_file_holding_alto_is_read_as_alto(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(
        ALTO_HEAD + b'<Layout><Page WIDTH="100" HEIGHT="100"><PrintSpace><TextBlock ID="b">'
        b'<TextLine HPOS="1" VPOS="2" WIDTH="50" HEIGHT="9"><String CONTENT="Hello"/><SP/>'
        b'<String CONTENT="world."/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
    )
    issue = load_issue(page)
    assert issue.articles[0].paragraphs == ("Hello world.",)
    assert issue.pages[0].image_size == (100, 100)


def test_an_empty_alto_page_is_an_empty_page(tmp_path: Path) -> None:
    (tmp_path / "0001.xml").write_bytes(ALTO_HEAD + b"</alto>")
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    issue = load_issue(tmp_path)
    assert [p.articles for p in issue.pages] == [()]


def test_a_mets_file_is_not_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "x.mets.xml"
    path.write_bytes(METS_HEAD + b"</mets:mets>")
    with pytest.raises(InputError) as caught:
        METS.read(path.read_bytes(), path)
    assert str(caught.value) == f"{path}: a METS XML file is an issue, not a page: open it"
    with pytest.raises(InputError, match="METS names no ALTO pages"):
        load_issue(path)


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


def test_the_lazily_loaded_parser_is_visible_to_a_bundlers_analysis(tmp_path: Path) -> None:
    """A frozen app holds only what static analysis finds: the registry's readers and
    ``reader.parse``'s entry points are imported by plain statements, never from strings."""
    import modulefinder

    entry = tmp_path / "entry.py"
    entry.write_text("from reader.parse import load_issue, formats\n", encoding="utf-8")
    root = str(Path(__file__).resolve().parents[2])
    finder = modulefinder.ModuleFinder(
        path=[root, *sys.path],
        excludes=["PySide6", "jieba", "unittest", "email", "http", "xml", "pydoc", "asyncio"],
    )
    finder.run_script(str(entry))
    for module in ("reader.parse.issue", "reader.parse.formats.text", "reader.parse.assemble"):
        assert module in finder.modules, module


def test_a_foot_folio_with_its_page_before_its_section_is_furniture() -> None:
    # zh41: a Taiwanese daily's last line names its page, then its section ("A1 要聞"), as a
    # Singapore daily's names the section first ("新加坡新闻 A3").
    from reader.parse import parse_page_text
    from reader.parse.formats.text import is_foot_folio

    assert is_foot_folio("A1 要聞") and is_foot_folio("B12 體育")
    assert not is_foot_folio("A1 要聞版今天起全新改版呈現")  # a sentence, no section's name
    page = parse_page_text("市場動態\n〔本報訊〕菜價本週持續下跌，民眾採買意願提高。\nA2 綜合\n")
    assert "A2綜合" in page.furniture or "A2 綜合" in page.furniture


# --- bbb42: a paragraph cut by a column's end runs on across the block OCR read between ---


def _block(*texts: str) -> Block:
    return Block(tuple(Line(n, t, False, 1) for n, t in enumerate(texts, 1)), False, False)


def test_a_paragraph_cut_by_a_column_runs_on_into_the_next_block() -> None:
    from reader.parse.formats.text import _cut_by_column

    assert _cut_by_column(
        _block("Residents near the", "wharf said they had waited"),
        _block("ten years for a barrier.", "Continued on A3"),
    )
    # near misses: the block above closes its sentence; the block below opens on a capital;
    # the block below is one line (a scrap, not a column's top)
    assert not _cut_by_column(
        _block("Residents near the", "wharf said so."), _block("ten years on.", "More")
    )
    assert not _cut_by_column(
        _block("Residents near the", "wharf said they had waited"),
        _block("Ten years later the", "barrier was built."),
    )
    assert not _cut_by_column(_block("Residents near the", "wharf said"), _block("ten"))


def test_a_block_opening_a_sentence() -> None:
    from reader.parse.reflow import block_opens_sentence

    assert block_opens_sentence(_block("A 9-year-old boy was bitten by a", "dog on Tuesday."))
    assert block_opens_sentence(_block("The council will meet on", "Monday to vote."))
    # near misses: a name opening the block; a figure after the article with no word joined
    # to it; a block of one line
    assert not block_opens_sentence(_block("Mere Kahu said the", "council had voted."))
    assert not block_opens_sentence(_block("A 1916 law says the", "council may vote."))
    assert not block_opens_sentence(_block("The council will meet."))


def test_a_foot_folio_naming_the_paper_and_the_date_is_furniture() -> None:
    # A Hong Kong daily's last line: page, section, the paper's name, the date.
    from reader.parse import parse_page_text
    from reader.parse.formats.text import is_foot_folio

    assert is_foot_folio("A1 要聞 東方時報 2026年3月9日")
    assert is_foot_folio("B2 財經 2026年3月9日 星期一")
    assert not is_foot_folio("A1 要聞 東方時報今日起加價")  # no date: a sentence
    page = parse_page_text(
        "巴士路線重組\n"
        "【本報訊】運輸署宣布，三條巴士路線下月重組。\n"
        "\n"
        "A2 港聞 東方時報 2026年3月9日\n"
    )
    assert any("東方時報" in line for line in page.furniture)


def test_a_section_flag_under_an_inside_folio_is_furniture() -> None:
    # Branch en43: an inside page's section name alone in capitals, in a block of its own
    # under the folio, is furniture, not the first story's head or kicker.
    from reader.parse import parse_page_text

    text = (
        "C2 | The Harbor City Ledger | Thursday, March 5, 2026\n\n"
        "SPORTS\n\n"
        "Rowers take regatta by two lengths\n"
        "By Dana Cole\n"
        "HARBOR CITY - The city's rowing club won the spring regatta on\n"
        "Sunday, beating the defending champions by two lengths.\n"
    )
    page = parse_page_text(text)
    assert "SPORTS" in page.furniture
    story = page.articles[0]
    assert story.headline == "Rowers take regatta by two lengths"
    assert story.kicker is None
    # near miss: a capitals head of more than a section's name stays the story's
    headed = parse_page_text(text.replace("SPORTS\n", "ROWERS WIN\n"))
    assert "ROWERS WIN" not in headed.furniture
