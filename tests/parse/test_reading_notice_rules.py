"""A reading notice run in as a story's last paragraph is set apart as a notice (readers21)."""

from __future__ import annotations

import pytest

from reader.model import Article, ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import reads_as_reading_notice

#: A story of two paragraphs that tells news (what was done and said), long enough to be one.
STORY = (
    "WHEELS OF SHASTA MANGLE TRAMP\n"
    "A tramp, name unknown, fell from the rods of the Shasta Limited, train No. 11, Sunday\n"
    "morning at Voorhies and was cut to pieces beneath the wheels of the train.\n"
    "\n"
    "Other hoboes who were riding with him say that he had yelled that he could hold on no\n"
    "longer, but they were powerless to help him. The men had climbed on at Medford.\n"
    "\n"
)
STORY_OPENINGS = ["A tramp, name unknown", "Other hoboes who were"]


def _articles(tail: str) -> list[Article]:
    text = STORY + tail
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    return list(page.articles)


@pytest.mark.parametrize(
    "notice",
    [
        "Ashland Tidings want ads bring results.",
        "Get scale receipts, legal blanks, etc., at the Tidings office.",
        "Don't fail to get one of those hand-painted cups at Wheeler's Drug Store.",
        "You owe it to yourself to buy the best goods possible for the price. Elgin Co. adv.",
    ],
)
def test_a_reading_notice_under_a_story_is_a_notice_of_its_own(notice: str) -> None:
    articles = _articles(notice + "\n")
    assert len(articles) == 2
    story, piece = articles
    assert story.headline == "WHEELS OF SHASTA MANGLE TRAMP"
    assert story.kind is ArticleKind.STORY
    assert len(story.paragraphs) == len(STORY_OPENINGS)
    assert all(p.startswith(s) for p, s in zip(story.paragraphs, STORY_OPENINGS, strict=True))
    assert piece.kind is ArticleKind.NOTICE
    assert piece.headline is None
    assert list(piece.paragraphs) == [notice]


@pytest.mark.parametrize(
    "last",
    [
        # A shop named alone is a local item's too.
        "The next meeting will be held in three weeks at Ellingson's store.",
        # Advice to the reader, with no ad's evidence and no call to a shop.
        "Like nearly everything else, it is a habit; the right habit is as easily formed. Try it.",
        # A price and a shop's word with no word to the reader: news (a factory's shipment).
        "A shipment of sample shoes will be made to St. Louis Saturday, valued at about $20,000.",
        # Words to the reader and a price or a firm: under a shop's own text, the same ad's end.
        "If you use baking powder, use Royal Baking Powder. ROYAL BAKING POWDER CO., New York",
    ],
)
def test_a_last_paragraph_without_a_reading_notice_s_voice_stays(last: str) -> None:
    articles = _articles(last + "\n")
    assert len(articles) == 1
    assert articles[0].paragraphs[-1] == last


def test_a_reading_notice_is_short_and_tells_nothing_as_done() -> None:
    assert reads_as_reading_notice("Get your sale bills printed at the Champion oflice.")
    assert not reads_as_reading_notice("Get well soon, his friends said at Smith's store.")
    long_notice = "Get your scale receipts at the Tidings office. " * 6
    assert len(long_notice) > 250
    assert not reads_as_reading_notice(long_notice)
