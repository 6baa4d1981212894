"""Headlines the page never printed (branch ``phantom31``, issue 9).

A 1916 round-up runs on under mixed-case crossheads closing on a stop; when OCR lost the
stop at the end of the paragraph above a crosshead (``… in a mad rush`` / ``Predict Fall of
Verdun.``), the crosshead headed a story of its own, and each later crosshead with it. The
story still holds the crosshead when the paragraph ends on a word a sentence may end on; a
paragraph ending on a word a sentence runs on from goes on into the line under it, and a
weekly's next item under such a head still starts on its own.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text

_ROUND_UP = (
    "FIGHTING GOES ON AT THE FORTS\n"
    "Paris Reports Enemy Offensive\n"
    "Crumbling Along Wide Front.\n"
    "Paris, Feb. 28.—The battle now going on near the fortress of\n"
    "Belfort will be told as the bloodiest of the war. Trains of\n"
    "wounded are moving toward Paris from the fortress each night.\n"
    "The slopes of the hills near Belfort are covered with the dead\n"
    "of both armies, and the regiments of the line lost more than\n"
    "half of their men before the enemy left the trenches at the\n"
    "fortress in a mad {last}\n"
    "{crosshead}\n"
    "Berlin, Feb. 28 Military authorities, after hearing of the\n"
    "destruction by the big guns near Belfort, predict the fall of\n"
    "the fortress of Belfort within a week or ten days at most.\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "rush",
        # A speck of OCR after the paragraph's stop or last word.
        "rush. a",
        'rush " 1',
    ],
)
def test_a_crosshead_under_an_unstopped_paragraph_stays_in_its_story(last: str) -> None:
    page = parse_page_text(_ROUND_UP.format(last=last, crosshead="Predict Fall of Belfort."))
    (story,) = page.articles
    assert story.headline == "FIGHTING GOES ON AT THE FORTS"
    assert "Predict Fall of Belfort." in story.paragraphs
    assert story.paragraphs[-1].startswith("Berlin, Feb. 28")


def test_a_paragraph_ending_on_a_run_on_word_keeps_the_head_out() -> None:
    # "… in a mad and" runs on: the line under it is no crosshead of this story.
    page = parse_page_text(_ROUND_UP.format(last="and", crosshead="Predict Fall of Belfort."))
    assert not any("Predict Fall of Belfort." in article.paragraphs for article in page.articles)


def test_a_short_cut_word_keeps_the_head_out() -> None:
    # "… the Ge" is a word cut at the column's foot, not a sentence's last word.
    page = parse_page_text(_ROUND_UP.format(last="Ge", crosshead="Predict Fall of Belfort."))
    assert not any("Predict Fall of Belfort." in article.paragraphs for article in page.articles)


_WEEKLY = (
    "COUNTY FAIR PLANS ARE MADE\n"
    "The directors of the county fair association met at the court\n"
    "house on Saturday afternoon and chose the dates for the fair,\n"
    "which will be held in the last week of September as before.\n"
    "The premium list will be larger than last year and the race\n"
    "track will be put in order before the meeting of the board in\n"
    "the spring, when the secretary will report on the new\n"
    "{last}\n"
    "Cold Wave Coming.\n"
    "The weather bureau sends warning of a cold wave that will reach\n"
    "this section by Sunday night, and stockmen are told to keep their\n"
    "herds under shelter until the storm is over.\n"
)


@pytest.mark.parametrize("last", ["buildings", "buildings."])
def test_a_weeklys_next_item_under_a_crosshead_shape_starts_on_its_own(last: str) -> None:
    page = parse_page_text(_WEEKLY.format(last=last))
    assert [article.headline for article in page.articles] == [
        "COUNTY FAIR PLANS ARE MADE",
        "Cold Wave Coming.",
    ]
