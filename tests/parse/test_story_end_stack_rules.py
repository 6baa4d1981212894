"""A dispatch's head stack, in capitals with decks under it, read as the last paragraphs of
the story above it (branch ``histc50``, issue 9).

A 1916 column sets wire stories one under another, each under a head in capitals and decks in
capitals or mixed case, over the dateline. Read as the last paragraphs of the story above, the
stack left the dispatch headless and the story with a tail that was no part of it. The stack
now heads its dispatch, read line by line: the head in capitals, each deck a title of its own
(a title closes on a stop; a line in capitals much wider than the one over it opens a deck).
Over a headless local story with no dateline (one the parser split at its opening) the stack
heads it too when it spans two lines or more, closes on a stop and names no year. Left alone: a
paragraph in sentence case, capitals that run into prose, OCR's specks, a date, a signer's
name, the foot of a stack in capitals (its head above would be lost), a deck that is a wire's
credit, and lines that are no whole paragraphs.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.assemble import (
    Body,
    _opens_end_stack,
    _paragraphs_of_lines,
    _reads_as_end_deck,
    _stack_from,
    _stack_titles,
)

# A dispatch whose stack OCR garbled: its deck's first line lost its capital and broke its
# words ("ounty … Wi ll Be"), so the line classifier read the stack as prose.
_PAGE = (
    "Mobile, Feb. 10.?Three old barges,\n"
    "able to carry seven hundred tons of\n"
    "coal without taking on more sup?\n"
    "plies, with a crew of six men each,\n"
    "and with two new steam pumps, are\n"
    "just finished at the yard, according\n"
    "to reports to the harbor officials\n"
    "today.\n"
    "{stack}\n"
    "Selma, Feb. 10.?The new bridge over\n"
    "the river was opened to wagons this\n"
    "morning, the county engineer said,\n"
    "and the ferry will stop running at\n"
    "the end of March, when the river\n"
    "is expected to rise again, they say.\n"
    "The ferry has run for forty years.\n"
)

_DECK = "ounty Engineer Says Ferry Wi ll Be\nStopped Next Month."
_DECK_TEXT = "ounty Engineer Says Ferry Wi ll Be Stopped Next Month."


def _parse(stack: str) -> list[Article]:
    return list(parse_page_text(_PAGE.format(stack=stack)).articles)


@pytest.mark.parametrize(
    ("stack", "head"),
    [
        ("BRIDGE OPENED TODAY.\n" + _DECK, "BRIDGE OPENED TODAY."),
        # a question closes the head
        ("TO OPEN THE BRIDGE?\n" + _DECK, "TO OPEN THE BRIDGE?"),
        # a speck of OCR's over the head goes with it
        ("I -\nBRIDGE OPENED TODAY.\n" + _DECK, "I - BRIDGE OPENED TODAY."),
    ],
)
def test_a_stack_at_the_story_s_end_heads_the_dispatch(stack: str, head: str) -> None:
    story, dispatch = _parse(stack)
    assert story.paragraphs[-1].endswith("to the harbor officials today.")
    assert dispatch.headline == head
    assert dispatch.subheadline == _DECK_TEXT
    assert dispatch.dateline == "Selma, Feb. 10.?"


def test_a_sentence_case_paragraph_stays_in_the_story() -> None:
    story, dispatch = _parse("The bridge was opened today. The\n" + _DECK)
    assert story.paragraphs[-1].endswith("Stopped Next Month.")
    assert dispatch.headline is None


# A local story the parser split at its opening, its stack in capitals (a lawyer's garbled
# name, a word broken by a soft hyphen) read as the story above's last paragraphs.
_LOCAL = (
    "FARMERS MEET AT CITY HALL\n"
    "The farmers of the county met at\n"
    "the city hall on Saturday and passed\n"
    "resolutions on the rural credit bill,\n"
    "which were adopted without change.\n"
    "The committee will report again at\n"
    "the next meeting in the spring.\n"
    "Respectfully submitted,\n"
    "—John Smith, Chairman.\n"
    "{stack}\n"
    "Atty. J. M. Browne has opened law\n"
    "offices in room 5 of the bank block.\n"
    "Mr. Browne is not a stranger in\n"
    "the city, for years ago he lived here.\n"
    "He attended the city schools, gradu\u00ad\n"
    "ating with high honors in the class of\n"
    "1905, the second graduating class\n"
    "from the city High school. He then\n"
    "attended the State University of New\n"
    "York, graduating from that institu\u00ad\n"
    "tion. For four years he practiced law\n"
    "in Ohio, where he was successful,\n"
    "but he has always liked this city.\n"
)
_LOCAL_STACK = (
    "ATTY. QUIMBROE\nLOCATES\nIN TOWN\nNEBRASKA LAWYER OPENS OF\u00ad\n"
    "FICES IN BANK BLOCK—RESID\u00ad\nED IN TOWN YEARS AGO."
)


def test_a_stack_over_a_headless_local_story_heads_it() -> None:
    story, local = parse_page_text(_LOCAL.format(stack=_LOCAL_STACK)).articles
    assert story.paragraphs[-1] == "Respectfully submitted, —John Smith, Chairman."
    assert local.headline == "ATTY. QUIMBROE LOCATES IN TOWN"
    assert (
        local.subheadline
        == "NEBRASKA LAWYER OPENS OFFICES IN BANK BLOCK—RESIDED IN TOWN YEARS AGO."
    )
    assert local.paragraphs[0].startswith("Atty. J. M. Browne has opened law")


@pytest.mark.parametrize(
    "stack",
    [
        # over no dateline, a stack with a year (a date line)
        _LOCAL_STACK.replace("YEARS AGO.", "IN 1905."),
        # or one that closes on no stop
        _LOCAL_STACK.removesuffix("."),
    ],
)
def test_over_no_dateline_the_stack_must_show_more(stack: str) -> None:
    articles = parse_page_text(_LOCAL.format(stack=stack)).articles
    assert all(not (a.headline or "").startswith("ATTY. QUIMBROE LOCATES") for a in articles)


def test_over_no_dateline_one_line_is_no_stack() -> None:
    story = Body(paragraphs=["The bank's report.", "FIRST NATIONAL BANK."], first=1)
    assert _stack_from(story, [9], ["FIRST NATIONAL BANK."], dated=False) is None
    assert _stack_from(story, [9], ["FIRST NATIONAL BANK."], dated=True) == (
        1,
        [("FIRST NATIONAL BANK.", [9])],
    )


@pytest.mark.parametrize(
    ("line", "above", "opens"),
    [
        ("GERMANS BATTER BELFORT.", "officials today.", True),
        ("Mil TO HEAD TRADE BODY.", "has been released.", True),
        # near misses: the line above goes on, prose, OCR's specks, a date, one word,
        ("GERMANS BATTER BELFORT.", "according to the", False),
        ("The Germans batter Belfort.", "officials today.", False),
        ("'V- ..", "officials today.", False),
        ("FEB. 11, 1916.", "officials today.", False),
        ("BELFORT.", "officials today.", False),
        # a signer's initials and name (an advertisement's signature); the foot of a stack
        ("25-tf J. W. WENTWORTH,", "year. Phone 593.", False),
        ("AMONG FIRST OF THE PLANS", "OPPOSITION FAILS TO SHOW ITS HAND.", False),
    ],
)
def test_opens_end_stack(line: str, above: str, opens: bool) -> None:
    assert _opens_end_stack(line, above) is opens


def test_a_stack_must_be_whole_paragraphs() -> None:
    lines = ["BRIDGE OPENED TODAY.", "County Engineer Says"]
    assert (
        _paragraphs_of_lines(["The story.", "BRIDGE OPENED TODAY. County Engineer Says"], lines)
        == 1
    )
    assert (
        _paragraphs_of_lines(["The story.", "BRIDGE OPENED TODAY.", "County Engineer Says"], lines)
        == 2
    )
    # a paragraph that holds more than the lines, or only the lines (none left above)
    assert (
        _paragraphs_of_lines(["The story. BRIDGE OPENED TODAY. County Engineer Says"], lines)
        is None
    )
    assert _paragraphs_of_lines(["BRIDGE OPENED TODAY. County Engineer Says"], lines) is None


def test_stack_titles() -> None:
    lines = [
        "SENIS FARMERS",
        "AT WASH!!",
        "MINOT MAN OFF FOR CAPITOL",
        "CITY TO HEAD FIGHT.",
        "anal Bjtnoa Urge Wilson to In?",
        "ks Sowth Carolina Capital.",
    ]
    assert _stack_titles(range(10, 16), lines) == [
        ("SENIS FARMERS AT WASH!!", [10, 11]),
        ("MINOT MAN OFF FOR CAPITOL CITY TO HEAD FIGHT.", [12, 13]),
        ("anal Bjtnoa Urge Wilson to In? ks Sowth Carolina Capital.", [14, 15]),
    ]


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
