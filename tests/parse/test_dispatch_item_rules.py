"""A 1916 daily's local item after a dated dispatch (issue 9, branch histj48): the paper sets
its town's personal items in the column under the wire news, and OCR reads them on into the
dispatch above. Once the dispatch has ended, a short paragraph opening on a courtesy title or
initials and telling a neighbour's news, naming no one the dispatch names nor its dateline's
place, is an item of its own. A dispatch's own people (named above, or by their office), a
correspondent's letter under its place's name (its dateline names the place again) and a long
paragraph stay where they are. The pages are set as Chronicling America prints them:
unindented lines, no blank line, a paragraph ending on a short line."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import tells_of_coming_or_going

#: A dispatch under a two-line capitals head, its one paragraph ending on a stop.
_DISPATCH = (
    "STATE TREASURER\n"
    "WILL NOT RUN AGAIN\n"
    "Helena, Mont., Feb. 14. Walter H.\n"
    "Brandt, state treasurer for two terms,\n"
    "announced today that he will not be a\n"
    "candidate again. He will go into business\n"
    "with a Butte firm.\n"
)


def _shapes(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = parse_page_text(text)
    return [(a.headline, a.dateline, [p[:14] for p in a.paragraphs]) for a in page.articles]


@pytest.mark.parametrize(
    "item",
    [
        "Mr. and Mrs. Oscar Lindquist left\nSaturday night for Butte where they\nwill visit.\n",
        "Miss Hattie Moreau was a business\nvisitor in Glasgow Tuesday.\n",
        "J. E. Vollmer is confined to his\nhome with the grip.\n",
        # a word broken over two lines whose hyphen OCR lost
        "Mrs. C. W. Tallant re\nturned Friday from a visit at Havre.\n",
    ],
)
def test_an_item_after_a_dispatch_is_its_own(item: str) -> None:
    assert _shapes(_DISPATCH + item) == [
        ("STATE TREASURER WILL NOT RUN AGAIN", "Helena, Mont., Feb. 14.", ["Walter H. Bran"]),
        (None, None, [item[:14].replace("\n", " ")]),
    ]


@pytest.mark.parametrize(
    "item",
    [
        # the dispatch's own man
        "Mr. Brandt left for Butte Saturday\nto look over the yards.\n",
        # a man the dispatch calls by his office
        "Governor Stewart left Helena today\nfor a trip to the coast.\n",
        # the dateline's place: the dispatch's town, not the paper's
        "Mrs. Anna Kohler was a visitor in\nHelena over Sunday.\n",
        # no neighbour's news in its first words
        "Mr. and Mrs. Oscar Lindquist have\nbought the Lambert farm east of town.\n",
        # longer than a brief: a dispatch's further paragraph
        "Mr. and Mrs. Oscar Lindquist left\nSaturday night for Butte, where the\n"
        "treasurer's friends will give a dinner\nin his honor at the Silver Bow club,\n"
        "and from there they will go on to the\ncoast for a month's stay.\n",
    ],
)
def test_a_dispatchs_own_paragraph_stays(item: str) -> None:
    shapes = _shapes(_DISPATCH + item)
    assert len(shapes) == 1
    assert shapes[0][2] == ["Walter H. Bran", item[:14].replace("\n", " ")]


def test_a_correspondents_letter_under_its_place_stays_whole() -> None:
    # The head names the dateline's place (OCR misread one of them): a correspondent's
    # letter, whose items are its own paragraphs.
    letter = (
        "OLD SETTLER IS BURIED\n"
        "AT GREENFIELD\n"
        "Grcenfleld, Feb. 12. Funeral serv-\n"
        "ices for Amos Whitcomb were held on\n"
        "Tuesday in the Baptist church, and\n"
        "the house was full.\n"
        "Mr. R. T. Olney left this morning\n"
        "for Denver on business.\n"
    )
    shapes = _shapes(letter)
    assert len(shapes) == 1
    assert shapes[0][2] == ["Funeral servic", "Mr. R. T. Olne"]


def test_a_lost_hyphen_in_a_coming_or_going() -> None:
    assert tells_of_coming_or_going("Mr. and Mrs. Hall de parted Monday for Fargo.")
    assert tells_of_coming_or_going("Mrs. Hall re turned Monday from Fargo.")
    # not a word that merely ends so
    assert not tells_of_coming_or_going("The fire parted the crowd and burned the store.")


def test_a_dispatch_from_afar_may_name_its_city_in_its_head() -> None:
    # The dateline names a state: a wire dispatch, whose head may name its city, and whose
    # deck may read as prose; the item under it is the paper's own.
    page = (
        "GRAIN ELEVATOR BURNS\n"
        "AT DULUTH\n"
        "Big Structure on the Water Front,\n"
        "Full of Wheat, Is Total Loss.\n"
        "Duluth, Minn., Feb. 12. Fire de-\n"
        "stroyed the big elevator of the Co-\n"
        "operative Grain company here last\n"
        "night with a loss of $200,000.\n"
        "H. L. Goebel, of Mill Creek, is here\n"
        "looking after business affairs.\n"
    )
    assert _shapes(page) == [
        ("GRAIN ELEVATOR BURNS AT DULUTH", "Duluth, Minn., Feb. 12.", ["Fire destroyed"]),
        (None, None, ["H. L. Goebel, "]),
    ]
