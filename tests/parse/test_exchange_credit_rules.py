"""Reprint credits on 1916 country pages are bylines (branch ``exchange31``).

A country weekly of 1916 reprints items from other papers and credits each with the paper's
name: on a line of its own at the item's foot ("—Stites Enterprise.", "Gainesville Sun."), in
brackets under its head ("(Mt. Olivet Tribune-Democrat.)"), or run into its last line after
the last sentence ("… white heat. Miami Herald, Feb. 12."). Each is the item's byline and ends
it. A head shaped the same way ("Breaks World Record.": words the page prints in small letters
too), a sentence ending on a paper's or a town's name, and a deck's wrapped line stay what
they were. "(Herald Special Service.)", a paper's own wire, is a wire credit, and so is a
wire's credit OCR garbled one letter in four ("Internat ion:l N Servicer").
"""

from __future__ import annotations

import pytest

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_byline_line,
    names_service_garbled,
    newspaper_credit_words,
    trailing_signature,
)

#: A first item, so that the items tested stand under prose, below the page's first lines
#: (masthead.NAME_LINES: a line there shaped as a paper's name is read as the masthead's).
_ITEM_ABOVE = (
    "FARMERS MEET AT GRANGE HALL\n"
    "The farmers of the valley met at the\n"
    "grange hall on Saturday afternoon to\n"
    "talk over the building of a new road\n"
    "to the railway station at Millbrook.\n"
    "A committee was named to see the\n"
    "county board about the matter, and\n"
    "it will report at the next meeting.\n"
    "The road would save the farmers of\n"
    "the upper valley a long haul over\n"
    "the hill with their grain and stock,\n"
    "and the county would pay for half\n"
    "of the cost of the grading of it.\n"
    "Mr. John Hale was made chairman.\n"
)
#: An item after the items tested (a page's last lines may be read as its foot).
_ITEM_BELOW = (
    "CHURCH SUPPER\n"
    "The ladies of the church will give a\n"
    "supper in the basement on Thursday\n"
    "evening and all are invited to come.\n"
)

#: Lines shaped as a paper's credit (each names a place or a person).
_CREDITS = [
    "—Stites Enterprise.",
    "(Mt. Olivet Tribunc-Democrnt.)",
    "Miami Herald, Feb. 12.",
    "The Florida Metropolis.",
    "Gainesville Sun.",
    "Florida Times-Union.",
    "-Churchs Ferry Sun.",
    "Ralls County Record.",
]

#: Lines that are no paper's credit by their shape alone.
_NOT_CREDITS = [
    "The Herald.",  # no place or person named
    "Largest Navy In World.",  # a head's small word in capitals
    "Good News.",  # a head's common word
    "Mr. Smith's Record.",  # a possessive
    "Emmett Patton, Register.",  # an officer's signature
    "Wilson Here Three Times.",  # a crosshead's small word
    "ISy United Press.",  # a wire's credit, "By" garbled
    "Turk Evacuation Reported.",  # a word's past, one letter from "Reporter"
    "Herald",  # no stop
    "(Graham Daily News.",  # a bracket left open
    "The Stites Enterprise has a new press and will print more pages.",
]


@pytest.mark.parametrize("text", _CREDITS)
def test_a_paper_name_is_a_credit(text: str) -> None:
    words = newspaper_credit_words(text)
    assert words


@pytest.mark.parametrize("text", _NOT_CREDITS)
def test_a_near_paper_name_is_no_credit(text: str) -> None:
    assert newspaper_credit_words(text) is None


def test_a_credit_alone_at_an_items_foot_is_its_byline() -> None:
    page = _ITEM_ABOVE + (
        "AGED WOMAN DIES\n"
        "Mrs. Martha Olsen, who came to the\n"
        "prairie with her husband in a wagon,\n"
        "died at her home on Tuesday night.\n"
        "She leaves four sons and a daughter.\n"
        "—Stites Enterprise.\n"
        "WHEAT PRICES RISE\n"
        "The price of wheat rose five cents\n"
        "at the elevator this week and the\n"
        "farmers are hauling their grain.\n"
    )
    articles = parse_page_text(page).articles
    died = next(article for article in articles if article.headline == "AGED WOMAN DIES")
    assert died.byline == "—Stites Enterprise."
    assert died.paragraphs[-1].endswith("a daughter.")
    wheat = next(article for article in articles if article.headline == "WHEAT PRICES RISE")
    assert wheat.byline is None


