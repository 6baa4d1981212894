"""Helpers for tests that build English e-pages (a blank line after every line) and read their
articles back with nothing lost: the tabloid rules' tests share them."""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added

#: A modern e-paper's top: its nameplate, its date line and a short story by a byline, over
#: which the modern-page rules' tests set the shape they test.
GAZETTE_TOP: tuple[str, ...] = (
    "THE HARBOUR GAZETTE",
    "Friday, December 4, 2026 $2.50",
    "Ferry fares rise again",
    "By Ann Lee",
    "Ferry fares will rise by a tenth from",
    "January, the operator said yesterday.",
)


def epaper(*lines: str) -> str:
    """A page as an e-paper export gives it: a blank line after every line."""
    return "".join(f"{line}\n\n" for line in lines)


def articles_of(text: str) -> list[Article]:
    """The page's articles, after checking that no character of it was lost."""
    page = parse_page_text(text)
    assert not lost_and_added(text, page)[0]
    return list(page.articles)


def story_by(articles: list[Article], byline: str) -> Article:
    """The article whose byline holds ``byline``."""
    return next(article for article in articles if article.byline and byline in article.byline)
