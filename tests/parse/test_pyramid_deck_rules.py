"""A 1916 pyramid's decks read as a paragraph and a title (branch ``histh47``, issue 9).

A 1916 head stack alternates a capitals line and a mixed-case deck down to the story
("HEAD" / "Deck closing on a stop." / "CAPITALS LINE" / "Deck …" / story). When OCR noise or a
word broken at a line's end keeps a deck's first lines from reading as a title, they are read
as a paragraph under the capitals line, and the deck's last line, closing on a stop, as a title
over the story below: the capitals line heads a brief of the deck's words and the deck's tail
heads the story, every head of the stack one story off. The paragraph and the title are one
deck again when both read together as a headline's words; a paragraph closing its sentence is
a deck of its own. Prose, a speck, a list of names in capitals, a dateline and a long
paragraph are left alone.

A whole deck read as a paragraph over the next capitals line of the pyramid and its deck is a
deck too when the capitals title over it tops its stack, unless it is a scrap or an ear's
price, or it and the deck echo nothing of the lead the next line's deck tells of (another
story's stack).

A pyramid's capitals line and the deck under it, standing between two of the stack's titles,
stay in the stack when another lead's echo would take them; a capitals line alone between
two (another column's head read into the stack) is left to the echo.
"""

from __future__ import annotations

from reader.parse.assemble import (
    Body,
    Title,
    _deck_over_crossline,
    _deck_read_as_body,
    _heads_the_pyramid,
    _pyramid_run_inside,
    _stack_decks_read_as_bodies,
)


def _title(text: str, line: int, rows: int = 1) -> Title:
    style = "caps" if text.upper() == text else "mixed"
    return Title(text, style, line, line + rows - 1, lines=list(range(line, line + rows)))


def _body(paragraphs: list[str], first: int, rows: int) -> Body:
    body = Body(list(paragraphs), first=first, last=first + rows - 1)
    body.lines = list(range(first, first + rows))
    return body


_HEAD = "COUNCIL PICKS HARBOR BOARD"
_STORY = (
    "The council last evening approved the five men the mayor named to the new harbor "
    "board, after a debate that lasted until nearly midnight."
)


def _read(opening: str, tail: str, rows: int = 2) -> list[Title | Body]:
    return _stack_decks_read_as_bodies(
        [
            _title(_HEAD, 1),
            _body([opening], 2, rows),
            _title(tail, 2 + rows),
            _body([_STORY], 3 + rows, 6),
        ]
    )


def test_a_deck_read_as_a_paragraph_and_a_title_is_one_deck_again() -> None:
    items = _read("Veteran Bu*ilder Said to Be Favored by", "Most of the New Commissioners.")
    assert [type(item) for item in items] == [Title, Title, Body]
    deck = items[1]
    assert isinstance(deck, Title)
    assert deck.style == "mixed"
    assert deck.text == "Veteran Bu*ilder Said to Be Favored by Most of the New Commissioners."
    assert (deck.first, deck.last, deck.lines) == (2, 4, [2, 3, 4])


def test_a_word_broken_at_the_lines_end_leaves_the_deck_whole() -> None:
    items = _read("Gen. Ward Placed in Charge Tempor", "arily, Shares Mayor's Views.")
    assert isinstance(items[1], Title)
    assert items[1].text == "Gen. Ward Placed in Charge Tempor arily, Shares Mayor's Views."


def test_a_paragraph_closing_its_sentence_is_a_deck_of_its_own() -> None:
    items = _read("Five Members Chosen After a Long Debate.", "Work to Begin on the Upper Basin.")
    assert [type(item) for item in items] == [Title, Title, Title, Body]
    assert [item.text for item in items[1:3] if isinstance(item, Title)] == [
        "Five Members Chosen After a Long Debate.",
        "Work to Begin on the Upper Basin.",
    ]


