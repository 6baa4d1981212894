"""A printed rule OCR read at a head line's edge is not the head's (branch ``geom24``, issue 9).

Box rules and column rules come out of OCR as bars, tildes and underscores at a line's edges:
Tesseract's hOCR of the Evening Star of 1920 headed a story ``| WEATHER.`` and its digest's
teasers ``|Gen. E. M. Weaver dies.``; 1916 plain text has ``DISREGARDS THREAT | OF MAMS`` (the
second line's bar). A run of ``|``, ``¦``, ``~`` or ``_`` set apart by a space at a title line's
start or end, a title line of nothing else, and bars glued to a word in title case leave the
title for the page's unplaced text, so nothing is lost. A bar glued to a small letter or a
capital (``|t``, ``|N``: OCR's ``It``, ``IN``) and marks inside a line stay.
"""

from __future__ import annotations

import pytest

from reader.model import Article, Page
from reader.parse import load_issue, parse_page_text
from reader.parse.audit import lost_and_added
from tests.conftest import corpus_file

_ABOVE = (
    "The meeting closed at ten o'clock\n"
    "after a long and friendly debate\n"
    "between the two parties present.\n\n"
)

_STORY = (
    "Fair tonight and tomorrow, the weather\n"
    "bureau said this morning, with a gentle\n"
    "wind from the west and colder by night.\n"
)


def _parse(head: str) -> tuple[Page, Article]:
    text = _ABOVE + head + _STORY
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added, (lost, added)
    (article,) = [a for a in page.articles if any("weather" in p for p in a.paragraphs)]
    return page, article


@pytest.mark.parametrize(
    ("head", "headline", "marks"),
    [
        ("| WEATHER.\n", "WEATHER.", ["|"]),
        ("RAIN AND SNOW TONIGHT |\n", "RAIN AND SNOW TONIGHT", ["|"]),
        ("|| RAIN TONIGHT ||\n", "RAIN TONIGHT", ["||", "||"]),
        ("COLDER WEATHER\nCOMING TONIGHT ¦\n", "COLDER WEATHER COMING TONIGHT", ["¦"]),
        ("~ COLDER BY NIGHT\n", "COLDER BY NIGHT", ["~"]),
        # (the second line's bar of a head wrapped over two lines)
        ("DISREGARDS THREAT\n| OF FROST\n", "DISREGARDS THREAT OF FROST", ["|"]),
        # (a bar glued to a word in title case)
        ("|Fair Weather Ahead.\n", "Fair Weather Ahead.", ["|"]),
        # (a run of underscores a rule left after the head's words)
        ("FAIR WEATHER AHEAD ____\n", "FAIR WEATHER AHEAD", ["____"]),
    ],
)
def test_a_rules_marks_at_a_head_lines_edge_go_to_the_unplaced_text(
    head: str, headline: str, marks: list[str]
) -> None:
    page, article = _parse(head)
    assert article.headline == headline
    for mark in marks:
        assert mark in page.unplaced


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # A bar glued to a capital or a small letter is OCR's "I" or "l": it stays.
        ("|N THE WEATHER BUREAU\n", "|N THE WEATHER BUREAU"),
        # Marks inside a line are not at its edge.
        ("RAIN ~ AND SNOW\n", "RAIN ~ AND SNOW"),
    ],
)
def test_marks_that_may_be_letters_or_sit_inside_a_line_stay(head: str, headline: str) -> None:
    _page, article = _parse(head)
    assert article.headline == headline


@pytest.mark.corpus
@pytest.mark.parametrize(
    "relative",
    [
        "hocr/chronam-eveningstar-1920-11-15-p1.tesseract.hocr",
        "hocr/chronam-eveningstar-1920-11-15-p1.tesseract.alto.xml",
    ],
)
def test_tesseracts_heads_of_the_1920_page_carry_no_rule_marks(relative: str) -> None:
    page = load_issue(corpus_file(relative)).pages[0]
    heads = [a.headline for a in page.articles if a.headline]
    assert "WEATHER." in heads
    assert "Gen. E. M. Weaver dies." in heads
    assert "EX-CROWNPRINCE ABOUT TO LEAVE HIS ISLAND EXILE" in heads
    edges = [h for h in heads if h[:1] in "|¦~_" or h[-1:] in "|¦~_" or " | " in h]
    assert not edges, edges
