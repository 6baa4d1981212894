"""A dispatch's dateline read as its only title, and so as its headline, on 1916 pages (issue 9,
branch heads40).

A 1916 daily sets a dispatch's place and day on a line of its own over the text, with no dash
("DALLAS. Tex. Feb. 7." / "Four men were hurt …"), or OCR ends the dateline's line with the
story's first words ("Dallas, Tex., Feb. 7. Four" / "men were hurt …"). When the story's
printed head went elsewhere, that line was left as the story's only title and read as its
headline. It is the story's dateline; the words after it open the first paragraph, and the
story has no head, unless the head it lost stands right over the dateline: a head-only brief
(its titles, and its one short paragraph as a deck, a credit or a scrap) or the last short
paragraph, in title case or capitals, of the story above; that is its head again. A list's
dated entry, an event's day and a table under a dated line stay as they were. The pages are
set as Chronicling America prints them: unindented lines, no blank line.
"""

from __future__ import annotations

import textwrap

import pytest

from reader.model import ContinuationLink
from reader.parse import parse_page_text
from reader.parse.assemble import (
    Body,
    Title,
    _lone_dateline_opening,
    _lone_datelines_as_openings,
)

#: A story that has ended, its last sentence closed, over the lines the tests try (below the
#: page's first lines, where a masthead's place and date stand).
_ABOVE = [
    "RIVER BRIDGE OPENED.",
    *textwrap.wrap(
        "The new bridge over the river at the foot of Main street was opened to traffic on "
        "Saturday, the mayor and the council driving across it first, and the band of the "
        "high school playing on the bank while the people of the town and of the country "
        "round about it stood along the road and cheered them as they went across the new "
        "bridge, which took two years to build and cost the county forty thousand dollars "
        "of its road fund, with the help of the state. The county judge spoke for the "
        "court and the mayor for the town, and the engineer who built it was given a gold "
        "watch by the people of the town for his work. The old ferry will run no more.",
        36,
    ),
]


#: A dispatch's first paragraph, as prose.
_PROSE = (
    "men were hurt when a boiler blew up in a mill on the west side of the city this "
    "morning and the fire that followed burned the mill to the ground."
)


def _story(title: str, opening: str = _PROSE, first: int = 30) -> Body:
    """A story whose only title is ``title``, on the line straight over its first line."""
    head = Title(title, "mixed", first, first, lines=[first])
    body = Body([opening], first + 1, first + 3)
    body.lines = [first + 1, first + 2, first + 3]
    body.titles = [head]
    head.body = body
    return body


def test_a_dateline_alone_over_the_text_is_the_dispatchs_dateline_on_a_page() -> None:
    page = "\n".join(
        [
            *_ABOVE,
            "DALLAS. Tex. Feb. 7.",
            "Four men were hurt when a boiler",
            "blew up in a mill on the west side",
            "of the city this morning and the",
            "fire that followed burned the mill.",
        ]
    )
    story = parse_page_text(page + "\n").articles[-1]
    assert story.headline is None
    assert story.dateline == "DALLAS. Tex. Feb. 7."
    assert story.paragraphs[0].startswith("Four men were hurt")


def test_a_dateline_alone_as_the_only_title_becomes_the_dateline() -> None:
    story = _story("SALT LAKE CITY. Feb. 20.", "Four " + _PROSE)
    assert _lone_datelines_as_openings([story], frozenset()) == ([story], 0, [])
    assert story.titles == []
    assert story.dateline == "SALT LAKE CITY. Feb. 20."
    assert story.paragraphs[0].startswith("Four men were hurt")
    assert story.first == 30 and 30 in story.lines


def test_the_words_after_the_dateline_open_the_first_paragraph() -> None:
    story = _story("Dallas, Tex., Feb. 7. Four")
    _lone_datelines_as_openings([story], frozenset())
    assert story.titles == []
    assert story.dateline == "Dallas, Tex., Feb. 7."
    assert story.paragraphs[0].startswith("Four men were hurt when")


