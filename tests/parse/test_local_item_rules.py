"""A weekly's local item after a headed story (issue 9, branch items33): right under a story's
headline, once the story has ended, an item telling that someone was a town's visitor or
shopper, went on business, gave a party or is ill is an item of its own, as one telling that
they came or went already was. Under a place's name, a column's label or an item's line read
as a title, and after a story that already took items as its paragraphs, such a paragraph
stays where it is (most often a correspondent's column, which the convention keeps whole).
The pages are set as Chronicling America prints them: unindented lines, no blank line, a
paragraph ending on a short line."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import tells_local_news

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


#: The same story under a head its lead takes up no word of (see the echo tests below, branch
#: items40: a story told under its own head lets an item go even after paragraphs opening on
#: people).
_UNECHOED_STORY = "A BUSY WEEK AT THE COURT HOUSE\n" + _STORY.split("\n", 1)[1]


def _shapes(text: str) -> list[tuple[str | None, list[str]]]:
    page = parse_page_text(text)
    return [(a.headline, [p[:14] for p in a.paragraphs]) for a in page.articles]


@pytest.mark.parametrize(
    "item",
    [
        "Mrs. R. K. Bliler is confined to\nher bed with the grip.\n",
        "J. L. Ames was a business visitor\nin Salem Tuesday.\n",
        "Henry Brinkman is seriously ill at\nhis home in this city.\n",
        "Mrs. Sterling Bonn entertained a\nnumber of young folks Sunday.\n",
        "G. L. Garlinghouse made a business\ntrip to Ness City this week.\n",
    ],
)
def test_an_item_after_a_story_is_its_own(item: str) -> None:
    # After the story has ended, the item names no one the story names: an item of its own.
    assert _shapes(_STORY + item) == [
        ("BRIDGE IS OPENED TO THE PUBLIC", ["The county com", "The contractor"]),
        (None, [item[:14]]),
    ]


def test_an_illness_far_into_a_paragraph_is_the_storys() -> None:
    # A story's paragraph telling of an illness far on, not right after its opening name.
    paragraph = (
        "Secretary Banks was unable to attend\n"
        "the meeting as he is reported to be\n"
        "seriously ill at home.\n"
    )
    [story] = _shapes(_STORY + paragraph)
    assert story[1] == ["The county com", "The contractor", "Secretary Bank"]


def test_an_item_naming_the_storys_people_is_the_storys() -> None:
    # A paragraph naming someone the story names goes on with it ("… Olson is seriously ill").
    story = (
        "FARMER IS HURT BY HIS BULL\n"
        "Peter Olson was badly gored by his\n"
        "bull on his farm north of town on\n"
        "Monday.\n"
        "Mrs. Peter Olson is confined to her\n"
        "bed from the shock.\n"
    )
    [article] = _shapes(story)
    assert article[1] == ["Peter Olson wa", "Mrs. Peter Ols"]


@pytest.mark.parametrize(
    "head",
    [
        "OAK GROVE",  # a correspondent's place
        "Mr. Will Brown and Miss Mary",  # an item's first line read as a title
    ],
)
def test_under_a_place_or_an_items_line_the_paragraph_stays(head: str) -> None:
    # Under a place's name or an item's line read as a title, the paragraphs are a column's:
    # an item telling of a visitor or an illness is not split from it.
    text = (
        f"{head}\n"
        "The roads are drifted full of snow\n"
        "and no mail came through all week.\n"
        "School has closed because of the\n"
        "cold weather.\n"
        "W. D. Ashton was a Bellingham\n"
        "visitor Friday.\n"
    )
    assert [paragraphs[-1] for _, paragraphs in _shapes(text)] == ["W. D. Ashton w"]
    assert len(_shapes(text)) == 1


def test_after_a_story_that_took_items_the_paragraph_stays() -> None:
    # A story whose paragraphs already open on people is a column read under a head: the
    # broader openings are not read there.
    text = (
        _UNECHOED_STORY
        + "Mrs. Carl Lund has a new piano in\nher parlor this week.\n"
        + "Henry Brinkman is seriously ill at\nhis home in this city.\n"
    )
    [story] = _shapes(text)
    assert story[1][-1] == "Henry Brinkman"


def test_the_broader_openings_are_read_only_when_asked() -> None:
    item = "J. L. Ames was a business visitor in Salem Tuesday."
    assert not tells_local_news(item)
    assert tells_local_news(item, broad=True)
    assert tells_local_news("J. L. Ames went to Salem Tuesday.")
    # a story's name and a word of illness far on; a stand in court is no call to a place
    assert not tells_local_news(
        "Secretary Banks was unable to attend as he is reported to be ill.", broad=True
    )
    assert not tells_local_news("Mr. Carmalt was called to the stand today.", broad=True)


@pytest.mark.parametrize(
    ("story", "item"),
    [
        # a lead too short to be a story's
        (
            "DOCTOR THILLY IS GIVEN A DINNER\n"
            "The professor from the university\n"
            "was the guest at dinner.\n",
            "Henry Brinkman is seriously ill at\nhis home in this city.\n",
        ),
        # a paragraph telling of someone who moved, its name garbled: a column of items (so
        # also under a head the lead echoes: no neighbour's news after the lead, items40)
        (
            _STORY + "11. V. Ilerndon has moved on to\nthe place on route 3.\n",
            "Mrs. R. A. Harrel of route 2 was\nsick the last of the week.\n",
        ),
        # an ad's card, speaking as the shop, ends no story
        (
            "INCUBATORS FOR THE FARM AT LOW PRICES\n"
            "We sell the best incubators in the\n"
            "county at the lowest prices, the 120\n"
            "egg size at $14 and the 240 egg size\n"
            "at $16.\n",
            "Henry Robb is ill with the grip.\n",
        ),
        # an item longer than a brief
        (
            _STORY,
            "J. L. Ames was a business visitor\nin Salem Tuesday and he looked\n"
            "over the new bridge and said that\nit was the best one in the whole\n"
            "county, better than the one that\nwas built at Milton last year.\n",
        ),
    ],
)
def test_the_broader_openings_keep_off_a_column_or_a_long_paragraph(story: str, item: str) -> None:
    # Only a brief's length, after a story's lead, in a story that took no item.
    shapes = _shapes(story + item)
    assert len(shapes) == 1
    assert shapes[0][1][-1] == item[:14]


def test_a_run_of_such_items_after_a_story_is_split() -> None:
    # An item split off a story's end by the broader openings alone reads the next one so too.
    text = (
        _STORY
        + "A. B. Lund of the Farmers bank of\nTenstrike is in Bemidji today.\n"
        + "Mrs. O. P. Rand is confined to her\nbed with the grip.\n"
    )
    assert [paragraphs for _, paragraphs in _shapes(text)][1:] == [
        ["A. B. Lund of "],
        ["Mrs. O. P. Ran"],
    ]


def test_after_an_item_of_coming_or_going_the_run_stays_whole() -> None:
    # An item that came or went opens a run as before (a personal column whose label OCR
    # lost, most often): the broader openings are not read under it.
    text = (
        _UNECHOED_STORY
        + "Mrs. J. E. Kirk and her daughter\nwent to Atlantic City.\n"
        + "Robert Amos was on the sick list\nlast week.\n"
    )
    assert [paragraphs for _, paragraphs in _shapes(text)][1:] == [
        ["Mrs. J. E. Kir", "Robert Amos wa"],
    ]


def test_a_story_under_its_own_head_lets_an_item_go_after_people() -> None:
    # The lead takes up the head's words ("bridge", "opened"): a story told under its own
    # head, whose paragraphs may open on people; an item after it is one of its own (branch
    # items40).
    text = (
        _STORY
        + "Mrs. Carl Lund has a new piano in\nher parlor this week.\n"
        + "Henry Brinkman is seriously ill at\nhis home in this city.\n"
    )
    assert [paragraphs for _, paragraphs in _shapes(text)][1:] == [["Henry Brinkman"]]


def test_after_an_item_off_a_story_under_its_own_head_the_run_is_read() -> None:
    # The run under an item split off such a story reads the broader openings, even after an
    # item that came or went (items after a story told under its own head are items).
    text = (
        _STORY
        + "Mrs. J. E. Kirk and her daughter\nwent to Atlantic City.\n"
        + "Robert Amos was on the sick list\nlast week.\n"
    )
    assert [paragraphs for _, paragraphs in _shapes(text)][1:] == [
        ["Mrs. J. E. Kir"],
        ["Robert Amos wa"],
    ]


def test_the_papers_town_keeps_no_item_in_a_story_under_its_own_head() -> None:
    # The story and the item both name the town; the story was told under its own head
    # ("warden" taken up by its lead) and has ended: the item is one of its own. Under a head
    # its lead does not take up, the shared town keeps it in (items16's test, as before).
    lead = (
        "The game warden is hot on the trail\n"
        "of the men who have been shooting\n"
        "pheasants in the hills north of\n"
        "Granby this winter.\n"
    )
    item = "W. L. Finch of Sand Hollow is a\nbusiness visitor in Granby today.\n"
    echoed = _shapes("GAME WARDEN IS ON THE TRAIL\n" + lead + item)
    assert echoed[1:] == [(None, ["W. L. Finch of"])]
    unechoed = _shapes("OFFICERS AFTER LAWBREAKERS\n" + lead + item)
    assert len(unechoed) == 1
