"""A local item opening on a surname with a Gaelic prefix (issue 9, branch itemnames22): the
person patterns of ``classify`` (LOCAL_ITEM_OPENING, NAMED_PERSON_OPENING) read "McClain",
"MacLeod" and "O'Brien" as surnames, so an item opening on one ("C. B. McClain was an Olive
visitor Monday.", "Arline McKeith spent Tuesday") is a local item like any other: split from
the item above in a column, and no head when read as a title under the column's label.
The pages are set as Chronicling America prints them: unindented lines, no blank line."""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import parse_page_text
from reader.parse.classify import NAMED_PERSON_OPENING, opens_local_item

#: The column's first item, closing on a stop.
_FIRST_ITEM = ["Ira Olney bought a pair of horses of", "Alex Bashaw, one day last week."]
#: An item after the one read as a title.
_LAST_ITEM = [
    "Ralph Ranney returned from the",
    "woods out by Boyne Falls and is now",
    "harvesting saw logs.",
]


def _page(*lines: str) -> Page:
    return parse_page_text("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "opening",
    [
        "C. B. McClain was an Olive visitor Monday.",
        "Tom McCormick came down on Friday",
        "John McGillivray and M. A. Maloney of Lucy",
        "J. C. McGill, owner of the club",
        "Mr. MacLeod left for Portland",
        "Mary O'Brien, who has been ill",
    ],
)
def test_a_person_with_a_prefixed_surname_opens_a_local_item(opening: str) -> None:
    assert opens_local_item(opening)


@pytest.mark.parametrize(
    "text",
    [
        # the first word of a name stays a plain capitalised word: a surname alone opening a
        # sentence is no first name ("McKinley, Mr. Joe …" names a place)
        "McKinley, Mr. Joe Brownfield and Miss Beulah Brown spent",
        # a capitals head is no person
        "McCLAIN WAS AN OLIVE VISITOR",
    ],
)
def test_a_prefix_alone_makes_no_person(text: str) -> None:
    assert not opens_local_item(text)


def test_a_strict_person_opening_reads_a_prefixed_surname() -> None:
    assert NAMED_PERSON_OPENING.match("J. C. McGill, owner of the Denver club") is not None
    assert NAMED_PERSON_OPENING.match("Mrs. O'Brien entertained at cards") is not None


def test_an_item_opening_on_a_prefixed_surname_is_split_from_the_item_above() -> None:
    page = _page(
        "LOCAL AND PERSONAL",
        *_FIRST_ITEM,
        "C. B. McClain was an Olive visitor",
        "Monday and returned Tuesday.",
        *_LAST_ITEM,
    )
    (column,) = page.articles
    assert column.headline == "LOCAL AND PERSONAL"
    assert "C. B. McClain was an Olive visitor Monday and returned Tuesday." in column.paragraphs


def test_an_item_opening_on_a_prefixed_surname_read_as_a_title_is_the_columns() -> None:
    page = _page(
        "BREEZY HILL NOTES",
        *_FIRST_ITEM,
        "Arline McKeith spent Tuesday",
        "with Mrs. Frank Kiser.",
        *_LAST_ITEM,
    )
    assert [article.headline for article in page.articles] == ["BREEZY HILL NOTES"]
    (column,) = page.articles
    assert "Arline McKeith spent Tuesday with Mrs. Frank Kiser." in column.paragraphs
    assert column.paragraphs[-1].startswith("Ralph Ranney returned")
