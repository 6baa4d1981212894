"""A Kansas evening daily of 1947 as Chronicling America's OCR gives it (the lead's round 47,
from own-hist-1947-daily, annotated blind): the United Press's "(UP)" in a dateline as the
Associated Press's "(AP)". The snippets are our own wording."""

from __future__ import annotations

from reader.parse.classify import match_dateline


def test_the_united_press_in_a_dateline() -> None:
    assert match_dateline("WASHINGTON, Dec. 9 (UP)—The senate committee today") is not None
    assert match_dateline("TOPEKA, Dec. 9 (AP)—The state board") is not None
    # (near-miss: no day, no dash)
    assert match_dateline("WASHINGTON (UP) the senate") is None