def test_a_mixed_case_credit_over_a_mixed_case_head_stays_off_the_head() -> None:
    page = _ITEM_ABOVE + (
        "Bank Robbers Caught\n"
        "The two men who robbed the bank at\n"
        "Fairview last week were caught in a\n"
        "barn near the county line by the\n"
        "sheriff and his deputies on Monday.\n"
        "Gainesville Sun.\n"
        "Start Saving for College\n"
        "Do you know a boy or a girl who\n"
        "would like to go to the college at\n"
        "the capital? Begin to save for it.\n"
    )
    articles = parse_page_text(page).articles
    robbers = next(article for article in articles if article.headline == "Bank Robbers Caught")
    assert robbers.byline == "Gainesville Sun."
    assert any(article.headline == "Start Saving for College" for article in articles)


def test_a_bracketed_credit_under_a_head_is_the_byline() -> None:
    assert is_byline_line("(Mt. Olivet Tribunc-Democrnt.)")
    page = _ITEM_ABOVE + (
        "LOST ANOTHER HORSE.\n"
        "(Mt. Olivet Tribunc-Democrnt.)\n"
        "Troubles follow thick and fast for\n"
        "Mr. Amos Kent, who lost his third\n"
        "work horse this winter on Sunday.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.headline == "LOST ANOTHER HORSE."
    assert story.byline == "(Mt. Olivet Tribunc-Democrnt.)"
    assert story.paragraphs[0].startswith("Troubles follow")


def test_a_papers_special_service_is_a_wire_credit() -> None:
    assert is_byline_line("(Herald Special Service.)")
    page = _ITEM_ABOVE + (
        "REGENTS TAKE NO ACTION\n"
        "(Herald Special Service.)\n"
        "Fargo, N. D., Feb. 28.—The board of\n"
        "regents took no action this morning\n"
        "on the president of the college.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.byline == "(Herald Special Service.)"
    assert story.dateline is not None and story.dateline.startswith("Fargo")


def test_a_credit_run_into_the_last_line_is_the_byline() -> None:
    page = _ITEM_ABOVE + (
        "SENATOR VISITS THE CITY\n"
        "The senator spoke at the court house\n"
        "last night to a large crowd and left\n"
        "on the early train for the south. His\n"
        "campaign is now getting to white\n"
        "heat. Miami Herald, Feb. 12.\n"
    )
    story = parse_page_text(page).articles[-1]
    assert story.byline == "Miami Herald, Feb. 12."
    assert story.paragraphs[-1].endswith("getting to white heat.")


def test_a_credit_broken_over_the_last_two_lines_is_the_byline() -> None:
    assert trailing_signature("this is essential.—Denison Bulletin.") == "—Denison Bulletin."
    page = (
        _ITEM_ABOVE
        + (
            "GOOD SEED CORN\n"
            "Every farmer should test his seed\n"
            "corn before planting it this spring,\n"
            "for good seed is essential.—Denison\n"
            "Bulletin.\n"
        )
        + _ITEM_BELOW
    )
    story = parse_page_text(page).articles[1]
    assert story.byline == "—Denison Bulletin."
    assert story.paragraphs[-1].endswith("seed is essential.")


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("to please the colonel.- Chicago Daily News.", "- Chicago Daily News."),
        ("called on Mrs. Hayes.White Pine News.", "White Pine News."),
    ],
)
def test_a_run_in_credit_after_a_hyphen_or_a_lost_space(text: str, credit: str) -> None:
    assert trailing_signature(text) == credit


def test_a_sentence_ending_on_a_town_keeps_its_words() -> None:
    assert trailing_signature("The steamer was taken to Newport News.") is None
    page = (
        _ITEM_ABOVE
        + (
            "PRIZE SHIP IN PORT\n"
            "The captured liner was brought in\n"
            "by a prize crew and anchored off\n"
            "Newport News.\n"
        )
        + _ITEM_BELOW
    )
    story = parse_page_text(page).articles[1]
    assert story.byline is None
    assert story.paragraphs[-1].endswith("anchored off Newport News.")
    # set apart from the sentence it ends (a blank line between): no credit under open prose
    apart = page.replace("anchored off\nNewport News.\n", "anchored off\n\nNewport News.\n\n")
    assert all(article.byline is None for article in parse_page_text(apart).articles)


