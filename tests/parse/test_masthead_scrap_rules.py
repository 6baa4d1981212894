"""A masthead's date line whose day or year OCR garbled (issue 9, branch masthead37): a place,
a weekday and a month in capitals and only the scraps of the day and the year after them is
furniture wherever OCR set it, so no story takes it as its head; an event's date heading a
notice, a story's dateline and a sentence naming a date stay text. Small pages in our own
words."""

from __future__ import annotations

import pytest

from reader.parse.masthead import is_masthead_line
from tests.parse.test_archive_rules import _STORY, _far_down, _parse

#: Date lines as OCR garbles a 1916 masthead's (invented places, real shapes).
_GARBLED = [
    "MAPLE FALLS, VERMONT, WEDNESDAY, FEBRUARY 9, 11)16.",
    "PINE BLUFF. WASH.. TUESDAY, FEBRUARY t, 1916.",
    "OAKDALE, IOWA, TUESDAY, FEB. 15, .1916",
    "RIVERTON, LA., SATURDAY, FEBRUARY 12, 191fi",
    "ELM CITY, FRIDAY, FEBRUARY 25, lOici.",
    "STONE RIDGE, BIRCH COUNTY, MONTANA, FRIDAY, FEBRUARY 11, 1 9 1 6",
    "CEDAR GROVE, ASH COUNTY, MISSOURI, THURSDAY, FEBRUARY",
    "LAKEVIEW, OHIO, MONDAY EVENING, FEBRUARY 7, ??H0.",
]


@pytest.mark.parametrize("text", _GARBLED)
def test_a_garbled_date_line_is_a_masthead_line_anywhere(text: str) -> None:
    assert is_masthead_line(text, 60)


@pytest.mark.parametrize(
    "text",
    [
        # an event's date heading a notice: no place before the weekday
        "SATURDAY, FEBRUARY 19",
        # a story's dateline: no year, a dash
        "NEW HAVEN, SATURDAY, FEB. 5.—",
        "WASHINGTON, D. C., MONDAY, FEBRUARY 7.",
        # a sentence naming a date: words in lower case
        "Meeting held, Saturday, February 5, lOici",
        # a head that runs on past the month, or past the day into a word
        "MILL TOWN, FRIDAY, FEBRUARY BURNS DOWN AT LAST",
        "MILL TOWN, FRIDAY, FEBRUARY 4, FIRE",
    ],
)
def test_near_misses_are_no_masthead_line(text: str) -> None:
    assert not is_masthead_line(text, 60)


def test_a_garbled_date_line_over_a_story_is_not_its_head() -> None:
    line = "MAPLE FALLS, VERMONT, WEDNESDAY, FEBRUARY 9, 11)16."
    page = _parse(_far_down("", line, "STORM DELAYS TRAINS") + "\n" + "\n".join(_STORY))
    assert line in page.furniture
    heads = [article.headline for article in page.articles]
    assert line not in heads
    assert "STORM DELAYS TRAINS" in heads


def test_an_event_date_over_a_notice_keeps_its_place() -> None:
    page = _parse(
        _far_down(
            "",
            "SATURDAY, FEBRUARY 19",
            "The ladies of the church will hold their sale of",
            "needlework in the town hall on that afternoon.",
        )
    )
    assert "SATURDAY, FEBRUARY 19" not in page.furniture
