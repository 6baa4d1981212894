"""A full head stack split at its second capitals deck, read as a brief and a story (branch
``shift36``, issue 9).

A 1916 daily sets a full stack over a dispatch: a capitals head, a title-case deck, a second
capitals deck, its title-case deck, then the story. When the first deck is read as a paragraph
(or a scrap of OCR's marks stands under the head and its deck), the head and its deck stand as
a brief and the story is headed by its second capitals deck: down a column of such stacks every
story carries a head other than the one printed over it. ``lostheads23``'s fold of such a brief
(``assemble._stack_over_deck_led_story``) and ``heads21``'s (``assemble._stack_over_deck``)
took only stories headed by mixed-case decks; they now take a story headed by the stack's
second capitals deck over its deck. The snippets are our own words in those shapes, with
near-misses the rules must leave alone.
"""

from __future__ import annotations

from reader.parse.assemble import (
    Body,
    Title,
    _fold_briefs,
    _stack_over_deck,
    _stack_over_deck_led_story,
)

_STORY = (
    "Millford, Feb. 3. The railway bridge over the creek near here was swept away by high "
    "water early this morning, and all trains are held at the junction."
)


def _brief_over_story(
    paragraph: str,
    *,
    head: str = "RAILWAY BRIDGE SWEPT AWAY",
    head_decks: tuple[str, ...] = (),
    second: str = "TRAINS HELD AT JUNCTION",
    decks: tuple[str, ...] = ("Freight and Passenger Trains Stopped for Two Days.",),
    story: str = _STORY,
    gap: int = 1,
) -> tuple[list[Title | Body], Body, Body]:
    """A capitals head on line 10 (with ``head_decks`` under it) over a brief's one paragraph
    of two lines, then, ``gap`` lines under it, a story headed by ``second`` (capitals) and
    ``decks`` (mixed case), a line each."""
    top = [Title(head, "caps", 10, 10, lines=[10])]
    for n, text in enumerate(head_decks):
        top.append(Title(text, "mixed", 11 + n, 11 + n, lines=[11 + n]))
    start = 11 + len(head_decks)
    brief = Body([paragraph], start, start + 1)
    brief.lines = [start, start + 1]
    for title in top:
        title.body = brief
    brief.titles = list(top)
    line = start + 1 + gap
    stack = [Title(second, "caps", line, line, lines=[line])]
    for n, text in enumerate(decks):
        stack.append(Title(text, "mixed", line + 1 + n, line + 1 + n, lines=[line + 1 + n]))
    first = line + 1 + len(decks)
    body = Body([story], first, first + 3)
    body.lines = list(range(first, first + 4))
    for title in stack:
        title.body = body
    body.titles = list(stack)
    return [*top, brief, *stack, body], brief, body


def _texts(body: Body) -> list[str]:
    return [t.text for t in body.titles]


def test_a_first_deck_read_as_a_paragraph_goes_back_over_the_second_head() -> None:
    sequence, brief, story = _brief_over_story("Heavy Rains Wash Out the Span Over the Creek.")
    folded, scraps = _fold_briefs(sequence, _stack_over_deck_led_story)
    assert scraps == []
    assert brief not in folded
    assert _texts(story) == [
        "RAILWAY BRIDGE SWEPT AWAY",
        "Heavy Rains Wash Out the Span Over the Creek.",
        "TRAINS HELD AT JUNCTION",
        "Freight and Passenger Trains Stopped for Two Days.",
    ]
    assert [t.style for t in story.titles] == ["caps", "mixed", "caps", "mixed"]
    assert story.titles[1].lines == [brief.first, brief.last]
    assert all(t.body is story for t in story.titles)
    assert story.headed


def test_a_first_deck_with_a_word_ocr_read_small_still_goes_back() -> None:
    # (a deck's title case with one content word in small letters and no closing stop)
    _, brief, story = _brief_over_story(
        "Heavy rains Wash Out the Span Over the Creek Near Millford,"
    )
    assert _stack_over_deck_led_story(brief, story) == []
    assert _texts(story)[:3] == [
        "RAILWAY BRIDGE SWEPT AWAY",
        "Heavy rains Wash Out the Span Over the Creek Near Millford,",
        "TRAINS HELD AT JUNCTION",
    ]


def test_a_scrap_under_the_head_and_its_deck_goes_to_the_unplaced_text() -> None:
    sequence, brief, story = _brief_over_story(
        ". ?", head_decks=("Heavy Rains Wash Out the Span Over the Creek.",)
    )
    folded, scraps = _fold_briefs(sequence, _stack_over_deck)
    assert scraps == [". ?"]
    assert brief not in folded
    assert _texts(story) == [
        "RAILWAY BRIDGE SWEPT AWAY",
        "Heavy Rains Wash Out the Span Over the Creek.",
        "TRAINS HELD AT JUNCTION",
        "Freight and Passenger Trains Stopped for Two Days.",
    ]


def test_a_capitals_head_with_no_deck_under_it_is_another_storys() -> None:
    _, brief, story = _brief_over_story("Heavy Rains Wash Out the Span Over the Creek.", decks=())
    assert _stack_over_deck_led_story(brief, story) is None
    assert _texts(story) == ["TRAINS HELD AT JUNCTION"]


def test_a_briefs_prose_is_no_deck() -> None:
    _, brief, story = _brief_over_story(
        "The mayor said today that the new bridge would be built by the county this spring."
    )
    assert _stack_over_deck_led_story(brief, story) is None
    assert _texts(story)[0] == "TRAINS HELD AT JUNCTION"


def test_a_mastheads_number_or_a_firm_is_no_head() -> None:
    for head in ("NUMBER 31", "MIDVALE STEEL CO."):
        _, brief, story = _brief_over_story(
            "Heavy Rains Wash Out the Span Over the Creek.", head=head
        )
        assert _stack_over_deck_led_story(brief, story) is None, head


def test_a_dateline_read_as_the_paragraph_is_no_deck() -> None:
    _, brief, story = _brief_over_story("Millford, Feb. 3. Heavy Rains Wash Out the Span")
    assert _stack_over_deck_led_story(brief, story) is None


def test_a_story_set_apart_from_the_brief_keeps_its_own_head() -> None:
    _, brief, story = _brief_over_story("Heavy Rains Wash Out the Span Over the Creek.", gap=4)
    assert _stack_over_deck_led_story(brief, story) is None


def test_a_list_of_names_under_the_stack_is_no_story() -> None:
    _, brief, story = _brief_over_story(
        "Heavy Rains Wash Out the Span Over the Creek.",
        story="John Smith, Henry Brown, Walter Green, Frank White, Albert Black.",
    )
    assert _stack_over_deck_led_story(brief, story) is None


def test_a_scrap_under_a_head_alone_stays_over_a_second_head() -> None:
    # (a head with no deck of its own over the scrap: a masthead's line, an ad's name)
    sequence, brief, story = _brief_over_story(". ?")
    folded, scraps = _fold_briefs(sequence, _stack_over_deck)
    assert scraps == []
    assert brief in folded
    assert _texts(story)[0] == "TRAINS HELD AT JUNCTION"
