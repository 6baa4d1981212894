"""Crossheads inside a wire story under a full stack (branch ``cross11``, issue 9).

A daily's dispatch under a capitals headline and a deck is broken by short mixed-case
crossheads whose sections go on with the story in words of their own ("Spoke With Gravity."
over the president's address); a weekly's next item under a head set the same way starts on
matters of its own ("Cold Wave Report."), and a further dispatch opens on its place and month.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import opens_on_month

_WIRE_STORY = (
    "WILSON WOULD KEEP NATION OUT OF WAR\n"
    "Country Cannot Sacrifice Its Sense of\n"
    "Humanity and Justice, He Declares.\n"
    "Washington, Feb. 28.—President Wilson told members and guests\n"
    "at the Gridiron club dinner Saturday night that he would rather\n"
    "hear the voice of the people at home than the voice of congress\n"
    "on the question of peace or war with the nations of Europe.\n"
    "The address was confidential, since the speeches at the dinners\n"
    "of the club are never reported, but the president later gave\n"
    "permission for the publication of a part of what he had said,\n"
    "and the text was given out at the White House on Sunday night.\n"
    "{crosshead}\n"
    "{section}\n"
)

#: A section that goes on with the story in words of its own: it names Wilson, as the story
#: does, and shares four of its 28 content words with it (under the quarter of the section
#: rule for any story).
_GOES_ON = (
    "His manner was grave and his voice low. Mr. Wilson said the whole\n"
    "world was on fire and that sparks were falling everywhere; no\n"
    "nation could tell where the flames might spread next, nor how\n"
    "long its own roof would stand unharmed by them."
)

#: A further dispatch: it names Wilson and shares four words, but opens on its place and
#: month, the day garbled past the dateline patterns.
_DISPATCH = (
    "A Belgian official report says the words of President Wilson at\n"
    "the dinner were received with satisfaction, and the ministers\n"
    "heard them read aloud in full at a meeting held in the city hall."
)


def test_a_crosshead_of_a_wire_story_under_a_stack_is_a_paragraph_of_it() -> None:
    page = parse_page_text(_WIRE_STORY.format(crosshead="Spoke With Gravity.", section=_GOES_ON))
    (story,) = page.articles
    assert story.headline == "WILSON WOULD KEEP NATION OUT OF WAR"
    assert "Spoke With Gravity." in story.paragraphs
    assert story.paragraphs[-1].startswith("His manner was grave")


def test_a_section_without_its_garbled_dateline_goes_on_with_the_story() -> None:
    # The dispatch's words without its place and month: a section of the same story.
    page = parse_page_text(_WIRE_STORY.format(crosshead="Cold Wave Coming.", section=_DISPATCH))
    (story,) = page.articles
    assert "Cold Wave Coming." in story.paragraphs


@pytest.mark.parametrize(
    "section",
    [
        # A weekly's next item: it shares five of its 27 content words with the story
        # (country, home, keep, night, Sunday) but names no one the story names.
        "The weather bureau sends warning of a cold wave which will reach\n"
        "this country by Sunday night, and farmers are advised to keep\n"
        "their stock at home and under shelter until the storm has passed\n"
        "and the mercury has risen again above the zero mark.",
        # A further dispatch whose dateline OCR garbled past the dateline patterns.
        "ITavre. Feb. u.?" + _DISPATCH,
    ],
)
def test_a_head_over_an_item_or_a_dispatch_of_its_own_starts_it(section: str) -> None:
    page = parse_page_text(_WIRE_STORY.format(crosshead="Cold Wave Coming.", section=section))
    first, second = page.articles
    assert first.headline == "WILSON WOULD KEEP NATION OUT OF WAR"
    assert second.headline == "Cold Wave Coming."


def test_a_local_story_under_a_stack_keeps_the_stricter_section_test() -> None:
    # Without a dateline the story may be a weekly's local story, whose next item's words
    # meet some of its own: the crosshead needs the quarter of the section rule.
    text = _WIRE_STORY.format(crosshead="Spoke With Gravity.", section=_GOES_ON)
    page = parse_page_text(text.replace("Washington, Feb. 28.—", ""))
    assert [article.headline for article in page.articles] == [
        "WILSON WOULD KEEP NATION OUT OF WAR",
        "Spoke With Gravity.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ITavre. Feb. u.?A Belgian official report", True),
        ("Berlin (wireless via Sayville), Sept. li? German", True),
        ("The president spoke of the war at the club dinner on Feb. 26", False),
        ("The president spoke of the affairs of the country", False),
    ],
)
def test_opens_on_month(text: str, expected: bool) -> None:
    assert opens_on_month(text) is expected
