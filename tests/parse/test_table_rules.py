"""Tables, market reports, menus and lists on historical English pages (issue 9, parser round
`tables10`): a row is known by its own shape, a run of rows is no stack of headlines, each row
is a paragraph of the item above, and a head under the table still starts a story."""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.assemble import lead_of
from reader.parse.classify import table_row, trailing_signature
from reader.parse.lines import split_lines
from reader.parse.reflow import table_lines


@pytest.mark.parametrize(
    "text",
    [
        "U. S. Steel ............ 82 84",  # dot leaders
        "No. 1, ....... 1.0O",  # a grain grade, its price misread
        "No. 2, . ...................L.O1.",  # a leader run into a figure read as L.O1.
        "Veal, fancy, dressed, per lb.... .14",
        "Andrew Davis 24 9",  # an honour roll: two figures
        "Clyde Overson 30' 3",
        "Canadian Pacific 169 171",
        "Alaska Gold 22 23 '2",
        "Washington 0 C .000",  # a standing: a 6 read as C
        "Cold, Fuel & Iron...... 48H",  # a half read as H
        "Men's Suits to Order $10.00 to $37.00",  # a price list's range
        "Spring Wheat 1.09",  # a price
        "Rye 96@97c",
    ],
)
def test_a_row_by_its_own_shape(text: str) -> None:
    assert table_row(text) == 2


@pytest.mark.parametrize(
    "text",
    [
        "No. 2,",  # a grade whose price OCR lost
        "Wellington Plumb 27 G",  # one figure, the other misread
        "Sports ...... 5",  # a contents box's entry as much as a row
        "GERMANS LOSE 30,000",  # a headline naming one figure
    ],
)
def test_a_row_that_only_a_run_of_rows_makes_one(text: str) -> None:
    assert table_row(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "the ladies of the church 1",  # prose with a column rule read as 1
        "raised it from 10 to 20",
        "ARMY BILL PASSES 210 TO 180",  # a figure inside the label
        "NEW YORK STOCK",
        "Prepared Unprepared",
        "The funeral will be held at the home of the deceased at 2",  # too long for a label
        "Hot CofTee",
    ],
)
def test_no_row(text: str) -> None:
    assert table_row(text) == 0


def _members(text: str) -> list[str]:
    lines = split_lines(text)
    return [line.text for line, member in zip(lines, table_lines(lines), strict=True) if member]


def test_a_run_of_rows_with_its_labels_and_column_heads_is_a_table() -> None:
    text = (
        "The following is a copy of the record for the week:\n"
        "NAME Classes Classes\n"
        "Prepared Unprepared\n"
        "Andrew Davis 24 9\n"
        "Wellington Plumb 27 G\n"
        "Arthur Whiting 28 5\n"
        "SIXTH GRADE\n"
        "NAME Classes Classes\n"
        "Prepared Missed\n"
        "Joseph Christensen 20 3\n"
        "Bates Gibbons 27 6\n"
        "The children did very well this week and the teachers are pleased.\n"
    )
    assert _members(text) == text.splitlines()[1:11]


def test_figures_in_a_headline_or_a_contents_box_make_no_table() -> None:
    # One sure row is no table, nor are page numbers after leaders (a contents box).
    assert not _members("GERMANS LOSE 30,000\nAndrew Davis 24 9\nWAR IN 1916\n")
    assert not _members("Sports ...... 5\nMarkets ...... 7\nComics ...... 9\n")
    # Three rows, one of them sure, are not enough either.
    assert not _members("No. 2,\nNo. 3,\nAndrew Davis 24 9\n")


def test_a_story_under_a_dateline_stops_the_table() -> None:
    text = (
        "Wheat 1.05 1.07\n"
        "Corn 0.75 0.76\n"
        "Oats 0.45 0.46\n"
        "SUGAR JUMPS\n"
        "SAN FRANCISCO, Cal., Feb. 4.\n"
        "Rye 0.95 0.97\n"
        "Barley 0.65 0.66\n"
    )
    assert _members(text) == ["Wheat 1.05 1.07", "Corn 0.75 0.76", "Oats 0.45 0.46"]


MARKET = (
    "GRAIN MARKETS.\n"
    "The prices paid at the elevator this morning were as follows:\n"
    "No. 1, ....... 1.05\n"
    "No. 2, ....... 1.01\n"
    "No. 3, ....... 0.97\n"
    "Spring Wheat.\n"
    "No. 1, ....... 1.09\n"
    "No. 2, ....... 1.04\n"
    "Flax ......... 2.05\n"
    "DISTRICT COURT.\n"
    "The district court will convene on Monday with a long docket of civil cases\n"
    "and two criminal cases to be tried before the jury.\n"
)


def test_a_market_report_keeps_its_rows_one_paragraph_each() -> None:
    market, court = parse_page_text(MARKET).articles
    assert market.headline == "GRAIN MARKETS."
    assert market.paragraphs == (
        "The prices paid at the elevator this morning were as follows:",
        "No. 1, ....... 1.05",
        "No. 2, ....... 1.01",
        "No. 3, ....... 0.97",
        "Spring Wheat.",
        "No. 1, ....... 1.09",
        "No. 2, ....... 1.04",
        "Flax ......... 2.05",
    )
    # The head under the table still starts a story.
    assert court.headline == "DISTRICT COURT."
    assert court.paragraphs[0].startswith("The district court will convene")


