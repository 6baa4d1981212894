"""Rules for archive pages read from ALTO, hOCR and their text (issues 9 and 11, parser version
10): masthead furniture as OCR garbles it (a misread date or year of publication, an issue's
number beside a circulation ear, a British price line, the postal notice), a byline in capitals
with OCR slips, a dateline whose dash OCR read as "?", and OCR dirt before a title's first
word; on small pages written for each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Page
from reader.parse import load_issue, parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import is_byline_line, is_furniture, match_dateline
from reader.parse.masthead import is_issue_label, is_masthead_line
from tests.parse.test_alto import alto, block, line

_STORY = [
    "The old mill on Water street burned to the ground last night, and the",
    "firemen who came from three towns could save nothing but the office",
    "books. The loss is put at twelve thousand dollars by the owners.",
]


def _parse(text: str) -> Page:
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added, (lost, added)
    return page


# --- masthead lines as OCR garbles them --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NORTH PLATTE, NEB., FEBRUARY 1; 1916.",  # a semicolon read for the comma
        "RIVERTON, KAN., MARCH 3; 1911",
        "THltlTY-FIRST YEAR.",  # l and t read for I and R
        "TIIIRTY-FIIIST YEAR.",
        "Forty-Second Year",
    ],
)
def test_garbled_masthead_lines_at_the_top(text: str) -> None:
    assert is_masthead_line(text, 2)


@pytest.mark.parametrize(
    "text",
    ["THltlTY-FIRST YEAR.", "NORTH PLATTE, NEB., FEBRUARY 1; 1916."],
)
def test_garbled_masthead_lines_lower_down_are_not(text: str) -> None:
    # Only near the top of the page: lower down a place and a date may be a story's line.
    assert not is_masthead_line(text, 40)


@pytest.mark.parametrize("text", ["LEAP YEAR.", "A WELL-KNOWN YEAR", "Last Year Was Dry"])
def test_a_head_naming_a_year_is_no_year_of_publication(text: str) -> None:
    assert not is_masthead_line(text, 2)


def test_date_line_between_masthead_lines_is_furniture_whatever_its_year() -> None:
    page = _parse(
        "\n".join(
            [
                "THlRTY-FIRST YEAR.",
                "RIVERTON, NEB., MARCH 3. 19l c.",
                "No. 9",
                "MILL BURNS DOWN",
                *_STORY,
            ]
        )
    )
    assert "RIVERTON, NEB., MARCH 3. 19l c." in page.furniture
    assert "THlRTY-FIRST YEAR." in page.furniture
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN"]
    assert page.articles[0].subheadline is None


def test_date_line_not_between_masthead_lines_is_left_alone() -> None:
    page = _parse(
        "\n".join(["MILL BURNS DOWN", "RIVERTON, NEB., MARCH 3. The old mill burned.", *_STORY])
    )
    assert not any("RIVERTON" in line for line in page.furniture)


def test_semicolon_date_under_the_year_is_not_glued_to_the_headline() -> None:
    page = _parse(
        "\n".join(
            [
                "THIRTY-FIRST YEAR.",
                "NORTH PLATTE, NEB., FEBRUARY 1; 1916.",
                "No. 5",
                "MILL BURNS DOWN",
                *_STORY,
            ]
        )
    )
    assert page.articles[0].headline == "MILL BURNS DOWN"
    assert page.articles[0].subheadline is None
    assert "NORTH PLATTE, NEB., FEBRUARY 1; 1916." in page.furniture


# --- an issue's number beside other furniture ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("No. 27,960.", True),
        ("VOL. 11, NO. 44.", True),
        ("No. 27,960. wines", True),  # a word OCR read into it from the next column
        ("No. 27,960. Wines and Spirits", False),
        ("No. 27,960. Wines", False),
        ("No. 5 Main street", False),
    ],
)
def test_issue_labels(text: str, label: bool) -> None:
    assert is_issue_label(text) == label


def _far_down(*lines: str) -> str:
    """Lines set below a story of twelve lines, out of the masthead's reach."""
    filler = ["MILL BURNS DOWN", *(_STORY * 4)]
    return "\n".join([*filler, "", *lines])


def test_issue_number_under_a_circulation_ear_is_furniture_anywhere() -> None:
    page = _parse(
        _far_down("Saturday's Net Circulation, 86,145", "No. 27,960.", "", "STORM DELAYS TRAINS")
        + "\n"
        + "\n".join(_STORY)
    )
    assert "No. 27,960." in page.furniture
    assert all("27,960" not in " ".join(a.paragraphs) for a in page.articles)
    assert all(a.headline != "No. 27,960." for a in page.articles)


