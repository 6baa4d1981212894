"""A printed head the story under it does not get (branch ``lostheads33``, issue 9).

A 1916 daily sets a capitals head, a title-case deck (or two) and the dispatch opening on its
dateline. When the deck is read as two paragraphs (its lines broken at a stop or a colon), the
head and the deck are a story of their own and the dispatch under it has no head, so
``stacks11``'s one-paragraph deck test never sees the stack (``CRAZED BY HAZING`` / ``Alleged
Gunman Deranged, Asserts Father.`` / ``Mind Off Since He Was Victim of College Prank.`` over
``Los Angeles. Feb. 3.— …``). And when OCR garbles the line between a capitals head and the
dispatch (a column rule's mark, ``El``, or the wire's credit), the head is left free over that
line and stands as a teaser of nothing (``BEGIN TO REPAIR`` / ``El`` / ``San Diego, Cal., Feb.
2. Several …``). The snippets below are our own words in those shapes.
"""

from __future__ import annotations

import pytest

from reader.parse.assemble import (
    Body,
    Title,
    _free_heads_over_garbled_lines,
    _stacks_over_headless,
)


def _stack(head: str, decks: list[str], *, gap: int = 1) -> tuple[Body, Body]:
    """A capitals head over a body of ``decks`` (two lines each), and ``gap`` lines under it a
    dated, head-less dispatch."""
    stack = Body(list(decks), 11, 10 + 2 * len(decks))
    stack.lines = list(range(11, 11 + 2 * len(decks)))
    stack.tail_first = 11 + 2 * (len(decks) - 1)
    head_title = Title(head, "caps", 10, 10, body=stack, lines=[10])
    stack.titles = [head_title]
    first = stack.last + gap
    dispatch = Body(["The senator told the chamber the trip had cost the nation dear."], first)
    dispatch.last = first + 5
    dispatch.lines = list(range(first, first + 6))
    dispatch.dateline = "Washington, Feb. 4."
    return stack, dispatch


def test_a_stack_of_two_decks_read_as_paragraphs_heads_the_dispatch() -> None:
    stack, dispatch = _stack(
        "SENATOR ASSAILS TRIP",
        ["Senator Gore Attacks the Late Journey.", '"Policy of Alarm," Says Democrat of Party.'],
    )
    sequence, scraps = _stacks_over_headless([stack, dispatch])
    assert sequence == [dispatch]
    assert not scraps
    assert [t.text for t in dispatch.titles] == [
        "SENATOR ASSAILS TRIP",
        "Senator Gore Attacks the Late Journey.",
        '"Policy of Alarm," Says Democrat of Party.',
    ]
    assert dispatch.titles[1].lines == [11, 12]
    assert dispatch.titles[2].lines == [13, 14]
    assert dispatch.headed


def test_a_deck_broken_at_a_colon_stays_one_deck() -> None:
    stack, dispatch = _stack(
        "RUSSIANS PRESS ON",
        ["Turks Who Fled the City Are Being Chased by Slav Forces; Other Fronts :", "Enjoy Quiet."],
    )
    sequence, _ = _stacks_over_headless([stack, dispatch])
    assert sequence == [dispatch]
    assert [t.text for t in dispatch.titles] == [
        "RUSSIANS PRESS ON",
        "Turks Who Fled the City Are Being Chased by Slav Forces; Other Fronts : Enjoy Quiet.",
    ]


@pytest.mark.parametrize(
    "decks",
    [
        # a story's sentences: few words capitalised
        ["The senator spoke for an hour on the trip.", "He said it had cost the nation dear."],
        # a dispatch of its own opens the second paragraph
        ["Senator Gore Attacks the Late Journey.", "Chicago, Feb. 3. Nine Men Are Held."],
        # a price: an advertisement's lines
        ["Fine Spring Suits Made to Measure.", "Now Only $12.50 At Our Store."],
        # one word is no deck
        ["Senator Gore Attacks the Late Journey.", "Quiet."],
        # another stack's capitals head read into the paragraph
        ["Four Were Employes of the House FOUND TOGETHER.", "Aged Couple Not Parted Long."],
        # a scrap alone is no deck
        ["? ? - ??", "In"],
    ],
)
def test_paragraphs_that_read_as_no_deck_keep_their_story(decks: list[str]) -> None:
    stack, dispatch = _stack("SENATOR ASSAILS TRIP", decks)
    sequence, _ = _stacks_over_headless([stack, dispatch])
    assert sequence == [stack, dispatch]
    assert not dispatch.titles


def test_a_scrap_under_the_deck_goes_to_the_unplaced_text() -> None:
    stack, dispatch = _stack(
        "SENATOR ASSAILS TRIP", ["Senator Gore Attacks the Late Journey.", "? ' ?? ."]
    )
    sequence, scraps = _stacks_over_headless([stack, dispatch])
    assert sequence == [dispatch]
    assert scraps == ["? ' ?? ."]
    assert [t.text for t in dispatch.titles] == [
        "SENATOR ASSAILS TRIP",
        "Senator Gore Attacks the Late Journey.",
    ]


def test_a_garbled_credit_under_the_deck_is_the_byline() -> None:
    stack, dispatch = _stack(
        "LINER IS RELEASED", ["Liner Held at Liverpool Allowed to Go.", "Inferntioal Nws Srvie:"]
    )
    stack.lines = stack.lines[:-1]  # (the credit is one line)
    sequence, scraps = _stacks_over_headless([stack, dispatch])
    assert sequence == [dispatch]
    assert not scraps
    assert dispatch.byline == "Inferntioal Nws Srvie:"
    assert dispatch.byline_lines == [13]
    assert [t.text for t in dispatch.titles][-1] == "Liner Held at Liverpool Allowed to Go."


