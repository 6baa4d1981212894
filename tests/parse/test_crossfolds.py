"""The crosshead-fold survey (``python -m tests.parse.crossfolds``, branch ``briefs23``): each
fold is listed with the story it joined and the test that held, on real parses of small pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.parse import assemble
from tests.parse.crossfolds import counts, folds_of, main

#: A weekly's wedding story, then its next item under a head set as a crosshead: the head's
#: one word `church` echoes the story, the section names no one the story names.
_WEEKLY = (
    "GARDNER-BARNES WEDDING.\n"
    "On Sunday afternoon at the Methodist church in\n"
    "Crane, Miss Lola Gardner of Crane was married\n"
    "to Mr. Robert Barnes of this city. The service\n"
    "was read by the pastor of the church before a\n"
    "few friends of the two families, and a dinner\n"
    "was served at the home of the bride's parents.\n"
    "The bride is a very capable young lady, and\n"
    "has many friends here, having visited here\n"
    "several times. Mr. Barnes is the older son\n"
    "of Mr. and Mrs. James Barnes and is engaged\n"
    "in the drilling business here. The young\n"
    "couple will live in this city after March 1.\n"
    "Christian Church.\n"
    "Rev. Robertson of Galena will preach at the\n"
    "Christian church Monday evening, Feb. 14.\n"
)

#: A daily's dispatch under a stack; the section under its crosshead goes on with the
#: story's people and words.
_DAILY = (
    "SENATE TAKES UP ARMY BILL\n"
    "Chamberlain Measure Is Debated.\n"
    "Washington, Feb. 10.—The senate today took\n"
    "up the army bill of Senator Chamberlain, which\n"
    "would raise the regular army to a strength of\n"
    "two hundred and fifty thousand men. Senator\n"
    "Chamberlain spoke for two hours in support of\n"
    "the army bill, and said the senate committee\n"
    "had heard every officer of the general staff.\n"
    "Senator Lodge and Senator Borah asked many\n"
    "questions of the chairman about the cost of\n"
    "the bill and the number of officers needed.\n"
    "Plan of House Opposed.\n"
    "Senator Chamberlain told the senate that the\n"
    "plan of the house for a smaller army would\n"
    "not give the general staff the officers it\n"
    "needs, and Senator Lodge agreed with him on\n"
    "the number of men and the cost of the bill.\n"
)


@pytest.fixture
def pages(tmp_path: Path) -> tuple[Path, Path]:
    weekly, daily = tmp_path / "weekly.txt", tmp_path / "daily.txt"
    weekly.write_text(_WEEKLY, encoding="utf-8")
    daily.write_text(_DAILY, encoding="utf-8")
    return weekly, daily


def test_a_weeklys_next_item_folded_on_its_heads_word_is_an_echo_fold(
    pages: tuple[Path, Path],
) -> None:
    (fold,) = folds_of(pages[0])
    assert fold.title == "Christian Church."
    assert fold.story_head == "GARDNER-BARNES WEDDING."
    assert (fold.daily, fold.held) == (False, "echo")
    assert fold.section_chars == len(
        "Rev. Robertson of Galena will preach at the Christian church Monday evening, Feb. 14."
    )


def test_a_dailys_crosshead_whose_section_goes_on_is_a_section_fold(
    pages: tuple[Path, Path],
) -> None:
    (fold,) = folds_of(pages[1])
    assert fold.title == "Plan of House Opposed."
    assert (fold.daily, fold.held) == (True, "section")
    assert fold.section_opening.startswith("Senator Chamberlain told the senate")


def test_the_watch_ends_with_the_parse(pages: tuple[Path, Path]) -> None:
    test = assemble._is_crosshead_of
    folds_of(pages[0])
    assert assemble._is_crosshead_of is test


def test_counts_and_the_listed_class(pages: tuple[Path, Path], capsys) -> None:
    assert counts([*folds_of(pages[0]), *folds_of(pages[1])]) == {
        ("other", "echo"): 1,
        ("daily", "section"): 1,
    }
    assert main([str(pages[0]), str(pages[1]), "--other", "--brief", "--list", "echo"]) == 0
    out = capsys.readouterr().out
    assert "other echo    1" in out
    assert "folds: 1 on 2 pages" in out
    assert "'Christian Church.' over 85 chars" in out
    assert "Plan of House Opposed." not in out
