"""Where a 1916 story ends (issue 9, branch hists47).

A capitals head closed by its stop under a column the OCR cut in the middle of a sentence
("… has taken part in many ski tournaments" / "SCHOOL OPENS MONDAY." / "The Malta public
school …") heads a story of its own: the sentence above goes on elsewhere on the page. Near
misses keep a phrase in capitals that ends a sentence of the prose: after a word that waits for
it ("… watch her" / "DELIVER ON THE SPOT."), a line opening in small letters or title case
("… a sign, which" / "reads PERMANENT GOOD ROADS."), a phrase of one word, a name's
abbreviation. The pages are set as Chronicling America prints them: unindented lines, no blank
line."""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parse import parse_page_text

#: A story whose last sentence the OCR cut at a column's foot.
_CUT_STORY = [
    "SKI MEET AT HAVRE",
    "Sigrud Hansen, of the Model cafe,",
    "expects to take part in the ski",
    "tournament at Havre Sunday after",
    "noon. Eleven other men are entered",
    "for the honors. Mr. Hansen holds a",
    "record of 161 feet, and has taken",
    "part in many ski tournaments",
]
#: The story under the capitals line.
_UNDER = [
    "The Malta public school will open",
    "again Monday morning, Feb. 14th.",
    "Plenty of coal has been received and",
    "paths are being made through the",
    "deep snow to the new building.",
]


def _articles(*lines: str) -> list[Article]:
    return list(parse_page_text("\n".join(lines) + "\n").articles)


def _holding(articles: list[Article], words: str) -> Article:
    (article,) = [a for a in articles if any(words in p for p in a.paragraphs)]
    return article


def test_capitals_head_under_a_cut_sentence_heads_its_own_story() -> None:
    articles = _articles(*_CUT_STORY, "SCHOOL OPENS MONDAY.", *_UNDER)
    school = _holding(articles, "public school")
    assert school.headline == "SCHOOL OPENS MONDAY."
    assert "ski tournaments" not in " ".join(school.paragraphs)
    assert _holding(articles, "ski tournaments").headline == "SKI MEET AT HAVRE"


def test_two_word_capitals_head_under_a_cut_sentence() -> None:
    articles = _articles(*_CUT_STORY, "MUSICAL EVENT.", *_UNDER)
    assert _holding(articles, "public school").headline == "MUSICAL EVENT."


def test_garbled_capitals_head_under_a_cut_sentence() -> None:
    articles = _articles(*_CUT_STORY, "DR. ANGELL'S SIGHT FAILS.", *_UNDER)
    assert _holding(articles, "public school").headline == "DR. ANGELL'S SIGHT FAILS."


@pytest.mark.parametrize(
    ("last_line", "phrase"),
    [
        # a word that waits for the phrase (RUN_ON_WORDS)
        ("part in many ski meets for the", "FIRST NATIONAL BANK."),
        ("now going after the goods watch her", "DELIVER ON THE SPOT."),
        # a line opening in small letters or title case
        ("part in many ski meets, which", "reads PERMANENT GOOD ROADS."),
        ("part in meets reaching a total", "Of SIXTY MILES RUN."),
        # one word, a name's abbreviation
        ("part in many ski tournaments", "ADJOURNED."),
        ("part in many ski tournaments", "JONES AND SMITH CO."),
    ],
)
def test_a_capitals_phrase_ending_the_sentence_stays_in_it(last_line: str, phrase: str) -> None:
    articles = _articles(*_CUT_STORY[:-1], last_line, phrase, *_UNDER)
    assert phrase not in [article.headline for article in articles]


def test_a_closed_line_above_was_never_asked() -> None:
    # (the head after a closed sentence was a head before the rule too)
    articles = _articles(
        *_CUT_STORY[:-1], "part in many ski tournaments.", "SCHOOL OPENS MONDAY.", *_UNDER
    )
    assert _holding(articles, "public school").headline == "SCHOOL OPENS MONDAY."


#: A story the OCR cut in the middle of a word at a column's foot.
_CUT_WORD_STORY = [
    "PASTOR CALLED TO NEW CHURCH",
    "The Rev. John Moore, who has been",
    "pastor of the Methodist church here",
    "for three years, has been called to",
    "Tulsa. He was born in Texas and",
    "joined the church in his youth. Up",
    "to this time his schooling had been",
    "neglected, but he told his brother",
    "that he must now seek an educa-",
]
#: A dated dispatch.
_DISPATCH = [
    "Washington, Feb. 28.—Germany has",
    "instructed Count von Bernstorff to",
    "inform the United States government",
    "that armed merchant ships will be",
    "treated as warships after March 1.",
]


def test_a_stopped_head_over_a_dated_dispatch_heads_it() -> None:
    articles = _articles(*_CUT_WORD_STORY, "Armed Vessels Attack Germans.", *_DISPATCH)
    dispatch = _holding(articles, "Bernstorff")
    assert dispatch.headline == "Armed Vessels Attack Germans."
    assert "educa" not in " ".join(dispatch.paragraphs)


def test_a_decks_last_line_over_a_dispatch_stays_in_its_deck() -> None:
    articles = _articles(
        "GERMANS PRESS ON",
        "AT VERDUN FRONT",
        "Paris Reports German Offensive",
        "Crumbling Along 25-mile Front",
        "Near Verdun.",
        *_DISPATCH,
    )
    dispatch = _holding(articles, "Bernstorff")
    assert dispatch.headline is not None and dispatch.headline.startswith("GERMANS PRESS ON")
    assert "Near Verdun." not in [article.headline for article in articles]


def _paragraphs(*body: str) -> list[str]:
    articles = _articles(
        "STEAMER SINKS OFF DOVER",
        "The steamer Maloja of the Peninsular",
        "line struck a mine off Dover on Sunday",
        "and sank within half an hour. The",
        *body,
    )
    return [p for article in articles for p in article.paragraphs]


#: The next paragraph's first line and the lines under it.
_NEXT_PARAGRAPH = [
    "plight of the vessel was observed and",
    "dozens of craft went at full speed to",
    "her rescue from the harbor at Dover.",
]


def test_a_short_line_whose_stop_ocr_read_as_a_comma_ends_its_paragraph() -> None:
    paragraphs = _paragraphs(
        "engine room was swamped and the ship",
        "became unmanageable,",
        "The " + _NEXT_PARAGRAPH[0],
        *_NEXT_PARAGRAPH[1:],
    )
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("unmanageable,")


@pytest.mark.parametrize(
    "next_line",
    [
        # a name after the comma goes on the sentence (a list of names)
        "Frank " + _NEXT_PARAGRAPH[0],
        # a word in small letters
        "and " + _NEXT_PARAGRAPH[0],
    ],
)
def test_a_comma_before_a_name_or_a_small_word_runs_on(next_line: str) -> None:
    paragraphs = _paragraphs(
        "engine room was swamped and the ship",
        "became unmanageable,",
        next_line,
        *_NEXT_PARAGRAPH[1:],
    )
    assert len(paragraphs) == 1


def test_verse_run_in_keeps_its_comma_lines_together() -> None:
    paragraphs = _paragraphs(
        "crew sang a hymn. You're going to put",
        "A raw-hide brake upon all your words",
        "On all profanity,",
        "The " + _NEXT_PARAGRAPH[0],
        *_NEXT_PARAGRAPH[1:],
    )
    assert len(paragraphs) == 1
