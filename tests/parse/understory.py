"""One item parsed under a news story, for the kind rules' tests: the page loses no character,
the story above stays one story under its head, and the item is the page's second article."""

from __future__ import annotations

from reader.model import Article, ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added


def item_under_story(story: str, text: str) -> Article:
    """The article ``text`` becomes when printed under ``story`` (a head line, then prose, then
    a blank line)."""
    page_text = story + text
    page = parse_page_text(page_text)
    lost, _ = lost_and_added(page_text, page)
    assert not lost
    articles = list(page.articles)
    assert articles[0].headline == story.split("\n", 1)[0]
    assert articles[0].kind is ArticleKind.STORY
    assert len(articles) == 2
    return articles[1]
