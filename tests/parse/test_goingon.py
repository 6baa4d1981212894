"""Tests for the survey of heads set over a sentence going on (tests/parse/goingon.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parse.goingon import candidates, ending, is_prose, main, opening_word

#: A page's text: the words of the page (its vocabulary) are those printed inside its lines.
_PAGE = """\
President Wilson told the Chamber of Commerce
that America needed a real scientific tariff
board and he thought it was going to the
81 INDICTMENTS
to get it; that it needed a real merchant marine
and that it was absolutely necessary to begin
"""
_VOCABULARY = frozenset(
    "wilson told the chamber of that america needed a real scientific and he thought it was "
    "going to get merchant that absolutely necessary".split()
)


def _article(text: str, head: str | None, line: int) -> dict[str, object]:
    return {
        "kind": "story",
        "headline": head,
        "paragraphs": [text],
        "source_lines": [line, line + 2],
    }


_ABOVE = _article("President Wilson told the Chamber that it was going to the", None, 1)
_GOING_ON = "to get it; that it needed a real merchant marine and that it was"
_UNDER = _article(_GOING_ON, "81 INDICTMENTS", 4)


def test_a_head_over_a_sentence_going_on_is_open() -> None:
    assert candidates([_ABOVE, _UNDER], _VOCABULARY) == [("open", _ABOVE, _UNDER)]


def test_the_text_above_ends_open_closed_or_unended() -> None:
    assert ending(_ABOVE) == "open"
    assert ending(_article("The strike, which the state-", None, 1)) == "open"
    assert ending(_article("The board met today.", None, 1)) == "closed"
    assert ending(_article("Gladys Waite 31 2", None, 1)) == "unended"
    assert ending(_article("I ll i ■ — ' | ' y| of", None, 1)) == "unended"  # noise before it
    assert ending(None) == "closed"


def test_an_opening_needs_a_word_of_the_page_in_small_letters() -> None:
    assert opening_word(_UNDER, _VOCABULARY) == "to"
    # a dateline whose place lost its capital: no word of the page
    assert opening_word(_article("behlin (via wireless), Feb. 2.", "X", 4), _VOCABULARY) is None
    assert opening_word(_article("To get it right", "X", 4), _VOCABULARY) is None
    assert candidates([_ABOVE, {**_UNDER, "headline": None}], _VOCABULARY) == []


def test_a_decks_tail_or_a_scrap_is_no_prose() -> None:
    assert is_prose("to get it; that it needed a real merchant marine")
    assert not is_prose("and Other Supplies Is on Rock in Charge")
    assert not is_prose("in of to")
    assert not is_prose("mm E")
    tail = _article("and Other Supplies Is on Rock in Charge", "FLOOD", 4)
    assert candidates([_ABOVE, tail], _VOCABULARY) == [("not prose", _ABOVE, tail)]


def test_the_command_counts_each_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "page.txt"
    source.write_text(_PAGE, encoding="utf-8")
    record = {"source": str(source), "page": {"articles": [_UNDER, _ABOVE]}}
    parsed = tmp_path / "parse.jsonl"
    parsed.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    assert main([str(parsed), "--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("open: ") and "81 INDICTMENTS" in out[0]
    assert out[-1] == (
        "1 pages, 1 headed articles with text; opening in small letters: "
        "open 1, unended 0, closed 0, not prose 0"
    )
