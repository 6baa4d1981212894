"""Tests for the survey of spurious heads (tests/parse/spurhead.py): where a head came from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.parse.devset import DevPage
from tests.parse.spurhead import main, spurious_heads

#: A seed ad as a weekly sets it: a display line in capitals whose phrase runs on into the
#: line under it (the parse reads the first line as a head; the annotation has none).
_LINES = [
    "ARIZONA SEED FOR ARIZONA",
    "PLANTERS: Send for our 1916",
    "Seed Annual; it contains valu",
    "able information for the Farmer,",
    "Gardener, and Poultryman.",
]
_TEXT = "\n".join(_LINES) + "\n"
_AD = " ".join(_LINES).replace("valu able", "valuable")


def _page(articles: list[dict[str, Any]], furniture: tuple[str, ...] = ()) -> DevPage:
    return DevPage(
        "seed-ad",
        Path("seed-ad.txt"),
        "historical-en",
        "en",
        True,
        _TEXT,
        tuple(articles),
        furniture,
    )


def _article(headline: str | None, paragraphs: tuple[str, ...]) -> dict[str, Any]:
    return {"kind": "notice", "headline": headline, "paragraphs": list(paragraphs)}


def test_a_head_read_from_the_items_first_line() -> None:
    heads = spurious_heads(_page([_article(None, (_AD,))]))
    assert [(h.expected, h.produced, h.headline, h.where) for h in heads] == [
        (0, 0, "ARIZONA SEED FOR ARIZONA", "own first paragraph")
    ]
    assert str(heads[0]).startswith("seed-ad: produced #0 'ARIZONA SEED FOR ARIZONA' -> expected")


def test_a_head_the_annotation_also_gives_is_no_spurious_head() -> None:
    rest = _AD.removeprefix("ARIZONA SEED FOR ARIZONA ")
    assert spurious_heads(_page([_article("ARIZONA SEED FOR ARIZONA", (rest,))])) == []


def test_a_head_the_annotation_puts_in_the_furniture() -> None:
    rest = _AD.removeprefix("ARIZONA SEED FOR ARIZONA ")
    heads = spurious_heads(_page([_article(None, (rest,))], ("ARIZONA SEED FOR ARIZONA",)))
    assert [h.where for h in heads] == ["furniture"]


def test_main_lists_and_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path), "--half", "tune"]) == 0
    assert capsys.readouterr().out.strip().endswith("0 spurious heads:")
