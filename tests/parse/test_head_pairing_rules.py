"""Heads given to their own stories on 1916 pages (branch ``histh45``, issue 9).

A 1916 daily sets a short capitals head over a deck also in capitals, a sentence of several
lines closed by a stop; OCR leaves a mark between them (``BOY IS KILLED`` / ``1`` / ``MILO
NICKOLICH, THIRTEEN`` / … / ``IS INSTANTLY KILLED.``), so the head and the mark were a brief
and the story was headed by its deck's first line. And a line of OCR's garble in capitals
letters over a head (``U.JJ'J.'UL'.i!`` over ``PENNSYLVANIA EXCEEDS``) was read as the stack's
head, the real head left as its deck. Real pages are unseen front pages of the corpus the rules
were read on, not tuned on.
"""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import load_issue, parse_page_text
from reader.parse.assemble import (
    Body,
    Title,
    _lost_heads_over_decks,
    _stack_over_headless_prose,
)
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page
from tests.conftest import corpus_file
from tests.parse.stories import story_holding
from tests.parse.test_capshead_rules import _ABOVE

_DECK = (
    "JOHN MILLER, THIRTEEN\n"
    "YEAR OLD YOUNGSTER, FAILS\n"
    "TO HEED TRAFFIC RULES AND\n"
    "IS INSTANTLY KILLED.\n"
)

_STORY = (
    "John Miller, the thirteen year\n"
    "old son of Mr. and Mrs. Miller,\n"
    "living on Opera Drive, was struck\n"
    "by a motor truck this morning and\n"
    "died before the doctor came.\n"
)


def _stack(head: str, scrap: str = "1", deck: str = _DECK) -> str:
    return _ABOVE + head + "\n" + scrap + "\n" + deck + _STORY


@pytest.mark.parametrize("scrap", ["1", "J.", "4"])
def test_a_head_over_a_scrap_heads_the_story_under_its_capitals_deck(scrap: str) -> None:
    text = _stack("BOY IS KILLED", scrap)
    page = parse_page_text(text)
    article = story_holding(text, "thirteen year")
    assert article.headline == "BOY IS KILLED"
    # (the deck's lines, one sentence, are one deck)
    assert article.subheadline == (
        "JOHN MILLER, THIRTEEN YEAR OLD YOUNGSTER, FAILS TO HEED TRAFFIC RULES AND IS"
        " INSTANTLY KILLED."
    )
    assert [a.headline for a in page.articles].count("BOY IS KILLED") == 1
    assert scrap in " ".join(page.unplaced)


@pytest.mark.parametrize(
    "head",
    [
        # wider than the deck's lines: a masthead's line, a cartoon's
        "THE DAILY NEWS-VOLUME XXXIII. NUMBER 36",
        # a cartoon's question or an ad's cry
        "WHY DIDN'T YOU SEE IT?",
        "BUY NOW!",
    ],
)
def test_a_wide_line_or_a_cry_over_a_scrap_heads_no_capitals_deck(head: str) -> None:
    article = story_holding(_stack(head), "thirteen year")
    assert article.headline != head


def test_a_capitals_title_of_one_line_or_with_no_stop_is_no_deck() -> None:
    one_line = "BOY IS KILLED BY A TRUCK TODAY.\n"
    assert story_holding(_stack("BOY IS KILLED", deck=one_line), "thirteen year").headline != (
        "BOY IS KILLED"
    )
    no_stop = _DECK.replace("KILLED.", "KILLED")
    assert story_holding(_stack("BOY IS KILLED", deck=no_stop), "thirteen year").headline != (
        "BOY IS KILLED"
    )


_HEAD = "PENNSYLVANIA EXCEEDS\nSPEED REQUIREMENTS\n"
_MIXED = "New Dreadnaught Pushed at Rate\nof 21 Knots an Hour.\n"
_DISPATCH = (
    "Rockland, Me., Feb. 28. A speed\n"
    "three-quarters of a knot in excess\n"
    "of contract requirements was made\n"
    "by the battleship Pennsylvania.\n"
)


