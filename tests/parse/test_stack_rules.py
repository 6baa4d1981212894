"""A stack broken between its capitals head and its dateline is one deck (branch ``stack13``).

A 1916 daily sets a capitals head, a deck wrapped over short lines and the dispatch opening on
its dateline; when OCR garbles the head's second line (``CONVICTION 10`` / ``BEJjflfWB)``) the
title tests read it and the deck's first line as a paragraph, so the head and half the deck
made a brief and the deck's end headed the dispatch. Inside such an open stack every short,
mostly-letter line is the stack's; a price line, a one-line wire credit and two decks that
each end a sentence are left as the other rules read them.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

_ABOVE = (
    "The council adjourned at a late hour\n"
    "after hearing the reports of the street\n"
    "and water committees, which were filed.\n"
)

_DISPATCH = (
    "Washington, Feb. 28.—The supreme\n"
    "court required the federal court of\n"
    "appeals at New York to send up for\n"
    "review on its merits, David LaMar's\n"
    "conviction of having impersonated an\n"
    "officer of the United States. The court\n"
    "acted of its own volition in LaMar's\n"
    "favor, after having refused to inter\n"
    "fere in the case some time ago.\n"
)


def _articles(stack: str) -> list[Article]:
    page = parse_page_text(_ABOVE + stack + _DISPATCH)
    return [article for article in page.articles if article.headline or article.subheadline]


def _dispatch(stack: str) -> Article:
    (article,) = [
        article
        for article in parse_page_text(_ABOVE + stack + _DISPATCH).articles
        if any("supreme" in paragraph for paragraph in article.paragraphs)
    ]
    return article


def test_a_garbled_line_and_a_deck_under_a_capitals_head_head_the_dispatch() -> None:
    stack = (
        "CONVICTION 10\nBEJjflfWB)\nDeLar was Convicted for\nHaving Impersonated\nU. S. Officer.\n"
    )
    article = _dispatch(stack)
    assert article.headline is not None and article.headline.startswith("CONVICTION 10")
    assert article.subheadline is not None
    deck = "DeLar was Convicted for Having Impersonated U. S. Officer."
    assert article.subheadline.endswith(deck)
    assert article.dateline == "Washington, Feb. 28.—"
    # the head and the deck's first line are no brief of their own
    assert len(_articles(stack)) == 1


def test_dirt_between_a_head_and_a_dateline_joins_no_stack() -> None:
    # a price line and a rule of dashes are no deck, however short
    for dirt in ("$18.00 and $23.00 Suits", "—————————"):
        stack = f"SPRING SUITS\n{dirt}\nAt The Fashion Now\nThird Street.\n"
        article = _dispatch(stack)
        assert dirt not in (article.subheadline or "")
        assert dirt not in (article.headline or "")
