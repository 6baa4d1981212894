"""A Kansas evening daily of 1947 as Chronicling America's OCR gives it (the lead's round 47,
from own-hist-1947-daily, annotated blind): the United Press's "(UP)" in a dateline as the
Associated Press's "(AP)"; an ad's firm signing under its price alone is no head. The snippets
are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import match_dateline

MASTHEAD = (
    "THE PRAIRIE CITY COURIER\nVOL. 58—NO. 291 PRAIRIE CITY, KANSAS, TUESDAY, DECEMBER 9, 1947\n"
)


def test_the_united_press_in_a_dateline() -> None:
    assert match_dateline("WASHINGTON, Dec. 9 (UP)—The senate committee today") is not None
    assert match_dateline("TOPEKA, Dec. 9 (AP)—The state board") is not None
    # (near-miss: no day, no dash)
    assert match_dateline("WASHINGTON (UP) the senate") is None


def test_an_ads_firm_under_its_price_is_no_head() -> None:
    page = parse_page_text(
        MASTHEAD + "SPECIAL THIS WEEK\nMen's All Wool Overcoats\n$24.50\nHARRIS CLOTHING CO.\n"
    )
    assert [a.headline for a in page.articles] == ["SPECIAL THIS WEEK"]
    assert "HARRIS CLOTHING CO." in " ".join(page.articles[0].paragraphs)
