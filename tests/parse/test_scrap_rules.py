"""A lone line read as a teaser between articles (branch scraps15, issue 9).

A short mixed-case line that no story took and that carries no page pointer, standing alone
between two articles of an English page, is a wire credit, a crosshead, an ad's display line or
a program's line cut from its text: not a teaser. It goes to the page's unplaced text. A run of
such lines (a contents box), a line in capitals and a longer head stay teasers.
"""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.formats import read_page
from tests.conftest import corpus_file

_CREDIT = "Republican A. P. Leased Wire"
#: A 1916 daily whose wire stories each carry the paper's credit line between head and
#: dateline; parser version 14 read seven of them as teasers.
_WIRE_PAGE = "chronam-1916-02/19160207/sn84020558-ed-1_seq-1.txt"


def test_a_wire_credit_left_between_stories_is_no_teaser() -> None:
    path = corpus_file(_WIRE_PAGE)
    data = path.read_bytes()
    page = read_page(data, path)
    assert not [
        a
        for a in page.articles
        if a.kind is ArticleKind.TEASER and (a.headline or "").startswith("Republican A. P.")
    ]
    # (since echo17 the credits stay over their stories as their bylines, not unplaced text)
    assert [a.byline for a in page.articles].count(_CREDIT) >= 5
    assert "CHICAGO BANKER IS OUT OF DANGER" in [a.headline for a in page.articles]
    assert not lost_and_added(data.decode("utf-8"), page)[0]


def _wire_text() -> str:
    return corpus_file(_WIRE_PAGE).read_text(encoding="utf-8")


def test_a_run_of_short_lines_stays_teasers() -> None:
    text = (
        "Watches cleaned and repaired, and\nall work guaranteed. Orders by\n"
        "mail filled the same day and\nreturned promptly.\n"
        "Mail Order Work a Specialty\nFLORSHEIM\nBrothers Dry Goods Co.\nWHOLESALE\nDry Goods\n"
    )
    page = parse_page_text(text)
    teasers = [a.headline for a in page.articles if a.kind is ArticleKind.TEASER]
    assert "Brothers Dry Goods Co." in teasers
    assert "Dry Goods" in teasers
    assert not lost_and_added(text, page)[0]


def test_a_lone_line_in_capitals_stays_a_teaser() -> None:
    # (a capitals line that is no credit: since echo17 the credit in capitals is its story's
    # byline)
    line = "REPUBLICAN LEASED NEWS"
    text = _wire_text().replace(_CREDIT, line)
    page = parse_page_text(text)
    assert line not in page.unplaced
    assert line in [a.headline for a in page.articles if a.kind is ArticleKind.TEASER]
    assert not lost_and_added(text, page)[0]