@pytest.mark.parametrize("garble", ["U.JJ'J.'UL'.i!", "I'.J.-'JL"])
def test_a_garbled_capitals_line_over_a_head_is_no_head(garble: str) -> None:
    text = _ABOVE + "\n" + garble + "\n" + _HEAD + _MIXED + _DISPATCH
    page = parse_page_text(text)
    article = story_holding(text, "three-quarters")
    assert article.headline == "PENNSYLVANIA EXCEEDS SPEED REQUIREMENTS"
    assert article.subheadline == "New Dreadnaught Pushed at Rate of 21 Knots an Hour."
    assert garble in page.unplaced


def test_a_garbled_line_holding_a_word_over_a_head_stays() -> None:
    # (a run of three letters may be a word OCR kept: the line is not read as garble)
    line = "U.JJ'NAV'.i!"
    text = _ABOVE * 3 + "\n" + line + "\n" + _HEAD + _MIXED + _DISPATCH
    page = parse_page_text(text)
    assert line not in page.unplaced
    assert story_holding(text, "three-quarters").headline == line


def _brief_and_story(head: str, scrap: str, opening: str) -> tuple[Body, Body]:
    """A brief of ``head`` (line 10) over ``scrap`` (line 11), and a head-less story opening on
    ``opening`` (lines 12-15), as the assembly holds them before the stacks are settled (the
    page's layout OCR gives this shape is hard to write short: tested on the pieces)."""
    brief = Body([scrap], first=11, last=11)
    brief.lines = [11]
    title = Title(head, "caps", 10, 10, body=brief, lines=[10])
    brief.titles = [title]
    story = Body([opening, "The senate adjourned at five o'clock."], first=12, last=15)
    story.lines = [12, 13, 14, 15]
    return brief, story


_OPENING = (
    "Resolution introduced to declare the new order of the German admiralty contrary to policy."
)


def test_a_head_over_a_scrap_heads_the_headless_story_it_tells_of() -> None:
    brief, story = _brief_and_story("GERMAN ORDER RESOLUTION", "4 +", _OPENING)
    assert _stack_over_headless_prose(brief, story) == ["4 +"]
    assert [t.text for t in story.titles] == ["GERMAN ORDER RESOLUTION"]
    assert story.titles[0].body is story


@pytest.mark.parametrize(
    ("head", "scrap", "opening"),
    [
        # a head from another column: no word of the story's lead
        ("SHIPS COLLIDE IN DENSE FOG", "4 +", _OPENING),
        # OCR noise in the head
        ("GERMAN ORDER l\"\" ,' V? i' ;", "4 +", _OPENING),
        # a word under the head: no scrap
        ("GERMAN ORDER RESOLUTION", "ORDER", _OPENING),
        # a page's name
        ("PAGE FOUR", "4 +", "Page four of the order tells of the German admiralty and policy."),
        # no prose under it (a list of names)
        ("GERMAN ORDER RESOLUTION", "4 +", "German Order. Resolution."),
    ],
)
def test_no_headless_story_is_headed_by_a_stray_head_or_over_no_scrap(
    head: str, scrap: str, opening: str
) -> None:
    brief, story = _brief_and_story(head, scrap, opening)
    assert _stack_over_headless_prose(brief, story) is None
    assert not story.titles


def test_a_story_with_a_dateline_is_not_read_here() -> None:
    brief, story = _brief_and_story("GERMAN ORDER RESOLUTION", "4 +", _OPENING)
    story.dateline = "Washington, Feb. 14."
    assert _stack_over_headless_prose(brief, story) is None


