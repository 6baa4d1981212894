"""speed42's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made text, on generated text and on two real pages, so that a later edit that
changes an answer fails here before it moves the identity hash."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.parse import assemble, classify
from reader.parse.classify import (
    _WIRE_CREDIT_OPENINGS,
    _WIRE_CREDITS,
    may_be_mostly_wide,
    noise_share,
    opens_story_alone,
)
from reader.parse.lines import Line
from reader.parse.reflow import _Columns
from reader.text.cjk import cjk_ratio, letter_counts

#: assemble's _LOWER_WORD as it was written before it was led by its first letter.
_FLAT_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def _page_pieces() -> list[str]:
    """Two real pages of 1 February 1916, whole, by paragraph and by line."""
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    pieces: list[str] = []
    for page in (f"{day}/2010270504-ed-1_seq-1.txt", f"{day}/46032385-ed-1_seq-1.txt"):
        text = decode_page(corpus_file(page).read_bytes())
        pieces += [text, *text.split("\n\n"), *text.splitlines()]
    return pieces


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="abc XYZ1_\n.-é’ßq", max_size=24))
@example(text="the cat's whiskers")
@example(text="abc1 abcd_ xyzé fooBar bar-baz qqq")
def test_the_led_lower_word_finds_what_the_flat_one_finds(text: str) -> None:
    assert _spans(assemble._LOWER_WORD, text) == _spans(_FLAT_LOWER_WORD, text)


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
@example(text="Hello World")
@example(text="")
@example(text="ABC def 123 \x00\x7f")
def test_letter_counts_counts_letters_and_capitals(text: str) -> None:
    assert letter_counts(text) == (
        sum(char.isalpha() for char in text),
        sum(char.isupper() for char in text),
    )


_MIXED = st.text(
    alphabet=st.sampled_from([*"ab A.,’“—é\u00a0\t\n", "中", "文", "報", "𠀀", "ｶ", "\ud800"]),
    max_size=30,
)


@settings(max_examples=2000, deadline=None)
@given(text=_MIXED)
@example(text="中文")
@example(text="中 a")
@example(text="“Quoted” text — here")
def test_may_be_mostly_wide_never_rules_out_a_mostly_wide_text(text: str) -> None:
    tokens = text.split()
    if tokens and cjk_ratio(text) >= 0.5:
        assert may_be_mostly_wide(text, len(tokens))
    if not tokens:
        assert noise_share(text) == 1.0


def _noise_share_as_before(text: str) -> float:
    """noise_share as it read a text before speed42: cjk_ratio asked first, of every text."""
    tokens = text.split()
    if not tokens:
        return 1.0
    if cjk_ratio(text) >= 0.5:
        visible = sum(map(len, tokens))
        return classify.count_in_runs(classify._ODD_CJK, text) / visible
    noisy = len(classify._NOISY_AFTER_SPACE.findall(text)) + (
        not text[:1].isspace() and classify._CLEAN_FIRST.match(text) is None
    )
    return noisy / len(tokens)


@settings(max_examples=1500, deadline=None)
@given(text=_MIXED)
def test_noise_share_answers_as_before(text: str) -> None:
    assert noise_share(text) == _noise_share_as_before(text)


def _names_agency_only_as_before(stripped: str) -> bool:
    """_names_agency_only as it was before speed42: every wire credit pattern tried."""
    for pattern in _WIRE_CREDITS:
        match = pattern.match(stripped)
        if match and not stripped[match.end() :].strip(" .,;:"):
            return True
    if stripped[:1] in "([" and classify.newspaper_credit_words(stripped) is not None:
        return True
    return classify.names_service_garbled(stripped)


#: Credits each wire credit pattern matches, OCR's garbled ones among them.
_CREDITS = (
    "(By Associated Press.)",
    "[United Press Leased Wire]",
    "{Special to The Tribune.}",
    "By Associated Press.",
    "Special to The Evening Star.",
    "By Leased Wire to The Times.",
    "(Br Aiaeditid Prwa.1",
    "I By Aaaoclatad Praia. 1",
    "- Br Associated Pre-",
    "fBr Associated Praaa 1",
    "Br Associated Pressl",
    "IHy Aaaorlatrd Preaa",
    "117 AaanHated Prraa",
    "llT Anaoi'lnlrd 1'rrnM",
    "United Press Service",
    "ASSOCIATED PRESS",
    "the associated press",
    "International News Service:",
    "t'liltcil Press Service",
    "iUnlted Prcss Servlce",
)


def test_each_wire_credit_opens_as_its_guard_says() -> None:
    # A line a pattern matches opens with one of its listed ASCII characters (or one beyond
    # ASCII); the garbled "Aaaoclatad" ones hold " A". Every first character is
    # put before each credit's rest, and any match must be one the guard lets through.
    firsts = [chr(code) for code in range(0x80)] + ["ı", "İ", "K", "ſ", "é", "中"]
    for credit in _CREDITS:
        for first in firsts:
            for line in (first + credit[1:], first + credit, first + " " + credit):
                for pattern, openings in _WIRE_CREDIT_OPENINGS:
                    if pattern.match(line) is None:
                        continue
                    if openings is None:
                        assert " A" in line, line
                    else:
                        assert line[0] in openings or not line[0].isascii(), (line, openings)


def test_each_credit_is_still_named_by_an_agency_alone() -> None:
    classify.LINE_MEMOS.cache_clear()
    for credit in _CREDITS:
        assert classify._names_agency_only(credit) == _names_agency_only_as_before(credit)
    assert any(classify._names_agency_only(credit) for credit in _CREDITS)


def test_the_agency_guards_answer_as_before_on_real_pages() -> None:
    classify.LINE_MEMOS.cache_clear()
    for piece in _page_pieces():
        stripped = piece.strip()
        if len(stripped) <= classify.LEAD_REACH and stripped:
            assert classify._names_agency_only(stripped) == _names_agency_only_as_before(stripped)
        assert _spans(assemble._LOWER_WORD, piece) == _spans(_FLAT_LOWER_WORD, piece)
        if piece.split():
            assert noise_share(piece) == _noise_share_as_before(piece)
        if piece.isascii():
            assert letter_counts(piece) == (
                sum(char.isalpha() for char in piece),
                sum(char.isupper() for char in piece),
            )


def test_the_new_memos_answer_as_the_tests_do() -> None:
    # opens_story_alone and names_a_column keep their answers in line memos (None kept as ""):
    # a second question is answered from the memo, the same as the first.
    classify.LINE_MEMOS.cache_clear()
    lines = [
        "WASHINGTON, Feb. 9.—",
        "(By Associated Press.)",
        "The Senate met",
        "",
        "United Press Leased Wire",
    ]
    first = [opens_story_alone(line) for line in lines]
    assert first == [classify._opens_story_alone(line) for line in lines]
    assert first[2] is None and first[3] is None
    assert "byline" in first
    assert [opens_story_alone(line) for line in lines] == first
    heads = ["LOCAL DRIFT", "Personal Mention", "SENATE PASSES BILL", "", "PILLSBURY NOTES."]
    labels = [assemble.names_a_column(head) for head in heads]
    assert labels == [assemble._names_a_column(head) for head in heads]
    assert labels[0] and not labels[2] and not labels[3]
    assert [assemble.names_a_column(head) for head in heads] == labels
    classify.LINE_MEMOS.cache_clear()
    assert [opens_story_alone(line) for line in lines] == first
    assert [assemble.names_a_column(head) for head in heads] == labels


@settings(max_examples=500, deadline=None)
@given(widths=st.lists(st.integers(min_value=0, max_value=80), min_size=1, max_size=40))
def test_the_widest_line_at_a_break_is_the_wider_of_the_two_windows(widths: list[int]) -> None:
    lines = [Line(number, "x" * width, False, 0, width) for number, width in enumerate(widths)]
    columns = _Columns(lines)
    for i in range(len(lines)):
        assert columns.widest_at_break(i) == max(columns.widest(i - 1), columns.widest(i))


def _wrapped_before_as_before(width: int, text: str, column: int) -> bool:
    """reflow's _wrapped_before (of a Line's width) as it was written before speed42."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return bool(first) and width + 1 + len(first) > column


