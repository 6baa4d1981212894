"""The glued-columns survey tool (``python -m tests.parse.unglue``, branch unglue19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.parse.lines import split_lines
from tests.parse.test_glued_rules import _COLUMN, _GLUED, _LEFT, _RIGHT, _WIDE_SET
from tests.parse.unglue import glued_run_causes, left_runs, main, page_cuts


def test_page_cuts_lists_each_line_of_a_run_it_cuts() -> None:
    count, runs = page_cuts(_COLUMN + _GLUED + _COLUMN + _WIDE_SET + _COLUMN)
    assert count == 2  # the glued run and the wide-set one
    assert len(runs) == 1
    assert [(left, right) for _line, left, right in runs[0]] == list(
        zip(_LEFT, _RIGHT, strict=True)
    )


def test_the_survey_of_page_files_prints_the_cuts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_COLUMN + _GLUED + _COLUMN, encoding="utf-8")
    listing = tmp_path / "pages.txt"
    listing.write_text(f"{page}\n", encoding="utf-8")
    assert main(["--pages", str(listing)]) == 0
    out = capsys.readouterr().out
    assert f"'{_LEFT[1]}' || '{_RIGHT[1]}'" in out
    assert out.rstrip().endswith("1 pages: 1 wide runs, 1 cut, on 1 pages")


# Branch unglue23: what the rule leaves, and why (``--why``).

#: Two lines holding two columns each, both marked; three lines holding three columns.
_TWO = "".join(_GLUED.splitlines(keepends=True)[:2])
_THREE = "".join(
    f"{line} | {extra}\n"
    for line, extra in zip(
        _GLUED.splitlines(),
        (
            "The ladies of the church will",
            "give a supper in the basement",
            "of the church next Friday",
        ),
        strict=False,
    )
)


def test_left_runs_names_a_run_of_two_by_its_marks() -> None:
    assert [cause for cause, _run in left_runs(split_lines(_COLUMN + _TWO + _COLUMN), 34.0)] == [
        "two lines, 2 marked"
    ]
    one = _TWO.replace(" j ", " ")
    assert [cause for cause, _run in left_runs(split_lines(_COLUMN + one + _COLUMN), 34.0)] == [
        "two lines, 1 marked"
    ]


def test_left_runs_names_three_columns_and_skips_a_run_it_cuts() -> None:
    assert [c for c, _run in left_runs(split_lines(_COLUMN + _THREE + _COLUMN), 34.0)] == [
        "three columns"
    ]
    assert left_runs(split_lines(_COLUMN + _GLUED + _COLUMN), 34.0) == []


def test_glued_run_causes_says_why_a_run_stays_whole() -> None:
    lines = split_lines(_COLUMN + _TWO + _COLUMN)
    assert glued_run_causes([12, 13], lines, 34.0, set()) == "two lines, 2 marked"
    assert glued_run_causes([12], lines, 34.0, set()) == "single line"
    assert glued_run_causes([12, 13], lines, 34.0, {12, 13}) == "cut"
    wide = split_lines(_COLUMN + _THREE + _COLUMN)
    assert glued_run_causes([12, 13, 14], wide, 34.0, set()) == "a line over the band"


def test_the_why_survey_of_page_files_counts_by_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_COLUMN + _TWO + _COLUMN + _THREE + _COLUMN, encoding="utf-8")
    listing = tmp_path / "pages.txt"
    listing.write_text(f"{page}\n", encoding="utf-8")
    assert main(["--why", "--pages", str(listing)]) == 0
    out = capsys.readouterr().out
    assert "lines 12-13: two lines, 2 marked" in out
    assert out.rstrip().endswith("1 pages: {'three columns': 1, 'two lines, 2 marked': 1}")
