"""A wire credit read as a byline on an excerpt but not on its whole page (branch context16,
issue 9).

``Republican A. P. Leased Wire`` stands between ``WILSON HOLDS APPAM`` / ``BELONGS TO GERMANS``
and its dateline. Cut out with its head, the story takes the credit as its byline. On the whole
page the credit is printed over every wire story, and twice run into a paragraph's first line
(a column break), so its words echo another story's lead strongly: ``assemble._attach_titles``
takes it from the stack over its own story (a page-wide title index used where only the stack
was meant), and it ends as a teaser or in the page's unplaced text. A rule that keeps such a
title in its stack was measured and not merged (docs/parser-accuracy.md, branch context16);
branch echo17 keeps it there (its echo no longer moves it), and the two readings agree.
"""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.echo import EchoIndex
from tests.conftest import corpus_file

_PAGE = "chronam-1916-02/19160207/sn84020558-ed-1_seq-1.txt"
_CREDIT = "Republican A. P. Leased Wire"
_HEAD = "WILSON HOLDS APPAM BELONGS TO GERMANS"
#: The story's lines on the page: its head, the credit, its dateline and text.
_FIRST, _LAST = 357, 393


def _lines() -> list[str]:
    return corpus_file(_PAGE).read_text(encoding="utf-8").split("\n")


def _byline(text: str) -> str | None:
    page = parse_page_text(text)
    (story,) = [a for a in page.articles if a.headline == _HEAD]
    return story.byline


def test_the_excerpt_reads_the_credit_as_the_byline() -> None:
    assert _byline("\n".join(_lines()[_FIRST - 1 : _LAST])) == _CREDIT


def test_the_credit_echoes_a_lead_that_prints_it() -> None:
    # The page-wide evidence that moves the credit: a lead opening on the credit run in.
    leads = EchoIndex(["Republican A. P. Leased Wire trances and exits and search all", "x"])
    assert leads.score(_CREDIT, 0) >= 0.5
    assert leads.score(_CREDIT, 1) == 0.0


def test_the_whole_page_reads_the_credit_as_the_byline() -> None:
    assert _byline("\n".join(_lines())) == _CREDIT
