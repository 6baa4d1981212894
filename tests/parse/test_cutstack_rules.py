"""A head stack cut from its dated story by a deck tail or a credit (branch cutstack13, issue 9).

A stack whose only paragraph is a wire credit OCR garbled past the credit patterns, or a deck too
long for the stack's deck test, was a brief of its own and the dispatch under it had no head.
"""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added

_ABOVE = (
    "actual displacement today was 31,\n180 tons and her estimated maximum\n"
    "horsepower 32,000. Captain W. G.\nMelvin of Newport News was the nav\nigating officer.\n"
)
_DISPATCH = (
    "LONDON. Feb. 2. German war\ncorrespondents state that the prin\n"
    "cipal object of the German offensive\nis to improve the German front and\n"
    "make it difficult for the French to\ndiscover what is proceeding behind\n"
    "the German lines, says a dispatch\nfrom Copenhagen today.\n"
)


def test_a_garbled_credit_read_as_the_stacks_paragraph_is_the_storys_byline() -> None:
    text = (
        _ABOVE
        + "GERMAN AIM ATTAINED\nPrincipal Object of Offensive, is to\nImprove Front.\n"
        + "InternatioTHd News Service:\n"
        + _DISPATCH
    )
    page = parse_page_text(text)
    story = next(a for a in page.articles if a.dateline)
    assert (story.kind, story.headline, story.byline) == (
        ArticleKind.STORY,
        "GERMAN AIM ATTAINED",
        "InternatioTHd News Service:",
    )
    assert story.subheadline == "Principal Object of Offensive, is to Improve Front."
    assert not any(a.headline == "GERMAN AIM ATTAINED" and a is not story for a in page.articles)
    assert not lost_and_added(text, page)[0]


def test_a_bracketed_credit_with_a_garbled_agency_is_the_byline() -> None:
    text = (
        _ABOVE
        + "FORMER PRESIDENT\nOF PANAMA IS DEAD\n(Associated Prsss by F1rl WirsUss.)\n"
        + _DISPATCH
    )
    story = next(a for a in parse_page_text(text).articles if a.dateline)
    assert story.headline == "FORMER PRESIDENT OF PANAMA IS DEAD"
    assert story.byline == "(Associated Prsss by F1rl WirsUss.)"
