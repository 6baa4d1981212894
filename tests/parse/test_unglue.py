"""The glued-columns survey tool (``python -m tests.parse.unglue``, branch unglue19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.test_glued_rules import _COLUMN, _GLUED, _LEFT, _RIGHT, _WIDE_SET
from tests.parse.unglue import main, page_cuts


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
