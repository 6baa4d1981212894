"""Held-out pages (tests/data/heldout/README.md): they load in the dev-set schema and lose no
character; their scores are reported, never floored."""

from __future__ import annotations

from pathlib import Path

from tests.parse.devset import load_available
from tests.parse.score import score_pages

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


def test_held_out_pages_load_and_lose_nothing() -> None:
    pages, _missing = load_available([HELDOUT])
    # The pages of our own writing are stored beside their expect files: always there.
    assert sum(1 for page in pages if not page.real) >= 2
    scores = score_pages(pages)
    assert {s.name: s.tally.lost for s in scores} == dict.fromkeys((s.name for s in scores), 0)
    assert all(s.tally.expected for s in scores)
