"""A weekly's item about a society or a firm after a headed story (issue 9, branch hists45):
once a story under its own headline has ended, a paragraph of a brief's length that opens on a
society's or a firm's name and tells of a meeting, an entertainment or a dealing ("The Ladies'
Aid will meet …", "The Swift Packing Company has bought …") is an item of its own, as one
opening on a person who came or went already was (branches items10, items33). A paragraph
naming what the story names, one in a story that has not ended, a paragraph opening on a
society that tells no such news, and a society's note in a column under a label stay where
they are. The pages are set as Chronicling America prints them: unindented lines, no blank
line, a paragraph ending on a short line."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import tells_society_news

#: A story under a headline in capitals, its two paragraphs ending on a stop.
_STORY = (
    "BRIDGE IS OPENED TO THE PUBLIC\n"
    "The county commissioners opened the\n"
    "new steel bridge over the river on\n"
    "Saturday afternoon, and a crowd of\n"
    "farmers drove over it.\n"
    "The contractors had the work done\n"
    "two weeks ahead of their time\n"
    "and under cost.\n"
)


def _shapes(text: str) -> list[tuple[str | None, list[str]]]:
    page = parse_page_text(text)
    return [(a.headline, [p[:14] for p in a.paragraphs]) for a in page.articles]


@pytest.mark.parametrize(
    "item",
    [
        "The Ladies' Aid society will meet\nwith Mrs. Hogan Thursday.\n",
        "The Swift Packing Company has\nbought 2,000 acres near Stanfield.\n",
        "The Altar Guild will give a leap\nyear party next Thursday night.\n",
        "Tho Woodmen Circle met last Satur\nday and elected officers.\n",
        "The Cottonwood Hardware Co.\nreceived a carload of autos.\n",
    ],
)
def test_a_societys_item_after_a_story_is_its_own(item: str) -> None:
    # After the story has ended, the item names nothing the story names: an item of its own.
    assert _shapes(_STORY + item) == [
        ("BRIDGE IS OPENED TO THE PUBLIC", ["The county com", "The contractor"]),
        (None, [item[:14]]),
    ]


def test_a_run_of_societies_items_after_a_story() -> None:
    # The run under a society's item reads the next society's item as the story did.
    items = (
        "The Ladies' Aid society will meet\nwith Mrs. Hogan Thursday.\n"
        "The Woodmen Circle met last Satur\nday and elected officers.\n"
    )
    assert _shapes(_STORY + items) == [
        ("BRIDGE IS OPENED TO THE PUBLIC", ["The county com", "The contractor"]),
        (None, ["The Ladies' Ai"]),
        (None, ["The Woodmen Ci"]),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the story's own firm
        "The Bridge Company has received\nits pay from the county.\n",
        # a society that tells no meeting or dealing
        "The Commercial Club thinks the\nroad should be graded next.\n",
        # no name before the society's word
        "Church services will be held on\nthe new bridge Sunday.\n",
        # no society at all: the story's next sentence
        "The company will hold the bridge\nin repair for a year.\n",
    ],
)
def test_a_storys_own_paragraph_stays(paragraph: str) -> None:
    [story] = _shapes(_STORY + paragraph)
    assert story[1] == ["The county com", "The contractor", paragraph[:14]]


def test_a_long_paragraph_stays() -> None:
    # Past a brief's length the paragraph is the story's: a story goes on about a firm.
    paragraph = (
        "The Oregon Bridge Company has received\n"
        "orders for three more steel bridges of\n"
        "the same span, and its engineers say\n"
        "that the work on them will begin as\n"
        "soon as the weather permits in the\n"
        "spring.\n"
    )
    [story] = _shapes(_STORY + paragraph)
    assert len(story[1]) == 3


def test_a_story_that_has_not_ended_keeps_it() -> None:
    # The paragraph above closes no sentence: the story runs on.
    text = _STORY.replace("and under cost.\n", "and under cost, as\n")
    text += "The Ladies' Aid society will meet\nwith Mrs. Hogan Thursday.\n"
    assert len(_shapes(text)) == 1


def test_a_society_under_a_label_stays_in_its_column() -> None:
    # A column of notes under its label keeps its societies' notes (the label rules decide).
    column = (
        "CHURCH NOTES\n"
        "Sunday school at ten o'clock, and\n"
        "preaching at eleven.\n"
        "The Ladies' Aid society will meet\n"
        "with Mrs. Hogan Thursday.\n"
    )
    [label] = _shapes(column)
    assert len(label[1]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ladies' Aid will meet with Mrs. Foss on Derby street.", True),
        ("Bethany Young People's Society will meet Wednesday evening.", True),
        ("The Radio Club has received its charter.", True),
        ("The Knights of Pythias club will give a dance.", True),
        ("The regular meeting of the Woman's Club was held Tuesday.", True),
        ("The members of the Junior League had a joyous time Saturday.", True),
        ("The members of the board think the road is bad.", False),
        # the society's name broken by OCR, under its meeting
        ("Th3 regular meeting of the Wo man's Temperance U mon was held Friday.", True),
        ("The annual convention of the Farmers was held in the court house.", True),
        ("The meeting of the council was held Monday.", False),
        ("The A. M. E. Church Altar Guild met with Mrs. Pyree on Thursday.", True),
        ("A. and B. Schuster Company are preparing to build.", True),
        ("The Commercial Club thinks the road should be graded.", False),
        ("Church services will be held in Chicago.", False),
        ("The company will meet its bills.", False),
        ("the Ladies' Aid will meet Thursday.", False),
        ("Mrs. Hogan will meet the Ladies' Aid.", False),
        # a clause's first word is no society's ("In order" names no Order: a story's own
        # paragraph, the held-title check at the round-45 merge)
        (
            "In order to avoid a conflict with these meetings, the Dairy Cattle Association "
            "will meet at the Avalon.",
            False,
        ),
    ],
)
def test_tells_society_news(text: str, expected: bool) -> None:
    assert tells_society_news(text) is expected
