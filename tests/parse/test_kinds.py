"""The survey of matched articles given the wrong kind (tests/parse/kinds.py): the cause."""

from __future__ import annotations

import pytest

from tests.parse.kinds import CAUSES, main, wrong_kind_cause

_AD = {
    "kind": "notice",
    "headline": "Harbeson Garage",
    "paragraphs": [
        "Will put your car in good order for spring. Parts and supplies. Cars for hire."
    ],
}


def test_the_same_text_given_another_kind_is_the_kind_rules() -> None:
    produced = dict(_AD, kind="brief", headline="HARBESON GARAGE CO.")
    assert wrong_kind_cause(_AD, produced) == "kind"


def test_a_head_split_from_its_text_is_empty() -> None:
    assert wrong_kind_cause(_AD, {"kind": "teaser", "headline": "Harbeson Garage"}) == "empty"


def test_text_run_in_or_cut_off() -> None:
    news = "J. H. Colvin of Augusta was transacting business in Maysville Saturday."
    merged = dict(_AD, kind="story", paragraphs=[*_AD["paragraphs"], news])
    assert wrong_kind_cause(_AD, merged) == "merged"
    cut = dict(_AD, kind="brief", paragraphs=["Will put your car in good order"])
    assert wrong_kind_cause(_AD, cut) == "cut"
    other = {"kind": "story", "paragraphs": [news]}
    assert wrong_kind_cause(_AD, other) == "other"


def test_a_title_read_as_text_compares_every_printed_field() -> None:
    teaser = {"kind": "teaser", "headline": "Church Announcements"}
    assert wrong_kind_cause(teaser, {"kind": "brief", "paragraphs": ["Church Announcements"]}) == (
        "kind"
    )


def test_the_survey_prints_a_table_of_causes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--family", "historical-en", "--half", "tune"]) == 0
    out = capsys.readouterr().out
    assert "matched articles of the wrong kind" in out
    assert "| kinds | " + " | ".join(CAUSES) + " |" in out