def _head_scrap_deck(scrap: str, scrap_line: int = 12) -> tuple[list[Title | Body], Body]:
    """A free capitals head (lines 10-11), a head-less body of one scrap line, and a story
    headed by its mixed-case deck (lines 13-14), in the sequence the assembly holds."""
    head = Title("THEFT OF NAVY CODE CAUSES", "caps", 10, 11, lines=[10, 11])
    mark = Body([scrap], first=scrap_line, last=scrap_line)
    mark.lines = [scrap_line]
    story = Body(["San Francisco, Feb. 11. Ensign Robert Kirk pleaded guilty today."], 15, 18)
    story.lines = [15, 16, 17, 18]
    deck = Title("Ensign Pleads Guilty to Negligence and Inefficiency Charges.", "mixed", 13, 14)
    deck.body, deck.lines = story, [13, 14]
    story.titles = [deck]
    return [head, mark, deck, story], story


@pytest.mark.parametrize("scrap", ["L", "H", "4", "' ,"])
def test_a_free_head_over_a_scrap_heads_the_story_headed_by_its_deck(scrap: str) -> None:
    sequence, story = _head_scrap_deck(scrap)
    _lost_heads_over_decks(sequence)
    assert [t.text for t in story.titles] == [
        "THEFT OF NAVY CODE CAUSES",
        "Ensign Pleads Guilty to Negligence and Inefficiency Charges.",
    ]


@pytest.mark.parametrize(
    ("above", "taken"),
    [
        # an ad's signature, a firm over its town: no stack the head would be a deck of
        ("ROYAL BAKING POWDER CO.", True),
        # a head stack read as a brief: the free head is its second capitals deck
        ("NAVY INQUIRY OPENS", False),
    ],
)
def test_a_firm_over_its_town_above_the_head_is_no_stack(above: str, taken: bool) -> None:
    sequence, story = _head_scrap_deck("L")
    brief = Body(["Was Held in Secret Session Today."], first=9, last=9)
    brief.lines = [9]
    brief.titles = [Title(above, "caps", 8, 8, body=brief, lines=[8])]
    _lost_heads_over_decks([brief.titles[0], brief, *sequence])
    assert (story.titles[0].text == "THEFT OF NAVY CODE CAUSES") is taken


@pytest.mark.parametrize(
    ("scrap", "line"),
    [
        ("TO", 12),  # the head's own last word
        ("14", 12),  # a figure: text, not a mark
        ("Ship", 12),  # a word
        ("L", 11),  # not straight over the deck (the deck starts two lines under it)
    ],
)
def test_a_word_a_figure_or_a_gap_under_a_free_head_keeps_it_apart(scrap: str, line: int) -> None:
    sequence, story = _head_scrap_deck(scrap, line)
    _lost_heads_over_decks(sequence)
    assert [t.text for t in story.titles] == [
        "Ensign Pleads Guilty to Negligence and Inefficiency Charges."
    ]


_KEATING_DECK = "KEATING MEASURE BARS GOODS\nMADE BY CHILDREN UNDER\nFOURTEEN FROM COMMERCE.\n"
_KEATING = (
    "Washington, Feb. 9. The Keating\n"
    "bill barring from interstate commerce\n"
    "the goods made by children passed\n"
    "the house today by a large vote.\n"
)


def _keating(scrap: str, deck: str = _KEATING_DECK) -> str:
    return _ABOVE * 3 + "BILL PASSED\n" + scrap + "\n" + deck + _KEATING


@pytest.mark.parametrize("scrap", ["E", "4"])
def test_a_scrap_read_into_a_capitals_head_cuts_it_from_its_deck(scrap: str) -> None:
    text = _keating(scrap)
    page = parse_page_text(text)
    article = story_holding(text, "Keating bill")
    assert article.headline == "BILL PASSED"
    assert (
        article.subheadline
        == "KEATING MEASURE BARS GOODS MADE BY CHILDREN UNDER FOURTEEN FROM COMMERCE."
    )
    assert scrap in page.unplaced


