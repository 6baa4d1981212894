"""A head or an item of OCR garble, or a scrap cut from its story, is no article (``noise22``).

Real 1916 front pages list, about once in three pages, an "article" a reader cannot read: a
masthead's speckled first line as a brief's head (``1 V'r;. . if i i 1 1``), a capitals word
cut from its stack over a figure (``ROOSEVELT`` / ``01``), a weather box's cells as teasers
(``11 o'clock``). Such an item — no page pointer, no box entry, no dateline, byline, credit or
jump line, shorter than ``GARBLED_ITEM_CHARS`` with its titles, and holding fewer than
``GARBLED_ITEM_WORDS`` readable words — goes to the page's unplaced text, every character kept.
"""

from __future__ import annotations

import pytest

from reader.model import ContinuationLink
from reader.parse import parse_page_text
from reader.parse.assemble import Body, Title, _is_garbled_item
from reader.parse.audit import lost_and_added
from tests.parse.test_garbled_credit_rules import _STORY_ABOVE


def _title(text: str, pointer: ContinuationLink | None = None) -> Title:
    return Title(text, "caps" if text.isupper() else "mixed", 0, 0, pointer=pointer)


@pytest.mark.parametrize(
    "text",
    ["1 V'r;. . if i i 1 1", "VEN IN G", "11 o'clock", "I I. It I. Hit. .1. I. l M. I", "-O"],
)
def test_a_title_of_garble_is_garbled(text: str) -> None:
    assert _is_garbled_item(_title(text))


@pytest.mark.parametrize(
    "text",
    ["TRAIN WRECKED", "Mrs. Smith Ill", "WAR NEWS", "天气晴", "ВОЙНА ОКОНЧЕНА"],
)
def test_a_title_of_two_words_or_another_script_is_not(text: str) -> None:
    assert not _is_garbled_item(_title(text))


def test_a_title_with_its_page_is_a_teaser_not_garble() -> None:
    assert not _is_garbled_item(_title("SPORTS", pointer=ContinuationLink("to", 5, "Page 5")))


def test_a_body_counts_its_titles_and_paragraphs_together() -> None:
    head = _title("ROOSEVELT")
    body = Body(["01"])
    body.titles = [head]
    assert _is_garbled_item(body)
    body.paragraphs = ["He spoke."]
    assert not _is_garbled_item(body)  # "ROOSEVELT", "spoke"
    body.paragraphs = ["01"]
    body.dateline = "OYSTER BAY, Feb. 2.—"
    assert not _is_garbled_item(body)


def test_a_garbled_brief_is_no_article_and_keeps_its_text() -> None:
    text = "1 V'r;. . if i i 1 1\n1 V'r;. . if i i 1 1 ! 11 ! ;\n\n" + _STORY_ABOVE
    page = parse_page_text(text)
    assert [a.headline for a in page.articles] == ["BANDIT LEADER TAKEN"]
    assert any("V'r" in piece for piece in page.unplaced)
    lost, added = lost_and_added(text, page)
    assert not lost
    assert not added


def test_a_short_real_brief_stays() -> None:
    text = _STORY_ABOVE + "\nMr. John Hay is ill at his home.\n"
    page = parse_page_text(text)
    assert any("John Hay is ill" in " ".join(a.paragraphs) for a in page.articles)