def test_prose_under_a_capitals_head_stays_the_storys() -> None:
    # The story's first paragraph, then a crosshead: prose in small letters is no deck.
    items = _read(
        "The council met last night and named five men to the board.", "Work Begins Soon."
    )
    assert isinstance(items[1], Body)


def test_near_misses_are_left_alone() -> None:
    tail = _title("Most of the New Commissioners.", 4)
    # a speck, two words, a list of names in capitals, OCR's noise
    for opening in ("-r", "Veteran Builder", "W. W. VANKIRK. J. H. MOORE", "Ve$ ^^ Bu* l!l ~~ ##"):
        assert not _deck_read_as_body(_body([opening], 2, 2), tail)
    deck = "Veteran Builder Said to Be Favored by"
    # a deck of more lines than a pyramid's, a story's opening inside, a tail with no stop
    assert not _deck_read_as_body(_body([deck], 2, 5), tail)
    assert not _deck_read_as_body(_body([deck], 2, 2), _title("Boston, Feb. 12. The Mayor.", 4))
    assert not _deck_read_as_body(_body([deck], 2, 2), _title("Most of the New Commissioners", 4))
    dated = _body([deck], 2, 2)
    dated.dateline = "BOSTON, Feb. 12."
    assert not _deck_read_as_body(dated, tail)
    # a capitals title under the paragraph is a head, not the deck's tail
    assert not _deck_read_as_body(_body([deck], 2, 2), _title("MOST OF THE NEW MEN.", 4))


def test_a_pyramids_capitals_line_and_deck_stay_in_the_stack() -> None:
    body = _body([_STORY], 10, 6)
    top = [
        _title(_HEAD, 1),
        _title("Five Members Chosen After a Long Debate.", 2),
        _title("ENGINEER MAY BE CHAIR", 3),
        _title("Veteran Builder Said to Be Favored.", 4),
        _title("WORK TO START IN MAY", 5),
        _title("Dredging Will Come First, the Mayor Says.", 6),
    ]
    for place in (0, 1, 4, 5):
        top[place].body = body
    assert _pyramid_run_inside(top, body) == top[2:4]


def test_a_capitals_line_alone_inside_a_stack_is_left_to_its_echo() -> None:
    body = _body([_STORY], 10, 6)
    top = [
        _title(_HEAD, 1),
        _title("Five Members Chosen After a Long Debate.", 2),
        _title("FEDERAL OFFICERS", 3),
        _title("WORK TO START IN MAY", 4),
        _title("Dredging Will Come First, the Mayor Says.", 5),
    ]
    for place in (0, 1, 3, 4):
        top[place].body = body
    assert _pyramid_run_inside(top, body) == []
    # nor is a run under a deck that closes on no stop, nor one over a mixed-case title
    top = [
        _title(_HEAD, 1),
        _title("Five Members Chosen After a Long", 2),
        _title("ENGINEER MAY BE CHAIR", 3),
        _title("Veteran Builder Said to Be Favored.", 4),
        _title("WORK TO START IN MAY", 5),
    ]
    for place in (0, 1, 4):
        top[place].body = body
    assert _pyramid_run_inside(top, body) == []


def _over_crossline(opening: str, crossline: str, below: str) -> list[Title | Body]:
    return _stack_decks_read_as_bodies(
        [
            _title(_HEAD, 1),
            _body([opening], 2, 3),
            _title(crossline, 5),
            _title(below, 6, 2),
            _body([_STORY], 8, 6),
        ]
    )


def test_a_whole_deck_read_as_a_paragraph_over_the_next_capitals_line_is_a_deck() -> None:
    items = _over_crossline(
        "More Proof of Waste Given to Public by Senator Ward. Demands Inquiry.",
        "ENGINEERS ASK FOR HEARING",
        "Letters Between the Officers Lay Bare the Weakness of the Board.",
    )
    assert [type(item) for item in items] == [Title, Title, Title, Title, Body]
    deck = items[1]
    assert isinstance(deck, Title)
    assert deck.style == "mixed"
    assert deck.text == "More Proof of Waste Given to Public by Senator Ward. Demands Inquiry."