@pytest.mark.parametrize(
    ("scrap", "deck"),
    [
        ("A", _KEATING_DECK),  # a word of the head
        ("TO", _KEATING_DECK),  # a small word the head runs on with
        ("E", _KEATING_DECK.replace("COMMERCE.", "COMMERCE")),  # no deck's closing stop
    ],
)
def test_a_word_or_no_deck_under_it_keeps_a_capitals_head_whole(scrap: str, deck: str) -> None:
    article = story_holding(_keating(scrap, deck), "Keating bill")
    assert article.headline != "BILL PASSED"


def test_a_head_closing_on_a_small_word_is_not_cut_at_a_scrap() -> None:
    text = _keating("E").replace("BILL PASSED\n", "BILL PASSED TO\n")
    assert story_holding(text, "Keating bill").headline != "BILL PASSED TO"


def _page(relative: str) -> tuple[Page, str]:
    path = corpus_file("chronam-1916-02/" + relative)
    return load_issue(path).pages[0], decode_page(path.read_bytes())


#: Real pages: (page, the head, the capitals deck now under it).
_DECK_CASES = [
    ("19160211/sn86069313", "INTERVENTION IN MEXICO FAVORED", "BY GERMAN MINISTER, ACCORD."),
    ("19160217/sn87065028", "GERMANS SMASH BRITISH FIRSI LINE OF 1 BENCHES",
     "TEUTON SWITCH OFFENSIVE FROM ARTOIS TO BEL GIAN SECTOR."),
]  # fmt: skip


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline", "deck"), _DECK_CASES)
def test_a_real_head_over_a_scrap_heads_the_story_under_its_capitals_deck(
    page_name: str, headline: str, deck: str
) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    [story] = [a for a in page.articles if a.headline == headline]
    assert story.subheadline is not None
    assert story.subheadline.startswith(deck)
    assert story.paragraphs
    assert not lost_and_added(text, page)[0]


#: Real pages: (page, the head now heading its story).
#: Real pages: (page, the head now over its headless story, the story's first words).
_HEADLESS_CASES = [
    ("19160209/sn93067846", "APPAM CASE MAKES HISTORY", "Complex and Government"),
    ("19160216/sn84020558", "CHE E WILSON'S CHOIC", "WASHINGTON"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "head", "opening"), _HEADLESS_CASES)
def test_a_real_head_over_a_scrap_heads_the_headless_story(
    page_name: str, head: str, opening: str
) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    [story] = [a for a in page.articles if a.headline and a.headline.startswith(head)]
    assert story.paragraphs[0].startswith(opening)
    assert not lost_and_added(text, page)[0]


#: Real pages: (page, the free head over a scrap, the deck now under it).
_SCRAP_HEAD_CASES = [
    ("19160204/sn95047299", "F. D. WATTLES RESIGNS", "Says he Cannot Spare the Time"),
    ("19160211/sn88084272", "THEFT DFWA CODE CAUSES", "Ensign Kirkpalridi Pleads"),
    ("19160212/sn85059715", "WORKERS' D BEING 0", "Window Glass Manufacturers!"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline", "deck"), _SCRAP_HEAD_CASES)
def test_a_real_free_head_over_a_scrap_heads_the_story_under_its_deck(
    page_name: str, headline: str, deck: str
) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    [story] = [a for a in page.articles if a.headline == headline]
    assert story.subheadline is not None
    assert story.subheadline.startswith(deck)
    assert not lost_and_added(text, page)[0]


_GARBLE_CASES = [
    ("19160201/sn83025121", "RAID ENGLISH TOWNS"),
    ("19160204/sn85042551", "P, ELECT JURORS"),
    ("19160218/sn87093220", "MAY TRADE CHURCHES"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline"), _GARBLE_CASES)
def test_a_real_garbled_line_over_a_head_is_no_head(page_name: str, headline: str) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    [story] = [a for a in page.articles if a.headline == headline]
    assert story.subheadline != headline
    assert not lost_and_added(text, page)[0]
