"""A deck's tail read as the story's first words, a word in it broken at a line's end with its
hyphen lost to OCR (branch ``cutdeck22``, issue 9).

decks13's rule gives a deck cut short on a bare word back its tail when the story's first
clause is title case ("… More Than Three" / "Score on Milford Trains in Hospitals."). Where a
word of the tail was broken over two lines and OCR dropped the hyphen, its second piece opens
in small letters ("Armenia May be Forced to Sur" / "render Before Slav Attacks."), so the
title-case test failed and the tail stayed the story's first paragraph. The piece, straight
after a capitalised word and no word the page prints whole, is read as that word's end.
"""

from __future__ import annotations

import pytest

from reader.parse.classify import is_title_cased, is_title_cased_across_breaks
from tests.parse.test_assemble import _LINER_ABOVE as _ABOVE
from tests.parse.test_assemble import _story_headed as _story


def test_a_decks_tail_with_a_word_broken_at_its_line_end_is_the_decks() -> None:
    text = _ABOVE + (
        "FORTS IN FACE\nOF HEAVY FIRE\nStrongly Fortified City in Turkish\n"
        "Armenia May be Forced to Sur\nrender Before Slav Attacks.\n"
        "The Russian troops have taken\nthree more of the outer forts of\n"
        "the city after a long fight in the\nsnow, the war office says.\n"
    )
    story = _story(text, "FORTS IN FACE OF HEAVY FIRE")
    assert story.subheadline == (
        "Strongly Fortified City in Turkish Armenia May be Forced to Sur render Before Slav"
        " Attacks."
    )
    assert story.paragraphs[0].startswith("The Russian troops have taken")


def test_a_tail_running_on_into_the_story_gives_the_story_its_rest() -> None:
    text = _ABOVE + (
        "SPORTSMEN MEET\nFailed to Change Name of County\n"
        "Committees and Delegates Selec\nted. The county sportsmen's club\n"
        "held its annual meeting on Monday\nevening at the town hall here.\n"
    )
    story = _story(text, "SPORTSMEN MEET")
    assert story.subheadline == (
        "Failed to Change Name of County Committees and Delegates Selec ted."
    )
    assert story.paragraphs[0].startswith("The county sportsmen's club held")


def test_a_piece_the_page_prints_as_a_word_leaves_the_sentence_alone() -> None:
    # "wrote" opens a line under "Senator Towne" as a broken word's end would, but the page
    # prints it whole inside a line: the story's sentence, not a deck's tail.
    text = _ABOVE + (
        "The senator wrote to the paper on\nthe day the attack was printed.\n\n"
        "ATTACK REPLIED TO\nIN VERSE BY TOWNE\nAttack by Wister Replied to\n"
        "by Towne in Verse\nSenator Towne\nwrote Verses. He sent the lines to the paper this"
        " week, and the\nverses were read by many of his old friends.\n"
    )
    story = _story(text, "ATTACK REPLIED TO IN VERSE BY TOWNE")
    assert story.subheadline == "Attack by Wister Replied to by Towne in Verse"
    assert story.paragraphs[0].startswith("Senator Towne wrote Verses. He sent")


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("Armenia May be Forced to Sur render Before Slav Attacks.", frozenset(), True),
        ("Infractions of City Ordi nances on Streets.", frozenset({"streets"}), True),
        ("Score on Milford Trains in Hospitals.", frozenset(), True),  # no piece: as before
        ("President Wilson left Washington.", frozenset({"left"}), False),  # a page's word
        ("Tho funeral of Mrs. Nichols.", frozenset({"funeral"}), False),  # a page's word
        ("Forced to surrender Before Attacks.", frozenset(), False),  # after a small word
        ("Forced, render Before Attacks.", frozenset(), False),  # a comma between
        ("Wilson's left Washington.", frozenset(), False),  # the word before is no word
        ("Council delays vote on parking", frozenset(), False),
    ],
)
def test_title_case_across_a_broken_word(text: str, known: frozenset[str], expected: bool) -> None:
    assert is_title_cased_across_breaks(text, known) is expected


def test_with_no_piece_it_is_the_title_case_test() -> None:
    for text in ("Drop Bombs on Milan", "Is Sold by Government", "the rest of it", "A b C"):
        assert is_title_cased_across_breaks(text, frozenset()) is is_title_cased(text)
