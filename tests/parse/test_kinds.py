"""The survey of matched articles given the wrong kind (tests/parse/kinds.py): the cause."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.parse.kinds import CAUSES, KindMatrix, main, notice_cues, wrong_kind_cause

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


def test_notice_cues_name_what_a_reader_sees() -> None:
    assert notice_cues("Ladies' coats at $5.00. Phone 41.") == ("price", "address/phone")
    assert "legal" in notice_cues("Notice is hereby given that the estate of John Doe …")
    assert "thanks/resolved" in notice_cues("CARD OF THANKS We wish to thank our friends …")
    assert "meeting" in notice_cues("Sunday school at 9:30 a. m. Preaching at 11 o'clock.")
    assert notice_cues("The council met on Monday and voted for the bridge.") == ()


def test_the_matrix_counts_expected_by_produced_kind() -> None:
    cells = Counter({("notice", "notice"): 3, ("notice", "story"): 2, ("story", "story"): 5})
    table = KindMatrix(cells, 1, ()).table()
    assert "| expected \\ produced | story | notice | right |" in table
    assert "| notice | 2 | 3 | 3 of 5 |" in table
    assert "| story | 5 |  | 5 of 5 |" in table


def test_the_survey_prints_the_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--family", "historical-en", "--half", "tune", "--matrix", "--list"]) == 0
    out = capsys.readouterr().out
    assert "matched articles" in out
    assert "expected notices matched by no article:" in out
