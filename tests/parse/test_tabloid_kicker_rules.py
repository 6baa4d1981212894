"""An English tabloid's capitals kicker over its capitals head, and an e-paper's folio strip
that names the paper's web address beside the date (tabloid28)."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.masthead import is_masthead_line
from tests.parse.epages import articles_of, epaper, story_by

KICKED_STACK = (
    "LIFEBOAT DRAMA",
    "GRAN SAVED",
    "FROM SINKING",
    "FERRY",
    "By Owen Hartley",
    "A woman of 84 was pulled from the",
    "water by a lifeboat crew last night",
    "after her ferry struck rocks.",
    "The crew said the sea was calm.",
)


def test_a_capitals_kicker_over_a_wrapped_capitals_head() -> None:
    for text in (epaper(*KICKED_STACK), "\n".join(KICKED_STACK) + "\n"):
        story = story_by(articles_of(text), "Hartley")
        assert story.kicker == "LIFEBOAT DRAMA"
        assert story.headline == "GRAN SAVED FROM SINKING FERRY"


def test_a_head_whose_first_line_is_not_the_longest_keeps_it() -> None:
    lines = ("TOWN HALL", "ROOF FALLS IN", "AT MIDNIGHT", *KICKED_STACK[4:])
    story = story_by(articles_of(epaper(*lines)), "Hartley")
    assert story.kicker is None
    assert story.headline == "TOWN HALL ROOF FALLS IN AT MIDNIGHT"


def test_a_capitals_head_over_no_reporter_keeps_its_first_line() -> None:
    # (a 1916 head wrapped as its column fills, its longest line first, over no named byline)
    lines = ("BRITISH ADVANCE", "ON THE RIVER", "AT DAWN", *KICKED_STACK[5:])
    articles = articles_of(epaper(*lines))
    assert articles[0].kicker is None
    assert articles[0].headline == "BRITISH ADVANCE ON THE RIVER AT DAWN"


FOLIO_STRIP = "harbourgazette.co.uk • HARBOUR GAZETTE • Friday, March 6, 2026 • 12"


def test_an_epaper_folio_strip_with_a_web_address_is_furniture() -> None:
    assert is_masthead_line(FOLIO_STRIP, 1)
    assert is_masthead_line(FOLIO_STRIP, 40)
    page = parse_page_text(epaper("NEWS", FOLIO_STRIP, *KICKED_STACK))
    assert all(FOLIO_STRIP not in "\n".join(article.paragraphs) for article in page.articles)
    assert all(article.headline != FOLIO_STRIP for article in page.articles)


def test_a_sentence_naming_a_date_and_a_web_address_is_still_prose() -> None:
    line = "Tickets go on sale Friday, March 6, 2026 at harbourgazette.co.uk and in the shop"
    assert not is_masthead_line(line, 40)
