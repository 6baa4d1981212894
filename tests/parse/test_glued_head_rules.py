"""A headline in capitals OCR read onto a paragraph's last line (branch items27, issue 9).

Chronicling America's plain OCR sometimes reads a story's last word (the tail of a word broken
at the line above, or a short last word) and the next story's headline as one line (``tion.
LIVE STOCK AND GRAIN``). The headline is put on a line of its own under the word, so the story
above ends on its sentence and the headline heads the story under it.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.glued import glued_head, split_glued_heads
from reader.parse.lines import split_lines

#: A daily's column: a story whose last line holds its last word and the next story's head.
_PAGE = (
    "MEETING OF PEACE DELEGATES.\n"
    "Berne, Feb. 15. A meeting of the peace\n"
    "delegates was held here today. It was\n"
    "attended by many prominent citizens of\n"
    "the town, and the speakers were well re-\n"
    "ceived. MILLION AND HALF DOLLAR\n"
    "FIRE IN FALL RIVER.\n"
    "Fall River, Mass., Feb. 16. Fire early\n"
    "today destroyed the department store at\n"
    "South Main and Spring streets and spread\n"
    "rapidly through the business section.\n"
)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("tion. LIVE STOCK AND GRAIN", ("tion.", "LIVE STOCK AND GRAIN")),
        ("ceived. MILLION AND HALF DOLLAR", ("ceived.", "MILLION AND HALF DOLLAR")),
        ("000. CAPT. WARREN DEAN WEDS", ("000.", "CAPT. WARREN DEAN WEDS")),
        ('azines." STEALS CLOTHES FROM', ('azines."', "STEALS CLOTHES FROM")),
    ],
)
def test_a_head_after_a_paragraphs_last_word_is_cut_off(line: str, parts: tuple[str, str]) -> None:
    assert glued_head(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "ment. DANA BURNET, DON MARQUIS,",  # a byline's names run on over a comma
        "Letters. IVA E. DODD, P. M.",  # a signature under a capitalised word
        "with you. PUT US TO THE TEST.",  # an ad's sentence, two words before the stop
        "17! PER SHED WHEH",  # figures with no stop: a garbled head
        "ment. THE END",  # too few letters for a head
        "ment. TWO WORDS",  # two words only
        "ment, JAIL IS EMPTY",  # no stop closes the word
        "ment. JAIL Is Empty Today",  # not in capitals
        "the city. JAIL IS EMPTY",  # a sentence, not a paragraph's last word
    ],
)
def test_other_lines_are_left_whole(line: str) -> None:
    assert glued_head(line) is None


def test_the_head_stands_on_a_line_of_its_own_with_the_same_number() -> None:
    lines = split_lines(_PAGE)
    split = split_glued_heads(lines)
    assert len(split) == len(lines) + 1
    word, head = split[5], split[6]
    assert (word.text, head.text) == ("ceived.", "MILLION AND HALF DOLLAR")
    assert word.number == head.number == lines[5].number
    assert head.gap == 0 and not head.indented
    # A page with no such line is returned as it is.
    assert split_glued_heads(lines[:4]) == lines[:4]


def test_the_story_above_ends_on_its_sentence_and_the_head_heads_its_story() -> None:
    page = parse_page_text(_PAGE)
    heads = [article.headline for article in page.articles]
    assert heads == ["MEETING OF PEACE DELEGATES.", "MILLION AND HALF DOLLAR FIRE IN FALL RIVER."]
    assert page.articles[0].paragraphs[-1].endswith("were well received.")
    assert "DOLLAR" not in " ".join(page.articles[0].paragraphs)
    lost, added = lost_and_added(_PAGE, page)
    assert not lost and not added
