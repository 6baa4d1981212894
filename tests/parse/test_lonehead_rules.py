"""A head wrapped over two lines over a head-less item (branch lonehead16, issue 9).

When a head's first line stands alone (a lone teaser: scraps15 sends it to the page's unplaced
text) and its second, a word or two, is read as a one-line brief, the two lines are one head
and head the head-less item printed right under them, if the joined head's words recur in
that item's lead. A head the item does not echo, or a second line closing on a stop or of
three words, is left as before.
"""

from __future__ import annotations

from pathlib import Path

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.assemble import Body, Title, _wrapped_heads_over_headless
from reader.parse.audit import lost_and_added

_EPAPER = Path(__file__).parent.parent / "data" / "dev" / "own-en-epaper.txt"
_FIRST = "Council Approves Budget for Water"
_TAIL = " Plant\n"


def _text() -> str:
    text = _EPAPER.read_text(encoding="utf-8")
    assert _FIRST in text and _TAIL in text
    return text


def test_a_head_wrapped_over_a_brief_heads_the_item_under_it() -> None:
    text = _text()
    page = parse_page_text(text)
    story = next(a for a in page.articles if a.headline == f"{_FIRST} Plant")
    assert story.kind is ArticleKind.STORY
    assert story.byline == "By JANE DOE"
    assert story.paragraphs[0].startswith("The city council voted 5 to 2")
    assert _FIRST not in page.unplaced
    assert not [a for a in page.articles if a.paragraphs == ("Plant",)]
    assert not lost_and_added(text, page)[0]


def _sequence(lead: str) -> list[Title | Body]:
    above = Body(["The storm closed both passes."], 1, 3)
    head = Title("Council Approves Budget for Water", "mixed", 5, 5, lines=[5])
    tail = Body(["Plant"], 6, 6)
    tail.lines = [6]
    item = Body([lead, "Supporters said the plant, built in 1931, leaks."], 8, 20)
    below = Body(["Skaters circle the frozen pond."], 22, 24)
    return [above, head, tail, item, below]


def test_the_wrapped_head_heads_an_item_that_echoes_it() -> None:
    sequence = _sequence("The city council voted to set aside $4.2 million for the water plant.")
    result = _wrapped_heads_over_headless(sequence)
    assert len(result) == 3
    item = result[1]
    assert isinstance(item, Body)
    assert [t.text for t in item.titles] == ["Council Approves Budget for Water Plant"]
    assert item.titles[0].lines == [5, 6]


def test_a_wrapped_head_the_item_does_not_echo_is_left() -> None:
    sequence = _sequence("Skaters crowded the frozen pond at Lincoln Park on Sunday afternoon.")
    assert _wrapped_heads_over_headless(sequence) == sequence
    assert not sequence[3].titles  # type: ignore[union-attr]


def test_a_tail_with_a_stop_or_of_three_words_is_no_wrapped_tail() -> None:
    lead = "The city council voted to set aside $4.2 million for the water plant."
    for words in ("Plant.", "Plant at Riverton"):
        sequence = _sequence(lead)
        sequence[2].paragraphs = [words]  # type: ignore[union-attr]
        assert _wrapped_heads_over_headless(sequence) == sequence