def test_a_brief_over_another_head_is_left_alone() -> None:
    # Prose, a paragraph closing on no stop, and a capitals line over a body (another item's
    # head over its story, not a pyramid's line over its deck) leave the paragraph a body.
    for opening, below in (
        ("The council met last night and named five men to the board.", "Deck Under It."),
        ("More Proof of Waste Given to Public by Senator Ward and", "Deck Under It."),
    ):
        items = _over_crossline(opening, "ENGINEERS ASK FOR HEARING", below)
        assert isinstance(items[1], Body)
    items = _stack_decks_read_as_bodies(
        [
            _title(_HEAD, 1),
            _body(["More Proof of Waste Given to Public by Senator Ward."], 2, 2),
            _title("ENGINEERS ASK FOR HEARING", 4),
            _body([_STORY], 5, 6),
        ]
    )
    assert isinstance(items[1], Body)
    deck = _body(["More Proof of Waste Given to Public by Senator Ward."], 2, 2)
    crossline = _title("ENGINEERS ASK FOR HEARING", 4)
    assert _deck_over_crossline(deck, crossline, _title("Letters Lay Bare the Weakness.", 5))
    assert not _deck_over_crossline(deck, crossline, _body([_STORY], 5, 6))
    assert not _deck_over_crossline(
        deck, _title("Engineers Ask.", 4), _title("Letters Lay Bare the Weakness.", 5)
    )


def test_a_scrap_or_an_ear_over_a_whole_deck_heads_no_pyramid() -> None:
    deck = _body(["More Proof of Waste Given to Public by Senator Ward."], 2, 2)
    below: list[Title | Body] = [_title("Letters Lay Bare the Weakness.", 5), _body([_STORY], 6, 6)]
    assert _heads_the_pyramid(_title(_HEAD, 1), deck, below)
    assert not _heads_the_pyramid(_title("KOF", 1), deck, below)
    assert not _heads_the_pyramid(_title("COPY FIVE CENTS.", 1), deck, below)


def test_a_stack_echoing_nothing_of_the_lead_its_next_deck_tells_of_heads_no_pyramid() -> None:
    lead = (
        "Dr. William Hale of Centerville, who is said to have been the physician at more "
        "births than any other in the county, died at his home yesterday."
    )
    deck = _body(["Student Was Gagged and His Hair Cut by Masked Men."], 2, 2)
    below: list[Title | Body] = [
        _title("Centerville Physician Noted for Number of Births in County.", 5),
        _body([lead], 6, 6),
    ]
    assert not _heads_the_pyramid(_title("EDITOR MADE UNCONSCIOUS", 1), deck, below)
    # the head's words in the lead: its pyramid
    assert _heads_the_pyramid(_title("CENTERVILLE PHYSICIAN DIES", 1), deck, below)


def test_a_whole_deck_under_a_capitals_line_inside_a_stack_is_left_alone() -> None:
    # Under another title the capitals line is as often the next stack's head read into this
    # one: the deck under it is left as read.
    opening = "More Proof of Waste Given to Public by Senator Ward. Demands Inquiry."
    items = _stack_decks_read_as_bodies(
        [
            _title("Council Hears the Engineers.", 1),
            _title(_HEAD, 2),
            _body([opening], 3, 3),
            _title("ENGINEERS ASK FOR HEARING", 6),
            _title("Letters Between the Officers Lay Bare the Weakness.", 7, 2),
            _body([_STORY], 9, 6),
        ]
    )
    assert isinstance(items[2], Body)


def test_an_ads_price_line_is_no_deck() -> None:
    tail = _title("Third Street.", 4)
    assert not _deck_read_as_body(_body(["$18.00 and $23.00 Suits At The Fashion Now"], 2, 2), tail)
    # a deck names a sum in round dollars
    assert _deck_read_as_body(_body(["$200,000,000 Advance to France May Result from"], 2, 2), tail)
