"""speed45's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made and generated text, so that a later edit that changes an answer fails here
before it moves the identity hash."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.parse import classify, lines
from reader.parse.classify import LeadMatch, may_hold_figure
from reader.parse.lines import Line, _plain_line
from reader.parse.masthead import edit_distance
from reader.parse.reflow import COLUMN_WINDOW, _Columns
from reader.text.cjk import _LETTERS, _leading_letters, _trailing_letters


def _edit_distance_as_before(a: str, b: str, bound: int | None = None) -> int:
    """masthead.edit_distance as it was before speed45 (the builtin min for each cell and row)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if bound is not None and min(current) > bound:
            return bound + 1
        previous = current
    return previous[-1]


_SHORT_TEXT = st.text(alphabet="abcdeFGH .", max_size=12)


@given(a=_SHORT_TEXT, b=_SHORT_TEXT, bound=st.one_of(st.none(), st.integers(0, 6)))
@example(a="", b="", bound=None)
@example(a="FEBRUARY", b="FEBUARY", bound=1)
@example(a="Associated", b="Aaaoclatad", bound=3)
@example(a="kitten", b="sitting", bound=None)
@example(a="abc", b="", bound=0)
def test_edit_distance_as_before(a: str, b: str, bound: int | None) -> None:
    assert edit_distance(a, b, bound) == _edit_distance_as_before(a, b, bound)


def test_pure_python_refuses_the_field_writes() -> None:
    """Run as Python (the tests' editable install), the frozen dataclass refuses _plain_line's
    native stores, so the slot setters build the line; compiled, the stores are made (the
    identity test, tests/parse/test_compiled.py, checks that both builds parse alike)."""
    if lines.__file__.endswith(".py"):
        assert lines._WRITES_FIELDS is False
    built = _plain_line(3, "the mayor", False, 0, 9)
    assert built == Line(3, "the mayor", False, 0, 9)
    assert repr(built) == repr(Line(3, "the mayor", False, 0, 9))
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.gap = 2  # type: ignore[misc]


@given(st.text(alphabet="abXYZ -.é1\u00ad中", max_size=14))
@example("")
@example("harbor")
@example("the har")
@example("é-har")
@example("x" * 70)
def test_letter_runs_as_the_strips_read_them(text: str) -> None:
    """cjk's letter runs, read by code point, are the ones rstrip and lstrip of _LETTERS cut."""
    assert _trailing_letters(text) == text[len(text.rstrip(_LETTERS)) :]
    assert _leading_letters(text) == text[: len(text) - len(text.lstrip(_LETTERS))]


@given(st.text(alphabet="ab ,.19\u0663\uff15é—", max_size=20))
@example("")
@example("Washington, Feb. 28.—")
@example("\u0663")
def test_may_hold_figure_rules_out_only_texts_with_no_figure(text: str) -> None:
    if not may_hold_figure(text):
        assert re.search(r"\d", text) is None


def _damaged_month_as_before(text: str) -> LeadMatch | None:
    """classify._match_damaged_month as it was before speed45 (the shape searched at once)."""
    head = text[: classify.DAMAGED_MONTH_REACH]
    if classify._DAMAGED_MONTH_SHAPE.search(head) is None:
        return None
    match = classify._DAMAGED_MONTH_DATELINE.match(text[: classify.LEAD_REACH])
    if match is None or not classify.may_be_damaged_month(match.group("month")):
        return None
    return LeadMatch(match.group(0).strip(), text[match.end() :].lstrip())


_DATELINE_PIECES = st.sampled_from(
    ["Washington", "Dover", ",", ".", " ", "Fe•!", "\"eb", "Feh", "F'eb", "Fob", "28", "2S", "1",
     "—", "--", "-", "The", "Pa", "\u0663", "é", "'"]
)  # fmt: skip


@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
@example('Washington, "eb. 28-— The senate')
@example("Philadelphia, Pa.. F'eb. 19.- The")
@example("Washington, Fob, 28. The")
@example("Smith, No. 28")
def test_damaged_month_as_before(text: str) -> None:
    assert classify._match_damaged_month(text) == _damaged_month_as_before(text)


def test_damaged_month_as_before_on_real_lines() -> None:
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    page = "chronam-1916-02/19160201/2010270504-ed-1_seq-1.txt"
    for line in decode_page(corpus_file(page).read_bytes()).splitlines():
        assert classify._match_damaged_month(line) == _damaged_month_as_before(line), line


@given(
    widths=st.lists(st.integers(0, 90), max_size=30),
    i=st.integers(0, 31),
)
def test_widest_is_the_max_of_the_window(widths: list[int], i: int) -> None:
    """reflow._Columns.widest and widest_at_break read as the max of their slices did."""
    columns = _Columns([Line(n, "x" * w or "x", False, 0, w) for n, w in enumerate(widths, 1)])
    for method, start in (
        (columns.widest, i - COLUMN_WINDOW),
        (columns.widest_at_break, i - 1 - COLUMN_WINDOW),
    ):
        window = widths[max(0, start) : i + COLUMN_WINDOW + 1]
        if window:
            assert method(i) == max(window)
        else:
            with pytest.raises(ValueError):
                method(i)
