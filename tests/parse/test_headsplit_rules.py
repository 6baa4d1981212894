"""A capitals headline split over two lines keeps both (branch ``headsplit23``, issue 9).

A 1916 daily wraps a capitals head over two lines in its column. When the line under the head
opens in a small letter — the story's or its deck's first capital lost by OCR (``tamford men``
for ``Stamford men``), or a scrap of dirt — the head's second line was refused as a title
(prose may run on from a capitals line) and read as the story's first words: the headline kept
only ``CASTOR OIL SHORTAGE`` of ``CASTOR OIL SHORTAGE`` / ``HOLDS UP WAR PLANT``. A head line
closed by a stop, a mixed-case head over prose going on and a capitals line too wide for a
wrap keep their reading.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text

_ABOVE = (
    "The meeting closed at ten o'clock\n"
    "after a long and friendly debate\n"
    "between the two parties present.\n"
)

_PLANT = (
    "tamford men lose their jobs as the\n"
    "guncotton plant closes for want of\n"
    "oil, the company said yesterday.\n"
)


def _article(head: str, story: str = _PLANT, word: str = "guncotton") -> Article:
    (article,) = [
        article
        for article in parse_page_text(_ABOVE + head + story).articles
        if any(word in paragraph for paragraph in article.paragraphs)
    ]
    return article


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("CASTOR OIL SHORTAGE\nHOLDS UP WAR PLANT\n", "CASTOR OIL SHORTAGE HOLDS UP WAR PLANT"),
        # (a second line closing on a stop)
        ("SUFFRAGE ORGANIZER MEETS\nCLUB WOMEN.\n", "SUFFRAGE ORGANIZER MEETS CLUB WOMEN."),
    ],
)
def test_a_capitals_heads_second_line_over_a_lost_capital_is_the_heads(
    head: str, headline: str
) -> None:
    article = _article(head)
    assert article.headline == headline
    assert article.paragraphs[0].startswith("tamford")


def test_a_capitals_head_closed_by_a_stop_keeps_its_reading() -> None:
    article = _article("FIRE DESTROYS BARN.\nTHE LOSS IS HEAVY\n")
    assert article.headline == "FIRE DESTROYS BARN."
    assert article.paragraphs[0].startswith("THE LOSS IS HEAVY")


def test_a_capitals_line_wider_than_a_wrap_keeps_its_reading() -> None:
    article = _article("CASTOR OIL SHORTAGE\nHOLDS UP THE BIG WAR PLANT AT STAMFORD FOR DAYS\n")
    assert article.headline == "CASTOR OIL SHORTAGE"


def test_a_mixed_case_head_over_prose_going_on_keeps_its_reading() -> None:
    story = (
        "The Committee of the Woodmen\n"
        "of the World having in charge the\n"
        "celebration met on Monday evening\n"
        "and named the officers of the day.\n"
    )
    article = _article("Mardi Gras Celebration\n", story, "Monday")
    assert article.headline == "Mardi Gras Celebration"
    assert article.paragraphs[0].startswith("The Committee of the Woodmen")
