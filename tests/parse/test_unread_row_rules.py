"""Heads and decks given to their own stories on 1916 pages (branch ``histh49``, issue 9).

OCR reads a rule, an ornament or a scrap of a neighbouring column over a 1916 head as one
short row of capitals letters holding no word (``TT TTV T IV T SM r"-``, ``I ED``, ``XXX``,
``TH``); the row was read as the stack's head, so it took the headline and the head itself
was left as the deck. Real pages are unseen front pages of the corpus the rule was read on,
not tuned on.
"""

from __future__ import annotations

import pytest

from reader.model import Article, Page
from reader.parse import load_issue, parse_page_text
from reader.parse.assemble import Title, _unread_row_over_head
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page
from tests.conftest import corpus_file

_ABOVE = (
    "He declared American battleships\n"
    "the equal of any in the world, and\n"
    "the officers and men efficient.\n"
)

_CAPITALS = "FRENCH CLAIM GERMANS DRIVEN\nFROM CAPTURED VERDUN FORT\n"
_TITLE_CASE = "Workmen's Compensation Act\nAffects Employers and Workmen\n"
_DISPATCH = (
    "Paris, Feb. 26. The French war\n"
    "office announced tonight that the\n"
    "Germans had been driven from the\n"
    "fort they took on Friday morning.\n"
)
_LOCAL = (
    "Now that the spring improvement\n"
    "season is near at hand, residents\n"
    "of Oregon engaged in such work\n"
    "should take notice of the new act.\n"
)


def _story(text: str, marker: str) -> Article:
    (article,) = [
        article
        for article in parse_page_text(text).articles
        if any(marker in paragraph for paragraph in article.paragraphs)
    ]
    return article


@pytest.mark.parametrize("row", ["N E E S", "I ED", "XXX", "TT TTV T IV T SM", "II I 1 M"])
def test_a_row_of_garble_over_a_capitals_head_is_no_head(row: str) -> None:
    text = _ABOVE + row + "\n" + _CAPITALS + _DISPATCH
    page = parse_page_text(text)
    article = _story(text, "war office")
    assert article.headline == "FRENCH CLAIM GERMANS DRIVEN FROM CAPTURED VERDUN FORT"
    assert article.subheadline is None
    assert row in page.unplaced


@pytest.mark.parametrize("row", ["TT TTV T IV T SM", "E WA"])
def test_a_row_of_garble_over_a_title_case_head_is_no_head(row: str) -> None:
    text = _ABOVE + row + "\n" + _TITLE_CASE + _LOCAL
    page = parse_page_text(text)
    article = _story(text, "spring improvement")
    assert article.headline == "Workmen's Compensation Act Affects Employers and Workmen"
    assert row in page.unplaced


def _pair(row: str, head: str, style: str, lines: int = 1) -> list[Title]:
    top = Title(row, "caps", 10, 10, lines=[10])
    under = Title(head, style, 11, 10 + lines, lines=list(range(11, 11 + lines)))
    return [top, under]


@pytest.mark.parametrize(
    ("row", "head", "style", "lines"),
    [
        # a row holding a word, or a run of four letters (a head OCR garbled, not a scrap)
        ("WAR", "FRENCH CLAIM GERMANS DRIVEN", "caps", 1),
        ("LA III I) DKCMVKS j", "VOMINATION FOR PRESIDENCY", "caps", 1),
        # a row wider than a column's head (a masthead's, an ad's)
        ("I II I I I II I I I II I I I I II I I", "FRENCH CLAIM GERMANS DRIVEN", "caps", 1),
        # over a wire's credit or a dateline read as a title
        ("TO GO", "Republican A. P. Leased Wire", "mixed", 1),
        ("I US.", "SAN DIEGO, Calif., Feb. 6.", "caps", 1),
        # over a cartoon's credit
        ("I M* Vf'/", "— Chapin in St. Louis Republic.", "mixed", 1),
        # over a title-case deck of several lines closed by its stop
        ("KMC", "Who Has Relatives in This County is Dead at Home.", "mixed", 2),
        # over a line that reads as no head: one word, prose
        ("TH", "FRENCH", "caps", 1),
        ("TH", "the officers and men were efficient", "mixed", 1),
    ],
)
def test_near_misses_keep_the_row(row: str, head: str, style: str, lines: int) -> None:
    assert _unread_row_over_head(_pair(row, head, style, lines)) is None


def test_the_pair_itself_is_read() -> None:
    titles = _pair("I ED", "TELLS THRILLING TALE OF ESCAPE", "caps")
    assert _unread_row_over_head(titles) is titles[0]


def test_a_modern_page_keeps_its_kicker_of_initials() -> None:
    # (a modern kicker of initials reads no word: "NHS" over a head; the rule is asked on a
    # page not found modern only)
    text = (
        "NHS\n"
        "\n"
        "Waiting Lists Grow Again in the Spring\n"
        "\n"
        "By Jane Smith, Health Correspondent\n"
        "\n"
        "Waiting lists at the county's hospitals grew again this spring, figures\n"
        "published on Tuesday show, with more than four thousand patients waiting.\n"
    )
    page = parse_page_text(text)
    assert "NHS" not in page.unplaced


def _page(relative: str) -> tuple[Page, str]:
    path = corpus_file("chronam-1916-02/" + relative)
    return load_issue(path).pages[0], decode_page(path.read_bytes())


#: Real unseen pages: (page, the head now heading its story).
_ROW_CASES = [
    ("19160227/sn84020558", "FRENCH CLAIM GERMANS DRIVEN FROM CAPTURED VERDUN FORT"),
    ("19160203/sn88076525", "RAMSEY COUNTY MAN LOSES REASON AND IS TAKEN BE FORE BOARD."),
    ("19160217/sn93067671", "A Few Dots From Six Mile"),
    ("19160222/sn85052023", "HELM PUSHING PUBLIC BUILDINGS BILL"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline"), _ROW_CASES)
def test_a_real_row_of_garble_over_a_head_is_no_head(page_name: str, headline: str) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    assert [a for a in page.articles if a.headline == headline]
    assert not lost_and_added(text, page)[0]
