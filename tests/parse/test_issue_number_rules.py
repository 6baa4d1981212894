"""An issue's number alone over a head stack, and a paper's official-paper ear (branch
``hists49``, issue 9).

A 1916 page's OCR reads the masthead's ear (``NUMBER 18``, ``No. 6``) down the page, often
straight over a story's head stack, which it then topped as the headline's first words
(``NUMBER 18 POPULAR COUPLE WED IN SPOKANE``); it is furniture wherever it stands over a
capitals head. A number closing a sentence over a head (``… Walter A. Barnes, district`` /
``No. 73.``), over prose, or run into a head's words (``NUMBER 151.IS``) stays text. The ear
naming the paper its county's official one (``OFFICIAL NEWSPAPER``, ``COUNTY OFFICIAL
PAPER``) is furniture too.
"""

from __future__ import annotations

import pytest

from reader.parse.classify import is_furniture
from reader.parse.masthead import cut_paper_name, is_issue_number_alone
from tests.parse.test_archive_rules import _STORY, _parse

#: A story of twelve lines, out of the masthead's reach, its last line closing a sentence.
_ABOVE = ["MILL BURNS DOWN", *(_STORY * 4)]

_STACK = [
    "POPULAR COUPLE",
    "WED IN SPOKANE",
    "J. H. Dudley and Miss Nell Perry",
    "Spring a Surprise on Their",
    "Many Friends.",
    "The many friends of J. H. Dudley and Miss Nell Perry were",
    "surprised on Tuesday to learn that the two had been married in",
    "Spokane on Saturday last, at the home of the bride's sister.",
]
_HEADLINES = ["MILL BURNS DOWN", "POPULAR COUPLE WED IN SPOKANE"]


@pytest.mark.parametrize("text", ["NUMBER 41.", "No. 27", "Number 8", "NO. 3395.", "NUMBER 18"])
def test_an_issue_number_alone(text: str) -> None:
    assert is_issue_number_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "NUMBER 151.IS",  # a head's figure run into its next word
        "No. 140. Preliminary Report on Winter",
        "NO CIVIL",  # Roman letters, no figure
        "NOVEMBER 5",
        "VOL. 27.",  # the volume is masthead.is_masthead_line's, anywhere
        "",
    ],
)
def test_other_lines_are_no_issue_number_alone(text: str) -> None:
    assert not is_issue_number_alone(text)


@pytest.mark.parametrize("number", ["NUMBER 18", "No. 6", "NUMBER 41."])
def test_an_issue_number_over_a_head_stack_is_furniture(number: str) -> None:
    page = _parse("\n".join([*_ABOVE, number, *_STACK]))
    assert number in page.furniture
    assert [a.headline for a in page.articles] == [
        "MILL BURNS DOWN",
        "POPULAR COUPLE WED IN SPOKANE",
    ]


def test_an_issue_number_over_a_speck_over_a_head_is_furniture() -> None:
    page = _parse("\n".join([*_ABOVE, "NUMBER 48", "TV", *_STACK]))
    assert "NUMBER 48" in page.furniture
    assert all("NUMBER" not in (a.headline or "") for a in page.articles)


def test_a_number_closing_a_sentence_over_a_head_stays_text() -> None:
    lines = [
        *_ABOVE[:-1],
        "books. The prizes went to Hattie A. Burbank of district No. 31; and to",
        "Walter A. Barnes, district",
        "No. 73.",
        *_STACK,
    ]
    page = _parse("\n".join(lines))
    assert "No. 73." not in page.furniture


@pytest.mark.parametrize(
    "below",
    [
        "The many friends of the couple were surprised",  # prose under it: a list's item
        "II",  # specks only under it
    ],
)
def test_an_issue_number_over_no_head_stays_text(below: str) -> None:
    page = _parse("\n".join([*_ABOVE, "No. 5", below, "to learn of the wedding.", "II"]))
    assert "No. 5" not in page.furniture


@pytest.mark.parametrize(
    "text",
    [
        "OFFICIAL NEWSPAPER",
        "COUNTY OFFICIAL PAPER",
        "OFFICIAL PAPER OF NAVAJO COUNTY",
        "OFFICIAL PAPER OF CITY AND COUNTY",
        "OFFICIAL NEWSPAPER'",
        "THE OFFICIAL PAPER OF THE EVERETT TRADES COUNCIL",
    ],
)
def test_the_official_paper_ear_is_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "EDITOR OF OFFICIAL PAPER WILL",
        "OFFICIAL NEWSPAPER IS NAMED BY BOARD OF SUPERVISORS",
        "Official Paper",  # in the ear's capitals only
        "mountain region. The official newspaper",
    ],
)
def test_other_lines_naming_an_official_paper_stay_text(text: str) -> None:
    assert not is_furniture(text)


def test_a_nameplate_with_its_noun_garbled_over_its_date_line_is_furniture() -> None:
    """Set low on the page over its date line, the nameplate is furniture with its noun cut
    (``PIONEE``) as with it whole."""
    lines = [
        *_ABOVE,
        "THE BEMIDJI DAILY PIONEE",
        "BEMIDJI, MINNESOTA, MONDAY EVENING, FEBRUARY 28, 1916.",
        *_STACK,
    ]
    page = _parse("\n".join(lines))
    assert "THE BEMIDJI DAILY PIONEE" in page.furniture
    assert [a.headline for a in page.articles] == [
        "MILL BURNS DOWN",
        "POPULAR COUPLE WED IN SPOKANE",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "THE BEMIDJI CHURCH SUPPER",
        "FRATERNAL HALL",  # a hall's name, no CALL with a letter misread
        "SUBSCRIBE FOR THE MEWS",
    ],
)
def test_a_line_over_a_date_that_is_no_cut_name_stays_text(text: str) -> None:
    """A line whose last word is no paper's noun, or one with a letter misread, stays text
    over a date line: an ad's hall over its ball's date, a slogan."""
    lines = [*_ABOVE, text, "MONDAY EVENING, FEBRUARY 21, 1916.", *_STACK]
    page = _parse("\n".join(lines))
    assert text not in page.furniture


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("THE BEMIDJI DAILY PIONEE", "THE BEMIDJI DAILY PIONEER"),
        ("Cbe Colville examiner", "Cbe Colville Examiner"),
        ("FRATERNAL HALL", None),
        ("Annual Ball", None),
    ],
)
def test_a_cut_paper_name(text: str, name: str | None) -> None:
    assert cut_paper_name(text) == name


@pytest.mark.parametrize("text", ["DAILY EVENING EDITION", "FINANCIAL EDITION", "DAILY EDITION"])
def test_an_edition_label_with_its_time_of_day_is_furniture(text: str) -> None:
    assert is_furniture(text, None, 40)


@pytest.mark.parametrize("text", ["DAILY NEWS EDITION", "NEW EDITION OF BOOK", "FINANCIAL NEWS"])
def test_other_lines_naming_an_edition_stay_text(text: str) -> None:
    assert not is_furniture(text, None, 40)
