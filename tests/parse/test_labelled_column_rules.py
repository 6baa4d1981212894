"""Items inside a labelled local column (issue 9, branch labelled21): under a column's label
("LOCAL AND PERSONAL", "PILLSBURY NOTES.") an item that ends on a full line is broken from the
next where that opens on a person named in neither item above, so each item is a paragraph of
the column (the development set's convention keeps the column one story). The pages are set
as Chronicling America prints them: unindented lines of one width, no blank line."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from reader.model import Page
from reader.parse import assemble, parse_page_text
from reader.parse.lines import Line
from reader.parse.reflow import Unit

#: Two items, the first ending on a full line: the reflow sees no break between them.
_TWO_ITEMS = [
    "Lloyd Greer of Concho spent a few days",
    "visiting with old friends here this week.",
    "Mrs. Mary Jones returned on Monday from",
    "a long visit with her sister in Phoenix.",
]


def _page(*lines: str) -> Page:
    return parse_page_text("\n".join(lines) + "\n")


def _column(page: Page, head: str) -> list[str]:
    """The paragraphs of the article headed ``head``."""
    (article,) = [article for article in page.articles if article.headline == head]
    return list(article.paragraphs)


def test_an_item_opening_on_a_person_after_a_full_line_is_a_paragraph_of_its_own() -> None:
    page = _page("LOCAL AND PERSONAL", *_TWO_ITEMS)
    assert _column(page, "LOCAL AND PERSONAL") == [
        "Lloyd Greer of Concho spent a few days visiting with old friends here this week.",
        "Mrs. Mary Jones returned on Monday from a long visit with her sister in Phoenix.",
    ]
    # the items stay the column's paragraphs: one story, as the development set writes it
    assert len(page.articles) == 1


@pytest.mark.parametrize(
    ("head", "second_item", "paragraphs"),
    [
        # a birth's formula opens an item too
        (
            "PILLSBURY NOTES.",
            ["Born, to Mr. and Mrs. Carl Ek, Tuesday", "of this week, a fine baby daughter, Ruth."],
            2,
        ),
        # "Mr. Greer" is named in the item above: the same item goes on
        (
            "LOCAL AND PERSONAL",
            ["Mr. Greer expects to return next month", "with his family to stay through the fall."],
            1,
        ),
    ],
)
def test_the_next_line_decides(head: str, second_item: list[str], paragraphs: int) -> None:
    page = _page(head, *_TWO_ITEMS[:2], *second_item)
    assert len(_column(page, head)) == paragraphs


def test_a_title_abbreviation_closing_a_line_is_no_items_end() -> None:
    # "Mrs." at a line's end: the name goes on in the next line.
    lines = ["visiting with the family of his aunt, Mrs.", "Mary Jones returned on Monday from a"]
    page = _page("LOCAL AND PERSONAL", _TWO_ITEMS[0], *lines, _TWO_ITEMS[3])
    assert len(_column(page, "LOCAL AND PERSONAL")) == 1


def test_a_storys_paragraph_under_a_head_is_not_broken() -> None:
    # Only a column's label reaches the rule: a story's head does not.
    page = _page("NEW BRIDGE OPENED", *_TWO_ITEMS)
    assert len(_column(page, "NEW BRIDGE OPENED")) == 1


def test_the_column_ends_at_the_next_title() -> None:
    page = _page(
        "LOCAL AND PERSONAL",
        "Peter Olson sold his farm last week.",
        "NEW BRIDGE OPENED",
        *_TWO_ITEMS,
    )
    assert len(_column(page, "NEW BRIDGE OPENED")) == 1


def _lines_read_for_names(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Lines handed to the named-above test while one paragraph of ``count`` lines, each
    closing on a stop and opening on a person named above, is split under a label."""
    read = 0
    named_above = assemble._named_above

    def counting(person: re.Match[str] | None, above: Sequence[Line]) -> bool:
        nonlocal read
        read += len(above)
        return named_above(person, above)

    monkeypatch.setattr(assemble, "_named_above", counting)
    lines = [
        Line(number + 2, _SAME_PERSON[number % 2], indented=False, gap=0) for number in range(count)
    ]
    label = Unit("title", [Line(1, "LOCAL NEWS", indented=False, gap=0)], 0)
    assemble.split_column_items([label, Unit("paragraph", lines, 0)])
    return read


#: Lines that each close an item's sentence and open on a person the line above names.
_SAME_PERSON = (
    "Mr. Smith of Dryden went to the city on business this week.",
    "Mr. Smith came home again with his family from the farm today.",
)


def test_a_long_paragraph_costs_work_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every line is a candidate item opening whose person is named above, so the item never
    # ends: the look-back is bounded (NAMED_ABOVE_LINES), not the whole paragraph so far.
    small = _lines_read_for_names(500, monkeypatch)
    large = _lines_read_for_names(2_000, monkeypatch)
    assert small > 0
    assert large <= 4.5 * small
