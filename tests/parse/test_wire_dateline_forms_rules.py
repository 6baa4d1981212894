"""Three forms of a 1916 wire dateline that OCR text gives often (branch ``histp49``, issue 9).

Counted on the 1916 pages outside the dev set, the datelines the patterns missed were mostly of
three forms: a place in title case with no stop or dash after the day ("Halifax, Feb. 2 The
Japanese …"; the unstopped-day pattern read a place in capitals only), the dash read as a
question mark, as OCR text kept in ASCII sets every dash ("London, Jan. 31.?A Reuter
dispatch", "Tokio, Jan. 31?The foreign office"), and the hour the dispatch was filed after the
day ("London, Feb. 3, 6:45 p. m. A fishing trawler"). Places, days and words here are our own.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import (
    match_dateline,
    match_timed_dateline,
    match_unstopped_day_dateline,
)
from tests.parse.test_route_dateline_rules import assert_opens_on_dateline

_TITLE_CASE = [
    ("Tombstone, Mar. 4 Miners of the upper", "Tombstone, Mar. 4"),
    ("Silver City, Mar. 14 Word came here", "Silver City, Mar. 14"),
    ("Prescott, Ariz., Mar. 14 The grand jury", "Prescott, Ariz., Mar. 14"),
    ("Ogden. Utah. Mar 4 A fire that", "Ogden. Utah. Mar 4"),
    ("Bisbee, Texas, Mar 4 Miners of the", "Bisbee, Texas, Mar 4"),
    ("Elgin, March 14 The board of", "Elgin, March 14"),
    ("St. Joseph, Mar. 4 The sheriff", "St. Joseph, Mar. 4"),
    ("Newport News, Mar. 4 The steamer", "Newport News, Mar. 4"),
]


@pytest.mark.parametrize(("text", "dateline"), _TITLE_CASE)
def test_a_title_case_place_with_no_stop_after_its_day_is_read(text: str, dateline: str) -> None:
    assert_opens_on_dateline(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        # a day of the week, in title case or in capitals: a sale's or a meeting's
        "Saturday, Mar. 4 Only the best goods at",
        "Monday, Mar. 14 The lodge will meet",
        # a person's title first: a list's entry
        "Mr. Ogden, Mar. 4 The miners of the",
        # May is a woman's name too
        "Ogden, May 4 The miners of the",
        # a paper's name credits an item reprinted from it ("Newport News" is a place)
        "Ogden Press, Mar. 18 A. B. Smith of this city was",
        "Silver City Herald, Mar. 4 The miners of the",
        # a place in small letters, or none at the start
        "the miners, Mar. 4 The shaft was",
        "He came from Ogden, Mar. 4 The miners",
        # no sentence follows: a year, small letters at once, a route, names run on
        "Ogden, Mar. 4 1916",
        "Ogden, Mar. 4 and the rest of it",
        "Ogden, Mar. 4 By Wireless to Sayville.) The",
        "Ogden, Mar. 4 John Smith Mary Jones Henry Brown and",
        # a day OCR damaged
        "Ogden, Mar. lI The miners of",
    ],
)
def test_no_sentence_or_no_place_is_no_title_case_dateline(text: str) -> None:
    assert match_unstopped_day_dateline(text) is None
    assert match_dateline(text) is None


_QUESTION_DASH = [
    ("London, Mar. 31.?A wire dispatch", "London, Mar. 31.?"),
    ("Tokio, Mar. 31?The foreign office", "Tokio, Mar. 31?"),
    ("OGDEN, Utah, Mar. 4.?Miners of the", "OGDEN, Utah, Mar. 4.?"),
    ("Ogden. Mar. 4. ? The miners", "Ogden. Mar. 4. ?"),
    ("Ogden, Mar. 4.?'The miners", "Ogden, Mar. 4.?"),
    ("Silver City, N. M., Mar. 4.?", "Silver City, N. M., Mar. 4.?"),
]


@pytest.mark.parametrize(("text", "dateline"), _QUESTION_DASH)
def test_a_dash_read_as_a_question_mark_closes_the_dateline(text: str, dateline: str) -> None:
    assert_opens_on_dateline(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        # a question, not a dateline: no place and month at the start
        "Was it Ogden, Mar. 4? The miners",
        "Who came on Mar. 4? The miners",
        # a question mark after a word, not a day
        "Ogden, Mar. 4 and who?",
    ],
)
def test_a_question_is_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


_TIMED = [
    ("London, Mar. 3, 6:45 p. m. A fishing boat", "London, Mar. 3, 6:45 p. m."),
    ("Paris, Mar. 14 (2:01 p. m.) Reports of the", "Paris, Mar. 14 (2:01 p. m.)"),
    ("Dover, Mar. 27, 11.42 p. m.—The boat", "Dover, Mar. 27, 11.42 p. m.—"),
    ("OGDEN, Mar. 4, 5 a. m.?The miners", "OGDEN, Mar. 4, 5 a. m.?"),
    ("Ogden, Mar. 4, (1:40 p. m.) The miners", "Ogden, Mar. 4, (1:40 p. m.)"),
]


@pytest.mark.parametrize(("text", "dateline"), _TIMED)
def test_the_hour_after_the_day_belongs_to_the_dateline(text: str, dateline: str) -> None:
    assert_opens_on_dateline(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's day of the week and hour
        "Monday, Mar. 14, 8 p. m. The lodge will meet",
        "SATURDAY, Mar. 4, 2 p. m. The sale opens",
        "Sun. Mar. 20 (8 p. m.) The lecture course",
        # a person's title first
        "Mr. Ogden, Mar. 4, 8 p. m. The miners",
        # small letters after the hour: a sentence goes on
        "Ogden, Mar. 4, 8 p. m., the miners met",
        # no hour's a. m. or p. m.
        "Ogden, Mar. 4, 8 The miners met",
    ],
)
def test_no_place_or_no_hour_is_no_timed_dateline(text: str) -> None:
    assert match_timed_dateline(text) is None


_PAGE = (
    "MINERS WALK OUT.\n"
    "Tombstone, Mar. 4 Miners of the upper\n"
    "shaft laid down their tools this morning\n"
    "and the mine was closed by the company.\n"
    "NEW SMELTER PLANNED.\n"
    "Silver City, Mar. 4.?Word came here\n"
    "that the company will build a new smelter\n"
    "on the river flat below the town.\n"
)


def test_two_wire_items_each_take_their_dateline() -> None:
    page = parse_page_text(_PAGE)
    lost, _ = lost_and_added(_PAGE, page)
    assert not lost
    by_head = {a.headline: a for a in page.articles}
    assert by_head["MINERS WALK OUT."].dateline == "Tombstone, Mar. 4"
    assert by_head["MINERS WALK OUT."].paragraphs[0].startswith("Miners of the upper")
    assert by_head["NEW SMELTER PLANNED."].dateline == "Silver City, Mar. 4.?"
    assert by_head["NEW SMELTER PLANNED."].paragraphs[0].startswith("Word came here")
