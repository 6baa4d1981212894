"""A head whose line cannot end it keeps the line under it (branch ``headwrap19``, issue 9).

A 1916 daily sets a head over two short lines; when the first stops on a comma, a small word,
a verb wanting its object or a participle after a comma, the second completes it even when the
title rules refused it alone (a single word closing with a stop: ``Window Fell Upon Boy,
Breaking`` / ``Neck.`` over the dispatch's dateline, its day garbled, gave the head ``Window Fell Upon Boy,
Breaking`` and the story the first paragraph ``Neck.``). A head whose line can end it, a tail
set wider than the head or in another case, and prose going on in small letters keep their
reading.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.classify import head_left_open

_ABOVE = (
    "Cancellation of the commodity rates by\n"
    "the railroads on saddlery was found\n"
    "justified by the commission today.\n"
)

_STORY = (
    "Waco. Tex., Feb. US. Karl Walker,\n"
    "aged 14, a negro, was killed last night\n"
    "on a farm near here, when a window\n"
    "fell upon him, breaking his neck. He\n"
    "was crawling into the room.\n"
)


def _story(head: str, story: str = _STORY) -> Article:
    (article,) = [
        article
        for article in parse_page_text(_ABOVE + head + story).articles
        if any("Walker" in paragraph for paragraph in article.paragraphs)
    ]
    return article


def test_a_participle_after_a_comma_takes_the_word_under_it() -> None:
    article = _story("Window Fell Upon Boy, Breaking\nNeck.\n")
    assert article.headline == "Window Fell Upon Boy, Breaking Neck."
    assert not any(paragraph.startswith("Neck.") for paragraph in article.paragraphs)


def test_a_head_that_may_end_leaves_the_word_under_it() -> None:
    article = _story("Boy Killed by Window\nNeck.\n")
    assert article.headline == "Boy Killed by Window"


def test_a_tail_in_small_letters_is_no_heads() -> None:
    article = _story("Window Fell Upon Boy, Breaking\nneck.\n")
    assert "neck" not in (article.headline or "")


def test_a_line_ending_open_by_its_last_word() -> None:
    assert head_left_open("Window Fell Upon Boy, Breaking")
    assert head_left_open("Mayor Will Speak at Meeting of")
    assert head_left_open("Hughes Urges")
    assert head_left_open("Funeral of Mrs.")
    assert head_left_open("Bridge Across River,")
    assert not head_left_open("Window Fell Upon Boy")
    assert not head_left_open("Building Is Going Up")
    assert not head_left_open("Prices Are Rising")
    assert not head_left_open("Growing In Favor")
