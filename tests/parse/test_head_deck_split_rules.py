"""A head stack split between a brief and the story under it (branch ``lostdeck35``, issue 9).

A 1916 daily sets a capitals head over one or more mixed-case decks and the story. When the
head's first deck (or the first lines of a deck wrapped over several lines) is read as a
paragraph, the head and that paragraph stand as a brief, and the story under it is headed by
its next deck (or by the deck's last lines): the head is lost to a brief and the deck promoted
(``MAYOR CALLS A SESSION`` / ``Council Will Meet on the Water Bonds.`` over ``Vote Expected
Friday Night.`` and the story). And when the head's last lines are read as the paragraph (OCR
garbled them, so they look like no title), the head stands as a brief of its own lines over
the story headed by its deck. ``lostheads23``'s fold of such a brief (``assemble.
_stack_over_deck_led_story``, which took only a deck closed by a second capitals deck) now
takes these too. The snippets below are our own words in those shapes, and near-misses the
rule must leave alone.
"""

from __future__ import annotations

import pytest

from reader.parse.assemble import Body, Title, _fold_briefs, _stack_over_deck_led_story

_STORY = "The council will meet on Friday night to act on the bonds for the new water works."


def _brief_over_story(
    paragraph: str,
    decks: list[str],
    *,
    head: str = "MAYOR CALLS A SESSION",
    paragraph_lines: int = 2,
    story: str = _STORY,
) -> tuple[Title, Body, list[Title], Body]:
    """A capitals head on line 10 over a brief's one paragraph (``paragraph_lines`` lines from
    line 11), straight over a story headed by ``decks`` (mixed case, a line each)."""
    last = 10 + paragraph_lines
    brief = Body([paragraph], 11, last)
    brief.lines = list(range(11, last + 1))
    head_title = Title(head, "caps", 10, 10, body=brief, lines=[10])
    brief.titles = [head_title]
    first = last + 1 + len(decks)
    body = Body([story], first, first + 4)
    body.lines = list(range(first, first + 5))
    titles = [
        Title(text, "mixed", last + 1 + n, last + 1 + n, body=body, lines=[last + 1 + n])
        for n, text in enumerate(decks)
    ]
    body.titles = list(titles)
    return head_title, brief, titles, body


def _fold(head: Title, brief: Body, titles: list[Title], story: Body) -> list[Title | Body]:
    sequence, scraps = _fold_briefs([head, brief, *titles, story], _stack_over_deck_led_story)
    assert scraps == []
    return sequence


def test_a_first_deck_read_as_the_briefs_paragraph_goes_back_to_the_stack() -> None:
    head, brief, titles, story = _brief_over_story(
        "Council Will Meet on the Water Bonds.", ["Vote Expected Friday Night."]
    )
    assert _fold(head, brief, titles, story) == [head, *titles, story]
    assert [(t.text, t.style) for t in story.titles] == [
        ("MAYOR CALLS A SESSION", "caps"),
        ("Council Will Meet on the Water Bonds.", "mixed"),
        ("Vote Expected Friday Night.", "mixed"),
    ]
    assert story.titles[1].lines == [11, 12]
    assert all(t.body is story for t in story.titles)
    assert story.headed


def test_a_deck_wrapped_over_the_paragraph_and_the_title_is_one_deck() -> None:
    head, brief, titles, story = _brief_over_story(
        "Council Will Meet Friday to Act on", ["Bonds for New Water Works."]
    )
    _fold(head, brief, titles, story)
    assert [t.text for t in story.titles] == [
        "MAYOR CALLS A SESSION",
        "Council Will Meet Friday to Act on Bonds for New Water Works.",
    ]
    assert story.titles[1].lines == [11, 12, 13]
    assert (story.titles[1].first, story.titles[1].last) == (11, 13)


def test_a_wrapped_deck_takes_the_titles_up_to_its_stop_only() -> None:
    head, brief, titles, story = _brief_over_story(
        "Council Will Meet Friday to Act", ["on Bonds for New Water", "Works.", "Vote Is Sure."]
    )
    _fold(head, brief, titles, story)
    assert [t.text for t in story.titles] == [
        "MAYOR CALLS A SESSION",
        "Council Will Meet Friday to Act on Bonds for New Water Works.",
        "Vote Is Sure.",
    ]


def test_a_heads_last_lines_read_as_the_paragraph_join_the_head() -> None:
    head, brief, titles, story = _brief_over_story(
        "FOR WATER BONDS", ["Council Will Act on the Issue Friday Night."], paragraph_lines=1
    )
    assert _fold(head, brief, titles, story) == [head, *titles, story]
    assert [(t.text, t.style) for t in story.titles] == [
        ("MAYOR CALLS A SESSION FOR WATER BONDS", "caps"),
        ("Council Will Act on the Issue Friday Night.", "mixed"),
    ]
    assert story.titles[0].lines == [10, 11]
    assert story.titles[0].last == 11
    assert story.headed


def test_the_heads_last_line_run_into_the_deck_joins_the_head() -> None:
    head, brief, titles, story = _brief_over_story(
        "FOR WATER BONDS Council Will Meet Friday to Act on", ["the New Mains."]
    )
    _fold(head, brief, titles, story)
    assert [t.text for t in story.titles] == [
        "MAYOR CALLS A SESSION FOR WATER BONDS",
        "Council Will Meet Friday to Act on the New Mains.",
    ]


