"""A head's short verb met by its lead's inflected form (the lead's round 50, from
own-en-bb-epaper, annotated blind): "Gunmen rob Warrens supermarket" over "Police are looking
for two men who" / "robbed a supermarket at Warrens, St". The five-letter stems alone give
"rob" and "robbe", and the head was read into the story above. The snippets are our own
wording."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.echo import _short_base, title_score


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("robbed", "rob"),
        ("robbing", "rob"),
        ("robs", "rob"),
        ("cuts", "cut"),
        ("planned", "plan"),
        ("hopes", "hope"),
        # near misses: no inflection, a long base (its five letters are its stem already),
        # a word on -ss, -us, -is or -ws, a base too short to be a word of its own
        ("rob", None),
        ("opened", "open"),
        ("finished", None),
        ("press", None),
        ("bonus", None),
        ("news", None),
        ("used", None),
        ("being", None),
    ],
)
def test_a_short_words_base(word: str, base: str | None) -> None:
    assert _short_base(word) == base


def test_bases_only_where_asked() -> None:
    head, lead = "Gunmen rob shop", "two men robbed a shop"
    assert title_score(head, lead) == pytest.approx(1 / 3)
    assert title_score(head, lead, bases=True) == pytest.approx(2 / 3)
    # (Chinese titles are compared by bigrams whatever is asked)
    assert title_score("全国会议", "全国会议举行", bases=True) == title_score(
        "全国会议", "全国会议举行"
    )


_ABOVE = (
    "Bus fares held\n\n"
    "By Kerry Alleyne\n\n"
    "The Transport Board will not raise\n\n"
    "fares next year, its chairman said on\n\n"
    "Monday, though fuel costs have risen\n\n"
    "and the fleet is ageing fast.\n\n"
    "Passengers have waited for more\n\n"
    "than an hour at peak times.\n\n"
)


def test_a_head_whose_short_verb_the_lead_inflects() -> None:
    text = (
        _ABOVE
        + "Gunmen rob Oistins bakery\n\n"
        + "Police are looking for two men\n\n"
        + "who robbed a bakery at Oistins, Christ\n\n"
        + "Church, on Tuesday night and escaped\n\n"
        + "with an undisclosed sum of money.\n\n"
    )
    articles = parse_page_text(text).articles
    assert [article.headline for article in articles] == [
        "Bus fares held",
        "Gunmen rob Oistins bakery",
    ]


def test_a_base_meets_only_its_own_inflections() -> None:
    # near misses: a longer word that opens on the base ("robust", "cutlery") is no form of it
    assert title_score("Gunmen rob shop", "a robust shop", bases=True) == pytest.approx(1 / 3)
    assert title_score("Budget cuts", "new cutlery for the budget", bases=True) == 0.5


_TWO_HEADS = (
    "Council backs new bus depot\n"
    "By Dana Whitfield\n"
    "The council voted on Tuesday to build a new bus depot at the edge of the town, ending\n"
    "a dispute that has run for three years.\n"
    "\n"
    "Harbour pier plan shelved\n"
    "after reef survey\n"
    "\n"
    "Trinidad raises\n"
    "fuel tax to pay\n"
    "for road\n"
    "repairs\n"
    "\n"
    "Coral cover twice what planners\n"
    "assumed, divers find\n"
    "\n"
    "Divers count coral colonies near the harbour wall during the survey in November.\n"
    "PHOTO: KEMAR DALEY\n"
    "\n"
    "BY NATALIE BODDEN\n"
    "\n"
    "The government has shelved its plan\n"
    "for a pier in the harbour after an\n"
    "underwater survey found twice as much\n"
    "living coral on the seabed as its\n"
    "planners had assumed.\n"
    "\n"
    "PORT OF SPAIN, Trinidad\n"
    "(CMC) — Trinidad will raise\n"
    "its special consumption tax\n"
    "on petrol and diesel by\n"
    "three cents a litre from\n"
    "February 1 to pay for\n"
    "repairs to roads damaged\n"
    "by last year's storms,\n"
    "the finance minister\n"
    "announced yesterday.\n"
    "She said the increase would be\n"
    "reviewed after two years.\n"
)


def test_a_head_read_before_the_story_above_goes_to_the_lead_that_retells_it() -> None:
    # pdftotext reads two heads set side by side one after the other; the second story's
    # first sentence runs over ten narrow lines, and its lead retells the head only past the
    # sixth ("repairs to roads")
    articles = parse_page_text(_TWO_HEADS).articles
    heads = {article.headline: article for article in articles}
    assert "Trinidad raises fuel tax to pay for road repairs" in heads
    assert heads["Trinidad raises fuel tax to pay for road repairs"].dateline is not None
    assert heads["Harbour pier plan shelved after reef survey"].paragraphs[0].startswith("The gov")


def test_a_head_block_no_lead_retells_stays_unpaired() -> None:
    # near miss: the same page with the second story about something else
    text = _TWO_HEADS.replace("fuel tax to pay\nfor road\nrepairs", "bus fares for\nthe new\nyear")
    articles = parse_page_text(text).articles
    taken = [
        article
        for article in articles
        if article.headline == "Trinidad raises bus fares for the new year"
    ]
    assert all(not article.paragraphs for article in taken)
    assert any(article.dateline and article.headline is None for article in articles)
