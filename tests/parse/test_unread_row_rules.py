"""Heads and decks given to their own stories on 1916 pages (branch ``histh49``, issue 9).

OCR reads a rule, an ornament or a scrap of a neighbouring column over a 1916 head as one
short row of capitals letters holding no word (``TT TTV T IV T SM r"-``, ``I ED``, ``XXX``,
``N E E S``), and a daily's ear line (``14 PAGES CITY EDITION``, ``PRICE TWO CENTS``) stands
straight over the page's first head; the row or the ear was read as the stack's head, so it
took the headline and the head itself was left as the deck. Real pages are unseen front pages
of the corpus the rule was read on, not tuned on.
"""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import load_issue, parse_page_text
from reader.parse.assemble import _EAR_LINE, Title, _unread_row_over_head
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page
from tests.conftest import corpus_file
from tests.parse.stories import story_holding

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


@pytest.mark.parametrize("row", ["N E E S", "I ED", "XXX", "TT TTV T IV T SM", "II I 1 M"])
def test_a_row_of_garble_over_a_capitals_head_is_no_head(row: str) -> None:
    text = _ABOVE + row + "\n" + _CAPITALS + _DISPATCH
    page = parse_page_text(text)
    article = story_holding(text, "war office")
    assert article.headline == "FRENCH CLAIM GERMANS DRIVEN FROM CAPTURED VERDUN FORT"
    assert article.subheadline is None
    assert row in page.unplaced


@pytest.mark.parametrize("row", ["TT TTV T IV T SM", "E WA"])
def test_a_row_of_garble_over_a_title_case_head_is_no_head(row: str) -> None:
    text = _ABOVE + row + "\n" + _TITLE_CASE + _LOCAL
    page = parse_page_text(text)
    article = story_holding(text, "spring improvement")
    assert article.headline == "Workmen's Compensation Act Affects Employers and Workmen"
    assert row in page.unplaced


@pytest.mark.parametrize(
    "ear",
    [
        "14 PAGES CITY EDITION",
        "FOURTEEN PAGES TODAY.",
        "HOME EDITION",
        "PRICE TWO CENTS",
        "P R I C E FIVE CENTS",
        "PJiICJE, ONE CENT.",
        "SINGLE COPY FIVE CENTS.",
    ],
)
def test_an_ear_line_over_the_first_head_is_no_head(ear: str) -> None:
    text = _ABOVE + ear + "\n" + _CAPITALS + _DISPATCH
    page = parse_page_text(text)
    article = story_holding(text, "war office")
    assert article.headline == "FRENCH CLAIM GERMANS DRIVEN FROM CAPTURED VERDUN FORT"
    # (unplaced; an ear's line the furniture rules know already goes there)
    assert ear in page.unplaced or ear in page.furniture


@pytest.mark.parametrize(
    "head",
    [
        # heads that tell of cents or pages
        "EGGS AT THIRTY CENTS",
        "LIVES ON 15 CENTS A DAY",
        "10-CENT FARE",
        "FIVE CENTS FOR HORSE.",
        "PRICE ADVANCED TEN CENTS",
        "FARES CUT TWO CENTS",
        "PAGES TWO, THREE AND FOUR.",
        "WAR AT A GLANCE HOME EDITION",
    ],
)
def test_a_head_telling_of_cents_is_no_ear_line(head: str) -> None:
    assert _EAR_LINE.match(head) is None


@pytest.mark.parametrize(
    "under",
    # the ear's next line, the masthead's volume line
    ["SINGLE COPY FIVE CENTS.", "VOL. LVIII-NO. 34", "DAILY EVENING EDITION"],
)
def test_an_ear_line_over_another_ear_line_stays(under: str) -> None:
    assert _unread_row_over_head(_pair("FOURTEEN PAGES TODAY.", under, "caps")) is None


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
    # an ear's line over the page's first head
    ("19160201/sn85038411", 'PRETTY GIRL IS SOLD AT AUCTION BY "PLUG UGLY"'),
    ("19160220/sn85042344", "GERMAN SPY IS AG IAN CAUGHT BY N, Y. POLICE"),
    ("19160214/sn91066782", "BRITISH CRUISER SLOST"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline"), _ROW_CASES)
def test_a_real_row_or_ear_over_a_head_is_no_head(page_name: str, headline: str) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    assert [a for a in page.articles if a.headline == headline]
    assert not lost_and_added(text, page)[0]
