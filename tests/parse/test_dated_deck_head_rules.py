"""Heads and decks given to their own stories on 1916 pages (branch ``histh50``, issue 9).

A 1916 page of wire news runs dispatches one under another, each under a capitals head and a
mixed-case deck over its dateline. OCR often sets the head straight under the last line of the
story above with its stop lost, or garbles its letters (``BRITI8H``, ``CAiLLED``), so the title
rules read the head as the last words of the story above and the deck headed the dispatch.
Read off the dateline upward, the stack is the head's (``reflow._caps_head_over_dated_deck``).
"""

from __future__ import annotations

import pytest

from reader.parse.lines import Line
from reader.parse.reflow import _caps_head_over_dated_deck
from tests.parse.stories import story_holding

_ABOVE = (
    "Chicago, Feb. 14.—Part identification\n"
    "of the man who held up the agency\n"
    "was made by the clerks, and both men\n"
    "were carrying seven loaded revolvers\n"
)
_DECK = "No Evidence to Support Rumors of Plot\nto Invade Dominion.\n"
_DISPATCH = (
    "Washington, Feb. 14.—Department of\n"
    "justice officials today said they had\n"
    "no evidence to support the alarm of the\n"
    "Canadian officials about the dominion.\n"
)


@pytest.mark.parametrize(
    ("head", "deck"),
    [
        # (a small word of the deck garbled, "ef" for "of": no clean title case)
        ("CANADA UNDULY ALARMED.", "No Evidence to Support Rumors ef Plot\nto Invade Dominion.\n"),
        ("CANADA'UNDULY ALARMED.", "No Evidence to Support Rumors ef Plot\nto Invade Dominion.\n"),
        # (the head's letters garbled, its stop lost)
        ("SINGLE MEN CAiLLED T0 ARMS", _DECK),
    ],
)
def test_a_capitals_head_under_unclosed_prose_over_a_dated_deck_heads_the_dispatch(
    head: str, deck: str
) -> None:
    text = _ABOVE + head + "\n" + deck + _DISPATCH
    article = story_holding(text, "justice officials")
    assert article.headline == head
    assert article.subheadline == " ".join(deck.split("\n")).strip()
    above = story_holding(text, "seven loaded")
    assert head not in " ".join(above.paragraphs)


def test_a_garbled_capitals_head_over_a_dated_deck_heads_the_dispatch() -> None:
    text = (
        _ABOVE
        + "KILLED BY EXPL0SION.\n"
        + "John Janda, of Cedar Rapids, Thrown\nForty Feet to His Death.\n"
        + "Cedar Rapids, Feb. 14.—While re\n"
        + "moving the cap from a tank car half\n"
        + "filled with gasolene, John Janda, this\n"
        + "morning caused an explosion.\n"
    )
    article = story_holding(text, "tank car")
    assert article.headline == "KILLED BY EXPL0SION."
    assert article.subheadline == "John Janda, of Cedar Rapids, Thrown Forty Feet to His Death."


@pytest.mark.parametrize(
    ("head", "deck"),
    [
        # a capitals phrase ending on a word that runs on: a sentence's, no head
        ("THE CITY OF", _DECK),
        # one word: a name or a shout, no head
        ("WASHINGTON", _DECK),
        # the lines between read as a sentence, no deck
        ("CANADA UNDULY ALARMED.", "the officials said there was no\nreason for the alarm.\n"),
    ],
)
def test_no_head_over_a_dispatch_without_a_deck_shape(head: str, deck: str) -> None:
    text = _ABOVE + head + "\n" + deck + _DISPATCH
    article = story_holding(text, "justice officials")
    assert article.headline != head


def test_a_capitals_line_under_a_title_is_left_to_the_stack_rules() -> None:
    # (the line above is a head's: the stack rules read the stack, this rule asks prose above)
    text = (
        "The ice went out of the river early\nthis year, said the ferry's master.\n\n"
        "FERRY SERVICE RESUMED\n"
        "GRAIN RATES LOWERED\n"
        "Boats Will Run Daily From the\nLower Landing Again.\n"
        "Portland, Feb. 14.—The ferry company\n"
        "announced today that its boats would\n"
        "run daily from the lower landing.\n"
    )
    article = story_holding(text, "ferry company")
    assert article.headline is not None
    assert article.headline.startswith("FERRY SERVICE RESUMED")


def test_a_capitals_line_under_a_pyramid_deck_tail_is_not_cut_off_as_a_head() -> None:
    # (the short line over the capitals line closes a deck wrapped over lines: the capitals
    # line is the stack's next deck, and the rule leaves the stack to the stack rules)
    text = (
        "FIVE TRAPPED AND DOOMED\n"
        "Dead Were Employes and\n"
        "One of the Proprietors\n"
        "of the Place\n"
        "WERE BURIED TOGETHER.\n"
        "Aged Bellows Falls People Not Separ\n"
        "ated Long By Death.\n"
        "Bellows Falls, Feb. 22.—Double funeral\n"
        "services for the aged couple were held\n"
        "yesterday afternoon at their home.\n"
    )
    lines = [
        Line(number=n + 1, text=row, indented=False, gap=0)
        for n, row in enumerate(text.splitlines())
    ]
    flags = [False] * len(lines)
    _caps_head_over_dated_deck(lines, flags, [False] * len(lines))
    assert not any(flags)


def test_a_head_clause_ending_on_a_semicolon_is_not_cut_off_as_a_head() -> None:
    text = (
        _ABOVE
        + "SAYS PARIS;\n"
        + "No Evidence to Support Rumors ef Plot\nto Invade Dominion.\n"
        + _DISPATCH
    )
    article = story_holding(text, "justice officials")
    assert article.headline != "SAYS PARIS;"
