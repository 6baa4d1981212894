"""A headline split over two lines keeps both (branch ``headsplit23``, issue 9).

Three shapes of a 1916 head wrapped over two lines whose other line went to the story's text
or to the page's unplaced text: a mixed-case head's second line over a scrap of OCR dirt
(``Klamath County Register`` / ``Now Has 1,080 Names`` / ``ff-'i.``), a capitals head's second
line over a story whose first capital OCR lost (``CASTOR OIL SHORTAGE`` / ``HOLDS UP WAR PLANT``
/ ``tamford men …``), and a head's line held back because its words echo another story's lead
better, which no story then took (``Rumors of Another`` / ``Big Sugar Factory``). A title line
over prose, a head line closed by a stop and a list of names keep their reading.
"""

from __future__ import annotations

from reader.model import Article, Page
from reader.parse import parse_page_text

_ABOVE = (
    "The meeting closed at ten o'clock\n"
    "after a long and friendly debate\n"
    "between the two parties present.\n"
)

_REGISTRATION = (
    "Registration for the coming primary\n"
    "election passed the thousand mark in\n"
    "the county last week, the clerk says,\n"
    "and more are expected before April.\n"
)

_PLANT = (
    "tamford men lose their jobs as the\n"
    "guncotton plant closes for want of\n"
    "oil, the company said yesterday.\n"
)

#: A story whose lead echoes "Big Sugar Factory" better than the story under that line does.
_SUGAR = (
    "Sugar Beet Growers Meet\n"
    "The sugar factory at Grants Pass will\n"
    "buy beets from the growers of the\n"
    "valley, the company announced today.\n"
    "\n"
)

_VALLEY = (
    "There is going to be something big\n"
    "done in the Rogue River valley within\n"
    "the next year, a man in the know said.\n"
)


def _article(page: Page, word: str) -> Article:
    (article,) = [
        article
        for article in page.articles
        if any(word in paragraph for paragraph in article.paragraphs)
    ]
    return article


def test_a_mixed_case_heads_second_line_over_dirt_is_the_heads() -> None:
    page = parse_page_text(
        _ABOVE + "County Registration\nNow Passes Thousand\nff-'i.\n" + _REGISTRATION
    )
    article = _article(page, "primary")
    assert article.headline == "County Registration Now Passes Thousand"
    assert not any("Now Passes" in paragraph for paragraph in article.paragraphs)


def test_a_title_case_line_over_prose_going_on_stays_the_storys() -> None:
    text = (
        "Mardi Gras Celebration\n"
        "The Committee of the Woodmen\n"
        "of the World having in charge the\n"
        "celebration met on Monday evening\n"
        "and named the officers of the day.\n"
    )
    article = _article(parse_page_text(_ABOVE + text), "Monday")
    assert article.headline == "Mardi Gras Celebration"
    assert article.paragraphs[0].startswith("The Committee of the Woodmen")


def test_a_capitals_heads_second_line_over_a_lost_capital_is_the_heads() -> None:
    page = parse_page_text(_ABOVE + "CASTOR OIL SHORTAGE\nHOLDS UP WAR PLANT\n" + _PLANT)
    article = _article(page, "guncotton")
    assert article.headline == "CASTOR OIL SHORTAGE HOLDS UP WAR PLANT"
    assert article.paragraphs[0].startswith("tamford")


def test_a_capitals_head_closed_by_a_stop_keeps_its_reading() -> None:
    page = parse_page_text(_ABOVE + "FIRE DESTROYS BARN.\nTHE LOSS IS HEAVY\n" + _PLANT)
    article = _article(page, "guncotton")
    assert article.headline == "FIRE DESTROYS BARN."
    assert article.paragraphs[0].startswith("THE LOSS IS HEAVY")


def test_a_heads_second_line_echoing_another_lead_stays_with_its_head() -> None:
    page = parse_page_text(_SUGAR + "Rumors of Another\nBig Sugar Factory\n" + _VALLEY)
    assert _article(page, "Rogue River").headline == "Rumors of Another Big Sugar Factory"
    assert _article(page, "Grants Pass").headline == "Sugar Beet Growers Meet"
    assert "Big Sugar Factory" not in page.unplaced


def test_a_heads_first_line_echoing_another_lead_stays_with_its_head() -> None:
    page = parse_page_text(_SUGAR + "Big Sugar Factory\nRumored for Valley\n" + _VALLEY)
    assert _article(page, "Rogue River").headline == "Big Sugar Factory Rumored for Valley"
    assert "Big Sugar Factory" not in page.unplaced
