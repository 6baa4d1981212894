"""speed22's output-neutral shortcuts: each rules out, or builds, exactly what the form it
replaced did (the old forms are written out here, checked against the new on built texts)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.classify import _english_title_like, title_style
from reader.parse.lines import Line, _plain_line
from reader.parse.reflow import (
    _PLACE_LINE,
    _TRAILING_DIRT,
    _TRAILING_FIGURE,
    _caps_phrases_in_prose,
    closes,
    is_place_word,
    may_end_on_speck,
)
from reader.text.cjk import _leading_letters, _split_word, _trailing_letters, letter_counts

#: Characters that case-aware tests treat unlike ASCII: cased letters with no ASCII form, a
#: title-case letter, letters that change length when lower-cased, white space that is no plain
#: space, wide characters, marks.
_ODD = ["\u00a0", "\u3000", "\t", "ſ", "K", "İ", "ı", "ǅ", "ß", "É", "é", "年", "—", "-", "'"]
_WORDS = "the THE The council Council COUNCIL met St. Mr. a A I x ok Dryden Watson yours truly"
_PIECES = st.sampled_from([*_WORDS.split(), " ", ".", ",", "1", *_ODD])
_TEXT = st.lists(_PIECES, max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_TEXT, st.text(max_size=20)))
def test_a_line_the_islower_guard_refuses_has_no_capital_for_the_counts(text: str) -> None:
    # _english_title_like refuses a line with fewer than two capitals unless it is in capitals
    # (70 % of its letters): with none, the counts it no longer makes refuse it.
    if text.islower():
        assert letter_counts(text)[1] == 0, text
        assert not _english_title_like(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [("the council met", False), ("COUNCIL MET", True), ("Council Met Today", True)],
)
def test_english_title_like_still_reads_titles(text: str, title: bool) -> None:
    assert _english_title_like(text) is title


def _old_split_word(left: str, right: str, known_words: frozenset[str]) -> bool:
    if not right[:1].islower():
        return False
    first, second = _trailing_letters(left).lower(), _leading_letters(right).lower()
    if not first or not second or len(first) > 64:
        return False
    return f"{first}{second}" in known_words and (
        first not in known_words or second not in known_words
    )


_VOCABULARY = ["har", "bor", "harbor", "in", "formation", "information", "ok", "council"]


@settings(max_examples=800, deadline=None)
@given(
    left=_TEXT.map(lambda t: t + "har"),
    right=st.sampled_from(["bor", "bor and", "formation", "in", "Bor", "x", "é", ""]),
    known=st.sets(st.sampled_from(_VOCABULARY)).map(frozenset),
    tail=st.sampled_from(["", "in", "HAR", "x" * 70, "é", "-"]),
)
def test_split_word_answers_as_before(left: str, right: str, known: frozenset, tail: str) -> None:
    left += tail
    assert _split_word(left, right, known) == _old_split_word(left, right, known)


@settings(max_examples=800, deadline=None)
@given(text=st.one_of(_TEXT, st.text(max_size=12)))
def test_the_place_word_guard_rules_out_only_what_the_pattern_never_matches(text: str) -> None:
    assert is_place_word(text) == (_PLACE_LINE.match(text.strip()) is not None)


@pytest.mark.parametrize("text", ["Dryden", "  Dryden ", "\tWatson", "dryden", "Dry", "1Dryden"])
def test_is_place_word_examples(text: str) -> None:
    assert is_place_word(text) == (text.strip() in ("Dryden", "Watson"))


def _caps_phrases_cleared(lines: list[Line], like: list[bool]) -> list[bool]:
    """Which lines the pass takes from the titles, by its definition: a capitals line that is
    title-like and either starts a phrase (the line above is no title, is mixed case, ends on a
    word of two or more capitals and closes nothing) or goes on with one taken line above that
    closes nothing."""
    cleared = [False] * len(lines)
    for i in range(1, len(lines)):
        above = lines[i - 1].text
        last = (above.rsplit(None, 1) or [""])[-1]
        starts = (
            not like[i - 1]
            and len(last) >= 2
            and last.isalpha()
            and last.isupper()
            and title_style(above) == "mixed"
        )
        goes_on = starts or cleared[i - 1]
        cleared[i] = (
            like[i] and title_style(lines[i].text) == "caps" and goes_on and not closes(above)
        )
    return cleared


_PROSE_LINES = [
    "He has recently declared that WE ARE NOT",
    "THREATENED FROM ANY QUARTER, that",
    "THREATENED FROM ANY QUARTER.",
    "we ARE AT PEACE",
    "NEW BRIDGE OPENED",
    "the council met. THE",
    "Council Met",
    "and so on",
]


@settings(max_examples=800, deadline=None)
@given(
    rows=st.lists(st.tuples(st.sampled_from(_PROSE_LINES), st.booleans()), min_size=1, max_size=9)
)
def test_caps_phrases_in_prose_flags_as_before(rows: list[tuple[str, bool]]) -> None:
    lines = [Line(n, text, False, 0) for n, (text, _) in enumerate(rows, start=1)]
    like = [flag for _, flag in rows]
    cleared = _caps_phrases_cleared(lines, like)
    _caps_phrases_in_prose(lines, like)
    assert like == [flag and not gone for (_, flag), gone in zip(rows, cleared, strict=True)]


def test_a_plain_line_is_the_line_the_dataclass_builds() -> None:
    built = _plain_line(7, "the council", True, 2, 11)
    expected = Line(7, "the council", True, 2, 11)
    for field in dataclasses.fields(Line):
        assert getattr(built, field.name) == getattr(expected, field.name), field.name
    assert repr(built) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.text = "changed"  # type: ignore[misc]


_ENDINGS = st.sampled_from(
    [
        "",
        ".",
        ". 4",
        ". '",
        " |",
        " .,",
        "\n",
        " 4\n",
        "٣",
        " ٣",
        "²",
        " ²",
        "\u00a0'",
        "\u3000.",
        "_",
        " _",
    ]
)


@settings(max_examples=800, deadline=None)
@given(text=st.one_of(st.tuples(_TEXT, _ENDINGS).map("".join), st.text(max_size=8)))
def test_the_speck_guard_rules_out_only_what_neither_pattern_matches(text: str) -> None:
    if not may_end_on_speck(text):
        assert _TRAILING_FIGURE.search(text) is None, text
        assert _TRAILING_DIRT.search(text) is None, text


@pytest.mark.parametrize("text", ["this office. '", "village. 4", "in hospital. |", "x .\n"])
def test_the_speck_guard_lets_specks_through(text: str) -> None:
    assert may_end_on_speck(text)