def test_a_head_shaped_as_a_paper_stays_a_head() -> None:
    page = (
        _ITEM_ABOVE
        + (
            "TRACK MEET HELD\n"
            "The boys of the high school team broke\n"
            "the world record for a relay race and\n"
            "the record will be sent to the state.\n"
            "Breaks World Record.\n"
            "Young Tom Harris, who breaks colts\n"
            "for the livery, ran the mile in record\n"
            "time at the fair grounds on Friday.\n"
        )
        + _ITEM_BELOW
    )
    articles = parse_page_text(page).articles
    assert any(article.headline == "Breaks World Record." for article in articles)
    assert all(article.byline is None for article in articles)


def test_a_decks_wrapped_line_naming_a_town_stays_in_the_deck() -> None:
    page = (
        _ITEM_ABOVE
        + (
            "RAIDER IN PORT\n"
            "German Cruiser Brings Captured Ship to\n"
            "Newport News.\n"
            "The German raider brought the liner\n"
            "into port this morning under a prize\n"
            "crew of twenty men from the cruiser.\n"
        )
        + _ITEM_BELOW
    )
    story = parse_page_text(page).articles[1]
    assert story.byline is None
    assert story.subheadline is not None and "Newport News." in story.subheadline


def test_a_column_label_shaped_as_a_paper_stays_a_head() -> None:
    page = (
        _ITEM_ABOVE
        + (
            "East End News.\n"
            "Mr. Ole Berg of the east end drove\n"
            "to town on Monday with a load of\n"
            "wood, and went home at the end of\n"
            "the day with flour for the winter.\n"
        )
        + _ITEM_BELOW
    )
    articles = parse_page_text(page).articles
    assert articles[0].byline is None
    assert any(article.headline == "East End News." for article in articles)


def test_a_bracketed_credit_under_prose_stays_in_the_text() -> None:
    # (under a head a bracketed credit is the byline; under prose it may sit under a deck read
    # as a paragraph, and taking it would cut the head from its story)
    page = (
        _ITEM_ABOVE
        + "(Harlan Enterprise.)\n"
        + "The new bank at Harlan opened its\n"
        + "doors on Monday to a long line of\n"
        + "depositors from all over the county.\n"
        + _ITEM_BELOW
    )
    articles = parse_page_text(page).articles
    assert all(article.byline is None for article in articles)
    assert any("(Harlan Enterprise.)" in paragraph for paragraph in articles[0].paragraphs)


#: Wire credits OCR garbled past one edit in five letters, within one in four (branch
#: exchange31 widened credits16's bound), and heads that stay heads under the wider bound.
_GARBLED_ONE_IN_FOUR = ["Internat ion:l N Servicer", "Inteniatituial New Service:"]
_HEADS_NEAR_A_SERVICE = ["UNITED PRESSING", "International Harvester", "Associated Charities"]


@pytest.mark.parametrize("text", _GARBLED_ONE_IN_FOUR)
def test_a_credit_garbled_one_letter_in_four_is_a_credit(text: str) -> None:
    assert names_service_garbled(text)
    assert is_byline_line(text)


@pytest.mark.parametrize("text", _HEADS_NEAR_A_SERVICE)
def test_a_head_near_a_service_stays_a_head_under_the_wider_bound(text: str) -> None:
    assert not names_service_garbled(text)


def test_items_under_a_credit_are_local_items_of_their_own() -> None:
    # (the head-less items under a reprint's credit are a weekly's local items: each its own,
    # and none takes a head from afar)
    page = (
        _ITEM_ABOVE
        + (
            "AGED WOMAN DIES\n"
            "Mrs. Martha Olsen, who came to the\n"
            "prairie with her husband in a wagon,\n"
            "died at her home on Tuesday night.\n"
            "She leaves four sons and a daughter.\n"
            "Stites Enterprise.\n"
            "Ole Berg came down from Swamp River\n"
            "on Monday for a few days' visit.\n"
            "Mrs. Jane Hale visited her sister at\n"
            "Millbrook the past week.\n"
            "Norman Johnson came in from the\n"
            "Reservation on Saturday, en route\n"
            "for Duluth, with the furs he trapped.\n"
        )
        + _ITEM_BELOW
    )
    articles = parse_page_text(page).articles
    assert articles[1].byline == "Stites Enterprise."
    items = articles[2:5]
    assert [article.paragraphs[0][:12] for article in items] == [
        "Ole Berg cam",
        "Mrs. Jane Ha",
        "Norman Johns",
    ]
    assert all(len(article.paragraphs) == 1 and article.headline is None for article in items)