@pytest.mark.parametrize(
    "title",
    [
        # an event's day, not a place
        "Evening, February 11",
        # a list's entry: a name's title stands in it
        "Meyer. Mrs Alex. Jan. 17.",
        # the words after the date run on in small letters ("March 3 and 4")
        "Teachers' Examination. March 3 and 4",
        # a table's figures after the date
        "CHICAGO, Feb. 1 May 121",
        # a deck before the dateline keeps its place as the head
        "GROCER IS ROBBED DALLAS, Feb. 7.",
    ],
)
def test_titles_that_are_no_lone_dateline_stay(title: str) -> None:
    story = _story(title, "Four " + _PROSE)
    _lone_datelines_as_openings([story], frozenset())
    assert [t.text for t in story.titles] == [title]
    assert story.dateline is None


def test_a_table_under_a_dated_line_keeps_its_title() -> None:
    story = _story("Great Northern. Feb. 4.", "12 00 14 50 16 25 18 00 11 75 14 25 16 00 17 75")
    _lone_datelines_as_openings([story], frozenset())
    assert [t.text for t in story.titles] == ["Great Northern. Feb. 4."]
    assert story.dateline is None


def test_a_dateline_under_a_head_is_left_to_the_stack_rules() -> None:
    story = _story("DALLAS. Tex. Feb. 7.", "Four " + _PROSE)
    head = Title("BOILER BLOWS UP", "caps", 29, 29, lines=[29])
    story.titles.insert(0, head)
    _lone_datelines_as_openings([story], frozenset())
    assert len(story.titles) == 2
    assert story.dateline is None


def test_a_story_with_a_dateline_keeps_its_title() -> None:
    story = _story("DALLAS. Tex. Feb. 7.", "Four " + _PROSE)
    story.dateline = "WACO, Tex., Feb. 7."
    _lone_datelines_as_openings([story], frozenset())
    assert [t.text for t in story.titles] == ["DALLAS. Tex. Feb. 7."]


def test_a_title_set_apart_from_the_text_keeps_its_place() -> None:
    story = _story("DALLAS. Tex. Feb. 7.", "Four " + _PROSE)
    story.first = 40
    _lone_datelines_as_openings([story], frozenset())
    assert story.dateline is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("LITTLE ROCK. Ark. Feb. 5.", ("LITTLE ROCK. Ark. Feb. 5.", "")),
        ("New York, Feb. 12. The Rainy", ("New York, Feb. 12.", "The Rainy")),
        ("Joseph T. Marshall; 2419 North Twenty-fourth.", None),
    ],
)
def test_lone_dateline_opening(title: str, expected: tuple[str, str] | None) -> None:
    assert _lone_dateline_opening(title) == expected


def _above(paragraphs: list[str], last: int, titles: tuple[str, ...] = ()) -> Body:
    """The item over the story, its last paragraph on line ``last`` (one line)."""
    body = Body(list(paragraphs), last - 3, last)
    body.lines = list(range(last - 3, last + 1))
    body.tail_first = last
    for number, text in enumerate(titles):
        title = Title(text, "caps", last - 6 + number, last - 6 + number, lines=[last - 6 + number])
        title.body = body
        body.titles.append(title)
    return body


def test_a_head_left_as_the_story_aboves_last_paragraph_heads_the_dispatch() -> None:
    above = _above(["The strike went on all day.", "Floods Cause Damage."], 29)
    story = _story("LITTLE ROCK. Ark. Feb. 5.", "Eleven " + _PROSE)
    kept, _hyphens, scraps = _lone_datelines_as_openings([above, story], frozenset())
    assert kept == [above, story] and scraps == []
    assert above.paragraphs == ["The strike went on all day."]
    assert [t.text for t in story.titles] == ["Floods Cause Damage."]
    assert story.dateline == "LITTLE ROCK. Ark. Feb. 5."
    assert 29 not in above.lines and story.first == 29


@pytest.mark.parametrize(
    "last",
    [
        # a story's own last sentence
        "The funeral will be held on Monday.",
        # a table's row
        "Liverpool. 11.16.",
        # a line going on
        "Floods Cause Damage,",
    ],
)
def test_a_story_aboves_last_paragraph_that_is_no_head_stays(last: str) -> None:
    above = _above(["The strike went on all day.", last], 29)
    story = _story("LITTLE ROCK. Ark. Feb. 5.", "Eleven " + _PROSE)
    _lone_datelines_as_openings([above, story], frozenset())
    assert above.paragraphs[-1] == last
    assert story.titles == []
    assert story.dateline == "LITTLE ROCK. Ark. Feb. 5."


