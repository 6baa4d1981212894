"""A local story under a full stack keeps its one-line crosshead (branch ``cross15``, issue 9).

A daily's local story under a capitals headline and its decks may run only a few lines above
its first crosshead, with no dateline and no blank line before the crosshead
(``MAYOR-ELECT IS GUEST OF HONOR AT BIG BANQUET`` / decks / 273 characters / ``Asks
Co-operation.``). The crosshead is a paragraph of the story when the section under it goes on
with the story's people and places (two of them) and its words; a next item under the same
kind of head, naming people of its own, still starts an item of its own.
"""

from __future__ import annotations

from reader.parse import parse_page_text

_STACK = (
    "MAYOR-ELECT IS GUEST\n"
    "OF HONOR AT BANQUET\n"
    "Traveling Men of Bemidji Give\n"
    "Banquet for Charles Vandersluis.\n"
)

_STORY = (
    "The traveling men of Bemidji gave a ban\n"
    "quet at the Hotel Markham Saturday\n"
    "evening in honor of Mayor-elect Charles\n"
    "W. Vandersluis. About sixty people were\n"
    "present, and the dining room was filled.\n"
    "Mr. Burke of the Northern Grocery com\n"
    "pany acted as toastmaster of the evening.\n"
    "{crosshead}\n"
    "{section}\n"
)

_SECTION = (
    "Mayor-elect Vandersluis in responding\n"
    "to a toast asked the people of Bemidji\n"
    "to co-operate with him in giving Bemidji\n"
    "a good government. He stated that with\n"
    "the co-operation of the people of the\n"
    "city his administration would succeed.\n"
)

#: A next item naming people and matters of its own.
_OTHER = (
    "Frank B. Kellogg has announced his\n"
    "candidacy for the republican nomination\n"
    "for United States senator from Minne\n"
    "sota, and will open his campaign at\n"
    "St. Paul within the next two weeks.\n"
)


def test_a_local_storys_crosshead_after_a_short_section_under_its_stack_folds() -> None:
    text = _STACK + _STORY.format(crosshead="Asks Co-operation.", section=_SECTION)
    (story,) = parse_page_text(text).articles
    assert story.headline == "MAYOR-ELECT IS GUEST OF HONOR AT BANQUET"
    assert "Asks Co-operation." in story.paragraphs
    assert story.paragraphs[-1].endswith("administration would succeed.")


def test_a_next_item_naming_people_of_its_own_stays_apart() -> None:
    text = _STACK + _STORY.format(crosshead="Kellogg Seeks Office.", section=_OTHER)
    articles = parse_page_text(text).articles
    assert [a.headline for a in articles] == [
        "MAYOR-ELECT IS GUEST OF HONOR AT BANQUET",
        "Kellogg Seeks Office.",
    ]


def test_a_short_item_under_a_one_line_head_keeps_the_next_head() -> None:
    # A weekly's item under a one-line head is no stacked story: the same section under a
    # crosshead-shaped head after 273 characters starts an item of its own.
    text = "LOCAL BANQUET.\n" + _STORY.format(crosshead="Asks Co-operation.", section=_SECTION)
    articles = parse_page_text(text).articles
    assert [a.headline for a in articles] == ["LOCAL BANQUET.", "Asks Co-operation."]
