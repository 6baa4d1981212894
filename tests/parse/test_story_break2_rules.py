"""A paragraph's last word and the next paragraph's first line OCR read as one line (issue 9,
branch paras35).

Chronicling America's plain OCR sometimes sets the short last line of a paragraph (the tail of a
word broken at the line above: ``iticians.``) and the first line of the next paragraph on one
line, wider than its column (``pol`` / ``iticians. Still there is no candidate against`` /
``Mr. Allison, at least among the Demo``). The reflow never saw the short line, so the two
paragraphs ran on. ``glued.glued_first_line`` cuts such a line in two; the reflow then ends the
paragraph after the word. A full line of narrow letters, an abbreviation, a line of names in
title case, a line no wider than its column, a ragged or glued column and lines a blank line
apart are left whole. The pages are set as Chronicling America prints them: unindented lines,
no blank line."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.glued import glued_first_line, set_width, split_glued_heads
from reader.parse.lines import Line, split_lines

#: A justified column of about 36 characters: the lines above the glued one.
_ABOVE = [
    "The contest for the nomination for",
    "mayor on the democratic ticket is to",
    "be watched with considerable interest",
    "by all the local party men and pol",
]
#: The lines under it.
_UNDER = [
    "Mr. Allison, at least among the Demo",
    "crats of the county, and the people",
    "of the town are chiefly concerned with",
    "the question of the new water works.",
]
#: A paragraph's last word and the next paragraph's first line, as one line.
_GLUED = "iticians. Still there is no candidate against"


def _lines(middle: str, above: list[str] = _ABOVE, under: list[str] = _UNDER) -> list[Line]:
    return split_lines("\n".join([*above, middle, *under]) + "\n")


def _paragraphs(middle: str) -> list[str]:
    page = parse_page_text("\n".join(["CITY CAMPAIGN OPENS", *_ABOVE, middle, *_UNDER]) + "\n")
    return [p for article in page.articles for p in article.paragraphs]


def test_a_last_word_glued_to_a_first_line_is_cut_off() -> None:
    lines = _lines(_GLUED)
    assert glued_first_line(lines, len(_ABOVE)) == (
        "iticians.",
        "Still there is no candidate against",
    )


def test_the_cut_lines_keep_the_number_and_the_first_line_keeps_the_width() -> None:
    lines = _lines(_GLUED)
    split = split_glued_heads(lines)
    assert len(split) == len(lines) + 1
    word, first = split[len(_ABOVE)], split[len(_ABOVE) + 1]
    assert (word.text, first.text) == ("iticians.", "Still there is no candidate against")
    assert word.number == first.number == lines[len(_ABOVE)].number
    # (the column the reflow measures around it stays as it was)
    assert first.width == lines[len(_ABOVE)].width
    assert word.width == len("iticians.")


def test_the_paragraph_ends_after_the_word() -> None:
    paragraphs = _paragraphs(_GLUED)
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("men and pol iticians.")  # (no hyphen: the word as OCR left it)
    assert paragraphs[1].startswith("Still there is no candidate against Mr. Allison")


def test_a_quotation_or_a_and_i_open_the_first_line() -> None:
    lines = _lines('mament. "It will be settled with Germany soon')
    assert glued_first_line(lines, len(_ABOVE)) == (
        "mament.",
        '"It will be settled with Germany soon',
    )
    lines = _lines("tions. A communication printed in the week")
    assert glued_first_line(lines, len(_ABOVE)) is not None


@pytest.mark.parametrize(
    "middle",
    [
        # a full line of narrow letters: as many characters, no wider than its column
        "ficiated. The bride is the attractive lit",
        # as wide as the column: a sentence ending inside a line
        "ians. Still there is no man against it",
        # a word of two letters is an abbreviation's, closing no paragraph
        "vs. Estate of the late John McQueen",
        # a line of names in title case with no stop runs on into the line under it
        "kendall. Misses Ina Allen and Mary Johnson",
        # a crosshead in title case: where a story's sections part is left to the head rules
        "ments. Beneficiaries Employ Other Counsel.",
        # a dateline opens a story: where stories part is left to the story rules
        "spiracy. Regina, Sask., Feb. 21.--Three were",
        # the word opens on a capital: a sentence of its own, not a word's tail
        "Politicians. Still there is no candidate against",
        # no stop closes the word
        "iticians, Still there is no candidate against",
        # the rest opens in small letters
        "iticians. still there is no candidate against",
        # the rest is too long for a first line: more than one line glued
        "iticians. Still there is no candidate against Mr. Allison at all",
        # the rest is garble
        "iticians. Sm 'm ,m . mm w' ,. m w .m 'm ; ,' m",
    ],
)
def test_near_misses_are_left_whole(middle: str) -> None:
    lines = _lines(middle)
    assert glued_first_line(lines, len(_ABOVE)) is None


def test_a_near_miss_stays_one_paragraph() -> None:
    assert len(_paragraphs("ians. Still there is no man against it")) == 1


def test_a_ragged_column_is_left_alone() -> None:
    ragged = [
        "The contest for the nomination",
        "mayor on the democratic ticket is to be here",
        "be watched with the",
        "by all the local party men and pol",
    ]
    under = [_UNDER[0], "crats of the county.", *_UNDER[2:]]
    assert glued_first_line(_lines(_GLUED, above=ragged, under=under), len(ragged)) is None


def test_a_column_glued_beside_it_is_left_alone() -> None:
    # (the line above is as wide as the glued one: two columns read as one)
    above = [*_ABOVE[:3], "by all the local party men and the many pol"]
    assert glued_first_line(_lines(_GLUED, above=above), len(above)) is None
    under = ["Mr. Allison, at least among the Democrats and", *_UNDER[1:]]
    assert glued_first_line(_lines(_GLUED, under=under), len(_ABOVE)) is None


def test_lines_a_blank_line_apart_are_left_alone() -> None:
    # (an e-paper sets each line a blank line apart: its lines are never asked)
    lines = split_lines("\n\n".join([*_ABOVE, _GLUED, *_UNDER]) + "\n")
    assert all(glued_first_line(lines, i) is None for i in range(len(lines)))


def test_a_narrow_column_is_left_alone() -> None:
    above = ["The contest for", "the nomination", "for mayor is to", "be seen by pol"]
    under = ["Mr. Allison, of", "the democrats, or", "the people of the", "town at all here."]
    lines = _lines("iticians. Still there is no", above=above, under=under)
    assert glued_first_line(lines, len(above)) is None


def test_set_width_counts_narrow_letters_less() -> None:
    assert set_width("ill fit it") < len("ill fit it")
    assert set_width("MAMMOTH") > len("MAMMOTH")
    assert set_width("bound code") == len("bound code") - 0.4


def test_a_word_of_two_letters_closes_no_paragraph() -> None:
    # (a court's docket: "vs." is an abbreviation's stop, the suit's parties run on)
    above = [
        "R. M. Reed and Frank Stock",
        "ton against the county in",
        "the matter of the old bridge",
        "road and its maintenance at",
    ]
    under = [
        "suit over the title to a lot",
        "of land near the river bank",
        "and the old mill at the ford",
        "Monroe Davis and others in a",
    ]
    lines = _lines("vs. Estate of the late John Mac", above=above, under=under)
    assert glued_first_line(lines, len(above)) is None
    lines = _lines("tons. Estate of the late John Mac", above=above, under=under)
    assert glued_first_line(lines, len(above)) == ("tons.", "Estate of the late John Mac")
