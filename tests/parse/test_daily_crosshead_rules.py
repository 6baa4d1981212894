"""Capitals crossheads inside a big daily's story (branch ``crossheads28``, issue 9).

A big-city daily breaks a long story with capitals heads closing on a stop (``PARIS FAILS TO
CONFIRM NEWS.``) over sections that run on with the story's people and places; a weekly's
next item under such a head, or a correspondent's town (``VERGENNES.``), starts on its own.
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text

_STORY = (
    "OUTER VERDUN FORT FALLS BEFORE GERMAN DRIVE\n"
    "Douaumont Taken as Defenders Are Forced Back.\n"
    "LONDON, Feb. 26.—The strong French fortress of Douaumont, defending\n"
    "Verdun from the northeast and but four miles from the city, has\n"
    "been taken by the German troops of the crown prince, Berlin says.\n"
    "The Germans stormed the fortress under the most terrible stroke\n"
    "delivered by the crown prince since the Verdun fighting began.\n"
    "The fall of Douaumont marks the first breach in the forts of\n"
    "Verdun and indicates that the whole of the great French fortress\n"
    "is now seriously threatened by the mighty smash of the Germans.\n"
    "{head}\n"
    "{section}\n"
)

#: A section that runs on with the story: it names Berlin, Paris's French and Verdun, and
#: shares more than a quarter of its content words with the story. It is longer than a
#: round-up's dispatch (ROUND_UP_SECTION_CHARS), so only the daily's rule can take it.
_GOES_ON = (
    "The Berlin report thus far lacks confirmation from the French. The\n"
    "latest dispatch from the French capital, however, reported terrific\n"
    "fighting in the snows along the whole Verdun front, where the German\n"
    "troops of the crown prince have thrown wave after wave of men against\n"
    "the French lines and the forts that guard the fortress from the north.\n"
    "Military observers in London hold that the loss of one outer fort\n"
    "does not mean the loss of the city, since the inner ring of works is\n"
    "stronger than any fortress the Germans have yet taken in this war, and\n"
    "the French reserves are said to be moving up by every road and railway\n"
    "that leads into the valley of the Meuse from the south and the west.\n"
    "The French war office admits that the fighting is the most severe of\n"
    "the winter, but it holds that the German losses have been enormous,\n"
    "and that the crown prince cannot long keep up the attack at this cost."
)

#: A weekly's next item: common words, but no one the story names.
_ITEM = (
    "The ladies of the church will hold a supper in the hall next week,\n"
    "and the whole town is asked to come and bring friends; the proceeds\n"
    "go to the new roof, which the storms of the winter have left in a\n"
    "sad state, and to the fund for the organ, which has long been out of\n"
    "tune. Tickets may be had of any member of the aid society, and those\n"
    "who cannot come are asked to send a cake or a pie to the hall on the\n"
    "morning of the supper, where the committee will receive them gladly.\n"
    "Last year the supper brought in more than sixty dollars for the roof,\n"
    "and the ladies hope to do better still this time with the help of all\n"
    "the farmers round about, who have always been generous to the church\n"
    "and its work among the young people of the neighborhood and the town."
)


def test_a_capitals_crosshead_of_a_daily_story_is_a_paragraph_of_it() -> None:
    page = parse_page_text(_STORY.format(head="PARIS FAILS TO CONFIRM LOSS.", section=_GOES_ON))
    (story,) = page.articles
    assert story.headline == "OUTER VERDUN FORT FALLS BEFORE GERMAN DRIVE"
    assert "PARIS FAILS TO CONFIRM LOSS." in story.paragraphs
    assert story.paragraphs[-1].endswith("at this cost.")


@pytest.mark.parametrize(
    ("head", "section"),
    [
        # A weekly's next item: it names no one the story names.
        ("CHURCH SUPPER PLANNED.", _ITEM),
        # A correspondent's town or a signature: fewer than three words.
        ("VERGENNES.", _GOES_ON),
    ],
)
def test_a_capitals_head_over_an_item_of_its_own_starts_it(head: str, section: str) -> None:
    page = parse_page_text(_STORY.format(head=head, section=section))
    assert [article.headline for article in page.articles][-1] == head