def test_issue_number_alone_in_prose_stays_text() -> None:
    page = _parse(_far_down("No. 27,960.", "", "STORM DELAYS TRAINS") + "\n" + "\n".join(_STORY))
    assert "No. 27,960." not in page.furniture


# --- the price and the postal notice -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Price 6d.",
        "No. 1.—Price 8d.",
        "N o• (—Price Bd.]",  # 8 read as B, the issue's number garbled before it
        "PRICE ONE PENNY",
        "Price Sixpence.",
        "Entered as second-class matter",
        "Entered as second-class matter post office, Washington, D. C.",
        "Entered at the Postoffice at Riverton as second-class matter.",
    ],
)
def test_price_and_postal_lines_are_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "The price of wheat rose 3d. a bushel.",
        "Entered the room and sat down by the fire.",
        "Price Is Right For Farmers",
    ],
)
def test_prose_naming_a_price_is_not_furniture(text: str) -> None:
    assert not is_furniture(text)


# --- bylines and datelines -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["BY N. 0. MESSENGER.", "BY S. O. MKSSK>GER.", "BY J. SMITH."])
def test_bylines_in_capitals_with_ocr_slips(text: str) -> None:
    assert is_byline_line(text)


def test_byline_in_capitals_under_decks_is_no_deck() -> None:
    page = _parse(
        "\n".join(
            [
                "ROOT SURE OF LEAGUE PLAN",
                "Confident Senate Will Reach Workable Plan.",
                "BY N. 0. MESSENGER.",
                *_STORY,
            ]
        )
    )
    article = page.articles[0]
    assert article.headline == "ROOT SURE OF LEAGUE PLAN"
    assert article.byline == "BY N. 0. MESSENGER."
    assert "MESSENGER" not in (article.subheadline or "")


def test_dateline_whose_dash_ocr_read_as_a_question_mark() -> None:
    found = match_dateline("BERLIN, November 15.?Former Crown Prince Frederick William is")
    assert found is not None
    assert found.text == "BERLIN, November 15.?"
    assert found.rest.startswith("Former Crown")
    # Spaced, it is the dash still: 57 of the 355 the unseen 1916 pages read so are spaced
    # ("Ixindon, Feb. 1.? The Belgian trawler"; branch histp49). A question opens no line on
    # a place and its day.
    found = match_dateline("BERLIN, November 15.? The former Crown Prince")
    assert found is not None and found.text == "BERLIN, November 15.?"
    assert match_dateline("Was it BERLIN, November 15? Who knows") is None


def test_dateline_with_question_mark_dash_opens_the_body() -> None:
    page = _parse(
        "\n".join(
            [
                "EX-CROWN PRINCE TO LEAVE EXILE",
                "",
                "BERLIN, November 15.?Former Crown Prince Frederick William is",
                "preparing to leave his exile on Wieringen Island and rejoin his",
                "family, a former staff officer said today.",
            ]
        )
    )
    article = page.articles[0]
    assert article.headline == "EX-CROWN PRINCE TO LEAVE EXILE"
    assert article.dateline == "BERLIN, November 15.?"
    assert article.paragraphs[0].startswith("Former Crown Prince")


# --- OCR dirt before a title ---------------------------------------------------------------------


@pytest.mark.parametrize("head", ["_A FEARFUL ADVENTURE.", "__ MILL BURNS DOWN"])
def test_underscore_before_a_headline_is_dirt(head: str) -> None:
    page = _parse("\n".join([head, *_STORY]))
    article = page.articles[0]
    assert article.headline is not None
    assert not article.headline.startswith("_")
    assert article.headline.strip() == head.lstrip("_ ")
    assert any(text.strip("_") == "" for text in page.unplaced)


def test_underscore_inside_a_headline_stays() -> None:
    page = _parse("\n".join(["MILL_BURNS DOWN", *_STORY]))
    assert page.articles[0].headline == "MILL_BURNS DOWN"


# --- the same through ALTO geometry --------------------------------------------------------------


def test_alto_masthead_furniture_by_reading_order(tmp_path: Path) -> None:
    """The paper's name and a price line among the first lines in reading order are the
    masthead's, as in plain text; an issue number under a circulation ear lower down is too."""
    body = [line(400 + 50 * i, text.split()) for i, text in enumerate(_STORY * 4)]
    lower = 400 + 50 * len(body) + 100
    path = tmp_path / "page.alto.xml"
    path.write_bytes(
        alto(
            block("b0", line(100, ["THE", "RIVERTON", "MONITOR."], style="BIG"))
            + block("b1", line(200, ["N", "o.", "4.—Price", "8d."]))
            + block("b2", line(300, ["MILL", "BURNS", "DOWN"], style="BIG"), *body)
            + block(
                "b3",
                line(lower, ["Saturday's", "Net", "Circulation,", "86,145"]),
                line(lower + 50, ["No.", "27,960."]),
            )
        )
    )
    page = load_issue(path).pages[0]
    assert "THE RIVERTON MONITOR." in page.furniture
    assert "N o. 4.—Price 8d." in page.furniture
    assert "No. 27,960." in page.furniture
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN"]


