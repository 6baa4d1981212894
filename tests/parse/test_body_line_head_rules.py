"""A body line read as a head on 1916 pages (issue 9, branch spurhead35): a local item's first
line passes the title test by its capitalised names ("Mr. and Mrs. … vis", "… of Red Oak"),
and the line under it, names again, passes it too though it opens in small letters; so the
first line was made the item's head. When the sentence visibly runs on from line to line into
the prose under it (a line opening in small letters, a line ending on a comma, a list of names
ending on "and"), the lines are the item's first lines: the item keeps its place but no head.
A printed head — title case wrapped on a small word over prose that opens a new sentence, a
head over a deck that closes — stays. The pages are set as Chronicling
America prints them: unindented lines, no blank line."""

from __future__ import annotations

from reader.model import Article
from reader.parse import parse_page_text

#: A headed story that has ended: what the items below follow.
_STORY = [
    "BRIDGE OPENED SATURDAY",
    "The county commissioners opened the",
    "new steel bridge over the river on",
    "Saturday afternoon before a crowd.",
]


def _parse(*lines: str) -> list[Article]:
    return list(parse_page_text("\n".join([*_STORY, *lines]) + "\n").articles)


def _holding(articles: list[Article], words: str) -> Article:
    return next(a for a in articles if words in " ".join([a.headline or "", *a.paragraphs]))


def test_a_visit_broken_over_three_lines_is_no_head() -> None:
    articles = _parse(
        "Mr. and Mrs. Amos Tolliver vis",
        "ited Mr. and Mrs. Peter Grange",
        "who is very ill at his home.",
    )
    item = _holding(articles, "Amos Tolliver")
    assert item.headline is None
    assert item.paragraphs[0].startswith("Mr. and Mrs. Amos Tolliver vis")
    assert "Peter Grange who is very ill" in item.paragraphs[0]
    # The item stays an item of its own: the story above keeps its head and its text only.
    assert articles[0].headline == "BRIDGE OPENED SATURDAY"
    assert "Tolliver" not in " ".join(articles[0].paragraphs)


def test_a_wedding_opening_on_two_names_is_no_head() -> None:
    articles = _parse(
        "Harold P. Winslow of Red Oak",
        "and Miss Edna Carrow of Ham",
        "lin were married Tuesday at the",
        "home of the bride's parents.",
    )
    item = _holding(articles, "Harold P. Winslow")
    assert item.headline is None
    assert item.paragraphs[0].startswith("Harold P. Winslow of Red Oak and Miss Edna Carrow")


def test_a_list_of_names_run_over_commas_is_no_head() -> None:
    articles = _parse(
        "Mr. and Mrs. Otto Brandt, the",
        "Misses Clara and Ida Voss,",
        "Paul Voss, Misses Anna and",
        "Rosa Hehn, Carl Hehn, Mr. and",
        "Mrs. Emil Kurz attended the dance",
        "here on Tuesday evening.",
    )
    item = _holding(articles, "Otto Brandt")
    assert item.headline is None
    assert item.paragraphs[0].startswith("Mr. and Mrs. Otto Brandt, the Misses Clara and Ida")


def test_a_title_case_head_over_a_new_sentence_stays() -> None:
    # Wrapped on a small word, but the prose under it opens a sentence of its own.
    articles = _parse(
        "Farmers Hold Meeting",
        "on Good Roads",
        "The farmers of the county met at",
        "the court house on Monday to talk",
        "of the roads to be built this year.",
    )
    item = _holding(articles, "Farmers Hold")
    assert item.headline is not None
    assert item.headline.startswith("Farmers Hold Meeting")


def test_a_head_over_a_deck_that_closes_stays() -> None:
    articles = _parse(
        "Fireman John Kelly Slated",
        "for Transfer, According to Report.",
        "the chief of the department said",
        "yesterday that no order was made.",
    )
    item = _holding(articles, "John Kelly")
    assert item.headline is not None
    assert item.headline.startswith("Fireman John Kelly Slated")


def test_a_head_wrapped_on_a_small_word_over_a_new_sentence_stays() -> None:
    # The head's second line opens small, but the prose under it opens a sentence of its own.
    articles = _parse(
        "Council Votes Bonds",
        "for New School House",
        "The city council voted on Monday",
        "to issue bonds for the new school.",
    )
    item = _holding(articles, "Council Votes")
    assert item.headline == "Council Votes Bonds for New School House"
