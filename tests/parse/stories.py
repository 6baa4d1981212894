"""Find the story a rule test's page text parses into, by words its paragraphs hold."""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text


def story_holding(text: str, marker: str) -> Article:
    """The one article of the parsed ``text`` whose paragraphs hold ``marker`` (the test fails
    when none does, or more than one)."""
    (article,) = [
        article
        for article in parse_page_text(text).articles
        if any(marker in paragraph for paragraph in article.paragraphs)
    ]
    return article
