"""A dispatch's own head read as the last paragraph of the story above it (branch
``dispatch37``, issue 9).

A 1916 page runs wire dispatches one under another, each under a short head in mixed case
closing on a stop, often with the wire's credit between head and dateline. Read as the last
paragraph of the story above, the head left its dispatch headless. The head now heads its
dispatch (and a free credit over the dispatch becomes its byline), also when OCR slipped on one
of its words, a figure or a comma (which is why the line was no title). A line in sentence case
is a story's last sentence, and a line whose first word a comma closes is a shipping list's
entry: both are left alone.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text

_PAGE = (
    "BARGE FLEET\n"
    "IS FOUND TODAY\n"
    "Fears for the Crews Are Set at Rest\n"
    "When the Boats Are\n"
    "Sighted.\n"
    "[Wire Press Leased Service]\n"
    "MOBILE, Feb. 1—The harbor\n"
    "office announced today that the\n"
    "missing barges are safe.\n"
    "Captain Dobbs, of the tug Ellen,\n"
    "reported them at anchor east of\n"
    "the bar, below the lighthouse.\n"
    "The barges were seen riding at\n"
    "anchor and needed no aid. They\n"
    "{last}\n"
    "{head}\n"
    '[Wire Press Leased Servicd"J\n'
    "{dateline}—Henry\n"
    "Stone, a deck hand, was drowned\n"
    "and two of his mates narrowly es\n"
    "caped when their skiff struck a\n"
    "piling in the yards. The skiff was\n"
    "overturned in the swift current.\n"
)

_CLOSED = "should be towed in to the\nyards tonight."


def _parse(
    head: str = "Tugboat Man Drowned.",
    last: str = _CLOSED,
    dateline: str = "PENSACOLA, Fla. Feb. 1.",
) -> list[Article]:
    text = _PAGE.format(head=head, last=last, dateline=dateline)
    return list(parse_page_text(text).articles)


def test_a_head_over_the_next_dispatch_heads_it() -> None:
    story, dispatch = _parse()
    assert story.headline == "BARGE FLEET IS FOUND TODAY"
    assert story.paragraphs[-1].endswith("towed in to the yards tonight.")
    assert dispatch.headline == "Tugboat Man Drowned."
    assert dispatch.dateline == "PENSACOLA, Fla. Feb. 1.—"
    assert dispatch.byline == '[Wire Press Leased Servicd"J'


def test_a_sentence_case_line_is_left_in_the_story() -> None:
    story, dispatch = _parse(head="Tugboat man drowned here.")
    assert story.paragraphs[-1] == "Tugboat man drowned here."
    assert dispatch.headline is None
    assert dispatch.dateline == "PENSACOLA, Fla. Feb. 1.—"


@pytest.mark.parametrize(
    "head",
    [
        "Tugboat Man Drowned at 8ea.",
        "Barges Worth $90,000 Adrift.",
        "Tugboat Hand, Stone, Drowned.",
    ],
)
def test_a_head_ocr_slipped_on_heads_its_dispatch(head: str) -> None:
    story, dispatch = _parse(head=head)
    assert story.paragraphs[-1].endswith("towed in to the yards tonight.")
    assert dispatch.headline == head


def test_a_slipped_line_in_sentence_case_is_left_in_the_story() -> None:
    story, dispatch = _parse(head="Tugboat man drowned at 8ea.")
    assert story.paragraphs[-1] == "Tugboat man drowned at 8ea."
    assert dispatch.headline is None


def test_a_shipping_list_entry_is_no_head() -> None:
    story, dispatch = _parse(head="Sailed, steamer Ellen, Mobile.")
    assert story.paragraphs[-1] == "Sailed, steamer Ellen, Mobile."
    assert dispatch.headline is None
