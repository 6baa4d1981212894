"""A 1916 head's lines kept together, and its deck kept apart (branch ``hist42``, issue 9).

Three shapes of the real 1916 pages: a title-case head wrapped over two lines in its column
leaves a short last line that opens on no preposition (``Plant Leguminous Crop for Citrus`` /
``Grove``), which was read as the story's first words; a title-case deck set in smaller type
under a title-case head wrapped over two lines, closing on a full stop, was joined into the
headline; and a capitals head's line ending on a verb that wants its object (``SHERIFF
DENIES`` / ``REPORT THAT THREE``) was cut from the line under it. The snippets are our own
words in those shapes, with the near-misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from reader.parse.classify import caps_runs_on
from tests.parse.finding import article_holding

#: A story of twenty-odd lines over the head: the rule asks only below the page's first lines.
_ABOVE = (
    "The ladies of the church held their\n"
    "monthly meeting at the home of Mrs.\n"
    "Brown on Tuesday afternoon, and a\n"
    "large number were present to hear\n"
    "the reports of the officers for the\n"
    "year just ended.\n"
) * 4

_ORCHARD_BODY = (
    "There may be enough lime in the soil\n"
    "of your orchard now, but the county\n"
    "agent advises every grower to test it\n"
    "before the spring planting begins.\n"
)


# --- a title-case head's short tail opening on no preposition -------------------------------


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        ("Test the Soil in Your Apple\nOrchard\n", "Test the Soil in Your Apple Orchard"),
        (
            "Farm Bureau to Meet at Grange\nHall\n",
            "Farm Bureau to Meet at Grange Hall",
        ),
    ],
)
def test_a_short_tail_ends_a_title_case_head(lines: str, headline: str) -> None:
    article = article_holding(_ABOVE + lines + _ORCHARD_BODY, "county")
    assert article.headline == headline
    assert article.paragraphs[0].startswith("There may be")


@pytest.mark.parametrize(
    "lines",
    [
        # (a head of two words over a short line: a name under a label, not a wrapped head)
        "Card Thanks\nGrove\n",
        # (a byline)
        "Test the Soil in Your Apple\nBy John Doe\n",
        # (a signature's stop)
        "Test the Soil in Your Apple\nJ. Doe.\n",
        # (an advertisement's label)
        "Two Good Mules and a Wagon\nFor Sale\n",
        # (a figure: an advertisement's "7 Acts 7" under its title-case lines)
        "County Farm Bureau Roll\nNow 1,250\n",
        # (a word a sentence opens on)
        "Test the Soil in Your Apple\nSince\n",
        # (a drop capital)
        "Test the Soil in Your Apple\nI\n",
    ],
)
def test_a_short_tail_near_miss_stays_out_of_the_head(lines: str) -> None:
    article = article_holding(_ABOVE + lines + _ORCHARD_BODY, "county")
    second = lines.splitlines()[1]
    assert second not in (article.headline or "")


def test_a_short_line_under_a_sentence_running_on_is_no_tail() -> None:
    # (the line over it runs on a sentence: "… spent Sunday with Howard" / "Snyder")
    text = _ABOVE[:-1] + " John Gray of Newton\nSpent Sunday With Howard\nSnyder\n" + _ORCHARD_BODY
    article = article_holding(text, "county")
    assert "Snyder" not in (article.headline or "")


def test_no_short_tail_at_the_page_top() -> None:
    article = article_holding("Test the Soil in Your Apple\nOrchard\n" + _ORCHARD_BODY, "county")
    assert article.headline == "Test the Soil in Your Apple"


def test_a_tail_more_than_half_as_wide_as_the_line_under_it_stays_out() -> None:
    body = "Growers\nHave lime now\nin the soil of your orchard, says\nthe county agent.\n"
    article = article_holding(_ABOVE + "Test the Soil in Your Apple\n" + body, "county")
    assert article.headline == "Test the Soil in Your Apple"


# --- a title-case deck set smaller under a title-case head ------------------------------------

_BOARD_BODY = (
    "Announcement was made by the com\n"
    "missioners today of the choice of\n"
    "the young man, who stood first among\n"
    "the eleven who sat for the test.\n"
)


def test_a_stopped_title_case_deck_set_wider_stays_a_deck() -> None:
    stack = (
        "J. R. Brown Picked\n"
        "For Naval Academy\n"
        "Commissioners Announce Him\n"
        "First in Recent Competitive\n"
        "Examination.\n"
    )
    article = article_holding(_ABOVE + stack + _BOARD_BODY, "eleven")
    assert article.headline == "J. R. Brown Picked For Naval Academy"
    assert article.subheadline == (
        "Commissioners Announce Him First in Recent Competitive Examination."
    )


@pytest.mark.parametrize(
    "lower",
    [
        # (no stop closes the lower lines: a head wrapped on)
        "Commissioners Announce Him\nFirst in Recent Competitive\nExamination\n",
        # (the lower lines no wider than the head's)
        "Named by the Board\nFirst in Its Test.\n",
    ],
)
def test_a_wrapped_title_case_head_stays_whole(lower: str) -> None:
    article = article_holding(
        _ABOVE + "J. R. Brown Picked\nFor Naval Academy\n" + lower + _BOARD_BODY, "eleven"
    )
    assert article.subheadline is None


# --- a capitals head's line ending on a verb that wants its object ---------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("MAYOR DENIES", "STORY THAT FOUR MEN ESCAPED"),
        ("FRANCE ADMITS", "LOSS OF TWO FORTS"),
        ("STEAMER SENDS", "WIRELESS CALL FOR AID"),
    ],
)
def test_a_capitals_line_ending_on_a_verb_runs_on(first: str, second: str) -> None:
    assert caps_runs_on(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # (a noun after an article: "THE GETS" is no verb after its subject)
        ("FOR THE WINS", "SCHOOL BOARD MEETS TONIGHT"),
        # (a noun ending the head: two decks)
        ("BANK CASHIER MISSING", "FUNDS OF FARMERS FOUND INTACT"),
        # (a title-case head is not asked: it wraps its own way)
        ("Farmers' Club Gets", "News by Wireless"),
    ],
)
def test_a_capitals_line_ending_on_no_verb_stays_apart(first: str, second: str) -> None:
    assert not caps_runs_on(first, second)
