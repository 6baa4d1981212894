"""A dateline whose day or state OCR damaged opens its paragraph (``datelines19``, issue 9).

A 1916 daily's dateline names the place, the month's abbreviation and the day; OCR often reads
the day's figures as letters past the digit-like marks the dateline pattern knows ("Waco. Tex.,
Feb. US. Karl Walker,", "Washington, Feb. L'S. Cancellation", "Dover. Feb. 2K. The
steamship", "MOBILE, Ala., Feb. T.-Reports"), opens a state's abbreviation with a small letter
("Lake Forrest, in., Feb. 28.", "Centerville, la., Feb. 23.—"), reads "D. C" as "1). C", or
its comma after "D. C" as a hyphen ("WASHINGTON, D. C- Feb. 28."). Each is the story's
dateline; a list's entry, a narrative's sentence and a woman's name are not.
"""

from __future__ import annotations

import pytest

from reader.parse.classify import match_dateline, may_be_damaged_state, opens_story_alone
from tests.parse.test_route_dateline_rules import _articles, assert_opens_on_dateline

#: Openings as 1916 pages print them (OCR's damage kept), and the dateline read from each.
_OPENINGS = [
    ("Waco. Tex., Feb. US. Karl Walker,", "Waco. Tex., Feb. US."),
    ("Washington, Feb. L'S. Cancellation", "Washington, Feb. L'S."),
    ("Dover. Feb. 2K. The steamship", "Dover. Feb. 2K."),
    ("MOBILE, Ala., Feb. T.-Reports from", "MOBILE, Ala., Feb. T.-"),
    ("Norfolk, Va., Feb. f. - Lieutenant Berg,", "Norfolk, Va., Feb. f. -"),
    ("London, Feb. 2X—Premier Asquith", "London, Feb. 2X—"),
    ("Washington, Feb. P. George W Andcr", "Washington, Feb. P."),
    ("Lake Forrest, in., Feb. 28. Will Orpet,", "Lake Forrest, in., Feb. 28."),
    ("Centerville, la., Feb. 23.—John Smith", "Centerville, la., Feb. 23.—"),
    ("Washington, 1). C, Feb. 18. Another", "Washington, 1). C, Feb. 18."),
    ("Washington, I). C., Feb. 17.—Cabinet", "Washington, I). C., Feb. 17.—"),
]


@pytest.mark.parametrize(("text", "dateline"), _OPENINGS)
def test_a_damaged_day_or_state_is_read_as_the_dateline(text: str, dateline: str) -> None:
    assert_opens_on_dateline(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        # a list's entry: a title's word before the name
        "Mr. Smith, Feb. 2S. Mrs. Jones, Feb. 3.",
        # a woman's name after a name: a month's whole name is no abbreviation
        "Jones, May S. Brown and Alice Smith",
        # a day of small letters is a word
        "Paris, Ky., Feb. in. The",
        # a damaged day with neither a dash nor a capitalised word after its stop
        "Waco. Tex., Feb. US. and then",
        "Waco. Tex., Feb. US.",
        # a part of small letters that is no state's abbreviation
        "Lake Forrest, of., Feb. 28. Will Orpet,",
        # a place that does not open the text
        "He went to Waco. Tex., Feb. US. Karl Walker,",
    ],
)
def test_prose_and_lists_are_no_damaged_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_a_small_lettered_state_must_be_one_edit_from_a_state() -> None:
    assert may_be_damaged_state("in")
    assert may_be_damaged_state("la")
    assert not may_be_damaged_state("of")
    assert not may_be_damaged_state("the")


def test_d_c_with_its_comma_read_as_a_hyphen_is_a_dateline_alone() -> None:
    assert opens_story_alone("WASHINGTON, D. C- Feb. 28.") == "dateline"
    assert opens_story_alone("WASHINGTON- Feb. 28.") is None
    # a notice's dates of publication
    assert opens_story_alone("Jan. W-Feb. 55.") is None


def test_a_dispatch_with_a_damaged_day_under_its_head_is_a_story_of_its_own() -> None:
    articles = _articles(
        "Window Fell Upon Boy.",
        "Waco. Tex., Feb. US. Karl Walker,",
        "aged 11, a negro, was killed last night",
        "on a farm near here, when a window",
        "fell upon him and broke his neck.",
    )
    story = next(a for a in articles if a.headline == "Window Fell Upon Boy.")
    assert story.dateline == "Waco. Tex., Feb. US."
    assert story.paragraphs[0].startswith("Karl Walker, aged 11")


@pytest.mark.parametrize(
    "line",
    ["Mr. Smith, Feb. 28. Mrs. Jones, Feb. 3.", "Mrs. Brown, Feb. 2S.—", "Miss Dean, Feb. 28."],
)
def test_a_title_opens_no_dateline(line: str) -> None:
    assert match_dateline(line) is None
    assert opens_story_alone(line) is None
