"""Capitals crossheads of wire round-ups and long stories (branch ``cross13``, issue 9).

A daily's war round-up (or a long story) is broken by one-line capitals crossheads closing on a
stop (``GERMANS FAIL TO TAKE HILL.``, ``LOSSES ADMITTED.``), each over a further dispatch that
names the story's places; a weekly's next item under such a head (``BOXVILLE FARMERS' CLUB``,
``WAUSEON FLORAL CO.``) stands under a one-line head and names its own people.
"""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import opens_title_cased

_ROUND_UP = (
    "FRENCH HOLD LINES\n"
    "NORTH OF VERDUN\n"
    "Germans Press Attack on Douaumont\n"
    "but Are Thrown Back in Champagne.\n"
    "London, Feb. 23.—The German offensive against Verdun grew in\n"
    "violence today, and the war office at Paris reports that the\n"
    "French have held their lines before Douaumont after a night of\n"
    "fighting in which the German infantry attacked five times on a\n"
    "front of ten miles. In Champagne the French retook the trenches\n"
    "lost on Sunday, and the guns of both armies have been firing\n"
    "without pause along the Meuse since early morning, the reports\n"
    "say, and the losses on both sides are very heavy indeed.\n"
    "{crosshead}\n"
    "{section}\n"
)

#: A further dispatch with no dateline of its own: it names Verdun and Douaumont, as the
#: story does, and goes on with its matters.
_SECTION = (
    "The German forces made several attempts to capture the village\n"
    "of Douaumont last evening. Their efforts were checked by the fire\n"
    "of the French batteries north of Verdun, the war office says, and\n"
    "the attacking columns were driven back with heavy losses."
)

#: The same dispatch under a dateline of its own.
_DATED_SECTION = "Paris, Feb. 23.—" + _SECTION


def test_a_round_ups_capitals_crosshead_is_a_paragraph_of_it() -> None:
    page = parse_page_text(
        _ROUND_UP.format(crosshead="GERMANS FAIL TO TAKE VILLAGE.", section=_SECTION)
    )
    (story,) = page.articles
    assert story.headline is not None and story.headline.startswith("FRENCH HOLD LINES")
    assert "GERMANS FAIL TO TAKE VILLAGE." in story.paragraphs
    assert story.paragraphs[-1].startswith("The German forces made")


def test_a_round_ups_further_dispatch_keeps_its_dateline_in_the_story() -> None:
    page = parse_page_text(
        _ROUND_UP.format(crosshead="FRENCH ADMIT SEVERE FIGHTING.", section=_DATED_SECTION)
    )
    (story,) = page.articles
    assert "FRENCH ADMIT SEVERE FIGHTING." in story.paragraphs
    assert story.paragraphs[-1].startswith("Paris, Feb. 23.—The German forces")


def test_an_item_opening_on_its_own_credit_is_a_story_of_its_own() -> None:
    # The section opens on a wire credit read into its text: the head's own brief, not a
    # round-up's crosshead.
    credit = "International News Service: "
    page = parse_page_text(_ROUND_UP.format(crosshead="WILL KNOW SOON.", section=credit + _SECTION))
    assert [a.headline for a in page.articles][1] == "WILL KNOW SOON."


def test_a_local_storys_next_item_with_a_dateline_is_its_own() -> None:
    # A story with no dateline of its own is no dispatch: the dated item under the capitals
    # head is a story of its own ("MACHINISTS TO TAKE STRIKE VOTE." under a court story).
    local = _ROUND_UP.replace("London, Feb. 23.—", "")
    page = parse_page_text(
        local.format(crosshead="FRENCH ADMIT SEVERE FIGHTING.", section=_DATED_SECTION)
    )
    assert [a.headline for a in page.articles][1] == "FRENCH ADMIT SEVERE FIGHTING."


def test_a_weeklys_item_under_a_one_line_head_is_its_own() -> None:
    # A one-line head over the story above: a weekly's item, not a daily's news story.
    weekly = _ROUND_UP.replace(
        "FRENCH HOLD LINES\nNORTH OF VERDUN\nGermans Press Attack on Douaumont\n"
        "but Are Thrown Back in Champagne.\nLondon, Feb. 23.—",
        "WAR NEWS OF THE WEEK.\n",
    )
    page = parse_page_text(
        weekly.format(crosshead="GERMANS FAIL TO TAKE VILLAGE.", section=_SECTION)
    )
    assert [a.headline for a in page.articles] == [
        "WAR NEWS OF THE WEEK.",
        "GERMANS FAIL TO TAKE VILLAGE.",
    ]


def test_a_notice_head_is_no_crosshead() -> None:
    page = parse_page_text(_ROUND_UP.format(crosshead="NOTICE OF SALE.", section=_SECTION))
    assert "NOTICE OF SALE." in [a.headline for a in page.articles]


def test_a_deck_or_a_credit_opening_a_paragraph_is_title_cased() -> None:
    assert opens_title_cased("Ernest Caldwell, East Side Farmer, Quits Farm For Stock Trade.")
    assert opens_title_cased("International News Service: WASHINGTON, Feb. 8. Whether the")
    assert not opens_title_cased("German troops, by a surprise attack, have been successful.")
    # An abbreviation's stop ends no sentence: "Hill No. 255" is inside the story's sentence.
    assert not opens_title_cased(
        "All efforts of the Germans against Hill No. 255, near Eix, are without result."
    )
