"""The exact guards of the masthead test: a line they rule out is one no pattern matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.decode import decode_page
from reader.parse.lines import split_lines
from reader.parse.masthead import (
    _CN_DATE,
    _EAR,
    _EN_DATE,
    _EN_DATE_LOOSE,
    _TERMS_ALONE,
    _VOLUME_ALONE,
    _WEEKDAY_DATE,
    _running_head_parts,
    is_masthead_line,
    may_hold_date,
    single_spaced,
)
from tests.conftest import corpus_file

_WORDS = (
    "Feb. FEB February feb SEPT Sept. sept May MAY JUNE Jun Dec 1 12 31 1916 191 G IOIG I O l "
    "8 9 st nd , . THE GAZETTE VOL. 2 CENTS MONDAY 1916年2月1日 星期二 a the PAGES pages "
    "THIRTY-SIX Circulation circulation Net Daily Saturday's 86,145 —"
)
_ODD = [" ", "  ", "   ", "\t", "\x1c", "\u3000", "ſ", "K", "İ"]
_PIECES = st.sampled_from([*_WORDS.split(), *_ODD])
_TEXT = st.lists(_PIECES, max_size=10).map("".join)


def _dates(text: str) -> bool:
    return any(p.search(text) for p in (_EN_DATE, _CN_DATE, _EN_DATE_LOOSE, _WEEKDAY_DATE))


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
def test_guards_rule_out_only_what_no_pattern_matches(text: str) -> None:
    if not may_hold_date(text):
        assert not _dates(text)
    if single_spaced(text):
        assert len(_running_head_parts(text)) < 2
    if _EAR.match(text.strip()):
        assert is_masthead_line(text, 40)


@pytest.mark.parametrize(
    "text", ["56 PAGES", "1920—THIRTY-SIX PAGES.", "Saturday's Net Circulation, 86,145"]
)
def test_ears_are_still_found(text: str) -> None:
    assert is_masthead_line(text, 40)


@pytest.mark.parametrize(
    "text",
    [
        "FEBRUARY 1, 1916",
        "Houston, Miss., Feb. 25, IOIG.",
        "THE GAZETTE   TUESDAY, FEBRUARY 1, 1916   PAGE 4",
        "2024年3月1日",
        "sept 3 1916",
    ],
)
def test_guards_let_dates_and_running_heads_through(text: str) -> None:
    assert _dates(text) and may_hold_date(text)


def test_a_running_head_is_still_found() -> None:
    line = "THE GAZETTE   TUESDAY, FEBRUARY 1, 1916   PAGE 4"
    assert not single_spaced(line) and is_masthead_line(line, 40)


def test_guards_on_real_lines() -> None:
    page = corpus_file("chronam-1916-02/19160201/2010270504-ed-1_seq-1.txt")
    skipped = 0
    for line in split_lines(decode_page(page.read_bytes())):
        text = line.text.strip()
        if not may_hold_date(text):
            skipped += 1
            assert not _dates(text), text
        if single_spaced(text):
            assert len(_running_head_parts(text)) < 2, text
    assert skipped > 300  # most lines name no month


def test_a_weekday_date_with_a_page_count_is_a_masthead_whatever_its_year() -> None:
    # The Evening Star of 15 November 1920 as its ALTO reads it: the year misread as "3920".
    assert is_masthead_line("WASHINGTON, D. C., MONDAY, NOVEMBER 15, 3920-THIRTY-SIX PAGES.", 30)
    assert is_masthead_line("SATURDAY, MARCH 4 — PRICE TWO CENTS", 30)
    # A dateline naming the weekday, and a sentence naming pages, are not.
    assert not is_masthead_line("WASHINGTON, Monday, November 15.—", 30)
    assert not is_masthead_line("MONDAY, NOVEMBER 15", 30)
    assert not is_masthead_line("On Monday, November 15, the pages were printed in the city.", 30)


def test_the_month_guard_names_every_month_in_any_case() -> None:
    """may_hold_date spells out its twelve stems: each month's, lower-cased, in any case."""
    from reader.parse.masthead import _MONTH_NAMES, _MONTH_STEMS

    assert len(_MONTH_STEMS) == 12
    for month in _MONTH_NAMES:
        for name in (month, month.title(), month.lower(), month[:3].title() + "."):
            assert may_hold_date(f"Houston, {name} 3, 1916")
            assert may_hold_date(f"x{name[:3]}x")
    assert not may_hold_date("The council met in the hall on Tuesday")


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from("February Feb. 1 12 1916 ١٩١٦ 年 月 日 2024 , . MONDAY x ".split(" ")),
        max_size=10,
    ).map(" ".join)
)
def test_a_full_date_holds_a_figure(text: str) -> None:
    # (is_masthead_line skips the date searches on a line holding no figure)
    from reader.parse.masthead import _CN_DATE, _EN_DATE, _FIGURE

    if _EN_DATE.search(text) or _CN_DATE.search(text):
        assert _FIGURE.search(text)


_LABEL_WORDS = (
    "VOL VOL. Vol vol VOLUME Volume YEAR Year year ANNUM annum PER A IN ADVANCE NO. No No, "
    "NUMBER SUBSCRIPTION $1.50 81.50 $ 1.00 XXXIII VI 12 137 THIRD TWENTIETH - , . ; — x"
)
_LABEL_TEXT = st.lists(
    st.sampled_from([*_LABEL_WORDS.split(), *_ODD, "vOL", "yEaR", "AnNuM"]), max_size=8
).map(" ".join)


def _label_guard(text: str) -> bool:
    lower = text.lower()
    return "vol" in lower or "year" in lower or "annum" in lower


@settings(max_examples=800, deadline=None)
@given(text=_LABEL_TEXT)
def test_the_label_guard_rules_out_only_what_neither_label_pattern_matches(text: str) -> None:
    """is_masthead_line tries the volume and terms patterns only on a line holding "vol",
    "year" or "annum" in some case: each pattern needs one of them."""
    matched = _VOLUME_ALONE.match(text) or _TERMS_ALONE.match(text)
    if matched:
        assert _label_guard(text), text


def test_the_label_guard_keeps_real_labels() -> None:
    for text in ("VOL. VI., No, 137.", "Vol. XXXIII, No. 52", "$1.50 A YEAR IN ADVANCE.",
                 "81.50 PER YEAR", "SUBSCRIPTION $1.50 a year", "THIRD YEAR NO. 12"):  # fmt: skip
        assert _label_guard(text) and is_masthead_line(text, 40), text
    page = corpus_file("chronam-1916-02/19160201/2010270504-ed-1_seq-1.txt")
    for line in split_lines(decode_page(page.read_bytes())):
        text = line.text.strip()
        if _VOLUME_ALONE.match(text) or _TERMS_ALONE.match(text):
            assert _label_guard(text), text