def test_a_credit_of_two_lines_is_no_credit() -> None:
    stack, dispatch = _stack(
        "LINER IS RELEASED", ["Liner Held at Liverpool Allowed to Go.", "Inferntioal Nws Srvie:"]
    )
    sequence, _ = _stacks_over_headless([stack, dispatch])
    assert sequence == [stack, dispatch]


def test_a_stack_far_from_the_dispatch_keeps_its_story() -> None:
    stack, dispatch = _stack(
        "SENATOR ASSAILS TRIP",
        ["Senator Gore Attacks the Late Journey.", '"Policy of Alarm," Says Democrat of Party.'],
        gap=5,
    )
    sequence, _ = _stacks_over_headless([stack, dispatch])
    assert sequence == [stack, dispatch]


def test_a_dispatch_with_no_dateline_keeps_no_head() -> None:
    stack, dispatch = _stack(
        "SENATOR ASSAILS TRIP",
        ["Senator Gore Attacks the Late Journey.", '"Policy of Alarm," Says Democrat of Party.'],
    )
    dispatch.dateline = None
    sequence, _ = _stacks_over_headless([stack, dispatch])
    assert sequence == [stack, dispatch]


def test_three_paragraphs_are_a_story() -> None:
    stack, dispatch = _stack(
        "SENATOR ASSAILS TRIP",
        [
            "Senator Gore Attacks the Late Journey.",
            '"Policy of Alarm," Says Democrat of Party.',
            "Wilson Back at His Desk Today.",
        ],
    )
    sequence, _ = _stacks_over_headless([stack, dispatch])
    assert sequence == [stack, dispatch]


def _free_head(line: str, *, lines: int = 1, gap: int = 1) -> tuple[Title, Body, Body]:
    """A free capitals head on line 10, a title-less body of ``line`` under it, and ``gap``
    lines under that a dated, head-less dispatch."""
    head = Title("REPAIRS BEGIN", "caps", 10, 10, lines=[10])
    scrap = Body([line], 11, 10 + lines)
    scrap.lines = list(range(11, 11 + lines))
    first = 10 + lines + gap
    dispatch = Body(["Several hundred men started work today on the roads."], first, first + 4)
    dispatch.lines = list(range(first, first + 5))
    dispatch.dateline = "San Diego, Cal., Feb. 2."
    return head, scrap, dispatch


@pytest.mark.parametrize("line", ["El", "V", "i- i I,", "4»", "l.r noHtima joohn.u kcial no"])
def test_a_free_head_over_a_mark_heads_the_dispatch(line: str) -> None:
    head, scrap, dispatch = _free_head(line)
    sequence, scraps = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, dispatch]
    assert scraps == [line]
    assert head.body is dispatch
    assert dispatch.titles == [head]
    assert dispatch.headed


def test_a_free_head_over_a_garbled_credit_gives_it_as_the_byline() -> None:
    head, scrap, dispatch = _free_head("Intem.Hlonal .s Servic-:")
    sequence, scraps = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, dispatch]
    assert not scraps
    assert dispatch.byline == "Intem.Hlonal .s Servic-:"
    assert dispatch.byline_lines == [11]
    assert head.body is dispatch


def test_a_garbled_credit_over_a_dispatch_with_a_byline_is_left_alone() -> None:
    head, scrap, dispatch = _free_head("Intem.Hlonal .s Servic-:")
    dispatch.byline = "By United Press."
    sequence, _ = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, scrap, dispatch]
    assert head.body is None


@pytest.mark.parametrize(
    "line",
    [
        # words: a deck or a story's line, for the other rules
        "Work Is Begun",
        # a price
        "$2.50",
        # a dateline of its own
        "Ogden, Feb. 7.",
    ],
)
def test_a_line_of_words_is_no_mark(line: str) -> None:
    head, scrap, dispatch = _free_head(line)
    sequence, _ = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, scrap, dispatch]
    assert head.body is None


def test_two_garbled_lines_may_be_a_head_of_their_own() -> None:
    head, scrap, dispatch = _free_head("NfW lit % >!»< %* GTY HALL", lines=2)
    sequence, _ = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, scrap, dispatch]


def test_a_mark_far_from_the_dispatch_is_left_alone() -> None:
    head, scrap, dispatch = _free_head("El", gap=3)
    sequence, _ = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, scrap, dispatch]


def test_an_ad_line_or_a_mixed_case_title_is_no_head() -> None:
    for text, style in (("T BOOK and JOB PRINTING", "caps"), ("Repairs Begin", "mixed")):
        _, scrap, dispatch = _free_head("El")
        head = Title(text, style, 10, 10, lines=[10])
        sequence, _ = _free_heads_over_garbled_lines([head, scrap, dispatch])
        assert sequence == [head, scrap, dispatch]


def test_a_dispatch_with_a_title_of_its_own_keeps_it() -> None:
    head, scrap, dispatch = _free_head("El")
    own = Title("Work Is Begun", "mixed", 12, 12, body=dispatch, lines=[12])
    dispatch.titles = [own]
    sequence, _ = _free_heads_over_garbled_lines([head, scrap, dispatch])
    assert sequence == [head, scrap, dispatch]
    assert dispatch.titles == [own]
