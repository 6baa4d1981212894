"""A dispatch's head stack, in capitals with a deck under it, read as the last paragraph of
the story above it (branch ``histc50``, issue 9).

A 1916 column sets wire stories one under another, each under a head in capitals closing on a
stop and a deck of a line or two in mixed case, over the dateline. Read as one paragraph of the
story above, the stack left the dispatch headless and the story with a tail that was no part of
it. The stack now heads its dispatch: the capitals are the headline, the rest the deck. Left
alone: a paragraph in sentence case, capitals that run into prose without a stop, a deck that
is a wire's credit and a stop after an initial.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.assemble import _capitals_head, _reads_as_end_deck

_PAGE = (
    "HARBOR FLEET\n"
    "IS FOUND SAFE\n"
    "Fears for the Crews Are Set at Rest\n"
    "When the Barges Are Sighted.\n"
    "Mobile, Feb. 11.—The harbor\n"
    "office announced today that the\n"
    "missing barges are safe and sound.\n"
    "Captain Dobbs, of the tug Ellen,\n"
    "reported them at anchor east of\n"
    "the bar, below the old lighthouse.\n"
    "The barges were seen riding at\n"
    "anchor and needed no aid. They\n"
    "{last}\n"
    "{stack}\n"
    "{dateline}—The new\n"
    "bridge over the river was opened\n"
    "to wagons this morning, the county\n"
    "engineer said, and the ferry will\n"
    "stop running at the end of March.\n"
)

_CLOSED = "should be towed in to the\nyards tonight."
_STACK = "BRIDGE OPENED TODAY.\nCounty Engineer Says Ferry Will\nStop Running Next Month."


def _parse(
    stack: str = _STACK, last: str = _CLOSED, dateline: str = "Selma, Ala., Feb. 11."
) -> list[Article]:
    text = _PAGE.format(stack=stack, last=last, dateline=dateline)
    return list(parse_page_text(text).articles)


def test_a_capitals_head_and_its_deck_head_the_dispatch() -> None:
    story, dispatch = _parse()
    assert story.headline == "HARBOR FLEET IS FOUND SAFE"
    assert story.paragraphs[-1].endswith("towed in to the yards tonight.")
    assert dispatch.headline == "BRIDGE OPENED TODAY."
    assert dispatch.subheadline == "County Engineer Says Ferry Will Stop Running Next Month."
    assert dispatch.dateline == "Selma, Ala., Feb. 11.—"


@pytest.mark.parametrize(
    ("stack", "head", "deck"),
    [
        # a question closes the head; OCR dropped the deck's first letter
        (
            "TO OPEN THE BRIDGE?\nounty Engineer Says Ferry Will\nStop Running Next Month.",
            "TO OPEN THE BRIDGE?",
            "ounty Engineer Says Ferry Will Stop Running Next Month.",
        ),
        # a head alone, in capitals over two lines
        ("NEW RIVER BRIDGE IS\nOPENED TO WAGONS.", "NEW RIVER BRIDGE IS OPENED TO WAGONS.", None),
    ],
)
def test_the_stack_s_shapes(stack: str, head: str, deck: str | None) -> None:
    story, dispatch = _parse(stack=stack)
    assert story.paragraphs[-1].endswith("towed in to the yards tonight.")
    assert dispatch.headline == head
    assert dispatch.subheadline == deck


@pytest.mark.parametrize(
    "stack",
    [
        # sentence case: the story's own last sentence
        "The bridge was opened today. The\nofficers say the ferry will stop\nrunning next month.",
        # capitals running into prose with no stop: no head of its own
        "THE BRIDGE opened today and the\nferry will stop running next month.",
        # the head's stop is an initial's: "JOHN H. SMITH" is no head closed
        "JOHN H. SMITH SAYS the ferry will\nstop running next month, he said.",
    ],
)
def test_near_misses_stay_in_the_story(stack: str) -> None:
    _story, dispatch = _parse(stack=stack)
    assert dispatch.headline is None


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "GERMANS BATTER BELFORT. rest Guns Turned",
            ("GERMANS BATTER BELFORT.", "rest Guns Turned"),
        ),
        ("JANUARY SEIZURES, Constables Gather", ("JANUARY SEIZURES,", "Constables Gather")),
        ("ARMY BILL IS PASSED.", ("ARMY BILL IS PASSED.", None)),
        (
            "MAJOR GENERAL HUGH L. SCOTT NOW SECRETARY",
            ("MAJOR GENERAL HUGH L. SCOTT NOW SECRETARY", None),
        ),
        # near misses: one word, prose after capitals, an initial's stop, a head too long
        ("PARIS. The city", None),
        ("THE BRIDGE opened today.", None),
        ("JOHN H. Smith said so.", None),
        ("A VERY LONG HEAD IN CAPITALS THAT GOES ON AND ON. Deck", None),
        # OCR's specks; capitals too long for a head alone (decks no stop sets apart)
        ("'V- ..", None),
        (
            "GENERAL SCOTT NOW SECRETARY AD INTERIM"
            " GARRISON WAS ALSO OPPOSED TO HIS PLAN FOR ISLANDS",
            None,
        ),
    ],
)
def test_capitals_head(text: str, split: tuple[str, str | None] | None) -> None:
    assert _capitals_head(text) == split


@pytest.mark.parametrize(
    ("deck", "reads"),
    [
        ("County Engineer Says Ferry Will Stop.", True),
        ("ounty Engineer Says Ferry Will Stop.", True),
        ("(By Associated Press.)", False),
        ("Special to The Herald.", False),
        ("Chicago, Feb. 14.—The city", False),
        ("the ferry will stop running next month.", False),
    ],
)
def test_reads_as_end_deck(deck: str, reads: bool) -> None:
    assert _reads_as_end_deck(deck) is reads
