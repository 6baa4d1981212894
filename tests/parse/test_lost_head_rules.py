"""A capitals head standing alone straight over a story headed by its deck heads that story
(branch ``lostheads23``, issue 9).

A 1916 daily sets a capitals head, a mixed-case deck and the story. When the head is not taken
by the story under it (its words echo another lead better, or the stack was cut below it), it
stood as a teaser of nothing and the deck was promoted to the story's headline (``VERDUN GORY``
/ ``FIGHT SCENE;`` / ``FRENCH LOSE`` over ``German Armies Push Their Way 2 Miles Inside Former
Lines of Enemy.``). Real pages are unseen front pages of the corpus the rule was read on.
"""

from __future__ import annotations

import pytest

from reader.model import ArticleKind
from reader.parse.assemble import (
    Body,
    Title,
    _fold_briefs,
    _lost_heads_over_decks,
    _stack_over_deck_led_story,
)
from reader.parse.audit import lost_and_added
from tests.parse.test_scrap_stack_rules import _page


def _story(head: str, deck: str, *, gap: int = 1) -> tuple[Title, Title, Body]:
    """A free capitals title over a story whose one title is a mixed-case deck, ``gap`` lines
    under the head; the story's text starts under its deck."""
    head_title = Title(head, "caps", 10, 11, lines=[10, 11])
    first = 11 + gap
    deck_title = Title(deck, "mixed", first, first + 1, lines=[first, first + 1])
    body = Body(["At last accounts the battle of Verdun was still raging."], first + 2, first + 8)
    body.lines = list(range(first + 2, first + 9))
    deck_title.body = body
    body.titles = [deck_title]
    return head_title, deck_title, body


def test_a_free_capitals_head_straight_over_a_deck_led_story_heads_it() -> None:
    head, deck, body = _story(
        "VERDUN GORY FIGHT SCENE; FRENCH LOSE",
        "German Armies Push Their Way 2 Miles Inside Former Lines of Enemy.",
    )
    _lost_heads_over_decks([head, deck, body])
    assert head.body is body
    assert body.titles == [head, deck]
    assert body.headed


@pytest.mark.parametrize(
    ("head", "deck", "gap"),
    [
        # a line printed between them (a masthead's date line, a weather box's label)
        ("OFFICIAL NEWS OF CITY AND COUNTY", "Cleaning and Repairing Neatly Done", 2),
        # an ad's line, in capitals with small words
        ("T BOOK and JOB PRINTING TRY US!", "Secretary Garrison Has Resigned From Cabinet", 1),
        # a deck of OCR garble has no words
        ("PASSAGE TODAY", "Ml I S I I I i: Willi I", 1),
        # a person's name alone over his card
        ("WILL J. SPRINGER", "Candidate for Alderman of the Third Ward", 1),
    ],
)
def test_no_head_is_given_to_the_story(head: str, deck: str, gap: int) -> None:
    head_title, deck_title, body = _story(head, deck, gap=gap)
    _lost_heads_over_decks([head_title, deck_title, body])
    assert head_title.body is None
    assert body.titles == [deck_title]


def test_a_second_capitals_deck_under_its_stack_is_no_head() -> None:
    # (``ASKS 5 MILLIONS`` … read as a brief over ``UNDERPAID FOR THEIR SERVICE``)
    head, deck, body = _story(
        "UNDERPAID FOR THEIR SERVICE", "Episcopal Head Believes Men Need Real Assistance."
    )
    stack = Body(["Nation-Wide Campaign for Decrepit Preachers."], 8, 9)
    stack.lines = [8, 9]
    stack.titles = [Title("ASKS 5 MILLIONS IN PENSIONS", "caps", 6, 7, body=stack)]
    _lost_heads_over_decks([stack, head, deck, body])
    assert head.body is None


# --- a stack's top read as a brief over its story headed by its second deck ----------------


def _brief_over_story(paragraph: str, *, head_last: int = 12) -> tuple[Body, Body]:
    """A brief under a capitals head (lines 10 to ``head_last``) whose one paragraph (lines 13
    to 15) is ``paragraph``, over a story headed by a mixed-case deck on line 16."""
    brief = Body([paragraph], 13, 15)
    brief.lines = [13, 14, 15]
    brief.titles = [Title("OPPOSING ARMIES ARE DEADLOCKED ON ALL FRONTS", "caps", 10, head_last)]
    brief.titles[0].body = brief
    story = Body(["There is a decided lull at present along the various war fronts."], 18, 30)
    story.lines = list(range(18, 31))
    deck = Title("British Mesopotamia Unable to Make Headway; Bulgars Fall", "mixed", 16, 17)
    deck.body = story
    story.titles = [deck]
    return brief, story


