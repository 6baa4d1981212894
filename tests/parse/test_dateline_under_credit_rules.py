"""A dateline alone on its line under a byline or wire credit is the story's (``dateunder17``).

A 1916 daily sets a dispatch as its head, the wire's credit on a line of its own, the place and
day on the next ("By Associated Press." / "WASHINGTON, Feb. 3." / "The senate today …"). That
dateline was read as the stack's last deck, as the headline of a story with no head, or as a
teaser of its own left between the credit and the text; it is the story's dateline.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text
from tests.parse.test_garbled_credit_rules import _STORY_ABOVE

_TEXT = (
    "Mayor Rolph, three members of the\n"
    "board of public works and the super\n"
    "intendent of the municipal railway\n"
    "were cited today to appear in court\n"
    "and show cause why they should not\n"
    "be punished for contempt of court.\n"
)


def _articles(*lines: str) -> list[Article]:
    """The articles of a page: a finished story, then ``lines``, then a story's text."""
    page = _STORY_ABOVE + "".join(f"{line}\n" for line in lines) + _TEXT
    return list(parse_page_text(page).articles)


#: Stacks over a credit and a dateline as 1916 pages print them, with the stack's headline:
#: the dateline was read as the stack's last deck, then as its headline.
_STACKS = [
    (
        [
            "BAY CITY MAYOR",
            "CHARGED WITH VIOLAT",
            "ING INJUNCTION BY US",
            "ING TRACKS OF THE",
            "UNITED RAILROADS.",
            "By Associated Press.",
            "SAN FRANCISCO, Feb. 14.",
        ],
        "BAY CITY MAYOR",
    ),
    (
        [
            "Austrians Deny Sinking",
            "Persia; Other War News",
            "United Press Service",
            "WASHINGTON, D. C., Feb. 1.",
        ],
        "Austrians Deny Sinking Persia; Other War News",
    ),
]


@pytest.mark.parametrize(("lines", "headline"), _STACKS)
def test_a_dateline_under_the_credit_is_no_deck_nor_headline(
    lines: list[str], headline: str
) -> None:
    story = _articles(*lines)[-1]
    assert story.headline == headline
    assert story.byline == lines[-2]
    assert story.dateline == lines[-1]
    assert lines[-1] not in (story.subheadline or "")


def test_a_headless_dispatch_under_its_credit_takes_its_dateline() -> None:
    articles = _articles("International News Service:", "LITTLE ROCK, Ark., Feb. 1.")
    assert all(a.headline != "LITTLE ROCK, Ark., Feb. 1." for a in articles)
    story = articles[-1]
    assert story.byline == "International News Service:"
    assert story.dateline == "LITTLE ROCK, Ark., Feb. 1."


def test_a_dateline_left_between_credit_and_text_is_no_teaser() -> None:
    articles = _articles(
        "WITNESSES IN MOHR",
        "CASE ARE ARRESTED",
        "International News Service:",
        "PROVIDENCE, R. I., Feb. 2.",
    )
    assert [a.kind.value for a in articles].count("teaser") == 0
    story = articles[-1]
    assert story.headline == "WITNESSES IN MOHR CASE ARE ARRESTED"
    assert story.byline == "International News Service:"
    assert story.dateline == "PROVIDENCE, R. I., Feb. 2."


def test_a_deck_under_the_credit_stays_a_deck() -> None:
    """Only a dateline read in full leaves the stack: a deck set under the credit stays."""
    story = _articles(
        "BAY CITY MAYOR", "By Associated Press.", "Charged With Violating Injunction."
    )[-1]
    assert story.dateline is None