def test_a_story_aboves_last_paragraph_set_apart_stays() -> None:
    above = _above(["The strike went on all day.", "Floods Cause Damage."], 25)
    story = _story("LITTLE ROCK. Ark. Feb. 5.", "Eleven " + _PROSE)
    _lone_datelines_as_openings([above, story], frozenset())
    assert above.paragraphs[-1] == "Floods Cause Damage."
    assert story.titles == []


def test_a_head_only_brief_over_the_dateline_gives_its_stack() -> None:
    brief = _above(["Refugees Are Taken Off by Steamers."], 29, ("SITUATION IMPROVES",))
    story = _story("NEW ORLEANS, La. Feb. 21.", "The " + _PROSE)
    kept, _hyphens, scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert kept == [story] and scraps == []
    assert [t.text for t in story.titles] == [
        "SITUATION IMPROVES",
        "Refugees Are Taken Off by Steamers.",
    ]
    assert story.dateline == "NEW ORLEANS, La. Feb. 21."
    assert all(t.body is story for t in story.titles)


def test_a_head_only_briefs_credit_is_the_byline_and_a_scrap_goes_unplaced() -> None:
    brief = _above(["(By Associated Press.)"], 29, ("JURY FREES MAJOR",))
    story = _story("SALT LAKE CITY. Feb. 20.", "The " + _PROSE)
    kept, _hyphens, scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert kept == [story] and story.byline == "(By Associated Press.)"
    assert [t.text for t in story.titles] == ["JURY FREES MAJOR"]
    brief = _above(["1"], 29, ("JURY FREES MAJOR",))
    story = _story("SALT LAKE CITY. Feb. 20.", "The " + _PROSE)
    kept, _hyphens, scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert kept == [story] and scraps == ["1"]
    assert [t.text for t in story.titles] == ["JURY FREES MAJOR"]


def test_a_dated_brief_above_keeps_its_head() -> None:
    brief = _above(["Two men were hurt there today."], 29, ("MILL BURNS",))
    brief.dateline = "WACO, Tex., Feb. 7."
    story = _story("DALLAS. Tex. Feb. 7.", "Four " + _PROSE)
    kept, _hyphens, _scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert kept == [brief, story]
    assert [t.text for t in brief.titles] == ["MILL BURNS"]
    assert story.titles == []


def test_a_head_only_brief_with_a_jump_line_keeps_its_head() -> None:
    """Its jump line would have nowhere to go: the brief stays whole (the review's case)."""
    brief = _above(["Refugees Are Taken Off by Steamers."], 29, ("SITUATION IMPROVES",))
    brief.continued_to = ContinuationLink("to", 4, "(Continued on Page 4)")
    story = _story("LITTLE ROCK. Ark. Feb. 5.", "Eleven " + _PROSE)
    kept, _hyphens, _scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert kept == [brief, story]
    assert brief.continued_to is not None and [t.text for t in brief.titles] == [
        "SITUATION IMPROVES"
    ]


def test_a_head_only_briefs_credit_lines_are_the_storys() -> None:
    """The credit's lines go with its text, as ``Body.take_byline`` takes a byline."""
    brief = _above(["(By Associated Press.)"], 29, ("JURY FREES MAJOR",))
    story = _story("SALT LAKE CITY. Feb. 20.", "The " + _PROSE)
    _lone_datelines_as_openings([brief, story], frozenset())
    assert story.byline_lines == [26, 27, 28, 29]
    assert set(story.byline_lines) <= set(story.lines)


def test_a_credit_does_not_replace_the_storys_own_byline() -> None:
    brief = _above(["(By Associated Press.)"], 29, ("JURY FREES MAJOR",))
    story = _story("SALT LAKE CITY. Feb. 20.", "The " + _PROSE)
    story.byline = "By John Smith."
    kept, _hyphens, _scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert story.byline == "By John Smith."
    assert kept == [story]
    assert [t.text for t in story.titles] == ["JURY FREES MAJOR", "(By Associated Press.)"]


def test_an_item_ending_below_the_dateline_gives_no_head() -> None:
    brief = _above(["Refugees Are Taken Off by Steamers."], 80, ("SITUATION IMPROVES",))
    story = _story("LITTLE ROCK. Ark. Feb. 5.", "Eleven " + _PROSE)
    kept, _hyphens, _scraps = _lone_datelines_as_openings([brief, story], frozenset())
    assert brief in kept and story.titles == []
