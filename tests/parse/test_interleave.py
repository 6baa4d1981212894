"""Tests for the survey of interleaved columns on annotated pages (tests/parse/interleave.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.devset import DEV, DevPage, load_available, load_dev_page
from tests.parse.interleave import CutHead, GluedLine, main, outcomes, survey, text_key

_TEXT = "\n".join(
    [
        "SHIP SUNK OFF DOVER",  # 1: head of article 0
        "the river rose two feet at Cairo",  # 2: article 1's text, under article 0's head
        "London, Feb. 28.—The steamer Maloja sank.",  # 3: article 0's story
        "Flood waters are falling. Bread costs more in the town",  # 4: articles 1 and 2 glued
        "than it did a year ago.",  # 5: article 2
    ]
)
_ARTICLES = (
    {
        "kind": "brief",
        "headline": "SHIP SUNK OFF DOVER",
        "dateline": "London, Feb. 28.—",
        "paragraphs": ["The steamer Maloja sank."],
    },
    {
        "kind": "brief",
        "headline": None,
        "paragraphs": ["the river rose two feet at Cairo Flood waters are falling."],
    },
    {
        "kind": "brief",
        "headline": None,
        "paragraphs": ["Bread costs more in the town than it did a year ago."],
    },
)


def _page(text: str = _TEXT) -> DevPage:
    return DevPage(
        name="interleaved",
        path=Path("interleaved.txt"),
        family="historical-en",
        language="en",
        real=False,
        text=text,
        articles=_ARTICLES,
    )


def test_text_key_keeps_letters_and_digits_only() -> None:
    assert text_key("De-\nnied, Feb. 28.—") == "deniedfeb28"
    assert text_key(None) == ""


def test_survey_finds_a_cut_head_and_a_glued_line() -> None:
    cuts, glued = survey(_page())
    assert cuts == [CutHead(article=0, head_line=1, body_line=3, foreign=(2,))]
    assert glued == [
        GluedLine(4, "Flood waters are falling. Bread costs more in the town", left=1, right=2)
    ]


def test_survey_finds_nothing_when_the_columns_are_read_apart() -> None:
    apart = "\n".join(
        [
            "SHIP SUNK OFF DOVER",
            "London, Feb. 28.—The steamer Maloja sank.",
            "the river rose two feet at Cairo",
            "Flood waters are falling.",
            "Bread costs more in the town",
            "than it did a year ago.",
        ]
    )
    assert survey(_page(apart)) == ([], [])


def test_an_own_page_of_the_dev_set_has_no_interleaved_columns() -> None:
    assert survey(load_dev_page(DEV / "own-hist-wire.expect.json")) == ([], [])


def test_main_prints_the_totals(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(DEV / "own-hist-wire.expect.json")]) == 0
    assert "1 pages: {'cut heads': 0, 'glued lines': 0}" in capsys.readouterr().out


def test_a_real_page_whose_heads_were_read_across_the_page() -> None:
    pages, missing = load_available([DEV / "real-chronam-maysville-1916-02-28.expect.json"])
    if not pages:
        pytest.skip(f"corpus page missing: {missing}")
    page = pages[0]
    cuts, glued = survey(page)
    heads = [page.articles[cut.article]["headline"] for cut in cuts]
    # CREDIT ASSOCIATION's head and deck stand between CITY ASSESSORSHIP and its story.
    assert heads[:1] == ["CITY ASSESSORSHIP"]
    assert cuts[0].foreign == (66, 67, 68, 69)
    assert [line.number for line in glued][:3] == [368, 369, 370]
    touched = {cut.article for cut in cuts} | {g.left for g in glued} | {g.right for g in glued}
    fates = outcomes(page, touched)
    assert sum(fates.values()) == len(touched)
    assert fates["missed"] >= 1
