"""Capitals heads cut from their stories on 1916 front pages (branch ``stacks30``, issue 9).

Two shapes of Chronicling America OCR text lost a capitals head. OCR's reading order puts a
dispatch's capitals head straight under the last line of the story above, with no blank line,
and over the dispatch's dateline; a head line that ends on a semicolon or a comma ("MAYOR
ILL;") is no title for the title rules, so the head was read as the end of the story above
(reflow's _caps_head_over_dispatch). And a head's second line opening on "BY" ("RIVER TOWN CUT
OFF" / "BY ICE GORGE") was read as a byline, so the head lost it (assemble's _head_runs_on_by).
The pages below are our own writing in the shapes the rules were read on.
"""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.lines import Line
from reader.parse.reflow import _caps_head_over_dispatch, _find_titles

_ABOVE = (
    "MILL HANDS VOTE TO STAY\n"
    "Springfield, Mass., Feb. 5.—The hands\n"
    "of the river mill voted tonight to stay\n"
    "at work while the owners and the union\n"
    "talk over the new scale of wages for\n"
    "the spring months, and no walkout is\n"
)
_CLOSED = "now looked for in the valley.\n"
_DISPATCH = (
    "Duluth, Minn., Feb. 5.—Two watchmen\n"
    "were missing tonight after a fire that\n"
    "swept the big grain elevator on the\n"
    "harbor front and burned for six hours\n"
    "before the firemen could check it.\n"
)


def _parse(text: str) -> list[Article]:
    page = parse_page_text(text)
    lost, _added = lost_and_added(text, page)
    assert not lost
    return list(page.articles)


def _dispatch(articles: list[Article]) -> Article:
    return next(a for a in articles if a.dateline and a.dateline.startswith("Duluth"))


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # a head of two clauses, its first line closed by a semicolon
        (
            "GRAIN ELEVATOR BURNS;\nTWO WATCHMEN MISSING\n",
            "GRAIN ELEVATOR BURNS; TWO WATCHMEN MISSING",
        ),
        # a one-line head closed by a comma OCR read for its stop
        ("WATCHMEN MISSING ,\n", "WATCHMEN MISSING ,"),
        # a column rule's mark at the head line's edge
        ("| ELEVATOR FIRE COSTLY;\nTWO MEN LOST\n", "ELEVATOR FIRE COSTLY; TWO MEN LOST"),
    ],
)
def test_a_capitals_head_cut_onto_the_story_above_heads_its_dispatch(
    head: str, headline: str
) -> None:
    articles = _parse(_ABOVE + _CLOSED + head + _DISPATCH)
    story = _dispatch(articles)
    assert story.headline == headline
    assert story.paragraphs[0].startswith("Two watchmen were missing")
    above = articles[0]
    assert above.headline == "MILL HANDS VOTE TO STAY"
    assert not any("WATCHMEN" in p or "ELEVATOR" in p for p in above.paragraphs)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number, text, False, 0) for number, text in enumerate(texts)]


def _flags_after(texts: list[str], flags: list[bool] | None = None) -> list[bool]:
    lines = _lines(texts)
    flags = [False] * len(lines) if flags is None else list(flags)
    _caps_head_over_dispatch(lines, flags, [False] * len(lines))
    return flags


_PROSE = "the spring months, and no walkout is"
_STOP = "now looked for in the valley."
_DATELINE = "Duluth, Minn., Feb. 5.—Two watchmen"
_BELOW = "were missing tonight after a fire that"


def test_the_rule_flags_the_cut_head_lines() -> None:
    texts = [_PROSE, _STOP, "GRAIN ELEVATOR BURNS;", "TWO WATCHMEN MISSING", _DATELINE, _BELOW]
    assert _flags_after(texts) == [False, False, True, True, False, False]


