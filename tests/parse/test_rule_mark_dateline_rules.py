"""A dateline behind a column rule's mark opens its paragraph (``datelines22``).

OCR often reads the rule between two columns as a mark set before a line's first word with a
space between ("j New York, Feb. 9.—Advices …", "| London, Feb. 8. The …", "1 Shanghai, Feb.
10.—"). The dateline patterns open on the place's capital (or one stray stop or quote), so such
a dateline stayed in the paragraph above it, its story run into the one before. One mark of
``RULE_MARKS`` and a space before a dateline the patterns read is kept apart: the dateline is the
story's, the mark goes to the page's unplaced text.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.classify import match_dateline
from reader.parse.reflow import starts_story
from tests.parse.test_garbled_credit_rules import _STORY_ABOVE

#: Openings as unseen 1916 pages print them, the dateline and the mark read from each.
_OPENINGS = [
    ("j New York, Feb. 9.—Advices received here", "New York, Feb. 9.—", "j"),
    ("| London, Feb. 8. The Manchester Guardian", "London, Feb. 8.", "|"),
    ("1 Shanghai, Feb. 10.—Lochow, in the southern", "Shanghai, Feb. 10.—", "1"),
    ("i WASHINGTON, Feb. 10. Senator Stone", "WASHINGTON, Feb. 10.", "i"),
    ("! NEW YORK, Feb. 23. Another ship", "NEW YORK, Feb. 23.", "!"),
    ("l Kl Paso, Texas, Feb. 23. Mining men", "Kl Paso, Texas, Feb. 23.", "l"),
]


@pytest.mark.parametrize(("text", "dateline", "mark"), _OPENINGS)
def test_a_dateline_behind_a_rule_mark_opens_its_paragraph(
    text: str, dateline: str, mark: str
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.text, found.mark) == (dateline, mark)
    assert text.endswith(found.rest)
    assert starts_story(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word before the place is prose, not a mark
        "on Monday, February 21. President Wilson",
        "to Columbia, Feb. 22.—James E. Smith",
        "in This City, March 15-18",
        # "a" is a word
        "a London, Feb. 9.—The steamer",
        # a round or wide letter is a place's word OCR cut ("New"), no rule
        "w York, Feb. 2. J. P. Morgan is reported",
        "v Haven, Conn., Feb. 18.—Troop",
        # two marks, or no space after the mark
        "iH Chicago. Feb. 15.—Search was started",
        "jNew York, Feb. 9.—Advices received",
        # a mark before no dateline
        "j New York is the city of the day.",
    ],
)
def test_no_dateline_after_a_word_or_two_marks(text: str) -> None:
    assert match_dateline(text) is None


def test_a_clean_dateline_keeps_no_mark() -> None:
    found = match_dateline("New York, Feb. 9.—Advices received here")
    assert found is not None
    assert found.mark == ""


def _page(*lines: str) -> tuple[list[Article], tuple[str, ...]]:
    page = parse_page_text(_STORY_ABOVE + "".join(f"{line}\n" for line in lines))
    return list(page.articles), page.unplaced


def test_the_dispatch_behind_the_mark_is_a_story_of_its_own() -> None:
    articles, unplaced = _page(
        "STEAMERS HELD IN PORT",
        "j New York, Feb. 9.—Advices received",
        "here today assert that the steamers",
        "of the line will be held in port until",
        "the danger from submarines is past.",
    )
    story = next(a for a in articles if a.headline == "STEAMERS HELD IN PORT")
    assert story.dateline == "New York, Feb. 9.—"
    assert story.paragraphs[0].startswith("Advices received here today")
    assert "j" in unplaced


def test_a_marked_dateline_under_a_paragraph_starts_the_next_story() -> None:
    articles, unplaced = _page(
        "| London, Feb. 8. The Manchester Guar",
        "dian says the government will ask for",
        "a vote of credit of four hundred mil",
        "lion pounds before the end of March.",
    )
    above = next(a for a in articles if a.headline == "BANDIT LEADER TAKEN")
    assert not any("Manchester" in p for p in above.paragraphs)
    dispatch = next(a for a in articles if a.dateline == "London, Feb. 8.")
    assert dispatch.paragraphs[0].startswith("The Manchester Guar")
    assert "|" in unplaced
