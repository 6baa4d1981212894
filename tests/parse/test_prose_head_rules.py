"""A line of prose read as a brief's or a story's head on 1916 pages (issue 9, branch prosehead39).

A weekly's local item ("—Mr. and Mrs. H. T. Barlow left" over "Tuesday afternoon for Mobile
…") or a list's entry has its first line read as a title by its capitals, and the title pass
gives it as head to the item it opens. Such a one-line head that reads as prose running on
into the item's first paragraph and carries a strong mark no 1916 head carries (it opens on a
dash and a name's title, or ends on a comma, ``and``, a name's title, an initial or a broken
word; or it opens in small letters right under an item that closed) becomes that paragraph's
opening words and the item is left head-less. A head in title case, a head ending without a
stop on a weaker word, a two-word fragment, a line opening in small letters under open text,
and a modern page stay as they were. The pages are set as Chronicling America prints them:
unindented lines, no blank line.
"""

from __future__ import annotations

import pytest

import reader.parse.formats.text as text_format
from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.assemble import Body, Title, _prose_head_lines

#: A story that has ended, its last sentence closed, over the lines the tests try.
_ABOVE = [
    "RIVER BRIDGE OPENED.",
    "The new bridge over the river at the",
    "foot of Main street was opened to",
    "traffic on Saturday, the mayor and the",
    "council driving across it first.",
]


def _parse(*lines: str) -> list[Article]:
    """The page: the story above, then ``lines``."""
    return list(parse_page_text("\n".join([*_ABOVE, *lines]) + "\n").articles)


def _holding(articles: list[Article], words: str) -> Article:
    return next(a for a in articles if words in " ".join([a.headline or "", *a.paragraphs]))


def test_a_local_item_opening_on_a_dash_and_a_title_keeps_its_line() -> None:
    articles = _parse(
        "—Mr. and Mrs. H. T. Barlow left",
        "Tuesday afternoon for Mobile, Ala.,",
        "after visiting for a few days at the",
        "home of her parents in this city.",
    )
    item = _holding(articles, "Barlow left")
    assert item.headline is None
    assert item.paragraphs[0].startswith("—Mr. and Mrs. H. T. Barlow left Tuesday afternoon")


def test_a_line_ending_on_miss_opens_the_item() -> None:
    articles = _parse(
        "Walter P. Greene of Dalton and Miss",
        "Edna R. Marsh of Troy were married",
        "at the parsonage on Monday by the",
        "pastor, the Rev. J. L. Wood.",
    )
    item = _holding(articles, "Dalton and Miss")
    assert item.headline is None
    assert item.paragraphs[0].startswith("Walter P. Greene of Dalton and Miss Edna R. Marsh")


def test_a_head_in_title_case_stays() -> None:
    articles = _parse(
        "Farmers Will Meet at Grange Hall",
        "The farmers of the county will meet",
        "at the grange hall on Friday evening",
        "to talk over the price of seed.",
    )
    item = _holding(articles, "farmers of the county")
    assert item.headline == "Farmers Will Meet at Grange Hall"


def test_a_head_with_small_words_but_no_strong_mark_stays() -> None:
    articles = _parse(
        "Mayor Brown is to Speak Tonight",
        "The mayor will speak at the opera",
        "house this evening on the new water",
        "works and the bonds to pay for it.",
    )
    item = _holding(articles, "opera house")
    assert item.headline == "Mayor Brown is to Speak Tonight"


def _body(head: str, first: int, opening: str) -> Body:
    title = Title(head, "mixed", first, first, lines=[first])
    body = Body([opening], first + 1, first + 1)
    body.titles = [title]
    title.body = body
    return body


def _closed_above(last: int) -> Body:
    return Body(["The meeting then closed."], last, last)


def test_a_small_letter_line_under_a_closed_item_is_prose() -> None:
    body = _body("ceived word, Mrs. John Hale of", 10, "this city, that her sister had died.")
    assert _prose_head_lines(body, _closed_above(9), frozenset()) == frozenset({10})


def test_a_small_letter_line_under_open_text_is_left() -> None:
    open_above = Body(["It was learned that Senators Hale and New"], 9, 9)
    body = _body("lands, Charles R. Crane and Amos", 10, "were consulted by the secretary.")
    assert _prose_head_lines(body, open_above, frozenset()) == frozenset()


def test_a_two_word_fragment_is_left() -> None:
    body = _body("are sick,", 10, "and will not be out for a week.")
    assert _prose_head_lines(body, _closed_above(9), frozenset()) == frozenset()


def test_a_page_found_modern_keeps_the_head(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        "—Mr. and Mrs. H. T. Barlow left",
        "Tuesday afternoon for Mobile, Ala.,",
        "after visiting for a few days at the",
        "home of her parents in this city.",
    ]
    monkeypatch.setattr(text_format, "modern_page", lambda blocks: True)
    item = _holding(_parse(*lines), "Barlow left")
    assert item.headline == "—Mr. and Mrs. H. T. Barlow left"


def test_a_head_whose_first_capital_was_lost_is_left() -> None:
    body = _body("aged Union Veteran Taken Ill", 10, "The old soldier who fell ill at the")
    assert _prose_head_lines(body, _closed_above(9), frozenset()) == frozenset()


def test_a_list_line_in_small_letters_with_names_is_prose() -> None:
    body = _body("mer Mayor T. R. Dale, Judge Amos Hart", 10, "and others were at the meeting.")
    assert _prose_head_lines(body, _closed_above(9), frozenset()) == frozenset({10})


def test_a_dash_and_a_title_is_prose_with_no_other_mark() -> None:
    body = _body("—Mrs. Olga Berg and Miss Edna", 10, "Lund of Dalton arrived Monday for a visit.")
    words = frozenset({"arrived"})  # (a word the page prints whole: no broken word's end)
    assert _prose_head_lines(body, _closed_above(9), words) == frozenset({10})


def test_a_names_line_in_title_case_with_no_dash_stays() -> None:
    body = _body("Mrs. Olga Berg and Miss Edna", 10, "Lund of Dalton arrived Monday for a visit.")
    assert _prose_head_lines(body, _closed_above(9), frozenset({"arrived"})) == frozenset()
