"""Finding an article in a parsed page by a word of its text, for the rule tests."""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text


def article_holding(text: str, word: str) -> Article:
    """The one article of the parse of ``text`` whose paragraphs hold ``word`` (fails if none
    or several do)."""
    (article,) = [
        article
        for article in parse_page_text(text).articles
        if any(word in paragraph for paragraph in article.paragraphs)
    ]
    return article
