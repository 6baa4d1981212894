"""speed40's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made text and on generated text, so that a later edit that changes an answer
fails here before it moves the identity hash."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

import reader.parse
from reader.parse.classify import (
    _literal_lead,
    is_email_line,
    is_place_alone,
    led_by_first_character,
    may_be_byline_alone,
    may_open_modern_story,
    name_over_office,
)
from reader.parse.glued import _NARROW_LETTERS, _WIDE_LETTERS, set_width
from reader.parse.lines import Block, split_lines
from reader.parse.reflow import (
    TABLOID_STACK_LINES,
    _head_stack_block,
    _opens_tabloid_story,
    _sentence_case_head,
    block_opens_modern_story,
    modern_page,
)

#: Alternatives in every shape led_by_first_character is given: letters then a pattern, a
#: letter a quantifier follows, a class first, marks and escapes first, a group first, Chinese.
_ALTERNATIVES: list[tuple[str, str, bool]] = [
    ("$", r"\s?\d", False),
    ("p", r"er\s+(?:cent|lb)\b", True),
    ("P", r"hone\b", True),
    ("P", r"RICES?\b", True),
    ("P", r"rops?\.", True),
    (r"\d", r"\d*\s?c\b", True),
    (r"\d", r"\d*\s+cents\b", True),
    ("Ss", r"old\s+by\b", True),
    ("T", r"(?:his|he\s+top)\s+cut\b", True),
    ("i", r"s\s+shown\s+", True),
    ("(", r"(?:top|left)\)", False),
    ("电電", "话", False),
    ("元", "/", False),
    ("Yy", r"ou\b", True),
    ("Yy", r"our\b", True),
]
_PIECES = [
    *"per cent lb Phone PRICE PRICES Prop Props. 5 c 12c 3 cents ４c Sold sold by This The "
    "he top cut is shown ( top) left) 电话 電话 元/ you your Your YOU x $ $x a5c _Phone".split(),
    " ",
    "  ",
    "\n",
    ".",
    "",
]


def _as_written(alternatives: list[tuple[str, str, bool]]) -> re.Pattern[str]:
    """The flat alternation ``\\b?[first]rest`` that led_by_first_character stands for."""
    return re.compile(
        "|".join((r"\b" if word else "") + f"[{first}]{rest}" for first, rest, word in alternatives)
    )


def test_literal_lead_is_the_letters_matched_as_themselves() -> None:
    assert _literal_lead(r"er\s+(?:cent|lb)\b") == "er"
    assert _literal_lead(r"RICES?\b") == "RICE"
    assert _literal_lead(r"rops?\.") == "rop"
    assert _literal_lead(r"ab*c") == "a"
    assert _literal_lead(r"ab{2}") == "a"
    assert _literal_lead(r"ab+") == "a"
    assert _literal_lead(r"hone") == "hone"
    assert _literal_lead("系人") == "系人"
    assert _literal_lead(r"\s?\d") == ""
    assert _literal_lead(r"(?:his|he)") == ""
    assert _literal_lead("/") == ""
    assert _literal_lead("") == ""


def test_led_pattern_checks_first_character_and_word_start_behind_the_letters() -> None:
    pattern = led_by_first_character(_ALTERNATIVES)
    assert pattern.findall("50 per cent, Phone 12, xper cent, uPhone") == ["per cent", "Phone"]
    assert pattern.findall("Props. Prop. Pros.") == ["Props.", "Prop."]
    assert pattern.findall("you your Your,Yours tyou") == ["you", "your", "Your"]
    # (at the text's start, where the lookbehind for the character before has no room)
    assert pattern.findall("per cent") == ["per cent"]
    assert pattern.findall("5 cents 5c") == ["5 cents", "5c"]


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=25))
@example(text=["x", "per cent"])
@example(text=["Props", "."])
def test_led_pattern_finds_what_the_flat_alternation_finds(text: list[str]) -> None:
    led, flat = led_by_first_character(_ALTERNATIVES), _as_written(_ALTERNATIVES)
    for joined in ("".join(text), " ".join(text)):
        found = [(m.span(), m.group()) for m in led.finditer(joined)]
        assert found == [(m.span(), m.group()) for m in flat.finditer(joined)]


def _modern_page_as_written(blocks: list[Block]) -> bool:
    """modern_page as it was written before speed40 (each line's guard asked for itself and for
    the line above), with branch bbb42's head block over a block opening a modern story."""
    for index, block in enumerate(blocks):
        lines = list(block.lines)
        # (a name over an e-mail address marks the page modern by itself: branch en47)
        if any(
            j and is_email_line(line.text) and name_over_office(lines[j - 1].text, line.text)
            for j, line in enumerate(lines)
        ):
            return True
        if (
            lines
            and index + 1 < len(blocks)
            and _head_stack_block(lines)
            and block_opens_modern_story(blocks[index + 1])
        ):
            return True

        # (each line's guard: a modern story's opening, a place under a correspondent's name,
        # or a byline alone with no "By", branch en46)
        def guard(text: str) -> bool:
            return may_open_modern_story(text) or is_place_alone(text) or may_be_byline_alone(text)

        for j, line in enumerate(lines):
            if (
                (guard(line.text) or (j + 1 < len(lines) and guard(lines[j + 1].text)))
                and _opens_tabloid_story(lines, j)
                and any(
                    i >= 0 and _sentence_case_head(lines, i)
                    for i in range(j - 1, j - 1 - TABLOID_STACK_LINES, -1)
                )
            ):
                return True
    return False