def test_a_capitals_head_under_a_table_starts_a_story_whatever_follows() -> None:
    # The column under the table goes on with another story's text in small letters.
    page = parse_page_text(
        "SCHOOL NOTES.\n"
        "The record of the week is as follows:\n"
        "Andrew Davis 24 9\n"
        "Arthur Whiting 28 5\n"
        "Herman Whiting 25 8\n"
        "MORE STREET GRADING\n"
        "present to the parents and friends of the children in my room the\n"
        "operetta entitled The Little Newsboy.\n"
    )
    school, grading = page.articles
    assert school.headline == "SCHOOL NOTES."
    assert school.paragraphs[1:] == (
        "Andrew Davis 24 9",
        "Arthur Whiting 28 5",
        "Herman Whiting 25 8",
    )
    assert grading.headline == "MORE STREET GRADING"


def test_rows_read_as_heads_before_are_one_story_now() -> None:
    page = parse_page_text(
        "NEW YORK STOCK\n"
        "MARKET TODAY\n"
        "Alaska Gold 22 23\n"
        "American Smelter 99 101\n"
        "Atchison 103 104\n"
        "Canadian Pacific 169 171\n"
        "U. S. Steel ............ 82 84\n"
    )
    (story,) = page.articles
    assert story.headline == "NEW YORK STOCK MARKET TODAY"
    assert len(story.paragraphs) == 5
    assert story.subheadline is None


def test_a_menu_under_its_head_is_the_storys_paragraphs() -> None:
    page = parse_page_text(
        "Good Dinner to be Served.\n"
        "MENU\n"
        "Boiled Ham\n"
        "Baked Chicken, with dressing\n"
        "Baked Beans Creamed Corn\n"
        "Salad Pickles\n"
        "Hot Coffee\n"
        "The ladies of the Main Street\n"
        "Presbyterian church will serve\n"
        "dinner at the garage on Monday.\n"
    )
    (story,) = page.articles
    assert story.headline == "Good Dinner to be Served."
    assert story.paragraphs[:6] == (
        "MENU",
        "Boiled Ham",
        "Baked Chicken, with dressing",
        "Baked Beans Creamed Corn",
        "Salad Pickles",
        "Hot Coffee",
    )
    # The prose under the menu is one paragraph: its first line is no item of the menu.
    assert story.paragraphs[6].startswith("The ladies of the Main Street Presbyterian church")


def test_short_lines_under_no_lists_head_are_left_alone() -> None:
    lines = split_lines(
        "ALMER SAYS:\nREITERATE SUGGESTIONS\nYussof Was Murdered\nIn Paris\nToday\n"
    )
    assert not any(table_lines(lines))


def test_a_signature_run_into_the_last_line_is_the_byline_and_ends_the_item() -> None:
    assert trailing_signature("Ask the children for a free ticket. THOS. R. GREER.") == (
        "THOS. R. GREER."
    )
    assert trailing_signature("Sell your old horses and buy young mules. W. T. WILCOX.") == (
        "W. T. WILCOX."
    )
    assert trailing_signature("He went to see Dr. J. SMITH.") is None
    assert trailing_signature("They sailed for the U. S. A.") is None
    page = parse_page_text(
        "SCHOOL NOTES.\n"
        "The pupils will present an operetta on Friday evening at the hall.\n"
        "Ask the children of my room for a free ticket. THOS. R. GREER.\n"
        "The quarterly conference of the Church will convene next Saturday.\n"
    )
    school, conference = page.articles
    assert school.byline == "THOS. R. GREER."
    assert school.paragraphs[-1].endswith("Ask the children of my room for a free ticket.")
    assert conference.paragraphs[0].startswith("The quarterly conference")


def test_a_lead_of_rows_reads_on_past_two_rows() -> None:
    rows = ["Wheat $1.29", "Rye 97c", "Corn 76 77c", "Chicago Markets.", "Wheat $1.30"]
    assert lead_of(rows) == "".join(rows)
    # A story opening on prose keeps the lead of its first two paragraphs.
    prose = ["A short one.", "Another.", "A third paragraph."]
    assert lead_of(prose) == "A short one.Another."


def test_a_label_under_the_head_over_the_first_row_is_no_deck() -> None:
    page = parse_page_text(
        "GRAIN MARKETS.\n"
        "Spring Wheat.\n"
        "No. 1, ....... 1.09\n"
        "No. 2, ....... 1.04\n"
        "No. 3, ....... 0.99\n"
    )
    (market,) = page.articles
    assert market.headline == "GRAIN MARKETS."
    assert market.subheadline is None
    assert market.paragraphs[0] == "Spring Wheat."
    # A deck tells something in more words: it stays the deck.
    page = parse_page_text(
        "GRAIN MARKETS.\n"
        "Wheat Is Higher Today.\n"
        "No. 1, ....... 1.09\n"
        "No. 2, ....... 1.04\n"
        "No. 3, ....... 0.99\n"
    )
    (market,) = page.articles
    assert market.subheadline == "Wheat Is Higher Today."
