"""A paragraph's last line whose stop OCR lost (issue 9, branch paras34): in a justified column
every line of a paragraph is set full but its last, so on a page found not modern a line set
well short between two full ones, closing on a whole word with no stop ("… in an option
campaign" over "Secretary Harlow reported that the …"), ends its paragraph. Verse, name lists,
a title before its name, crossheads in title case, lines cut short inside a sentence, narrow
columns, run-on words and modern pages are left alone. The pages are set as Chronicling America
prints them: unindented lines, no blank line."""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import parse_page_text

#: A full line of the paragraph above the short one.
_FULL_ABOVE = "members of the league will help the"
#: The next paragraph's first line and the lines under it.
_NEXT = [
    "Secretary Harlow reported that the",
    "letter to the representative had been",
    "sent on Tuesday and was answered.",
]


def _page(*lines: str) -> Page:
    return parse_page_text("\n".join(lines) + "\n")


def _story(*body: str) -> list[str]:
    page = _page(
        "LEAGUE PLANS A CAMPAIGN",
        "The meeting of the Temperance League",
        "was held in the church parlors on the",
        "evening of Monday and a large crowd",
        *body,
    )
    return [p for article in page.articles for p in article.paragraphs]


def test_a_short_line_with_no_stop_between_full_ones_ends_its_paragraph() -> None:
    paragraphs = _story(_FULL_ABOVE, "in an option campaign", *_NEXT)
    assert paragraphs[-1].startswith("Secretary Harlow reported")
    assert paragraphs[-2].endswith("in an option campaign")


def test_a_place_alone_on_the_last_line_ends_its_paragraph() -> None:
    paragraphs = _story("creamery of the farmers at Thief River", "Falls", *_NEXT)
    assert paragraphs[-1].startswith("Secretary Harlow reported")


@pytest.mark.parametrize(
    ("short", "after"),
    [
        # a word no phrase ends on: the sentence runs on
        ("in an option of the", _NEXT),
        # a sentence opened on the short line: cut short by a picture or a column's edge
        ("noon. But it is the law", _NEXT),
        # a line in title case: a crosshead run into the paragraph
        ("Our Roll of Honor", _NEXT),
        # a title a name follows: the name runs on
        ("to hear from President", ["Wilson speak to the members of the", *_NEXT[1:]]),
        # a word in capitals: a head's line run into the text
        ("a talk by MISS MITCHELL", _NEXT),
        # a name list: a capitalised word and its comma runs the list on
        (
            "A Jester, Dempsey, Frank",
            ["Koors, W Bailey, Harry Koors, and the", *_NEXT[1:]],
        ),
        # the next line is short too (verse, a list): not a paragraph's first line
        ("in an option campaign", ["Secretary Harlow spoke", *_NEXT[1:]]),
        # a line nearly full is a justified line's
        ("county and all the others in campaign", _NEXT),
        # the next line opens in small letters
        ("in an option campaign", ["secretary Harlow reported that the", *_NEXT[1:]]),
        # verse printed run-in: its next line opens on a word a verse's line opens on
        ("over the fields of home", ["And the long day ends where the hills", *_NEXT[1:]]),
        ("over the fields of home", ["“Or the long day ends where the hills", *_NEXT[1:]]),
        ("over the fields of home", ["Nor the long day ends where the hills", *_NEXT[1:]]),
        ("over the fields of home", ["Upon the long day ends where the hill", *_NEXT[1:]]),
    ],
)
def test_near_misses_run_on(short: str, after: list[str]) -> None:
    paragraphs = _story(_FULL_ABOVE, short, *after)
    assert not any(p.startswith(after[0]) for p in paragraphs)


def test_a_name_opening_as_a_verse_word_does_still_ends_the_paragraph() -> None:
    # (the verse openings are whole words: "Andrews" is a name, not "And")
    paragraphs = _story(
        _FULL_ABOVE, "in an option campaign", "Andrews reported that the meeting", *_NEXT[1:]
    )
    assert paragraphs[-1].startswith("Andrews reported")


def test_a_short_line_under_a_short_one_runs_on() -> None:
    paragraphs = _story("the league will", "in an option campaign", *_NEXT)
    assert not any(p.startswith("Secretary Harlow") for p in paragraphs)


def test_a_narrow_column_is_left_alone() -> None:
    page = _page(
        "LEAGUE MEETS",
        "The meeting of the League",
        "was held in the church",
        "Monday with Fletcher and",
        "Williams, Jones and",
        "Harlow and Jones sent by",
        "Williams, last",
        "Saturday night down in",
        "the mill quarters where",
        "it met with them.",
    )
    paragraphs = [p for article in page.articles for p in article.paragraphs]
    assert not any(p.startswith("Saturday night") for p in paragraphs)