@pytest.mark.parametrize(
    "texts",
    [
        # the line above runs on: the capitals words may be the sentence's
        [_PROSE, "the watchmen of the", "GRAIN ELEVATOR BURNS;", _DATELINE, _BELOW],
        # an advertisement's date under the capitals lines, opening on a weekday
        [_PROSE, _STOP, "GRAND OPERA HOUSE", "Friday Night, Feb. 25th—Return of", _BELOW],
        # no dateline under the capitals line: prose goes on, or a wire's credit
        [_PROSE, _STOP, "GRAIN ELEVATOR BURNS;", "were missing tonight after a", _BELOW],
        [_PROSE, _STOP, "GRAIN ELEVATOR BURNS;", "By United Press.", _BELOW],
        # a capitals line too long for a head: a shouted sentence of the story
        [
            _PROSE,
            _STOP,
            "THE WHOLE TOWN TURNED OUT TO FIGHT THE FIRE ALL NIGHT,",
            _DATELINE,
            _BELOW,
        ],
        # more lines in capitals than a cut head holds
        [
            _STOP,
            "FIRE AT ELEVATOR;",
            "TWO WATCHMEN LOST",
            "HARBOR FRONT ABLAZE",
            "FIREMEN WORK ALL NIGHT",
            "LOSS PUT AT MILLION",
            _DATELINE,
        ],
        # a byline in capitals over the dateline is no head line, nor a bracketed credit
        [_PROSE, _STOP, "BY JOHN SMITH.", _DATELINE, _BELOW],
        [_PROSE, _STOP, "(RV ASSOCIATBD PRBSS'", _DATELINE, _BELOW],
        # under prose that runs on into a stack in capitals
        [_PROSE, "GRAIN ELEVATOR BURNS.", "TWO WATCHMEN MISSING", _DATELINE, _BELOW],
        # under a line in capitals too long for a head: a shouted paragraph's end
        [_PROSE, "THE WHOLE TOWN TURNED OUT TO FIGHT THE FIRE.", "TWO WATCHMEN", _DATELINE],
    ],
)
def test_no_cut_head_is_read_where_the_shape_is_not_whole(texts: list[str]) -> None:
    assert not any(_flags_after(texts))


def test_a_modern_page_is_not_asked() -> None:
    # (reflow asks the rule only where modern_page did not find the page modern)
    lines = _lines([_PROSE, _STOP, "GRAIN ELEVATOR BURNS;", "TWO WATCHMEN MISSING", _DATELINE])
    modern = _find_titles(lines, False, [False] * len(lines), True)
    assert modern[2:4] == [False, False]
    old = _find_titles(lines, False, [False] * len(lines), False)
    assert old[2:4] == [True, True]


_STORY = (
    "Cairo, Ill., Feb. 3.—The town was\n"
    "cut off from the mainland today when\n"
    "an ice gorge rose over the wood road\n"
    "and the envoy of the mill hands sent\n"
    "for help to the nearest city.\n"
)


def _head_over_story(head: str, by: str) -> Article:
    articles = _parse(_CLOSED + f"{head}\n{by}\n" + _STORY)
    return next(a for a in articles if a.dateline)


@pytest.mark.parametrize(
    ("head", "by"),
    [
        # the rest is one word
        ("RIVER TOWN CUT OFF", "BY ICEBERGS"),
        # a small word inside it
        ("RIVER TOWN CUT OFF", "BY GORGE OF ICE"),
        # the line above ends on a participle that wants its agent
        ("CASHIER SHOT", "BY DESPERADO GANG"),
        ("MILL IS TAKEN OVER", "BY EASTERN TRUST"),
        # every word is printed in small letters on the page, or an adjective of place
        ("DEMAND MADE FOR SHIP", "BY BRITISH ENVOY"),
        ("JOINT STRIKE VOTE", "BY MILL HANDS"),
        # a possessive, a firm
        ("TOWN NEARLY LOST", "BY MAYOR'S ORDER"),
        ("MILL CHANGES HANDS", "BY SALE TO ACME CO."),
    ],
)
def test_a_capitals_by_line_naming_no_one_goes_on_with_its_head(head: str, by: str) -> None:
    story = _head_over_story(head, by)
    assert story.headline == f"{head} {by}"
    assert story.byline is None


@pytest.mark.parametrize(
    ("head", "by"),
    [
        # a person's name: initials or a name's title, even under a participle
        ("TARIFF PLAN OPPOSED", "BY H. L. MENCKEN"),
        ("LECTURE GIVEN", "BY DR. JANE ROE"),
        # words the page never prints small ("wood" it does, "henry" not)
        ("WHY WE MUST ARM", "BY JOHN SMITH"),
        ("WHY WE MUST ARM", "BY HENRY WOOD"),
        ("DEMAND MADE FOR SHIP", "BY CARL HENRY ROEBLING."),
        # an agency's credit
        ("FLOOD REPORTED", "BY ASSOCIATED PRESS"),
    ],
)
def test_a_capitals_byline_under_a_head_stays_the_byline(head: str, by: str) -> None:
    story = _head_over_story(head, by)
    assert story.headline == head
    assert story.byline == by


def test_a_by_line_set_apart_from_the_head_is_not_taken() -> None:
    # (a blank line between: the head is closed)
    articles = _parse(_CLOSED + "RIVER TOWN CUT OFF\n\nBY ICEBERGS\n" + _STORY)
    assert not any(a.headline and "ICEBERGS" in a.headline for a in articles)


def test_a_mixed_case_byline_is_not_asked() -> None:
    story = _head_over_story("RIVER TOWN CUT OFF", "By Iceberg Smith")
    assert story.headline == "RIVER TOWN CUT OFF"
    assert story.byline == "By Iceberg Smith"
