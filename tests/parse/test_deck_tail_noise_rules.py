"""A deck's tail read as the story's first words, its stop followed by OCR's leavings rather
than a capital (branch ``cutdeck23``, issue 9).

decks13's rule gives a deck cut short on a bare word back its tail when the story's first
clause is title case and its stop ends a sentence: a capital, a quote or nothing after it.
On 1916 front pages the stop is as often followed by what OCR left of a wire credit, a
dateline or a column rule ("… Continues Its March" / "Beyond Erzerum. liy United Press …",
"Blockade of Germany an Inhumane Act. j | CONFERENCE …"), whose first letter is in small
letters or is no letter at all. Such a first word — no letters, one letter other than "a", a
capital behind a mark, or in small letters and printed nowhere whole on the page — ends the
tail as a new sentence would; a word the page prints ("of Berlin", "former Senator") does
not.
"""

from __future__ import annotations

import pytest

from reader.parse.assemble import _opens_on_no_word
from tests.parse.test_assemble import _LINER_ABOVE as _ABOVE
from tests.parse.test_assemble import _story_headed as _story

_STORY = (
    "The Russians continue their march\nbeyond the forts of the city and\n"
    "are reported to be taking many\nprisoners in the snow of the hills.\n"
)


@pytest.mark.parametrize(
    ("stack", "headline", "deck", "opening"),
    [
        (  # a wire credit OCR garbled ("By United Press")
            "RUSSIANS MENACE\nTREBIZOND\nVictorious Army Continues Its March\n"
            "Beyond Erzerum.\nliy United Press\n",
            "RUSSIANS MENACE TREBIZOND",
            "Victorious Army Continues Its March Beyond Erzerum.",
            # (read as the dispatch's byline since branch histp50, GARBLED_UNITED: the credit
            # is no longer left at the text's head)
            "The Russians continue",
        ),
        (  # a column rule's mark
            "HOPES U. S. WILL AID\nIN FREEING THE SEAS\nKaiser's Government Calls Britain's\n"
            "Blockade of Germany an\nInhumane Act.\nj\n",
            "HOPES U. S. WILL AID IN FREEING THE SEAS",
            "Kaiser's Government Calls Britain's Blockade of Germany an Inhumane Act.",
            "j The Russians continue",
        ),
    ],
)
def test_a_tail_followed_by_ocrs_leavings_is_the_decks(
    stack: str, headline: str, deck: str, opening: str
) -> None:
    story = _story(_ABOVE + stack + _STORY, headline)
    assert story.subheadline == deck
    assert story.paragraphs[0].startswith(opening)
    if "United Press" in stack:
        assert story.byline == "liy United Press"


def test_a_word_the_page_prints_after_the_stop_leaves_the_sentence_alone() -> None:
    # "of" is a word of the page: the clause is no deck's tail closed by OCR's leavings.
    text = _ABOVE + (
        "GERMANS GAIN\nNEAR VERDUN\nBesides Great Number\n"
        "Men Much War Material Was Lost.\nof\n" + _STORY
    )
    story = _story(text, "GERMANS GAIN NEAR VERDUN")
    assert story.subheadline == "Besides Great Number"
    assert story.paragraphs[0].startswith("Men Much War Material Was Lost. of The")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (". ", True),  # no letters
        ("- v", True),
        ("j | CONFERENCE FOR TODAY", True),  # one letter: a column rule's mark
        ("i Los Angeles, Cal.", True),
        ("[Special to The Herald.]", True),  # a capital behind a mark
        ("liy United Press.", True),  # printed nowhere whole: OCR's garble
        ("behlin (via wireless)", True),
        ("former Senator", False),  # a word of the page
        ("of Berlin, Feb. 23", False),
        ("a P. -a, W uhington", False),  # "a" is a word
    ],
)
def test_what_opens_on_no_word(text: str, expected: bool) -> None:
    known = frozenset({"former", "of", "a", "the", "senator"})
    assert _opens_on_no_word(text, known) is expected
