"""A line of prose left as a body-less teaser on 1916 pages (issue 9, branch prose38).

A local item's or a story's first line passes the title test by its capitalised names ("Dr.
Amos Pelham, member for Stone" over "Creek, suffered burns …"); when no story takes it as its
head (its words echo another lead of the page better), it stood alone as a teaser with no text,
and the item under it lost the start of its sentence. Such a line that reads as running prose
(it closes nothing and ends on a comma, a name's title, a broken word, a small word, or holds a
word in small letters no headline sets so) over a head-less item that goes on in small letters
opens that item again; a line under an item whose last paragraph is left open (waiting for its
next word, or the line opening in small letters) ends that paragraph, and a paragraph waiting
so takes the line before the item under it. A head or a deck in title case, a line that closes
its sentence, a line over a deck's line and a line apart from an open paragraph stay as they
were. The pages are set as Chronicling America prints
them: unindented lines, no blank line.
"""

from __future__ import annotations

from reader.model import Article, ArticleKind
from reader.parse import parse_page_text
from reader.parse.assemble import (
    Body,
    Title,
    _line_runs_on_as_prose,
    _prose_lines_into_headless,
    _prose_lines_into_story_above,
)

#: A story that has ended, its last sentence closed, over the line the tests try.
_ABOVE = [
    "Officers Missing.",
    "Walter Brand, member of the house for",
    "Lake County, is reported missing.",
    "It was stated last night that Fred",
    "Harlow, the chief clerk, was safe!",
]


def _parse(line: str, *under: str, echo: str) -> list[Article]:
    """The page: the story above, ``line``, the item ``under`` it, and a later story whose
    lead repeats ``echo`` (so no story takes ``line`` as its head)."""
    later = [
        "Clerk Badly Scorched.",
        "The mayor, who was in the building,",
        f"escaped safely, but {echo}",
        "was burned about the head and hands.",
    ]
    return list(parse_page_text("\n".join([*_ABOVE, line, *under, *later]) + "\n").articles)


def _holding(articles: list[Article], words: str) -> Article:
    return next(a for a in articles if words in " ".join([a.headline or "", *a.paragraphs]))


def test_a_line_cut_at_a_name_opens_the_item_under_it() -> None:
    articles = _parse(
        "Dr. Amos Pelham, member for Stone",
        "Creek, suffered burns about the hands.",
        "The mayor escaped without injury.",
        echo="Dr. Amos Pelham, member for Stone Creek,",
    )
    item = _holding(articles, "Amos Pelham, member for Stone")
    assert item.kind != ArticleKind.TEASER
    assert item.headline is None
    assert item.paragraphs[0].startswith("Dr. Amos Pelham, member for Stone Creek, suffered")
    assert not any(a.kind == ArticleKind.TEASER for a in articles)


def test_a_line_over_a_sentence_going_on_in_small_letters_opens_it() -> None:
    articles = _parse(
        "Mr. R. T. Mallory and family",
        "visited at Mr. Ed. Baird's on Sun",
        "day, returning home on Monday.",
        echo="Mr. R. T. Mallory and family",
    )
    item = _holding(articles, "Mallory and family")
    assert item.headline is None
    assert item.paragraphs[0].startswith("Mr. R. T. Mallory and family visited at Mr. Ed.")
    assert not any(a.kind == ArticleKind.TEASER for a in articles)


def test_a_title_case_head_with_a_comma_stays() -> None:
    # A comma in a head of title case that names no one by an initial or a title: no prose.
    articles = _parse(
        "Brand, Harlow and Pelham Are Safe",
        "The ministers said in a note handed to",
        "the mayor at noon on Monday evening.",
        echo="Brand, Harlow and Pelham Are Safe",
    )
    teaser = _holding(articles, "Pelham Are Safe")
    assert teaser.kind == ArticleKind.TEASER
    assert _holding(articles, "ministers said").paragraphs[0].startswith("The ministers said")


