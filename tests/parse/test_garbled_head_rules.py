"""A line of OCR garble in capitals over a clean capitals head is no headline (branch
``bodyhead24``, issue 9).

A 1916 page's column rule, ornament or smudge comes out of OCR as a line of capitals that holds
no word ("U.JJ'J.'UL'.i!", "JJS", "V V V V V V V V :"); standing first in a stack, it was read as
the story's headline and the real head under it as a deck. Below the page's first lines (the
masthead's), such a line straight over a capitals head that reads clean is passed over and shed
to the page's unplaced text (see ``_over_capitals_head`` and ``_shed_noise_over_head``).
"""

from __future__ import annotations

import pytest

from reader.parse.assemble import (
    PAGE_TOP_LINES,
    Body,
    Title,
    _decks,
    _is_clean_capitals,
    _is_garbled_capitals,
    _shed_noise_over_head,
)
from reader.parse.audit import lost_and_added
from reader.parse.classify import title_style
from tests.parse.test_scrap_stack_rules import _page


def _stack(first: int, *texts: str) -> Body:
    """A story whose titles are ``texts``, one line each from line ``first``, its text under."""
    titles = [Title(text, title_style(text), first + i, first + i) for i, text in enumerate(texts)]
    body = Body(
        ["Rockland, Me., Feb. 28.—A speed three-quarters of a knot."],
        first + len(texts),
        first + len(texts) + 5,
    )
    body.titles = list(titles)
    for title in titles:
        title.body = body
    return body


@pytest.mark.parametrize(
    "text", ["U.JJ'J.'UL'.i!", "JJS", "V V V V V V V V :", "ON ? CKNT.", "J-X JL 1V1VX", "XXX"]
)
def test_a_capitals_line_with_no_readable_word_is_garble(text: str) -> None:
    assert title_style(text) == "caps"
    assert _is_garbled_capitals(Title(text, "caps", 40, 40))


@pytest.mark.parametrize("text", ["ROOSEVELT", "NOTABLE SUCCESSE3", "TH E DAY", "Mr. Jones"])
def test_a_line_with_a_word_or_in_small_letters_is_no_garble(text: str) -> None:
    assert not _is_garbled_capitals(Title(text, title_style(text), 40, 40))


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("PENNSYLVANIA EXCEEDS SPEED REQUIREMENTS", True),
        ("TUC DAY IX CONGRESS.", True),
        ("MAKES GAINS IN FRANCE", True),
        ("'Ill ' I 'I ' M I It.., II III", False),
        ('I 1 1 , I , IIIi IIU I !mI I" I- I-', False),
        ("ROOSEVELT", False),
    ],
)
def test_a_clean_capitals_head_reads_as_words(text: str, clean: bool) -> None:
    assert _is_clean_capitals(Title(text, "caps", 41, 41)) is clean


def test_garble_over_a_clean_capitals_head_is_shed_and_the_head_heads() -> None:
    body = _stack(
        460,
        "U.JJ'J.'UL'.i!",
        "PENNSYLVANIA EXCEEDS SPEED REQUIREMENTS",
        "New Superdreadnaught Pushed at Rate of 21.75 Knots an Hour.",
    )
    assert _shed_noise_over_head(body) == ["U.JJ'J.'UL'.i!"]
    kicker, headline, deck = _decks(body)
    assert (kicker, headline) == (None, "PENNSYLVANIA EXCEEDS SPEED REQUIREMENTS")
    assert deck == "New Superdreadnaught Pushed at Rate of 21.75 Knots an Hour."


def test_garble_in_the_page_top_lines_is_left_to_the_masthead() -> None:
    body = _stack(PAGE_TOP_LINES - 2, "V EN I N G", "EDITION SOUTH BEND NEWS")
    assert _shed_noise_over_head(body) == []
    assert _decks(body)[1] == "V EN I N G"


def test_garble_over_garble_is_left_alone() -> None:
    body = _stack(200, "I , In I I i I... I. M", 'I 1 1 , I , IIIi IIU I !mI I" I- I-')
    assert _shed_noise_over_head(body) == []
    assert _decks(body)[1] == "I , In I I i I... I. M"


#: Unseen real pages the rule was read on: (page, the head, the garble over it).
_CASES = [
    ("19160214/sn83025182", "MAKES GAINS IN FRANCE", "JJS"),
    ("19160218/sn88078751", "TELLS THRILLING TALE OF ESCAPE FROM SUBMARINE", "I ED"),
    ("19160211/sn85058396", "AMERICANS BUY A i SPANISH RAILROAD !", "OO Tj"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline", "garble"), _CASES)
def test_a_real_story_under_garble_is_headed_by_its_clean_head(
    page_name: str, headline: str, garble: str
) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    assert any(a.headline == headline for a in page.articles)
    assert not any(a.headline == garble for a in page.articles)
    assert garble in page.unplaced
    assert not lost_and_added(text, page)[0]