@settings(max_examples=2000, deadline=None)
@given(
    width=st.integers(min_value=0, max_value=60),
    below=st.text(alphabet="ab \t\n\u00a0\u3000.", max_size=12),
    column=st.integers(min_value=0, max_value=70),
)
@example(width=20, below="word", column=24)
@example(width=20, below="word", column=25)
@example(width=20, below="  ", column=10)
def test_next_word_wraps_is_each_inline_form_it_replaced(
    width: int, below: str, column: int
) -> None:
    from reader.parse.reflow import next_word_wraps

    wraps = next_word_wraps(width, below, column)
    assert wraps == _wrapped_before_as_before(width, below, column)
    if below.split():
        # the inline forms, each asked of a line under it that holds a word
        first = below.split()[0]
        assert wraps == (width + 1 + len(first) > column)
        assert (not wraps) == (width + 1 + len(first) <= column)


def test_next_word_wraps_on_a_narrow_column() -> None:
    from reader.parse.reflow import next_word_wraps

    # "League to attend the" (20 wide) over "Jeff Davis Highway" in a column of 24: "Jeff"
    # would have needed 25, so the line was wrapped; in a column of 25 it left room.
    assert next_word_wraps(len("League to attend the"), "Jeff Davis Highway", 24)
    assert not next_word_wraps(len("League to attend the"), "Jeff Davis Highway", 25)
    assert not next_word_wraps(20, "", 10)