def test_a_line_over_a_deck_in_title_case_stays() -> None:
    # The item under the line opens in title case: a deck's line, not a sentence going on.
    articles = _parse(
        "Dr. Amos Pelham, member for Stone",
        "Creek Burned About Hands and Face;",
        "the mayor escaped without injury.",
        echo="Dr. Amos Pelham, member for Stone Creek,",
    )
    teaser = _holding(articles, "member for Stone")
    assert teaser.kind == ArticleKind.TEASER
    assert _holding(articles, "Burned About").paragraphs[0].startswith("Creek Burned About")


def test_prose_shapes_of_a_lone_line() -> None:
    # The line's own shapes, read against a sentence going on in small letters under it.
    below = "the ship for the mill company will be started"
    words = frozenset({"the", "ship", "for", "mill", "company", "will", "started"})
    assert _line_runs_on_as_prose("Laying of the keel of the first ves-", below, words)
    assert _line_runs_on_as_prose("Guests were Mr. and Mrs. Ames,", below, words)
    assert _line_runs_on_as_prose("10. Mesdames Ann Holt and Mrs.", below, words)
    # Closed, or closed before a speck OCR left after the stop, or a head's title case.
    assert not _line_runs_on_as_prose("Mrs. Dow was a native of Ohio.", below, words)
    assert not _line_runs_on_as_prose("Brand, Holt and W. W. Lowe. n", below, words)
    assert not _line_runs_on_as_prose("Canada Doubles Guards at Mills", below, words)


def _above_and_line(last: str, line: str, gap: int = 1) -> list[Body | Title]:
    """An item whose last paragraph ends on line 4, and a lone one-line title ``gap`` lines
    under it, as the assembly holds them before the lone teasers are set aside."""
    above = Body(["Services at the Baptist church were much enjoyed.", last], first=1, last=4)
    above.lines = [1, 2, 3, 4]
    return [above, Title(line, "mixed", 4 + gap, 4 + gap, lines=[4 + gap])]


def test_a_line_closing_the_open_sentence_above_ends_it() -> None:
    items = _above_and_line("Rev. T. R. Sayles was assisted by", "Rev. C. B. Holt of Monroe.")
    kept, _ = _prose_lines_into_story_above(items, frozenset())
    assert len(kept) == 1
    assert kept[0].paragraphs[-1] == "Rev. T. R. Sayles was assisted by Rev. C. B. Holt of Monroe."
    # A word broken at the line's end: the line opens on its end in small letters.
    items = _above_and_line("Mrs. Mary Goodwin of William", "ston and Mrs. W. A. Clark of Laurens.")
    kept, _ = _prose_lines_into_story_above(items, frozenset({"williamston"}))
    assert (
        kept[0].paragraphs[-1].endswith("Goodwin of Williamston and Mrs. W. A. Clark of Laurens.")
    )


def test_a_head_under_a_closed_or_far_paragraph_stays() -> None:
    # The paragraph above closes: the line is a head of its own.
    items = _above_and_line("Rev. T. R. Sayles preached.", "Rev. C. B. Holt of Monroe.")
    assert len(_prose_lines_into_story_above(items, frozenset())[0]) == 2
    # A head in title case naming no one by an initial, under a sentence left open.
    items = _above_and_line("The pastor was assisted by", "Visiting Pastor From Monroe")
    assert len(_prose_lines_into_story_above(items, frozenset())[0]) == 2
    # The line stands apart from the paragraph, past TOUCHING_LINES.
    items = _above_and_line("Rev. T. R. Sayles was assisted by", "Rev. C. B. Holt of Monroe.", 4)
    assert len(_prose_lines_into_story_above(items, frozenset())[0]) == 2


def test_a_line_under_a_name_left_waiting_goes_above_not_under() -> None:
    # The paragraph above ends on a name's initial: the line goes on it, though the item
    # under it goes on in small letters too.
    items = _above_and_line("The attorney said that W.", "F. Boyle, deputy commissioner,")
    under = Body(["and two inspectors were held for trial."], first=6, last=6)
    under.lines = [6]
    items.append(under)
    kept, _ = _prose_lines_into_headless(items, frozenset())
    kept, _ = _prose_lines_into_story_above(kept, frozenset())
    assert len(kept) == 2
    assert kept[0].paragraphs[-1] == "The attorney said that W. F. Boyle, deputy commissioner,"
    assert kept[1].paragraphs == ["and two inspectors were held for trial."]