# --- decks and crossheads ------------------------------------------------------------------------


def test_deck_whose_first_line_alone_was_a_title_is_one_deck() -> None:
    page = _parse(
        "\n".join(
            [
                "ROOT SURE OF LEAGUE PLAN",
                "",
                "Confident Senate Will Reach",
                "Workable Plan for As-",
                "sociation of Nations.",
                "",
                "SENATORS UNANIMOUS",
                "",
                *_STORY,
            ]
        )
    )
    article = page.articles[0]
    assert article.headline == "ROOT SURE OF LEAGUE PLAN"
    assert article.subheadline == (
        "Confident Senate Will Reach Workable Plan for Association of Nations.\nSENATORS UNANIMOUS"
    )
    assert len(page.articles) == 1


def test_title_over_a_story_paragraph_is_not_joined_to_it() -> None:
    # The paragraph under the mixed-case title runs on into the story's text: no deck.
    page = _parse("\n".join(["ROOT SURE OF LEAGUE PLAN", "", "Senate Will Reach", *_STORY]))
    assert all("burned" not in (a.subheadline or "") for a in page.articles)
    assert any("burned" in " ".join(a.paragraphs) for a in page.articles)


_MAIL_STORY = [
    "The federation of citizens' associations has been invited by",
    "the postmaster to a tour of inspection of the building next",
    "week, and the chairmen of its committees will attend. The",
    "Chamber of Commerce, the Board of Trade and other bodies will",
    "in turn be asked to hold a meeting in the building, where a",
    "room will be provided for them by the postmaster.",
    "",
    "The visitors may come between six o'clock and midnight, and learn",
    "how letters and parcels are sorted by the clerks, for it is",
    "then that the flow of mail in and out of the city is at its heaviest:",
]


def test_crosshead_under_a_paragraph_ending_on_a_colon_is_folded() -> None:
    """OCR often reads a stop as a colon: the story above a crosshead still ends there."""
    page = _parse(
        "\n".join(
            [
                # (a paper's name alone among the first lines is furniture: "Great Flow of
                # Mail." is set lower down, as a crosshead is)
                *["", "FILLER STORY HERE", *_STORY] * 3,
                "",
                "CITIZENS INVITED TO POST OFFICE",
                "",
                *_MAIL_STORY,
                "",
                "Great Flow of Mail.",
                "",
                "The post office last year handled two hundred million",
                "letters and postal cards, and in addition to this great",
                "flow of mail there were parcels going both ways.",
            ]
        )
    )
    article = page.articles[-1]
    assert article.headline == "CITIZENS INVITED TO POST OFFICE"
    assert "Great Flow of Mail." in article.paragraphs
    assert article.paragraphs[-1].startswith("The post office last year")


# --- a masthead broken over a narrow column's lines ----------------------------------------------


def _broken_masthead_page(*middle: str) -> Page:
    return _parse(
        _far_down(
            "Net Circulation, 88,226",
            "",
            "Entered as second-class matter",
            *middle,
            "1920—THIRTY-SIX PAGES.",
            "",
            "STORM DELAYS TRAINS",
        )
        + "\n"
        + "\n".join(_STORY)
    )


def test_masthead_date_broken_over_short_lines_between_furniture_is_furniture() -> None:
    middle = ["", "WASHINGTON,", "", "D. C, MONDAY, NO", "", "VEMBER 15,", ""]
    page = _broken_masthead_page(*middle)
    assert {"WASHINGTON,", "D. C, MONDAY, NO", "VEMBER 15,"} <= set(page.furniture)
    assert [a.headline for a in page.articles][-1] == "STORM DELAYS TRAINS"
    assert all("MONDAY" not in (a.headline or "") for a in page.articles)


def test_short_lines_naming_no_weekday_between_furniture_stay_text() -> None:
    page = _broken_masthead_page("", "MILL BURNS DOWN", "", "Loss Is Heavy.", "")
    assert "MILL BURNS DOWN" not in page.furniture


def test_prose_naming_a_weekday_between_furniture_stays_text() -> None:
    page = _broken_masthead_page("", "The mill burned on Monday", "night and the loss is", "")
    assert "The mill burned on Monday" not in page.furniture
