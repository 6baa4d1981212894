"""speed38's output-neutral rewrites: each helper it changed or added is checked against the
form it replaced (written out here), on hand-made lines and on generated text, so that a later
edit that changes an answer fails here before it moves the identity hash."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.parse.classify import (
    _ENGLISH_WORD,
    _SMALL_WORDS,
    LINE_MEMOS,
    capitalised_words,
    names_service_garbled,
)
from reader.parse.glued import (
    _NARROW_LETTERS,
    _WIDE_LETTERS,
    glued_first_line,
    glued_head,
    last_word_opening,
    set_width,
)
from reader.parse.lines import split_lines

#: Characters the generated lines are drawn from: letters of both cases (narrow, wide, plain),
#: marks, figures, a space, and a capital and a small letter outside ASCII.
_CHARACTERS = st.sampled_from(list("aeimwltfjIMWKQZ .,;:'!|()-\"0179ÉéÅ"))
_TEXT = st.text(_CHARACTERS, max_size=60)


def _set_width_before(text: str) -> float:
    narrow = sum(char in _NARROW_LETTERS for char in text)
    wide = sum(char in _WIDE_LETTERS for char in text)
    capitals = sum(char.isupper() for char in text) - sum(char in "IMW" for char in text)
    return len(text) - 0.4 * narrow + 0.5 * wide + 0.3 * capitals


@given(_TEXT)
@example("ficiated. The bride is the attractive")
@example("MAMMOTH WAGON Émile")
@settings(max_examples=300, deadline=None)
def test_set_width_is_the_character_count_it_replaced(text: str) -> None:
    assert set_width(text) == _set_width_before(text)


def _capitalised_words_before(text: str) -> tuple[int, int]:
    content = [w for w in _ENGLISH_WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    return len(content), sum(word[0].isupper() for word in content)


@given(_TEXT)
@example("Rapid Drive Separates Three Corps of the Army")
@example("A messenger who reached the border says")
@settings(max_examples=300, deadline=None)
def test_capitalised_words_answers_as_before_asked_once_or_twice(text: str) -> None:
    LINE_MEMOS.cache_clear()
    expected = _capitalised_words_before(text)
    assert capitalised_words(text) == expected
    assert capitalised_words(text) == expected  # (the memo's answer)


def test_capitalised_words_counts_capitals_not_small_words() -> None:
    LINE_MEMOS.cache_clear()
    assert capitalised_words("The Army Is Held at the River") == (3, 3)  # ("Is" is small)
    assert capitalised_words("a messenger who reached Paris") == (4, 1)


def _garbled_before(letters: str, name: str, pairs: tuple[str, ...], bound: int) -> bool:
    missed = 0
    for pair in pairs:
        if pair not in letters:
            missed += 1
            if missed > 2 * bound:
                return False
    return True


def test_names_service_garbled_reads_wire_names_as_before() -> None:
    LINE_MEMOS.cache_clear()
    for line in ("Amoclated Press", "(By Unlled Press)", 'United Pre" Service'):
        assert names_service_garbled(line), line
    for line in ("Associated Charities", "United States Senate", "Pressing Need"):
        assert not names_service_garbled(line), line


def test_the_pair_count_misses_as_the_loop_did() -> None:
    # (the count of a name's letter pairs a line keeps, against the loop it replaced)
    name = "associatedpress"
    pairs = tuple(name[i : i + 2] for i in range(len(name) - 1))
    for letters in ("amoclatedpress", "associatedcharities", "xxxxxxxxxxxxxxx", name):
        for bound in (0, 1, 2, 3):
            missed = len(pairs) - sum(map(letters.__contains__, pairs))
            assert (missed <= 2 * bound) == _garbled_before(letters, name, pairs, bound)


def test_last_word_opening_takes_a_paragraphs_last_word_only() -> None:
    assert last_word_opening("tion. LIVE STOCK AND GRAIN") == ("tion.", "LIVE STOCK AND GRAIN")
    assert last_word_opening("000. The next day") == ("000.", "The next day")
    assert last_word_opening("The army. LIVE STOCK") is None  # (a capital opens it)
    assert last_word_opening("9. The next day") is None  # (a word of two characters)
    assert last_word_opening("given MINNEAPOLIS MAN TO") is None  # (no stop)
    assert last_word_opening("tion.") is None  # (nothing after the word)


#: A justified column of about 36 characters, and a line holding a paragraph's last word and
#: the next one's first line in the middle of it.
_COLUMN = [
    "The board of county commissioners met",
    "on Monday to hear the report on roads",
    "and bridges, which was read by the en",
    "gineer and adopted without a dissent",
    "ing vote. The sheriff then asked for a",
    "new car for the use of his deputies in",
    "the outlying parts of the county, and",
    "the board promised to take it up soon.",
]
_GLUED = "ference. It is expected that the new board will"


def test_the_rules_still_read_their_lines_through_the_opening() -> None:
    assert glued_head("ceived. MILLION AND HALF DOLLAR") == ("ceived.", "MILLION AND HALF DOLLAR")
    assert glued_head("ceived. Million and half dollar") is None
    lines = split_lines("\n".join([*_COLUMN[:4], _GLUED, *_COLUMN[4:]]) + "\n")
    assert glued_first_line(lines, 4) == ("ference.", "It is expected that the new board will")
    capitalised = split_lines("\n".join([*_COLUMN[:4], _GLUED.title(), *_COLUMN[4:]]) + "\n")
    assert glued_first_line(capitalised, 4) is None
