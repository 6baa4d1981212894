"""speed46's output-neutral rewrites: each is checked against the form it replaced (written out
here), on hand-made and generated text, so that a later edit that changes an answer fails here
before it moves the identity hash."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from reader.parse import classify, masthead
from reader.parse.classify import _CLEAN_WHOLE, _plain_clean_token, _token_closer, is_clean_token
from reader.parse.masthead import _MONTH_STEMS, _holds_letter, _names_month_stem
from reader.text.cjk import letter_counts

#: Characters a token's fast path reads: letters of both cases, figures, the closing marks, the
#: opening ones (which it leaves to the pattern), currency and wide characters.
_TOKEN_ALPHABET = "aAzZmQ019,.;:!?'\"’”—-)]([“‘$&£é٣中 "


@given(token=st.text(alphabet=_TOKEN_ALPHABET, max_size=10))
@example(token="")
@example(token="word,")
@example(token="A.")
@example(token="1,000.")
@example(token="’")
@example(token="I")
@example(token="don’t")
@example(token="٣")
def test_plain_clean_token_only_says_what_the_pattern_says(token: str) -> None:
    if _plain_clean_token(token):
        assert _CLEAN_WHOLE.fullmatch(token) is not None
    assert is_clean_token(token) == (_CLEAN_WHOLE.fullmatch(token) is not None)


def test_plain_clean_token_takes_prose_words_and_figures() -> None:
    for token in ("the", "The", "a", "I", "Washington,", "said.", "1916.", "$5", "(the"):
        assert is_clean_token(token)
    assert _plain_clean_token("Washington,")
    assert _plain_clean_token("1,000.")
    # (left to the pattern: an opening mark, a dollar, an apostrophe inside, small capitals)
    for token in ("(the", "$5", "don't", "McKAY", ""):
        assert not _plain_clean_token(token)


def test_token_closer_is_the_patterns_closing_class() -> None:
    closers = "\"'”’)].,;:!?—-"
    for code in range(0x3000):
        assert _token_closer(code) == (chr(code) in closers)


def _names_month_stem_as_before(lower: str) -> bool:
    """masthead._names_month_stem as it was before speed46: twelve substring tests."""
    return any(stem in lower for stem in _MONTH_STEMS)


@given(lower=st.text(alphabet="janfebmrpyulgsoctvdAJ é1.", max_size=14))
@example(lower="")
@example(lower="ja")
@example(lower="market")
@example(lower="the 28th of dec")
@example(lower="mayor")
@example(lower="jjul")
def test_names_month_stem_answers_as_the_substring_tests(lower: str) -> None:
    assert _names_month_stem(lower) == _names_month_stem_as_before(lower)


def test_month_stems_are_the_twelve() -> None:
    assert _MONTH_STEMS == (
        "apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "may", "nov", "oct", "sep"
    )  # fmt: skip
    for stem in _MONTH_STEMS:
        assert _names_month_stem(f"x {stem}") and _names_month_stem(stem)
        assert not _names_month_stem(stem[:2] + " " + stem[2])


@given(text=st.text(alphabet="A1 .,é中٣_-", max_size=10))
def test_holds_letter_is_any_isalpha(text: str) -> None:
    assert _holds_letter(text) == any(ch.isalpha() for ch in text)


def test_paper_name_unchanged_on_names_and_near_misses() -> None:
    assert masthead.paper_name("THE RIVERTON GAZETTE") == "THE RIVERTON GAZETTE"
    assert masthead.paper_name("1916 1917") is None
    assert masthead.paper_name("A B C D E F G") is None
    assert classify.is_furniture("THE RIVERTON GAZETTE", line_index=0)


def _letter_counts_as_before(text: str) -> tuple[int, int]:
    """cjk.letter_counts as it was before speed46 (ASCII by a translation and two counts of
    bytes, which give str.isalpha's and str.isupper's answers there; other text by filter)."""
    letters = "".join(filter(str.isalpha, text))
    return len(letters), sum(map(str.isupper, letters))


@given(text=st.text(alphabet="aZm 1.,'’—éÉßǅΣσ中٣\u00ad\t", max_size=16))
@example(text="")
@example(text="THE WAR IN EUROPE")
@example(text="Élan Über straße")
def test_letter_counts_counts_as_isalpha_and_isupper(text: str) -> None:
    assert letter_counts(text) == _letter_counts_as_before(text)


def test_letter_counts_over_every_ascii_character() -> None:
    text = "".join(map(chr, range(128)))
    assert letter_counts(text) == (52, 26) == _letter_counts_as_before(text)


def test_english_words_open_on_an_ascii_letter() -> None:
    """_english_title_like counts a word as capitalised by its first code point (<= "Z"): it
    holds only while every word _ENGLISH_WORD finds opens on an ASCII letter."""
    assert classify._ENGLISH_WORD.pattern.startswith("[A-Za-z]")
    for word in classify._ENGLISH_WORD.findall("The ’war’ Über-alles IN-Europe ǅ x1 -a"):
        assert ("A" <= word[0] <= "Z") == word[0].isupper()
        assert "A" <= word[0] <= "Z" or "a" <= word[0] <= "z"
