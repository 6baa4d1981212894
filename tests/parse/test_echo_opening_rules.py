"""A wire credit or dateline set as a title keeps its story (branch echo17, issue 9).

A credit or dateline printed on many stories echoes every lead that prints it, so
``assemble._attach_titles`` took it from the stack over its own story. Its echo no longer moves
it: under a head that stays, or alone over its story when it is read strictly
(:func:`classify.opens_story_strictly`), it opens the story. Pages are unseen 1916 front pages
of ``chronam-1916-02`` read while measuring the rule (docs/parser-accuracy.md, branch echo17).
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.classify import opens_story_alone, opens_story_strictly
from tests.conftest import corpus_file


def _articles(page: str) -> list[Article]:
    text = corpus_file(f"chronam-1916-02/{page}").read_text(encoding="utf-8")
    return list(parse_page_text(text).articles)


def _opening(articles: list[Article], words: str) -> Article:
    (story,) = [a for a in articles if a.paragraphs and a.paragraphs[0].startswith(words)]
    return story


def test_a_bracketed_credit_alone_over_its_story_is_its_byline() -> None:
    articles = _articles("19160201/sn83025182-ed-1_seq-1.txt")
    story = _opening(articles, "Four persons were slightly Injured")
    assert story.byline == "[United Press Leased Wire Service!"
    assert story.dateline == "DES MOINES, Feb. 1.—"


def test_a_dateline_under_a_head_stays_with_its_story() -> None:
    articles = _articles("19160220/sn85042344-ed-1_seq-1.txt")
    story = _opening(articles, "The senate at u lute hour tonight")
    assert story.headline == "NIGHT SESSION REJECTS USURY BANK MEASURE"
    assert story.dateline == "OKLAHOMA CITY, Feb. 19."


def test_a_dateline_in_capitals_under_a_mixed_head_is_no_headline() -> None:
    articles = _articles("19160201/sn99063812-ed-1_seq-1.txt")
    story = _opening(articles, "Secretary Lansing today announced")
    assert story.headline == "Austrians Deny Sinking Persia; Other War News"
    assert story.dateline == "WASHINGTON, D. C, Feb. 1. !"


def test_a_credit_over_a_dateline_are_both_read() -> None:
    articles = _articles("19160201/sn84020558-ed-1_seq-1.txt")
    story = _opening(articles, "Notices were posted, at the plants")
    assert story.headline == "INCREASE IN WAGES"
    assert story.byline == "Republican A. P. Leased Wire"
    assert story.dateline == "CONNELLSVILLK, Pa., Jan. 31."


def test_strict_openings() -> None:
    for line in (
        "(BY ASSOCIATED PRESS)",
        "[United Press Leased Wire Service!",
        "By United Press",
        "OKLAHOMA CITY, Feb. 19.",
        "Old Point Comfort, Va.; Feb. 2.",
    ):
        assert opens_story_strictly(line) == opens_story_alone(line) is not None, line
    # read as openings, but not strictly: a paper's credit, a place set off by a stop, a date
    # with no stop, a list's entry
    for line in (
        "Republican A. P. Leased Wire",
        "Great Northern. Feb. 4.",
        "FALL RIVER, Mass. Feb 16",
        "SAN FRANCISCO. Feb. 7.",
    ):
        assert opens_story_alone(line) is not None, line
        assert opens_story_strictly(line) is None, line
    assert opens_story_strictly("INCREASE IN WAGES") is None
