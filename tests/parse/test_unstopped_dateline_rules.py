"""A wire dateline with no stop after its day opens its paragraph (branch ``real30``, issue 9).

A 1916 daily sets a short wire item under a one-line capitals head, its dateline run into the
first words; OCR (or the printer) often leaves no stop or dash after the day ("TORREON, Feb. 19
Employees of the …", "WASHINGTON. Feb. 19 More evi…"). The place in capitals, the month's
abbreviation and a day in clean figures before a sentence's opening make the dateline; a sale's
day of the week, a year, a name in small capitals, a place OCR damaged as well and a sentence
that does not follow are not one.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import match_dateline, match_unstopped_day_dateline
from tests.parse.test_route_dateline_rules import assert_opens_on_dateline

#: Openings shaped as a mining-town daily prints them (our own places and words), and the
#: dateline read from each.
_OPENINGS = [
    ("TOMBSTONE, Mar. 4 Miners of the upper", "TOMBSTONE, Mar. 4"),
    ("SILVER CITY. Mar. 4 Word came here", "SILVER CITY. Mar. 4"),
    ("OGDEN, Mar. 4 An Omaha dispatch", "OGDEN, Mar. 4"),
    ("EL CENTRO. Mar. 4 Hilda M. Farrow, the", "EL CENTRO. Mar. 4"),
    ("ST. JOSEPH, Mar. 4 The sheriff", "ST. JOSEPH, Mar. 4"),
    ("PRESCOTT, Ariz., Mar. 14 The grand jury", "PRESCOTT, Ariz., Mar. 14"),
    ("CAMDEN, N. J., Mar. 14 A fire that", "CAMDEN, N. J., Mar. 14"),
]


@pytest.mark.parametrize(("text", "dateline"), _OPENINGS)
def test_a_dateline_with_no_stop_after_its_day_is_read(text: str, dateline: str) -> None:
    assert_opens_on_dateline(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        # a sale's day of the week
        "SATURDAY, Mar. 4 Only the best goods at",
        # a year after the day
        "TOMBSTONE, Mar. 4 1916",
        # small letters at once: no sentence's opening
        "TOMBSTONE, Mar. 4 and the rest of it",
        # a sale's day of the week in title case (a place in title case is read since branch
        # histp49: test_wire_dateline_forms_rules)
        "Saturday, Mar. 4 Only the best goods at",
        # a part OCR damaged as well (its stop read as a hyphen)
        "WASHINGTON. D. C- Mar. 4 In a note",
        # the line ends before any word in small letters: a name, a route or OCR's garble
        "OGDEN, Mar. 4 An Omaha",
        "OGDEN, Mar. 4 I Via Lon",
        # a wire's route whose bracket OCR lost: where the dateline ends cannot be told
        "OGDEN, Mar. 4 By Wireless to Sayville.) The",
        "OGDEN, Mar. 4 Via London, 8:18 p. m.) Reports",
        # capitalised words run on past four: a list of names, no sentence
        "TOMBSTONE, Mar. 4 John Smith Mary Jones Henry Brown and",
        # a day OCR damaged
        "TOMBSTONE, Mar. lI The miners of",
        # the place does not open the text
        "He came from TOMBSTONE, Mar. 4 The miners",
    ],
)
def test_no_sentence_or_no_clean_place_and_day_is_no_dateline(text: str) -> None:
    assert match_unstopped_day_dateline(text) is None
    assert match_dateline(text) is None


def test_a_stopped_dateline_is_the_other_patterns_to_read() -> None:
    # (the full stop stays in the dateline: this rule never sees it)
    assert_opens_on_dateline("TOMBSTONE, Mar. 4. The miners", "TOMBSTONE, Mar. 4.")
    assert match_unstopped_day_dateline("TOMBSTONE, Mar. 4. The miners") is None


_PAGE = (
    "MINERS WALK OUT.\n"
    "TOMBSTONE, Mar. 4 Miners of the upper\n"
    "shaft laid down their tools this morning\n"
    "and the mine was closed by the company.\n"
    "NEW SMELTER PLANNED.\n"
    "SILVER CITY. Mar. 4 Word came here\n"
    "that the company will build a new smelter\n"
    "on the river flat below the town.\n"
)


def test_two_wire_items_each_take_their_dateline() -> None:
    page = parse_page_text(_PAGE)
    lost, _ = lost_and_added(_PAGE, page)
    assert not lost
    by_head = {a.headline: a for a in page.articles}
    assert by_head["MINERS WALK OUT."].dateline == "TOMBSTONE, Mar. 4"
    assert by_head["MINERS WALK OUT."].paragraphs[0].startswith("Miners of the upper")
    assert by_head["NEW SMELTER PLANNED."].dateline == "SILVER CITY. Mar. 4"
    assert by_head["NEW SMELTER PLANNED."].paragraphs[0].startswith("Word came here")


def test_a_dateline_whose_line_ends_early_is_read_from_its_paragraph() -> None:
    # The line "OGDEN, Mar. 4 An Omaha" ends before any word in small letters; under its head
    # the paragraph joined from its lines reaches "dispatch".
    text = (
        "RAIL RATES CUT.\n"
        "OGDEN, Mar. 4 An Omaha\n"
        "dispatch says the road will cut its rates\n"
        "on ore shipped to the smelters.\n"
    )
    page = parse_page_text(text)
    story = next(a for a in page.articles if a.headline == "RAIL RATES CUT.")
    assert story.dateline == "OGDEN, Mar. 4"
    assert story.paragraphs[0].startswith("An Omaha dispatch says")


def test_a_sale_line_under_a_head_stays_in_its_text() -> None:
    text = (
        "CLEARANCE SALE.\n"
        "SATURDAY, Mar. 4 Only the best goods at\n"
        "the lowest prices in the county.\n"
    )
    page = parse_page_text(text)
    assert all(a.dateline is None for a in page.articles)
