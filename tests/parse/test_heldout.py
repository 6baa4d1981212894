"""Pages of our own writing held out of the development set (tests/data/heldout/README.md):
they load in the dev-set schema and lose no character; their scores are reported, not floored."""

from __future__ import annotations

from pathlib import Path

from tests.parse.devset import expect_files, load_dev_page
from tests.parse.score import score_pages

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


def test_held_out_pages_load_and_lose_nothing() -> None:
    paths = expect_files([HELDOUT])
    assert len(paths) >= 2
    scores = score_pages([load_dev_page(path) for path in paths])
    assert {s.name: s.tally.lost for s in scores} == dict.fromkeys((s.name for s in scores), 0)
    assert all(s.tally.expected for s in scores)
