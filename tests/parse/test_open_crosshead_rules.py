"""Capitals crossheads set without a stop inside a daily's story (branch ``hist44``, issue 9).

Many 1916 dailies set a story's crossheads in capitals with no stop, as their story heads are
set (``MAY TEND TO SHAKE CONFIDENCE``): the section under one goes on with the story's people
and matters, while a weekly's next item under such a head starts on matters of its own.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text

_HEAD = "SECRETARY QUITS THE CABINET OVER PLAN FOR ARMY\nPresident Takes Resignation at Once.\n"

_STORY = (
    "Secretary Harlowe of the War Department resigned from the Cabinet\n"
    "last night because the President would not stand by his plan for a\n"
    "continental army of four hundred thousand men, and the President at\n"
    "once accepted the resignation, to take effect without delay.\n"
    "The letters that passed between Secretary Harlowe and the President\n"
    "were made public at the White House this morning. They show that the\n"
    "Secretary held the continental army to be the only sound plan for the\n"
    "defense of the nation, and that the President would not insist on it.\n"
    "{head}\n"
    "{section}\n"
)

#: A section going on with the story: it names Harlowe and the Cabinet, and shares well over
#: OPEN_CROSSHEAD_ECHO of its content words with it.
_GOES_ON = (
    "It is feared that the resignation of Secretary Harlowe from the Cabinet\n"
    "will shake confidence in the plan for the army, since the Secretary was\n"
    "held by the President's friends to be the plan's strongest advocate, and\n"
    "the continental army may now be dropped by the committees of Congress."
)

#: A weekly's next item: it names the Secretary and the Cabinet, and shares a quarter of the
#: story's content words (enough for a capitals crosshead closing on a stop), but not
#: OPEN_CROSSHEAD_ECHO of them.
_ITEM = (
    "Secretary Harlowe and the members of the Cabinet will be the guests of\n"
    "the Harlowe Club at its dinner next week, where the Secretary will tell\n"
    "of the plan for the army of the nation; the whole town is asked to come,\n"
    "and tickets may be had of any member of the club."
)

#: A later bulletin whose dateline OCR garbled (no day).
_BULLETIN = (
    "Washington, Feb. . It is feared that the resignation of Secretary\n"
    "Harlowe from the Cabinet will shake confidence in the plan for the army,\n"
    "since the Secretary was held by the President's friends to be the plan's\n"
    "strongest advocate, and the continental army may now be dropped."
)


def test_a_capitals_crosshead_without_a_stop_is_a_paragraph_of_its_story() -> None:
    text = _HEAD + _STORY.format(head="MAY SHAKE CONFIDENCE IN PLAN", section=_GOES_ON)
    (story,) = parse_page_text(text).articles
    assert story.headline == "SECRETARY QUITS THE CABINET OVER PLAN FOR ARMY"
    assert "MAY SHAKE CONFIDENCE IN PLAN" in story.paragraphs
    assert story.paragraphs[-1].endswith("committees of Congress.")


@pytest.mark.parametrize(
    ("head_above", "section"),
    [
        # A weekly's next item under a capitals head: under OPEN_CROSSHEAD_ECHO.
        (True, _ITEM),
        # A later bulletin of its own, its dateline garbled.
        (True, _BULLETIN),
        # The story above has no head of its own: it may be a piece of another column.
        (False, _GOES_ON),
    ],
)
def test_a_capitals_head_without_a_stop_over_its_own_item_starts_it(
    head_above: bool, section: str
) -> None:
    # Without its head the story is a dispatch (a dateline), so a daily's all the same.
    above = _HEAD if head_above else "WASHINGTON, Feb. 10.—"
    text = above + _STORY.format(head="MAY SHAKE CONFIDENCE IN PLAN", section=section)
    heads = [article.headline for article in parse_page_text(text).articles]
    assert heads[-1] == "MAY SHAKE CONFIDENCE IN PLAN"


def test_a_title_cased_crosshead_without_a_stop_is_a_paragraph_of_its_story() -> None:
    text = _HEAD + _STORY.format(head="Confidence in Plan Shaken", section=_GOES_ON)
    (story,) = parse_page_text(text).articles
    assert story.headline == "SECRETARY QUITS THE CABINET OVER PLAN FOR ARMY"
    assert "Confidence in Plan Shaken" in story.paragraphs
    assert story.paragraphs[-1].endswith("committees of Congress.")


@pytest.mark.parametrize(
    "head",
    [
        # A sentence's line read as a title: a comma, or a small letter first.
        "Confidence in Plan, Shaken",
        "at Confidence in Plan Shaken",
    ],
)
def test_a_mixed_case_line_not_set_as_a_crosshead_stays_apart(head: str) -> None:
    text = _HEAD + _STORY.format(head=head, section=_GOES_ON)
    heads = [article.headline for article in parse_page_text(text).articles]
    assert heads == ["SECRETARY QUITS THE CABINET OVER PLAN FOR ARMY", head]


def test_a_two_word_crosshead_under_a_speck_after_the_stop_is_a_paragraph_of_its_story() -> None:
    # A title-cased crosshead may be two words; the story's last line may end on its stop
    # with a speck of OCR after it.
    story = _STORY.replace("insist on it.\n", "insist on it. (\n")
    text = _HEAD + story.format(head="Confidence Shaken", section=_GOES_ON)
    (article,) = parse_page_text(text).articles
    assert "Confidence Shaken" in article.paragraphs
    assert article.paragraphs[-1].endswith("committees of Congress.")


def test_a_two_word_capitals_head_without_a_stop_starts_its_own_item() -> None:
    # In capitals two words are a town's or a firm's line, as for a head closing on a stop.
    text = _HEAD + _STORY.format(head="CONFIDENCE SHAKEN", section=_GOES_ON)
    heads = [article.headline for article in parse_page_text(text).articles]
    assert heads[-1] == "CONFIDENCE SHAKEN"
