"""Tests for the survey of rows of heads in parses (tests/parse/rowheads.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parse.rowheads import (
    bank_rows,
    echo_rows,
    in_order,
    is_capitals,
    main,
    teaser_rows,
)


def _teaser(head: str, line: int) -> dict[str, object]:
    return {"kind": "teaser", "headline": head, "paragraphs": [], "source_lines": [line, line]}


def _body(text: str, line: int) -> dict[str, object]:
    return {
        "kind": "story",
        "headline": None,
        "paragraphs": [text],
        "source_lines": [line, line + 3],
    }


def _story(text: str, head: str) -> dict[str, object]:
    """A headed story at the top of the page (its decks set by the test)."""
    return {**_body(text, 1), "headline": head}


_ROW = [
    _teaser("CITY ASSESSORSHIP", 1),
    _teaser("CREDIT ASSOCIATION", 2),
    _body("The city assessor resigned today.", 3),
    _body("A credit association was formed.", 7),
]


def test_a_row_of_teasers_over_as_many_headless_bodies_is_found() -> None:
    assert list(teaser_rows(_ROW)) == [(0, 2)]


def test_a_row_needs_as_many_bodies_as_heads() -> None:
    assert list(teaser_rows(_ROW[:3])) == []
    assert list(teaser_rows([_ROW[0], *_ROW[2:]])) == []


def test_a_deck_the_next_lead_echoes_better_is_found() -> None:
    story = _story("The French lost trenches near Verdun.", "FRENCH LOSE TRENCHES")
    story["subheadline"] = "Germans Take Trenches at Verdun\nRussian Steamer Sunk Off Norway"
    below = _body("A Russian steamer was sunk off the coast of Norway today.", 5)
    assert list(echo_rows([story, below])) == [(0, "Russian Steamer Sunk Off Norway")]
    assert list(echo_rows([story, _body("Wheat rose a cent at Chicago.", 5)])) == []


def test_a_second_capitals_bank_the_next_lead_echoes_is_found() -> None:
    story = _story("Premier Asquith spoke in the Commons today.", "ASQUITH READY FOR CRITICS")
    story["subheadline"] = (
        "Asquith Answers Queries\nSOCIALIST TAKES MELANCHOLY VIEW\nSnowdon Speaks"
    )
    below = _body("Philip Snowdon, a Socialist, took a melancholy view of the peace.", 5)
    found = list(bank_rows([story, below]))
    assert found == [(0, "SOCIALIST TAKES MELANCHOLY VIEW Snowdon Speaks")]
    # A capitals deck straight under the capitals head is the head's own, not a second head.
    story["subheadline"] = "SOCIALIST TAKES MELANCHOLY VIEW\nSnowdon Speaks"
    assert list(bank_rows([story, below])) == []


def test_capitals_need_six_letters_four_in_five_capitals() -> None:
    assert is_capitals("OFFICIALS ARE NOT ALARMED")
    assert not is_capitals("Officials Are Not Alarmed")
    assert not is_capitals("U. S.")


def test_main_counts_each_shape_in_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    shuffled = [_ROW[3], _ROW[1], _ROW[0], _ROW[2]]  # read in the order of their source lines
    records = [
        {"source": "row.txt", "page": {"articles": shuffled}},
        {"source": "none.txt", "page": {"articles": _ROW[2:]}},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "teasers row.txt"
    assert out[-1] == "2 pages: {'teasers': 1, 'echo': 0, 'bank': 0}"
    assert in_order(shuffled) == _ROW
