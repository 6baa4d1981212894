"""A two-line mixed-case head under prose that does not close keeps its first line (branch
``headend15``, issue 9).

A 1916 weekly sets a local story's head in title case over two short lines straight under the
text of the column above; when that text stops without a stop (a column cut mid-sentence, a
stop OCR lost: ``cepted, however,``) the head's first line was read as the prose's last line
and the headline kept only the second (``Sees Great Future`` for ``Austrain Artist`` / ``Sees
Great Future``). A deck's lines under a stack, a lone word with a stop and a sentence that
goes on in small letters keep their reading.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

_ABOVE = (
    "The bonds will be paid in two install\n"
    "ments, half coming due April 20 and\n"
    "half June 30. Cash will not be ac\n"
    "cepted, however,\n"
)

_STORY = (
    "C. J. Benedict, an Austrian artist\n"
    "who since coming to America three\n"
    "years ago has established a wide rep\n"
    "utation, spent Sunday in the city and\n"
    "spoke of the valley with enthusiasm.\n"
)


def _story(head: str, above: str = _ABOVE) -> Article:
    (article,) = [
        article
        for article in parse_page_text(above + head + _STORY).articles
        if any("Benedict" in paragraph for paragraph in article.paragraphs)
    ]
    return article


def _text_above(head: str, above: str = _ABOVE) -> str:
    page = parse_page_text(above + head + _STORY)
    return " ".join(
        paragraph
        for article in page.articles
        for paragraph in article.paragraphs
        if "install" in paragraph
    )


def test_a_two_line_head_under_open_prose_keeps_its_first_line() -> None:
    head = "Austrian Artist\nSees Great Future\n"
    assert _story(head).headline == "Austrian Artist Sees Great Future"
    assert "Austrian Artist" not in _text_above(head)


def test_a_first_line_ending_on_a_small_word_is_the_heads() -> None:
    above = "ing devices that are put in hurriedly\non account of a sudden drop. as\n"
    head = "First Showing of\nSpring Neckwear\n"
    assert _story(head, above).headline == "First Showing of Spring Neckwear"


def test_a_line_going_on_in_small_letters_stays_the_prose() -> None:
    # "Austrian Artist" is no head: the line under it goes on with the sentence
    head = "Austrian Artist\nwho came to see the valley\n"
    assert "Austrian Artist" in _text_above(head)


def test_a_deck_wrapped_to_a_lone_word_keeps_its_lines_together() -> None:
    # "Protect Ships Not" over "Armed." is no two-line head: the lower line is one word
    # closing a sentence, the end of the deck wrapped over three lines
    text = (
        _ABOVE.replace("however,", "however.")
        + "GERMANY SEES NO\nREASON TO CHANGE\nSpecial Precautions taken to\n"
        + "Protect Ships Not\nArmed.\n"
        + "Washington, Feb. 28.—In a note\npresented to Secretary Lansing\n"
        + "today the German government said\nit would not revoke its pledges.\n"
    )
    (article,) = [
        article
        for article in parse_page_text(text).articles
        if any("Lansing" in paragraph for paragraph in article.paragraphs)
    ]
    assert article.headline == "GERMANY SEES NO REASON TO CHANGE"
    assert article.subheadline == "Special Precautions taken to Protect Ships Not Armed."


def test_a_line_opening_on_a_small_word_stays_the_prose() -> None:
    # a sentence goes on over two title-case lines: "… his second / in the Monongahela
    # Consolidated / Coal and Coke Companys / Fleet. …"
    above = "Brown was one of the largest towboats\nand the pride of its owners, his second\n"
    head = "in the Monongahela Consolidated\nCoal and Coke Companys\n"
    page = parse_page_text(above + head + "Fleet. It was commanded by Captain\n" + _STORY)
    assert not any(
        article.headline and "Monongahela" in article.headline for article in page.articles
    )
