"""A labelled local column's run goes on through an item's first line read as a title (issue 9,
branch cols22): under a column's label or a correspondent's place ("LOCAL AND PERSONAL",
"BREEZY HILL NOTES"), a title that is an item's line ("Mrs. Roscoe Smith spent Tuesday" /
"with Mrs. Frank Kiser.", "Miss Mattie Shaw and Miss" / "Adilee McKie have been …") is no
head: the item and the items under it stay the column's paragraphs, not a story of their own.
The pages are set as Chronicling America prints them: unindented lines, no blank line."""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import assemble, parse_page_text

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


def _heads(page: Page) -> list[str | None]:
    return [article.headline for article in page.articles]


def test_a_whole_item_read_as_a_title_is_the_columns_paragraph() -> None:
    page = _page(
        "BREEZY HILL NOTES",
        *_FIRST_ITEM,
        "Mrs. Roscoe Smith spent Tuesday",
        "with Mrs. Frank Kiser.",
        "Ira Bradshaw has purchased the driv",
        "ing horse formerly owned by Dr. Lewis",
        "of Central Lake.",
        *_LAST_ITEM,
    )
    assert _heads(page) == ["BREEZY HILL NOTES"]
    (column,) = page.articles
    assert column.paragraphs[1] == "Mrs. Roscoe Smith spent Tuesday with Mrs. Frank Kiser."
    assert column.paragraphs[2].startswith("Ira Bradshaw has purchased")
    assert column.paragraphs[-1].startswith("Ralph Ranney returned")


@pytest.mark.parametrize(
    ("item", "opening"),
    [
        # a comma between a name and its place: the line runs on
        (
            [
                "Mrs. John Turner, of East",
                "Pike street, were guests of Mr. and",
                "Mrs. James Shriner Sunday.",
            ],
            "Mrs. John Turner, of East Pike street, were guests",
        ),
        # cut on a courtesy title: no headline ends so
        (
            [
                "Miss Mattie Shaw and Miss",
                "Adilee McKie have been on a visit to",
                "Miss Georgia Reese before she leaves.",
            ],
            "Miss Mattie Shaw and Miss Adilee McKie have been",
        ),
        # a first name's abbreviation does not close the item read as a title
        (
            ["Born to Mr. and Mrs. Geo.", "Farwell Tuesday morning, a boy."],
            "Born to Mr. and Mrs. Geo. Farwell Tuesday morning, a boy.",
        ),
    ],
)
def test_an_items_first_line_read_as_a_title_opens_its_paragraph(
    item: list[str], opening: str
) -> None:
    page = _page("LOCAL AND PERSONAL", *_FIRST_ITEM, *item, *_LAST_ITEM)
    assert _heads(page) == ["LOCAL AND PERSONAL"]
    (column,) = page.articles
    assert column.paragraphs[1].startswith(opening)


@pytest.mark.parametrize(
    ("head", "story"),
    [
        # a headline in title case is a story's head, not an item's line
        (
            "Huge Flour Mill for Seattle",
            [
                "The Fisher Flouring Mills company, of",
                "Seattle, last Saturday awarded a con",
                "tract for an addition to its plant.",
            ],
        ),
        # a signature and its office closing on a stop is no item's line
        (
            "Mrs. Jessye E. McClain, Chairman.",
            [
                "Hello, hello, for 414 2nd avenue East,",
                "call for Mr. John S. Thomas, the Sea",
                "Food Merchant.",
            ],
        ),
        # nor a dateline's place and state
        (
            "New Bedford, Mass. The Textile",
            [
                "Council, made up of delegates from all",
                "the cotton mill workers' unions, voted",
                "tonight to recommend a strike.",
            ],
        ),
    ],
)
def test_a_head_under_the_column_still_ends_it(head: str, story: list[str]) -> None:
    page = _page("LOCAL AND PERSONAL", *_FIRST_ITEM, head, *story)
    assert _heads(page)[:2] == ["LOCAL AND PERSONAL", head]
    assert list(page.articles[0].paragraphs) == [" ".join(_FIRST_ITEM)]


def test_a_column_that_took_an_items_line_holds_no_crosshead() -> None:
    column = assemble.Body(paragraphs=["Ira Olney bought a pair of horses of Alex Bashaw."])
    column.label = True
    assert assemble._may_hold_crosshead(column)
    column.took_item_lines = True
    # a head with a story under it ends the column ("Annual Gentlemen's Night of the Clubs.")
    assert not assemble._may_hold_crosshead(column)
