"""A block that goes on a sentence cut at a block break is no story of its own (branch
``geomorder24``, issue 9).

Tesseract sets a column as many blocks, cut wherever its layout analysis saw a gap, a drop
of ink or a rule: the Evening Star of 1920 breaks ``…copies were sent to republican
headquarters in New York. They were shown`` from ``Taft, to Dr. Jacob Gould Schurman and
other pro-league…`` and ``…point to a defeat for|`` from ``Premier Venizelos.``; each block's
first line then read as the head of a story of its own. A block straight under the block
before it in reading order, over the same width of column (no wider gap than between the
lines of one block), goes on the same text block when the line above stops mid-sentence (a
small letter, a comma, a semicolon or a hyphen at its end); a block that opens on a line in
capitals (a head's print) stays apart, as does one under a gap, in another column, or of
another width, and so do the blocks of a digest whose items name their pages.
"""

from __future__ import annotations

from reader.parse.formats.layout import Box, LayoutBlock, LayoutLine, LayoutWord, _to_lines
from tests.conftest import corpus_file
from tests.parse.bcubed import parse_without_structure

_LINE = 20.0  # a line's height in pixels
_STEP = 22.0  # from one line's top to the next one's


def _block(
    ident: str, x: float, y: float, texts: list[str], width: float = 300.0, indent: float = 0.0
) -> LayoutBlock:
    """A block of lines; ``indent`` sets its first line in (OCR's cut put it mid-column)."""
    lines = []
    for i, text in enumerate(texts):
        words = [LayoutWord(w) for w in text.split()]
        shift = indent if i == 0 else 0.0
        box = Box(x + shift, y + i * _STEP, width - shift, _LINE)
        lines.append(LayoutLine(words, box, size=_LINE))
    return LayoutBlock(ident, lines)


_ABOVE = [
    "The city council will meet tonight at the",
    "town hall to hear the report of the street",
    "committee, and copies of the report were",
    "sent to every member. They were shown",
]
#: The block under it opens on a short line set in (OCR cut the column mid-sentence there):
#: as the first line of a block, the text path reads it as a title.
_BELOW = [
    "Mayor Gould, to Dr. Jacob Smith",
    "and other officers of the city, who raised",
    "no objection to the plan of the committee.",
]


def _text_blocks(above: list[str], below: list[str], **where: float) -> list[list[str]]:
    """The text blocks the text path gets from a block of prose and a block under it;
    ``where`` moves the block under (x, gap, width)."""
    blocks = [_block("above", 40, 100, above)]
    top = 100 + len(above) * _STEP + where.get("gap", 2.0)
    x, width = where.get("x", 40.0), where.get("width", 300.0)
    blocks.append(_block("below", x, top, below, width, indent=60.0))
    return [[line.text for line in block.lines] for block in _to_lines(blocks, None).blocks]


def test_a_block_going_on_a_cut_sentence_joins_the_block_above() -> None:
    assert _text_blocks(_ABOVE, _BELOW) == [_ABOVE + _BELOW]


def test_a_cut_after_a_comma_a_semicolon_a_hyphen_or_a_rules_mark_joins_too() -> None:
    for last in (
        "sent to every member, and shown to",
        "sent to every member; they showed",
        "sent to every member and to the may-",
        "sent to every member. They were shown |",
    ):
        above = [*_ABOVE[:-1], last]
        assert _text_blocks(above, _BELOW) == [above + _BELOW], last


def test_a_block_under_a_sentence_that_ends_stays_apart() -> None:
    for last in ("sent to every member of the board.", "sent to every member of the BOARD"):
        above = [*_ABOVE[:-1], last]
        assert _text_blocks(above, _BELOW) == [above, _BELOW], last


def test_a_block_opening_on_capitals_stays_apart() -> None:
    below = ["SUPERIOR SHIRTING LINENS", *_BELOW[1:]]
    assert _text_blocks(_ABOVE, below) == [_ABOVE, below]


def test_a_block_in_another_column_under_a_gap_or_of_another_width_stays_apart() -> None:
    for where in ({"x": 400.0}, {"x": 140.0}, {"gap": 2 * _LINE}, {"width": 200.0}):
        assert _text_blocks(_ABOVE, _BELOW, **where) == [_ABOVE, _BELOW], where


def test_a_digest_whose_items_name_their_pages_keeps_its_blocks() -> None:
    # ("Today's News in Paragraphs": an item's line cut from its page pointer, the next item
    # in the same block; joined, the items would run together)
    above = ["Freighter wrecked on Pancake shoals during", "worst storm in Lake Superior's"]
    below = ["history. Page 4", "Struck by street car, dies in hospital. Page 13"]
    assert _text_blocks(above, below) == [above, below]


def test_the_evening_stars_tesseract_blocks_go_on_their_sentences() -> None:
    hocr = corpus_file("hocr/chronam-eveningstar-1920-11-15-p1.tesseract.hocr")
    page = parse_without_structure(hocr)
    heads = [a.headline for a in page.articles]
    assert "Taft, to Dr. Jacob Gould" not in heads
    assert "Premier Venizelos." not in heads
    texts = [p for a in page.articles for p in a.paragraphs]
    assert any("They were shown Taft, to Dr. Jacob Gould" in p for p in texts)
    assert any("defeat for| Premier Venizelos." in p for p in texts)
    alto = corpus_file("hocr/chronam-eveningstar-1920-11-15-p1.tesseract.alto.xml")
    heads = [a.headline for a in parse_without_structure(alto).articles]
    assert "Taft, to Dr. Jacob Gould" not in heads
    assert "to the zig question, the make-up" not in heads
