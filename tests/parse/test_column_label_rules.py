"""A column's label known by its shape and its column (issue 9, branch items40): a head that
holds a word telling a column of items ("SHORT LOCALS", "SOCIAL GOSSIP", "OUR MAPLETON
LETTER.", "FAIRVIEW AND VICINITY") heads a column of items when the column under it reads as
one (no echo of the head in its first paragraph, items from the start), as a correspondent's
place does: its items stay its paragraphs. A story's headline with such a word ("LOCAL MEN
BUY A THRESHER") keeps its story, and an item after that story is still one of its own.
The pages are set as Chronicling America prints them: unindented lines, no blank line, a
paragraph ending on a short line."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.assemble import _label_core, shaped_as_column_label


def _shapes(text: str) -> list[tuple[str | None, list[str]]]:
    page = parse_page_text(text)
    return [(a.headline, [p[:14] for p in a.paragraphs]) for a in page.articles]


@pytest.mark.parametrize(
    "head",
    [
        "SHORT LOCALS ^",
        "SOCIAL GOSSIP",
        "OUR MAPLETON LETTER.",
        "FAIRVIEW AND VICINITY",
        "NEWS BY WESTBROOK.",
        "Things Personal and of a General Nature",
        "LOCAL MEN BUY A THRESHER",  # a story's head by its column, see below
    ],
)
def test_a_head_with_a_columns_word_may_be_a_label(head: str) -> None:
    assert shaped_as_column_label(head)


@pytest.mark.parametrize(
    "head",
    [
        "BRIDGE IS OPENED TO THE PUBLIC",  # no column's word
        "NEWS OF 1916 IN REVIEW",  # a figure
        "LOCAL MERCHANTS WILL MEET IN THE CITY HALL NEXT WEEK",  # too long for a label
    ],
)
def test_a_head_without_the_shape_is_no_label(head: str) -> None:
    assert not shaped_as_column_label(head)


def test_a_labels_core_leaves_its_frame_out() -> None:
    assert _label_core("OUR MAPLETON LETTER.") == "mapleton"
    assert _label_core("SOCIAL GOSSIP") == ""


_COLUMN_BODY = (
    "It has been a quiet week in town,\n"
    "with snow.\n"
    "Mrs. J. H. Crane visited relatives\n"
    "in Dayton Sunday.\n"
    "Walter Pruitt went to Lebanon on\n"
    "Tuesday.\n"
)


@pytest.mark.parametrize("head", ["SOCIAL GOSSIP", "OUR MAPLETON LETTER.", "SHORT LOCALS ^"])
def test_a_label_known_by_its_column_keeps_its_items(head: str) -> None:
    # A remark, then items of people who came and went: the column under its label is one
    # story whose paragraphs are its items.
    assert _shapes(head + "\n" + _COLUMN_BODY) == [
        (head, ["It has been a ", "Mrs. J. H. Cra", "Walter Pruitt "])
    ]


def test_a_story_under_a_columns_word_lets_its_item_go() -> None:
    # The lead takes up the head's word ("thresher"): a story, and the item after it is an item
    # of its own.
    text = (
        "LOCAL MEN BUY A THRESHER\n"
        "Three farmers of the south end have\n"
        "bought a new steam thresher, which\n"
        "will be shipped here from Racine by\n"
        "the first of the month.\n"
        "Walter Pruitt went to Lebanon on\n"
        "Tuesday.\n"
    )
    shapes = _shapes(text)
    assert len(shapes) == 2
    assert shapes[1] == (None, ["Walter Pruitt "])


def test_a_place_over_items_with_specks_before_a_name_heads_its_column() -> None:
    # OCR's speck before an item's first name (". Jim Kendrick …") hides no person: the place
    # alone on its line heads the column, which is no longer read into the story above.
    text = (
        "NEW BRICK HOTEL FOR THE TOWN.\n"
        "Plans are being drawn for a brick\n"
        "hotel of two stories on the vacant\n"
        "lots north of the bank, and the\n"
        "merchants of the town are behind it.\n"
        "Oakdale\n"
        "It seems the ground hog knew what\n"
        "he was about.\n"
        ". Jim Kendrick has been confined to\n"
        "his bed.\n"
        "The quarterly meeting was held at\n"
        "the church Saturday and Sunday.\n"
        "Sam Wyatt has moved here, where\n"
        "he has bought a share of the shop.\n"
    )
    assert [headline for headline, _ in _shapes(text)] == [
        "NEW BRICK HOTEL FOR THE TOWN.",
        "Oakdale",
    ]
