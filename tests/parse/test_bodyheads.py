"""The survey of articles headed by no head of theirs (tests/parse/bodyheads.py)."""

from __future__ import annotations

import pytest

from tests.parse.bodyheads import SENT, SOURCES, head_sent, head_source, is_garble, main

_STORY = {
    "kind": "story",
    "headline": "CITY ASSESSORSHIP",
    "subheadline": "James Stewart Resigns, Having Registered and Voted In Cincinnati.",
    "paragraphs": [
        "Councilman Thomas M. Russell, chairman of the Ways and Means Committee; City "
        "Attorney John M. Calhoun, and Chief of Police James Mackey were in Cincinnati."
    ],
}
_AD = {
    "kind": "notice",
    "headline": "Harbeson Garage",
    "paragraphs": ["Will Put Your Car in Good Order For Spring. Parts and supplies."],
}


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("Having Registered and Voted In", "deck"),
        ("Calhoun, and Chief of Police James", "body"),
        ("U.JJ'J.'UL'.i!", "garble"),
        ("RE$4 ! R k&", "garble"),
        ("Will Put Your Car in Good Order For Spring", "neighbour"),
        ("THE PUBLIC LEDGER", "furniture"),
        ("WE HAVE OUR ENTIRE LINE OF SPRING SHOES", "other"),
    ],
)
def test_where_a_wrong_head_comes_from(head: str, source: str) -> None:
    assert source in SOURCES
    assert head_source(head, _STORY, [_AD], ["THE PUBLIC LEDGER"]) == source


def test_garble_has_no_readable_word_or_is_half_noise() -> None:
    assert is_garble("J J J J f J J J J 2")
    assert is_garble("I,i ., ....(., 4.. J. ....... I I....")
    assert not is_garble("NODES II T-LOSTOMIP")
    assert not is_garble("CITY ASSESSORSHIP")


def test_where_the_expected_head_went() -> None:
    got = {"headline": "Calhoun", "subheadline": "CITY ASSESSORSHIP", "paragraphs": ["x"]}
    assert head_sent("CITY ASSESSORSHIP", got, [], []) == "deck"
    got = {"headline": "Calhoun", "paragraphs": ["CITY ASSESSORSHIP James Stewart"]}
    assert head_sent("CITY ASSESSORSHIP", got, [], []) == "body"
    other = {"headline": "CITY ASSESSORSHIP", "paragraphs": ["y"]}
    assert head_sent("CITY ASSESSORSHIP", {"headline": "x"}, [other], []) == "elsewhere"
    assert head_sent("CITY ASSESSORSHIP", {"headline": "x"}, [], ["CITY ASSESSORSHIP"]) == (
        "elsewhere"
    )
    assert head_sent("CITY ASSESSORSHIP", {"headline": "x"}, [], []) == "lost"
    assert head_sent(None, {"headline": "x"}, [], []) == "none"


def test_the_survey_prints_a_table_of_sources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--family", "historical-en", "--half", "tune"]) == 0
    out = capsys.readouterr().out
    assert "matched articles headed by no head of theirs" in out
    assert "| head from | " + " | ".join(SENT) + " | all |" in out
