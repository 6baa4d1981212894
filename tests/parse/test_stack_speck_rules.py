"""Heads given to their own 1916 stories: a speck inside a stack, a crossline over the story's
last deck (branch ``histh48``, issue 9).

Two shapes of the real 1916 pages. OCR reads a speck of a column's rule or a broken letter as a
line of its own between a stack's capitals head and its deck (``CHINESE GUNMEN`` / ``I`` /
``Fired On Latter As He Came``): the speck was read as the body of a brief headed by the
capitals line, and the deck, with the rest of the stack, headed the story alone. And a
pyramid's last capitals crossline, standing over the last deck straight above the story
(``50,000 JOIN RUSSIANS`` / ``Situation in Constantinople … Everywhere.``), was taken away by
another lead's echo of one of its words and left a teaser of nothing. The snippets are our own
words in those shapes, with the near-misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.assemble import (
    Body,
    Title,
    _deck_goes_on_under,
    _pyramid_run_inside,
    _speck_inside_stack,
)
from reader.parse.lines import Line
from reader.parse.reflow import Unit
from tests.parse.finding import article_holding

#: A story of twenty-odd lines over the stack: the page opens as a 1916 page does.
_ABOVE = (
    "The ladies of the church held their\n"
    "monthly meeting at the home of Mrs.\n"
    "Brown on Tuesday afternoon, and a\n"
    "large number were present to hear\n"
    "the reports of the officers for the\n"
    "year just ended.\n"
) * 4
_STORY = (
    "The council last evening approved\n"
    "the five men the mayor named to the\n"
    "new harbor board, after a debate that\n"
    "lasted until nearly midnight.\n"
)
_HEAD = "COUNCIL PICKS HARBOR BOARD"
_DECK = "Five Members Chosen After\nDebate at the City Hall.\n"


# --- a speck between a stack's capitals head and its deck ------------------------------------


#: A pyramid's lower half under the deck: a crossline and its deck (the story's stack then has
#: a capitals title, which the brief-folding rules of ``heads21`` ask it not to have).
_CROSSLINE = "MAYOR IS PLEASED\nSays Board Will Serve Well.\n"


@pytest.mark.parametrize("speck", ["I", "i", "M:", "\\V", "-'?", "("])
def test_a_speck_under_the_head_leaves_the_stack_whole(speck: str) -> None:
    page = parse_page_text(_ABOVE + f"{_HEAD}\n{speck}\n" + _DECK + _CROSSLINE + _STORY)
    (story,) = [a for a in page.articles if any("midnight" in p for p in a.paragraphs)]
    assert story.headline == _HEAD
    assert story.subheadline == (
        "Five Members Chosen After Debate at the City Hall.\n"
        "MAYOR IS PLEASED\nSays Board Will Serve Well."
    )
    assert story.paragraphs[0].startswith("The council last evening")
    # (the speck is set aside, not lost)
    assert speck in page.unplaced
    assert not any(a.headline == _HEAD and a is not story for a in page.articles)


@pytest.mark.parametrize(
    ("above", "speck", "below"),
    [
        # (a word: a deck's first word, or a byline's "By")
        (_HEAD, "In", "Five Members Chosen After"),
        (_HEAD, "By", "Five Members Chosen After"),
        # (two figures: an ear's price, a date's day)
        (_HEAD, "30", "Five Members Chosen After"),
        # (over a capitals line: as often another stack's head)
        (_HEAD, "I", "MAYOR NAMES FIVE MEN"),
    ],
)
def test_a_speck_near_miss_is_left_alone(above: str, speck: str, below: str) -> None:
    page = parse_page_text(
        _ABOVE + f"{above}\n{speck}\n{below}\nDebate at the City Hall.\n" + _CROSSLINE + _STORY
    )
    assert speck not in page.unplaced


def _unit(kind: str, text: str, number: int, style: str) -> Unit:
    return Unit(kind, [Line(number, text, False, 0)], 0, text, style)


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        (_HEAD, "Five Members Chosen After", True),
        # (a row of OCR's garble, a scrap: no head, _names_a_head)
        ("V I ,.|. . , . I", "Five Members Chosen After", False),
        ("TOCAL", "Five Members Chosen After", False),
        # (a mixed-case title: no stack's capitals head)
        ("Council Picks Harbor Board", "Five Members Chosen After", False),
        # (a cry under the speck: an ad's line or a head of its own, no deck)
        (_HEAD, "Five Members Chosen At Last!", False),
    ],
)
def test_a_speck_is_set_aside_only_between_a_head_and_its_deck(
    above: str, below: str, expected: bool
) -> None:
    units = [
        _unit("title", above, 1, "caps"),
        _unit("paragraph", "I", 2, ""),
        _unit("title", below, 3, "mixed"),
    ]
    sequence: list[Title | Body] = [_title(above, 1)]
    assert _speck_inside_stack(sequence, units[1], units, 1) is expected


def test_the_story_under_a_specked_stack_keeps_its_text() -> None:
    article = article_holding(_ABOVE + f"{_HEAD}\nI\n" + _DECK + _CROSSLINE + _STORY, "midnight")
    assert " ".join(article.paragraphs).endswith("lasted until nearly midnight.")


# --- a pyramid's last crossline over the deck above the story ------------------------------


def _title(text: str, line: int) -> Title:
    style = "caps" if text.upper() == text else "mixed"
    return Title(text, style, line, line, lines=[line])


def _body(first: int) -> Body:
    body = Body(
        ["The council last evening approved the five men the mayor named."],
        first=first,
        last=first + 5,
    )
    body.lines = list(range(first, first + 6))
    return body


def _pyramid(
    crossline: str, last_deck: str = "Work to Start in May, the Mayor Says."
) -> tuple[list[Title], Body]:
    body = _body(10)
    top = [
        _title(_HEAD, 1),
        _title("Five Members Chosen After a Long Debate.", 2),
        _title(crossline, 3),
        _title(last_deck, 4),
    ]
    for place in (0, 1, 3):
        top[place].body = body
    return top, body


def test_a_crossline_over_the_last_deck_stays_in_the_pyramid() -> None:
    top, body = _pyramid("ENGINEER MAY BE CHAIR")
    assert _pyramid_run_inside(top, body) == [top[2]]


@pytest.mark.parametrize(
    ("crossline", "last_deck"),
    [
        # (a capitals head closing on its stop over its deck: a brief's own stack)
        ("ENGINEER IS NAMED.", "Work to Start in May, the Mayor Says."),
        # (the deck under it closes on no stop: no pyramid's deck)
        ("ENGINEER MAY BE CHAIR", "Work to Start in May, the Mayor"),
        # (a mixed-case title under a mixed-case one: no crossline)
        ("Engineer May Be Chair", "Work to Start in May, the Mayor Says."),
    ],
)
def test_a_crossline_near_miss_is_left_to_its_echo(crossline: str, last_deck: str) -> None:
    top, body = _pyramid(crossline, last_deck)
    assert _pyramid_run_inside(top, body) == []


# --- a deck's first line read as a title of its own ------------------------------------------


def test_a_decks_first_line_goes_on_in_the_title_under_it() -> None:
    body = _body(10)
    rest = _title("Still at Deadly Grips", 4)
    rest.body = body
    assert _deck_goes_on_under(_title("British and Germans", 3), [rest], body)


@pytest.mark.parametrize(
    ("first", "rest", "own"),
    [
        # (the first line closes its clause: a deck of its own, left to its echo)
        ("British and Germans.", "Still at Deadly Grips", True),
        # (the title under it went to no story, or to another)
        ("British and Germans", "Still at Deadly Grips", False),
        # (a capitals line under it: no deck's rest)
        ("British and Germans", "STILL AT DEADLY GRIPS", True),
        # (prose: the two read as no deck)
        ("the British and the", "Germans are still at it", True),
    ],
)
def test_a_decks_first_line_near_miss(first: str, rest: str, own: bool) -> None:
    body = _body(10)
    under = _title(rest, 4)
    if own:
        under.body = body
    assert not _deck_goes_on_under(_title(first, 3), [under], body)
