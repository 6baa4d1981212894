"""speed21's exact guards: a text each of them rules out is one its pattern never matches, and
the service test's letters are the ones the regex it replaced kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.classify import (
    _CLEAN_AFTER_SPACE,
    _NARRATIVE,
    may_be_ad_piece,
    may_narrate,
    names_service_garbled,
    service_letters,
)
from reader.parse.decode import decode_page
from reader.parse.formats.text import _POINTER_TAIL, POINTER_TAIL_OPENINGS
from reader.parse.lines import split_lines
from reader.parse.masthead import (
    _EN_DATE_LOOSE,
    _WEEKDAY_DATE,
    _WEEKDAY_YEAR_AT_END,
    _WEEKDAY_YEAR_END,
    is_masthead_line,
    may_hold_loose_year,
    may_name_weekday,
)
from tests.conftest import corpus_file

#: Characters a case-blind pattern may match beyond ASCII ("ſ" is an "s", the Kelvin sign a
#: "k", the dotted and dotless I an "i"), white space that is no plain space, wide characters.
_ODD = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "ſ", "K", "İ", "ı", "é", "年", "—", ","]

_DATE_WORDS = (
    "Feb. FEB February feb Sept. SEPT sept May MAY June JUNE Dec. Nov 1 12 28 1916 191 G IOIG "
    "I9I6 l9l6 i9i6 18 19 16 17 1O io lo Io iO l8 I8 i8 O o S G B st nd , ; . 2024 3920 "
    "MONDAY Monday monday TUESDAY Tuesday WEDNESDAY THURSDAY Friday SATURDAY Sunday sunday "
    "DAY day Day DaY PAGES VOL. PRICE"
)
_DATE_TEXT = st.lists(st.sampled_from([*_DATE_WORDS.split(), *_ODD]), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_DATE_TEXT)
def test_the_loose_year_guard_rules_out_only_what_the_loose_date_never_matches(text: str) -> None:
    if not may_hold_loose_year(text):
        assert _EN_DATE_LOOSE.search(text) is None, text


@settings(max_examples=600, deadline=None)
@given(text=_DATE_TEXT)
def test_the_weekday_guard_rules_out_only_what_no_weekday_pattern_matches(text: str) -> None:
    if not may_name_weekday(text):
        assert _WEEKDAY_DATE.search(text) is None, text
        assert _WEEKDAY_YEAR_END.search(text) is None, text
        assert _WEEKDAY_YEAR_AT_END.search(text) is None, text


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=60))
def test_the_date_guards_hold_for_any_text(text: str) -> None:
    if not may_hold_loose_year(text):
        assert _EN_DATE_LOOSE.search(text) is None
    if not may_name_weekday(text):
        assert _WEEKDAY_DATE.search(text) is None and _WEEKDAY_YEAR_END.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "FEBRUARY 1, 1916",
        "Houston, Miss., Feb. 25, IOIG.",
        "February, 1916",
        "Feb. 28, l9l6",
        "MONDAY, NOVEMBER 15, 3920-THIRTY-SIX PAGES.",
        "CHICKASHA, OKLAHOMA, MONDAY, FEBRUARY 28, 1316.",
    ],
)
def test_the_date_guards_let_mastheads_dates_through(text: str) -> None:
    if _EN_DATE_LOOSE.search(text):
        assert may_hold_loose_year(text)
    if _WEEKDAY_DATE.search(text) or _WEEKDAY_YEAR_END.search(text):
        assert may_name_weekday(text)
    assert may_hold_loose_year(text) or may_name_weekday(text)


@pytest.mark.parametrize(
    "text",
    [
        "MONDAY, NOVEMBER 15, 3920-THIRTY-SIX PAGES.",
        "CHICKASHA, OKLAHOMA, MONDAY, FEBRUARY 28, 1316.",
        "THE GAZETTE, FEBRUARY 1, 1916. PRICE 2 CENTS",
    ],
)
def test_mastheads_named_by_the_guarded_patterns_are_still_found(text: str) -> None:
    assert is_masthead_line(text, 40)


def test_the_date_guards_on_real_lines() -> None:
    page = corpus_file("chronam-1916-02/19160201/2010270504-ed-1_seq-1.txt")
    lines = [line.text for line in split_lines(decode_page(page.read_bytes()))]
    spared = 0
    for text in lines:
        if not may_hold_loose_year(text):
            spared += 1
            assert _EN_DATE_LOOSE.search(text) is None, text
        if not may_name_weekday(text):
            assert _WEEKDAY_DATE.search(text) is None and _WEEKDAY_YEAR_END.search(text) is None
    assert spared > len(lines) // 2  # (the guard rules out most lines)


_NARRATIVE_PIECES = (
    "was WAS Was wAs were WERE had HAD Had said SAID Said says stated STATED told TOLD declared "
    "announced ANNOUNCED according ACCORDING to To TO wa s sai d ord ing washed hadn't "
    "$1.50 25c Our store you your sale — . , ' \" ( )"
)
_NARRATIVE_TEXT = st.lists(st.sampled_from([*_NARRATIVE_PIECES.split(), *_ODD]), max_size=14).map(
    "".join
)


@settings(max_examples=600, deadline=None)
@given(text=_NARRATIVE_TEXT)
def test_the_narrative_guard_rules_out_only_what_the_pattern_never_matches(text: str) -> None:
    if not may_narrate(text):
        assert _NARRATIVE.search(text) is None, text
    assert may_be_ad_piece(text) == (len(text) <= 600 and _NARRATIVE.search(text) is None)


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=80))
def test_the_narrative_guard_holds_for_any_text(text: str) -> None:
    if not may_narrate(text):
        assert _NARRATIVE.search(text) is None


@pytest.mark.parametrize(
    "text", ["He ſaid so.", "It WAS sold.", "according\tto the", "They Had it", "she declared"]
)
def test_the_narrative_guard_lets_narrative_through(text: str) -> None:
    assert _NARRATIVE.search(text) is not None
    assert may_narrate(text) and not may_be_ad_piece(text)


_NOT_LETTERS = re.compile(r"[^A-Za-z]+")


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=60))
def test_service_letters_are_the_regex_letters(text: str) -> None:
    assert service_letters(text) == _NOT_LETTERS.sub("", text).lower()


@pytest.mark.parametrize(
    "text", ["(By Associated Press.)", "Amoclated Press", 'ÀßçKſ Unlled\ud800 Pre" Service', ""]
)
def test_service_letters_of_odd_texts(text: str) -> None:
    assert service_letters(text) == _NOT_LETTERS.sub("", text).lower()


@pytest.mark.parametrize(
    ("text", "garbled"),
    [("Amoclated Press", True), ("(By Unlled Press)", True), ("UNITED PRESSING", False)],
)
def test_garbled_credits_are_still_read(text: str, garbled: bool) -> None:
    assert names_service_garbled(text) is garbled


_POINTER_PIECES = "Page page PAGE P. P [ ( ) ] 第 版 ） 3 12 B . Pages Paper"
_POINTER_TEXT = st.lists(st.sampled_from([*_POINTER_PIECES.split(), *_ODD]), max_size=6).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(text=_POINTER_TEXT | st.text(max_size=20))
def test_the_pointer_guard_rules_out_only_what_the_pattern_never_matches(text: str) -> None:
    if text[:1] not in POINTER_TAIL_OPENINGS:
        assert _POINTER_TAIL.match(text) is None, text


@pytest.mark.parametrize("text", ["Page 3", "page 12.", "PAGE B4", "(Page 2)", "[P. 7]", "第3版"])
def test_the_pointer_guard_lets_pointers_through(text: str) -> None:
    assert text[:1] in POINTER_TAIL_OPENINGS and _POINTER_TAIL.match(text)


_NOISE_PIECES = (
    "the THE Mr. don't $1.50 25c 1916 well-known & — t'aUl ,-i- I'aUl . , \" ( ) a ab abcd"
)


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from([*_NOISE_PIECES.split(), *_ODD]), max_size=16).map("".join)
    | st.text(max_size=40)
)
def test_clean_tokens_counted_by_subn_as_by_findall(text: str) -> None:
    assert _CLEAN_AFTER_SPACE.subn("", text)[1] == len(_CLEAN_AFTER_SPACE.findall(text))


@pytest.mark.parametrize(
    "line",
    [
        "NORWICH, CCMrJ., THURSDAY, FECnUARY 3, 1916",
        "BENNINGTON, VT., WEDNESDAY. FEBRUARY 9. 1916.",
        "HARRISBURG, PA., THURSDAY EVENING, FEBRUARY 17. 1916.",
        "SOUTH BEND, INDIANA, WEDNESDAY, FE3. 2, 1916.",
        "CAMDEN, TENN,,: FRIDAY, FEBRUARY 25. 1916",
        # the year run into the day's comma or stop (the sixteenth session; unseen pages)
        "KEOKUK, IOWA, WEDNESDAY, FEB. 2,1916",
        "MARSHALLTOWN, IOWA, THURSDAY, FEBRUARY 3,1916.",
        "BLACKFOOT, BINGHAM COUNTY, IDAHO, THURSDAY. FEBRUARY 17,1916",
    ],
)
def test_a_masthead_date_line_ocr_garbled_is_furniture_anywhere(line: str) -> None:
    assert is_masthead_line(line, line_index=300)


@pytest.mark.parametrize(
    "line",
    [
        "He will come home Friday, February 3, 1916.",  # a sentence: words in small letters
        "BIG MEETING FRIDAY",  # no year
        "WASHINGTON, Feb. 3.—The Senate today",  # a dateline gives no year
        "He left Friday, Feb. 2,1916.",  # run together, but a sentence still
        "FRIDAY, FEBRUARY 25,19",  # no year of four figures
    ],
)
def test_a_sentence_or_dateline_naming_a_weekday_is_not(line: str) -> None:
    assert not is_masthead_line(line, line_index=300)