_LINES = [
    "Council approves new budget",
    "By JANE DOE",
    "Staff Writer",
    "MILLBROOK — The council voted on Tuesday to approve the budget.",
    "LONDON, Feb. 1.—The cabinet met today.",
    "The day was calm throughout the city and the river fell.",
    "Police blotter",
    "SPRINGFIELD: Officers were called to a home on Main Street.",
    "",
    # (a Bangladeshi daily's head over a byline alone, and a near miss; branch en46)
    "Metro line to open in March",
    "Tanvir Hasan Rony",
    "Ledger Report",
    "Big Sugar Factory",
    # (a name over an e-mail address, and a price's "@" under a name; branch en47)
    "KERISHA RAMBARRAN",
    "kerisha.rambarran@islandherald.co.tt",
    "10 bushels @ 95c",
]


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.lists(st.sampled_from(_LINES), min_size=1, max_size=8), max_size=4))
@example(rows=[["Council approves new budget", "By JANE DOE", "MILLBROOK — The council voted."]])
def test_modern_page_answers_as_before(rows: list[list[str]]) -> None:
    blocks = [Block(tuple(split_lines("\n".join(row))), False) for row in rows]
    assert modern_page(blocks) == _modern_page_as_written(blocks)


def test_glued_columns_are_compiled_with_the_parser() -> None:
    # (glued's pass runs on every line of a page: left to the interpreter it was about 9 % of
    # the compiled parse's instructions)
    assert "reader.parse.glued" in reader.parse.COMPILED_MODULES


def _set_width_by_maps(text: str) -> float:
    """glued.set_width as written before speed40 (every line counted by map and str.count)."""
    narrow = sum(map(_NARROW_LETTERS.__contains__, text))
    wide = sum(map(_WIDE_LETTERS.__contains__, text))
    capitals = sum(map(str.isupper, text)) - text.count("I") - text.count("M") - text.count("W")
    return len(text) - 0.4 * narrow + 0.5 * wide + 0.3 * capitals


@given(st.text(st.characters(max_codepoint=127), max_size=80))
@example("".join(map(chr, range(128))))
@example("ficiated. The bride is the attractive")
@example("MAMMOTH WAGON IN TOWN")
@settings(max_examples=500, deadline=None)
def test_set_width_of_an_ascii_line_counts_as_the_maps_did(text: str) -> None:
    assert set_width(text) == _set_width_by_maps(text)


@given(st.text(max_size=40))
@example("MAMMOTH WAGON Émile ǅ")
@settings(max_examples=300, deadline=None)
def test_set_width_of_any_line_counts_as_the_maps_did(text: str) -> None:
    assert set_width(text) == _set_width_by_maps(text)
