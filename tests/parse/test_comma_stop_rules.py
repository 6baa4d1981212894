"""A capitals head whose closing stop Tesseract read as a comma (branch ``tess25``, issue 9).

Tesseract 5 often reads the stop after a line of small capitals as a comma: on its text of the
National Tribune of 10 November 1898 a two-line head came out ``PENNSYLVANIA`` / ``RESERVES,``
and the crossheads of the long stories ``WHAT THE BUILDING Is,`` and ``THE FINAL CAMPAIGN,``,
each set apart by blank lines. A line closing on a comma is no title, so the head lost its
second line to a brief and each crosshead ran on into the paragraph under it. In Tesseract's
blocks (blank lines between them) a capitals line with no other comma or stop, closing on a
comma, now ends a capitals head wrapped over a block of its own, and, alone in its block over
a block of prose, is a paragraph of its own (the annotation's crosshead). The texts here are
our own, shaped like those lines.
"""

from __future__ import annotations

import pytest

from reader.model import Article, Page
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import stop_read_as_comma

_BODY = (
    "The division known as the Lake Reserves,\n"
    "which had among its officers during the\n"
    "first year of its service many men of note,\n"
    "finished its history in May at the church.\n"
)

_SECTION = (
    "In the opinion of many careful observers\n"
    "the old hall is the finest building in the\n"
    "state. It is the only great building put\n"
    "up for the purpose in the whole country.\n"
)


def _parse(text: str) -> Page:
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added, (lost, added)
    return page


def _story(page: Page, words: str) -> Article:
    (article,) = [a for a in page.articles if any(words in p for p in a.paragraphs)]
    return article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHAT THE BUILDING Is,", True),
        ("STIRRING INCIDENTS,", True),
        ("RESERVES,", True),
        ("IN A TIGHT PLACE ,", True),
        # a name with its initials, a list, a name alone: their commas are printed
        ("J. W. KNORR,", False),
        ("BOOTS, SHOES, AND RUBBERS,", False),
        ("Fields—Memorable Combats,", False),
        ("WHAT THE BUILDING IS.", False),
        ("THE GREAT HALL OF THE OLD STATE HOUSE AND ITS GROUNDS,", False),
    ],
)
def test_stop_read_as_comma(text: str, expected: bool) -> None:
    assert stop_read_as_comma(text) is expected


def test_a_wrapped_capitals_head_closed_on_a_comma_heads_its_story() -> None:
    text = "LAKE COUNTY\nRESERVES,\n\nCareer of These Veterans from\nCold Harbor to the End.\n\n"
    page = _parse(text + _BODY)
    story = _story(page, "division known")
    assert story.headline == "LAKE COUNTY RESERVES,"
    assert story.subheadline == "Career of These Veterans from Cold Harbor to the End."
    assert len(page.articles) == 1


def test_a_crosshead_closed_on_a_comma_is_a_paragraph_of_its_own() -> None:
    text = "THE OLD HALL.\n\n" + _BODY + "\nWHAT THE BUILDING IS,\n\n" + _SECTION
    page = _parse(text)
    story = _story(page, "division known")
    assert story.headline == "THE OLD HALL."
    assert "WHAT THE BUILDING IS," in story.paragraphs
    assert any(p.startswith("In the opinion") for p in story.paragraphs)
    assert len(page.articles) == 1


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        # a firm's name over its card: the card is no prose
        (
            "FRANK FUHR,\n\nDealer in Lumber, Coal, Lime, Cement,\n"
            "Sash, Doors and Builders' Hardware.\n",
            "FRANK FUHR, Dealer in Lumber, Coal, Lime, Cement, Sash, Doors and Builders' Hardware.",
        ),
        # a sentence going on in small letters
        (
            "THE GREAT HALL,\n\nwhich stands on the hill, is old.\n",
            "THE GREAT HALL, which stands on the hill, is old.",
        ),
    ],
)
def test_a_comma_before_no_prose_still_runs_on(text: str, paragraph: str) -> None:
    page = _parse("THE OLD HALL.\n\n" + _BODY + "\n" + text)
    assert paragraph in _story(page, "division known").paragraphs


def test_single_spaced_text_is_left_alone() -> None:
    """Without Tesseract's blank lines a capitals line closing on a comma is mostly a
    signature or a head going on in the next line (1916 pages): nothing changes there."""
    text = "THE OLD HALL.\n" + _BODY + "WHAT THE BUILDING IS,\n" + _SECTION
    page = _parse(text)
    story = _story(page, "division known")
    assert not any(p == "WHAT THE BUILDING IS," for p in story.paragraphs)
