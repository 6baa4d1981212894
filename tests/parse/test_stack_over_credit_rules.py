"""A head stack read as a brief heads the head-less dispatch under its credit (``stackcredit18``).

A 1916 daily sets a dispatch's capitals head and deck, the wire's credit on a line of its own,
then the dateline ("MOTOR BUS IS HELD UP" / "Four Bandits Take $40 and Jewelry" / "From
Party." / "International News Service:" / "LOS ANGELES, Feb. 18."). When OCR noise in
the deck keeps it from reading as a deck, the stack was a brief of its own and the dispatch,
given its credit and dateline, had no head; the stack is the dispatch's.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text
from tests.parse.test_dateline_under_credit_rules import _TEXT, _articles
from tests.parse.test_garbled_credit_rules import _STORY_ABOVE


def _stack(*deck: str) -> list[Article]:
    """A capitals head over ``deck``, a wire credit, a dateline, then a story's text."""
    return _articles(
        "MOTOR BUS IS HELD UP",
        *deck,
        "International News Service:",
        "LOS ANGELES, Feb. 18.",
    )


def test_a_noisy_deck_over_a_credit_heads_the_dispatch() -> None:
    articles = _stack("lYour Bandits Take SH and Jewelry", "lYrom Party.")
    assert all(
        a.paragraphs != ("lYour Bandits Take SH and Jewelry lYrom Party.",) for a in articles
    )
    story = articles[-1]
    assert story.headline == "MOTOR BUS IS HELD UP"
    assert story.subheadline == "lYour Bandits Take SH and Jewelry lYrom Party."
    assert story.byline == "International News Service:"
    assert story.dateline == "LOS ANGELES, Feb. 18."
    assert story.paragraphs[0].startswith("Mayor Rolph")


def test_marks_under_the_stack_are_no_deck() -> None:
    """A paragraph of OCR marks between the stack and the credit leaves the page's text for
    its unplaced lines; the head still heads the dispatch."""
    page = parse_page_text(
        _STORY_ABOVE + "SLAVS SATISFIED\n1H\nBy Associated Press.\nLONDON, Jan. 31.\n" + _TEXT
    )
    story = page.articles[-1]
    assert story.headline == "SLAVS SATISFIED"
    assert story.subheadline is None
    assert story.byline == "By Associated Press."
    assert "1H" in page.unplaced


def test_a_story_paragraph_over_the_credit_stays_apart() -> None:
    """A paragraph longer than a deck is a brief's text, not the dispatch's deck."""
    articles = _stack(
        "Four bandits held up the motor bus on the",
        "boulevard last night, and took forty dollars",
        "in cash and a quantity of jewelry from the",
        "passengers, who were returning from a dance",
        "at the beach and had no arms with them.",
    )
    assert articles[-1].headline is None
    assert articles[-2].headline == "MOTOR BUS IS HELD UP"
