"""Held-out pages (tests/data/heldout/README.md): they load in the dev-set schema and lose no
character; their scores are reported, never floored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.parse.devset import SourceMissing, expect_files, load_dev_page
from tests.parse.score import score_pages

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


def test_held_out_pages_load_and_lose_nothing() -> None:
    pages, missing = [], []
    for path in expect_files([HELDOUT]):
        try:
            pages.append(load_dev_page(path))
        except SourceMissing as exc:
            missing.append(str(exc.path))
    if missing and os.environ.get("CI"):
        pytest.fail(f"corpus files missing under CI: {', '.join(missing)}")
    # The pages of our own writing are stored beside their expect files: always there.
    assert sum(1 for page in pages if not page.real) >= 2
    scores = score_pages(pages)
    assert {s.name: s.tally.lost for s in scores} == dict.fromkeys((s.name for s in scores), 0)
    assert all(s.tally.expected for s in scores)
