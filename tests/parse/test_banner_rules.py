"""A head at a 1916 page's top, left free, heads the story its words tell of (branch ``histh46``).

A daily sells its lead across the page's top, over the nameplate or beside it, and prints the
story columns away under a head of its own; OCR also reads the upper lines of a wide stack
before the columns under it. The free line was left as a teaser of nothing. It now tops the
stack of the story whose titles and first words hold its words, when two of them are that
story's alone. Real pages are unseen front pages of the corpus the rule was read on.
"""

from __future__ import annotations

import pytest

from reader.parse import load_issue, parse_page_text
from reader.parse.assemble import BANNER_REACH
from tests.conftest import corpus_file
from tests.parse.stories import story_holding

_TOP = "VOLUME XII. NUMBER 40\nTHE EVENING BUGLE\nRIVERTON, FEBRUARY 3, 1916.\n"

_FIRST = (
    "SCHOOL BOARD MEETS\n"
    "Plans for New Building Are Laid Before Members\n"
    "The school board met last night in\n"
    "the library and heard the report of\n"
    "the architect on the new building.\n"
    "The members will vote on the plans\n"
    "at their next meeting in March.\n"
    "ICE HARVEST BEGINS\n"
    "The ice men began cutting on the\n"
    "river this morning, the ice being\n"
    "fourteen inches thick and clear.\n"
    "Forty men are at work at the dam.\n"
)

_SOLD = (
    "Wrathful Executive Walks Out\n"
    "Mayor John Harlan walked out of the\n"
    "city hall this afternoon in anger and\n"
    "announced that he quits his office,\n"
    "after the council voted down his plan\n"
    "for the new water works.\n"
    "He said he would not return.\n"
)

_BANNER = "MAYOR QUITS CITY HALL IN ANGER"


def _page(banner: str = _BANNER, sold: str = _SOLD, above: str = "") -> str:
    return _TOP + above + banner + "\n1\n" + _FIRST + sold


def _headlines(text: str) -> list[str | None]:
    return [article.headline for article in parse_page_text(text).articles]


def test_a_banner_at_the_page_top_heads_the_story_it_sells() -> None:
    article = story_holding(_page(), "Harlan walked")
    assert article.headline == _BANNER
    assert article.subheadline == "Wrathful Executive Walks Out"
    assert _headlines(_page()).count(_BANNER) == 1


def test_a_banner_whose_words_two_stories_share_stays_free() -> None:
    # (the school board's story tells of the mayor, the city hall and his anger too: of the
    # banner's words only "quits" is the mayor's story's alone)
    first = _FIRST.replace(
        "the architect on the new building.\n",
        "the architect on the new building.\nThe mayor left the city hall in anger.\n",
    )
    text = _TOP + _BANNER + "\n1\n" + first + _SOLD
    assert story_holding(text, "Harlan walked").headline == "Wrathful Executive Walks Out"


@pytest.mark.parametrize(
    "banner",
    [
        # a motto: of its words only "city" is the story's
        "THE CITY NEWS FOR THE CITY",
        # a wire ear
        "FULL LEASED WIRE OF THE MAYOR CITY HALL",
    ],
)
def test_an_ear_or_a_motto_at_the_top_heads_no_story(banner: str) -> None:
    assert story_holding(_page(banner), "Harlan walked").headline == "Wrathful Executive Walks Out"


def test_a_motto_over_the_masthead_lines_is_no_banner() -> None:
    text = _BANNER + "\n" + _TOP + "1\n" + _FIRST + _SOLD
    assert story_holding(text, "Harlan walked").headline == "Wrathful Executive Walks Out"


def test_a_line_of_prose_naming_a_person_is_no_banner() -> None:
    # (a sentence's first line: a person's initial and words in small letters; the guard
    # _names_in_prose is what test_prose_teaser_rules' cut lines need, "Dr. Amos Pelham,
    # member for Stone" and "Mr. R. T. Mallory and family")
    text = _page("Mayor J. Harlan quits the city hall")
    assert story_holding(text, "Harlan walked").headline == "Wrathful Executive Walks Out"


def test_a_free_head_below_the_page_top_is_no_banner() -> None:
    above = "".join(f"A line of the ear number {n}.\n" for n in range(20))
    article = story_holding(_page(above=above), "Harlan walked")
    assert article.headline != _BANNER


def test_a_banner_echoed_only_deep_in_a_story_heads_it_not() -> None:
    filler = "The council met in the usual way and heard the usual reports read. " * (
        BANNER_REACH // 13 + 1
    )
    sold = (
        "Council Meets Again\n"
        + filler
        + "\nMayor John Harlan quits the city hall in anger, it was said.\n"
    )
    article = story_holding(_page(sold=sold), "Harlan quits")
    assert article.headline == "Council Meets Again"


def test_real_tacoma_banner_heads_its_story_and_the_cartoon_title_none() -> None:
    path = corpus_file("chronam-1916-02/19160201/sn88085187-ed-1_seq-1.txt")
    (page,) = load_issue(path).pages
    (slavers,) = [a for a in page.articles if a.headline == "SLAVERS AUCTION NUDE GIRL"]
    assert slavers.subheadline is not None
    assert slavers.subheadline.startswith("Pastor's Daughter")
    assert slavers.paragraphs
    cartoon = "STUMPING THE COUNTRY FOR PREPAREDNESS"
    assert all(a.headline != cartoon or not a.paragraphs for a in page.articles)