def test_one_capitals_word_opening_the_deck_stays_in_it() -> None:
    head, brief, titles, story = _brief_over_story(
        "YOUNG Men of the City Will Meet Friday to Act on", ["the New Mains."]
    )
    _fold(head, brief, titles, story)
    assert [t.text for t in story.titles] == [
        "MAYOR CALLS A SESSION",
        "YOUNG Men of the City Will Meet Friday to Act on the New Mains.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "decks", "head", "story"),
    [
        # a sentence of the brief's own, not a deck
        (
            "The council met last night and voted the bonds.",
            ["Vote Expected Friday Night."],
            "MAYOR CALLS A SESSION",
            _STORY,
        ),
        # names run on by commas: a list of guests
        (
            "Ada Lane, Salem Tom Reed, Albany Carl Moss",
            ["Ruth Hale, Dallas"],
            "HOTEL ARRIVALS",
            _STORY,
        ),
        # a court's docket and a numbered row
        (
            "Henry Cole vs. Western Mill Company.",
            ["Paul Dunn vs. Anna Dunn, Divorce."],
            "COURT CALENDAR",
            _STORY,
        ),
        (
            "No. 2, Care of Young Orchard Trees.",
            ["No. 3, Feeding Dairy Stock."],
            "NEW BULLETINS",
            _STORY,
        ),
        # a column's label over an item's head
        (
            "Of General Interest From Over the State",
            ["Creamery Doubles Its Output"],
            "STATE NEWS ITEMS",
            _STORY,
        ),
        # the story under it is a list of names, no prose
        (
            "Young Girl Ruth Hale Old Farmer Carl Moss",
            ["Rich Uncle Tom Reed"],
            "CAST OF THE PLAY",
            "Parson Ben Lane Widow Ada Lane",
        ),
        # a place in capitals closing it: an advertisement's line
        (
            "Studio for Fine Portraits on Front Street, ALBANY",
            ["Sittings Made at Any Hour"],
            "PHOTOGRAPHS",
            _STORY,
        ),
        # a deck closed by its stop over a title that is no deck (a wire's credit, a
        # dateline and the story's first word, its stop set apart)
        (
            "Council Will Meet on the Water Bonds.",
            ["By Associated Press."],
            "MAYOR CALLS A SESSION",
            _STORY,
        ),
        (
            "Council Will Meet on the Water Bonds.",
            ["Salem, Feb . 10 Mayor"],
            "MAYOR CALLS A SESSION",
            _STORY,
        ),
    ],
)
def test_the_brief_stays_apart(paragraph: str, decks: list[str], head: str, story: str) -> None:
    head_title, brief, titles, body = _brief_over_story(paragraph, decks, head=head, story=story)
    assert _stack_over_deck_led_story(brief, body) is None
    assert body.titles == titles
    assert brief.titles == [head_title]


@pytest.mark.parametrize(
    ("paragraph", "paragraph_lines"),
    [
        # names in capitals run on by commas: a list of officers
        ("JOHN DOE, PRESIDENT, RICHARD ROE, SECRETARY", 1),
        # a dateline in capitals: the dispatch's own opening
        ("SALEM, ORE., FEB. 3.", 1),
        # more lines than a head wraps over: a capitals paragraph of its own
        ("THE COUNCIL WILL MEET FRIDAY NIGHT ON THE WATER BONDS AND THE NEW MAINS", 3),
        # one capitals word: an ad's display line
        ("SALE", 1),
    ],
)
def test_capitals_lines_that_are_no_head_stay(paragraph: str, paragraph_lines: int) -> None:
    head, brief, titles, story = _brief_over_story(
        paragraph, ["Council Will Act on the Issue Friday Night."], paragraph_lines=paragraph_lines
    )
    assert _stack_over_deck_led_story(brief, story) is None
    assert head.text == "MAYOR CALLS A SESSION"
    assert story.titles == titles


def test_a_modern_sentence_case_head_and_standfirst_stay() -> None:
    """The gate: a modern page sets its head and standfirst in sentence case."""
    head, brief, titles, story = _brief_over_story(
        "Council will meet on the water bonds", ["Vote expected on Friday night"]
    )
    head.text, head.style = "Mayor calls a session", "mixed"
    assert _stack_over_deck_led_story(brief, story) is None
    assert story.titles == titles


def test_a_brief_under_a_garbled_masthead_line_stays() -> None:
    """A masthead's line OCR garbled over the capitals head: no head stack."""
    head, brief, titles, story = _brief_over_story(
        "Council Will Meet on the Water Bonds.", ["Vote Expected Friday Night."]
    )
    over = Title("' ' COUNTY HERALD, FRIDAY, MARCII 3, 191f! ' ' j lfl", "caps", 9, 9, body=brief)
    brief.titles = [over, head]
    assert _stack_over_deck_led_story(brief, story) is None
    assert story.titles == titles


def test_a_brief_under_a_signature_stays() -> None:
    """A name over the capitals head is the signature of the item above: no head stack."""
    head, brief, titles, story = _brief_over_story(
        "Council Will Meet on the Water Bonds.", ["Vote Expected Friday Night."]
    )
    brief.titles = [Title("J. R. Mayo", "mixed", 9, 9, body=brief, lines=[9]), head]
    assert _stack_over_deck_led_story(brief, story) is None
    assert story.titles == titles


def test_a_deck_set_over_the_head_stays_in_the_stack() -> None:
    head, brief, titles, story = _brief_over_story(
        "Council Will Meet on the Water Bonds.", ["Vote Expected Friday Night."]
    )
    over = Title("Citizens Ask That the Mains Be Laid Before Summer", "mixed", 9, 9, lines=[9])
    over.body = brief
    brief.titles = [over, head]
    _fold(head, brief, titles, story)
    assert [t.text for t in story.titles] == [
        "Citizens Ask That the Mains Be Laid Before Summer",
        "MAYOR CALLS A SESSION",
        "Council Will Meet on the Water Bonds.",
        "Vote Expected Friday Night.",
    ]
