"""A quotation opening under a full line that ends a sentence opens a paragraph (issue 9,
branch histp49).

A 1916 report sets each quoted speech of an interview, the question and its answer, as a
paragraph of its own; OCR loses the indent, and when the paragraph above ended on a full line
nothing in the line lengths tells the break ("… as I view it." / "\\"Are you hearing much on
the"). A double opening quote set against a capital opens the paragraph on a page found not
modern. Near misses run on: a line ending on no stop or a comma ("… he said," / "\\"We …"),
a single quote, which OCR reads from a column rule, and a quote opening on a small letter.
The pages are set as Chronicling America prints them: unindented lines, no blank line.
"""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

#: A story's first lines (our own words), each about as wide as the column.
_HEAD = [
    "GOVERNOR TALKS OF ROADS",
    "Ex-Governor Ward was in the city",
    "yesterday on his way to the coast",
    "and talked freely of the campaign,",
    "which he said is going very well for",
    "every candidate in the county this",
]
#: The story's last lines.
_TAIL = [
    "the new road to the county seat is",
    "built, he said, the farmers of this",
    "whole section will be well served.",
]


def _story(*middle: str) -> Article:
    text = "\n".join([*_HEAD, *middle, *_TAIL]) + "\n"
    (story,) = [a for a in parse_page_text(text).articles if a.headline]
    return story


def _opens_paragraph(story: Article, words: str) -> bool:
    return any(p.startswith(words) for p in story.paragraphs)


def test_a_quotation_under_a_full_line_ending_a_sentence_opens_a_paragraph() -> None:
    story = _story(
        "year, as far as I can see and learn.",
        '"Are you hearing much of the roads',
        'in your travels?" he was asked. When',
    )
    assert _opens_paragraph(story, '"Are you hearing')


def test_a_quotation_under_a_full_line_closing_a_quotation_opens_a_paragraph() -> None:
    story = _story(
        'year, as far as I can see it," he said.',
        '"The roads are the first question of',
        "the farmers of the county, and when",
    )
    assert _opens_paragraph(story, '"The roads are')


def test_a_quotation_under_a_line_ending_on_a_comma_runs_on() -> None:
    story = _story(
        "year, as far as I can see, he said,",
        '"And the roads are the first question',
        "of the farmers of the county. When",
    )
    assert not _opens_paragraph(story, '"And the roads')


def test_a_single_quote_at_a_line_start_runs_on() -> None:
    story = _story(
        "year, as far as I can see and learn.",
        "'Roads are the first question of the",
        "farmers of the county, and when once",
    )
    assert not _opens_paragraph(story, "'Roads are")


def test_a_quotation_opening_on_a_small_letter_runs_on() -> None:
    story = _story(
        "year, as far as I can see and learn.",
        '"good roads" are the first question',
        "of the farmers of the county. When",
    )
    assert not _opens_paragraph(story, '"good roads"')
