"""Proof that nothing is lost: compare a page's characters with those of its parse."""

from __future__ import annotations

from collections import Counter

from reader.model import Page
from reader.text.cjk import SOFT_HYPHEN


def visible_characters(text: str) -> Counter[str]:
    """The multiset of non-space characters of a text."""
    return Counter(ch for ch in text if not ch.isspace())


def page_characters(page: Page) -> Counter[str]:
    """Characters of everything the parse kept: articles, furniture and unplaced text."""
    counter: Counter[str] = Counter()
    for article in page.articles:
        for text in article.printed_texts:
            counter.update(visible_characters(text))
    for text in (*page.furniture, *page.unplaced):
        counter.update(visible_characters(text))
    return counter


def lost_and_added(source_text: str, page: Page) -> tuple[Counter[str], Counter[str]]:
    """(characters lost, characters added) by the parse of ``source_text`` (decoded text).

    End-of-line hyphens the parser removed to rejoin words count as accounted for, and so do
    soft hyphens (U+00AD), which are never printed.
    """
    source = visible_characters(source_text)
    parsed = page_characters(page)
    parsed["-"] += page.removed_hyphens
    parsed[SOFT_HYPHEN] += page.removed_soft_hyphens
    return source - parsed, parsed - source
