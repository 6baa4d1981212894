"""A headline broken over lines is kept whole (branch ``join31``, issue 9).

A 1916 head set over two lines in its column lost one of them in four ways: a title-case
line held back from its stack because another story's lead echoes its words (then left
unplaced: ``Construction Work`` / ``Takes Earnings`` gave ``Takes Earnings``); a scrap of the
nameplate over the masthead's date line read on into the first head under it (``TFSk-`` /
``COUNTY COMMISSIONERS``); a short unstopped tail opening on a preposition read as the
story's first words (``Rumor of Murder`` / ``At Wildeiville``); and a capitals head's first
line that OCR glued onto the last line of the story above after a name or a word cut by the
column (``Kelliher. ELK AT ITASCA PARK`` / ``TO REVIVE SPECIES``). The snippets are our own
words in those shapes, with the near-misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from reader.parse.glued import glued_head_over_its_tail
from tests.parse.finding import article_holding

# --- a title-case head's line held back for another story's lead -----------------------------

_MILL_STORY = (
    "Paving Begins\n"
    "On Main Street\n"
    "Construction work on the new paving\n"
    "began Monday morning, and the construction\n"
    "crew expects the work to be finished\n"
    "before the spring rains set in.\n"
)


_BOND_STORY = (
    "More than half of the bond holders of the\n"
    "power company have agreed to a delay in\n"
    "the interest payments, the officers said.\n"
)


def _held_back(head: str, story: str = _BOND_STORY) -> str:
    return _MILL_STORY + head + story


def test_a_title_case_heads_line_echoing_another_lead_stays_with_its_head() -> None:
    article = article_holding(_held_back("Construction Work\nTakes Earnings\n"), "bond holders")
    assert article.headline == "Construction Work Takes Earnings"


def test_a_held_back_line_holding_a_figure_is_no_heads_line() -> None:
    # (a list's or a table's line: a figure in it)
    article = article_holding(
        _held_back("Construction Work 1916\nTakes Earnings\n"), "bond holders"
    )
    assert "Construction" not in (article.headline or "")


def test_a_held_back_line_over_no_prose_is_no_heads_line() -> None:
    # (a table's rows under the two lines: no story's lead)
    table = "Fines 7,637.95 Court Costs 110.80 power\nSchool Fund 1,210.00 Roads 95.10\n"
    article = article_holding(_held_back("Construction Work\nTakes Earnings\n", table), "power")
    assert "Construction" not in (article.headline or "")


def test_a_held_back_line_under_prose_broken_off_is_no_heads_line() -> None:
    # (the story above stops inside its sentence: the line goes on with it)
    text = _MILL_STORY.replace("before the spring rains set in.", "before the rains, said the") + (
        "Construction Work\nTakes Earnings\n" + _BOND_STORY
    )
    article = article_holding(text, "bond holders")
    assert article.headline != "Construction Work Takes Earnings"


# --- a nameplate's scrap over the masthead's date line --------------------------------------

_PAGE_ABOVE = (
    "STEAMER SUNK\n"
    + (
        "The steamer was sunk without warning\n"
        "and the crew took to the boats, the\n"
        "captain said when he came ashore\n"
        "at the port last night with his men.\n"
    )
    * 4
)

_UNDER_NAMEPLATE = (
    "MAPLETON, OHIO, TUESDAY EVENING, FEBRUARY 15, 1916.\n"
    "SCHOOL BOARD\n"
    "TO MEET TONIGHT\n"
    "The members of the school board will\n"
    "meet tonight at the high school to talk\n"
    "over the new building and its cost.\n"
)


@pytest.mark.parametrize(
    "scrap",
    [
        "QRSK-\n",
        "THE MAPLETON DAILY NEW\nQRSK-\n",
        'THE MAPLETON DAILY NEW\n^^g^^m^^^^^"^^^\nQRSK-\n',
    ],
)
def test_a_nameplate_scrap_over_the_date_line_is_no_heads_first_line(scrap: str) -> None:
    article = article_holding(_PAGE_ABOVE + scrap + _UNDER_NAMEPLATE, "school board will")
    assert article.headline == "SCHOOL BOARD TO MEET TONIGHT"


def test_a_head_with_no_masthead_between_its_lines_still_joins() -> None:
    text = (
        "The meeting closed at ten o'clock.\n"
        "SCHOOL BOARD TO\n"
        "MEET TONIGHT\n"
        "The members of the school board will\n"
        "meet tonight at the high school to talk\n"
        "over the new building and its cost.\n"
    )
    article = article_holding(text, "school board will")
    assert article.headline == "SCHOOL BOARD TO MEET TONIGHT"


# --- an unstopped tail opening on a preposition ---------------------------------------------

_ABOVE = "The club will meet again next week.\n"
_RUMOR_BODY = (
    "A rumor went about town yesterday that\n"
    "the miller and his wife had been robbed,\n"
    "but the sheriff found it was not so.\n"
)


def test_an_unstopped_tail_on_a_preposition_ends_the_head() -> None:
    article = article_holding(_ABOVE + "Rumor of Robbery\nAt Millbrook\n" + _RUMOR_BODY, "sheriff")
    assert article.headline == "Rumor of Robbery At Millbrook"
    assert article.paragraphs[0].startswith("A rumor went")


@pytest.mark.parametrize(
    "lines",
    [
        # (a list of names: initials)
        "J D Moore J E Hart\nFor Assessor\n",
        # (a byline)
        "Rumor of Robbery\nBy JANE DOE\n",
        # (an advertisement's label)
        "Two Good Mules\nFor Sale\n",
    ],
)
def test_a_tail_near_miss_stays_out_of_the_head(lines: str) -> None:
    article = article_holding(_ABOVE + lines + _RUMOR_BODY, "sheriff")
    second = lines.splitlines()[1]
    assert second not in (article.headline or "")


def test_a_tail_as_wide_as_the_line_under_it_is_the_storys_first_line() -> None:
    body = "At Millbrook\nA rumor went\nabout town yesterday that the miller\nwas robbed.\n"
    article = article_holding(_ABOVE + "Rumor of Robbery\n" + body, "miller")
    assert article.headline == "Rumor of Robbery"


# --- a capitals head's first line glued onto the story above --------------------------------


@pytest.mark.parametrize(
    ("line", "below", "parts"),
    [
        (
            "Pinewood. ELK SENT TO STATE PARK",
            "TO RESTORE THE HERD",
            ("Pinewood.", "ELK SENT TO STATE PARK"),
        ),
        (
            "given DULUTH MAN TO",
            "OPEN A MINK RANCH",
            ("given", "DULUTH MAN TO"),
        ),
    ],
)
def test_a_glued_heads_first_line_running_on_is_cut_off(
    line: str, below: str, parts: tuple[str, str]
) -> None:
    assert glued_head_over_its_tail(line, below) == parts


@pytest.mark.parametrize(
    ("line", "below"),
    [
        # (the line under it goes on in small letters: a phrase in capitals inside prose)
        ("given DULUTH MAN TO", "open a mink ranch"),
        # (the capitals do not run on into the line under them: a signature over a head)
        ("Letters. JOHN HENRY SMITH", "FIRE AT THE MILL"),
        # (too short for a head)
        ("given TO", "OPEN A MINK RANCH"),
    ],
)
def test_a_glued_near_miss_is_left_alone(line: str, below: str) -> None:
    assert glued_head_over_its_tail(line, below) is None


def test_a_glued_heads_first_line_heads_its_story() -> None:
    text = (
        "Mr. and Mrs. Hall will make their home at\n"
        "Pinewood. ELK SENT TO STATE PARK\n"
        "TO RESTORE THE HERD\n"
        "Twenty head of elk have been placed\n"
        "in the state park by the forestry board\n"
        "to restore the herd that once ran there.\n"
    )
    article = article_holding(text, "Twenty head")
    assert article.headline == "ELK SENT TO STATE PARK TO RESTORE THE HERD"