def test_a_stack_read_as_a_brief_heads_the_story_under_its_second_deck() -> None:
    brief, story = _brief_over_story(
        "Decided Lull in Fighting; Heavy Artillery Play Continues RELIEF ARMY STOPPED"
    )
    (head,) = brief.titles
    (deck,) = story.titles
    sequence, scraps = _fold_briefs([head, brief, deck, story], _stack_over_deck_led_story)
    assert sequence == [head, deck, story]
    assert scraps == []
    assert [(t.text, t.style) for t in story.titles] == [
        ("OPPOSING ARMIES ARE DEADLOCKED ON ALL FRONTS", "caps"),
        ("Decided Lull in Fighting; Heavy Artillery Play Continues", "mixed"),
        ("RELIEF ARMY STOPPED", "caps"),
        ("British Mesopotamia Unable to Make Headway; Bulgars Fall", "mixed"),
    ]
    assert all(t.body is story for t in story.titles)
    assert story.headed


@pytest.mark.parametrize(
    ("paragraph", "head_last"),
    [
        # no capitals deck at its end and no deck: a sentence (a deck alone is folded since
        # branch lostdeck35, tests/parse/test_head_deck_split_rules.py)
        ("A decided lull in fighting was reported along the fronts", 12),
        ("There is a lull at present. The armies rest. RELIEF ARMY STOPPED", 12),
        # one capitals word is no deck (an ad's "NATCHEZ")
        ("Photograph Studio on Main Street, NATCHEZ", 12),
        # a line between the head and the paragraph (a title left alone there)
        ("Decided Lull in Fighting; Heavy Artillery Play Continues RELIEF ARMY STOPPED", 11),
    ],
)
def test_the_brief_stays_apart(paragraph: str, head_last: int) -> None:
    brief, story = _brief_over_story(paragraph, head_last=head_last)
    (deck,) = story.titles
    assert _stack_over_deck_led_story(brief, story) is None
    assert story.titles == [deck]


#: Real unseen pages the two rules change: (page, headline, the first lines of the subheadline).
_REAL = [
    # a free capitals head over a story headed by its deck
    (
        "19160221/sn83045433",
        "GERMANS PUSH BACK BRITISH",
        ["Berlin Claims One-fifth of Mile of Trenches Taken North of Ypres."],
    ),
    (
        "19160224/sn92053934",
        "VERDUN GORY FIGHT SCENE; FRENCH LOSE",
        ["German Armies Push Their Way 2 Miles Inside Former Lines of Enemy."],
    ),
    (
        "19160211/sn88086023",
        "MILITARY PLAN OF THE NATION IS NO! UPHELD",
        [
            "Former Assistant Secretary of War Issues Statement Condemning Scheme"
            " to use the Militia."
        ],
    ),
    (
        "19160218/sn85042344",
        "SENATE USURY ACT HARMLESS, SAYS THE HOUSE",
        ["Caucus Shows Majority Is Three Votes Shy to Carrv Measure."],
    ),
    # a stack's top read as a brief over the story headed by its second deck
    (
        "19160214/sn85038411",
        "GERMANS CLAIM NOTABLE GAINS IN ARTOIS DISTRICT",
        ["Break Through French Lines; Extending Positions Around Suloniki", "TURKS CONCENTRATING"],
    ),
    (
        "19160209/sn95066012",
        "LOCAL SPORTSMEN OPPOSE CHANGE",
        ["System Now in Use Has Accom plished Results", "IS GENERALLY UNDERSTOOD"],
    ),
    (
        "19160216/sn85038411",
        "LATEST DRAFT OF LUSITANIA NOTE IS ACCEPTABLE",
        [
            "Von Bernstorff Presents Agreement to Lansing; Believed Satisfactory",
            "END OF CASE IS NEAR",
        ],
    ),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page_name", "headline", "decks"), _REAL)
def test_a_real_head_rejoins_its_story(page_name: str, headline: str, decks: list[str]) -> None:
    page, text = _page(page_name + "-ed-1_seq-1.txt")
    (story,) = (a for a in page.articles if a.headline == headline)
    assert story.kind is ArticleKind.STORY
    assert (story.subheadline or "").split("\n")[: len(decks)] == decks
    assert story.paragraphs
    # (the deck heads no article of its own, and no brief or teaser is left of the head)
    assert decks[0] not in [a.headline for a in page.articles]
    assert not lost_and_added(text, page)[0]
