"""The paper's name and date read from a page's furniture as OCR garbles them (branch
``masthead19``, issue 9 "What fails" item 9): ``masthead.masthead_facts``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.parse.masthead import masthead_facts
from tests.conftest import bare_page_issue

_DATE_LINE = "SOUTH BEND, INDIANA, MONDAY, FEBRUARY 7, 1916."


@pytest.mark.parametrize(
    "slogan",
    [
        "WITH ALL THE LOCAL NEWS.",
        "AN INDEPENDENT PROGRESSIVE JOURNAL",
        "Prints All Official County News",
        "A Weekly Review",
        "IN NEXT SUNDAY'S SUN",
    ],
)
def test_a_motto_or_slogan_is_no_name(slogan: str) -> None:
    assert masthead_facts([slogan, _DATE_LINE]) == (None, "1916-02-07")


def test_a_noun_alone_is_no_name() -> None:
    assert masthead_facts(["HERALD", "HERALD", _DATE_LINE]) == (None, "1916-02-07")
    assert masthead_facts(["THE WEATHER.", "Bee"]) == (None, None)
    assert masthead_facts(["R", "INDEPENDENT"]) == (None, None)
    assert masthead_facts(["S HERALD"]) == (None, None)


def test_a_name_printed_over_two_lines_is_joined() -> None:
    assert masthead_facts(["AMARILLO DaILY", "NEWS", "PRICE FIVE CENTS"])[0] == (
        "AMARILLO DaILY NEWS"
    )
    assert masthead_facts(["Kentucky", "American"])[0] == "Kentucky American"
    assert masthead_facts(["ST. JOHNS HERALD", "AND APACHE NEWS"])[0] == (
        "ST. JOHNS HERALD AND APACHE NEWS"
    )
    assert masthead_facts(["CORPUS CHRISTI CALLER", "AND DAILY HERALD"])[0] == (
        "CORPUS CHRISTI CALLER AND DAILY HERALD"
    )
    # a name whole on its line keeps its place ("The Sun" stays "The Sun")
    assert masthead_facts(["NEW YORK", "The Sun"])[0] == "The Sun"


def test_a_name_with_its_noun_garbled_is_read() -> None:
    assert masthead_facts(["r", "The Guthrie Daily Leadcr"])[0] == "The Guthrie Daily Leader"
    assert masthead_facts(["THE BARRE-- DAILY TIME"])[0] == "THE BARRE DAILY TIMES"
    assert masthead_facts(["THE ROCK ISLAND ARGUS. OH"])[0] == "THE ROCK ISLAND ARGUS"
    # a head is no garbled name, nor a noun two edits away
    assert masthead_facts(["FIRE DESTROYS HOME"])[0] is None
    assert masthead_facts(["The Daily Lender"])[0] == "The Daily Leader"
    assert masthead_facts(["The Daily Loafer"])[0] is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("BRIDGEPORT, CONN., WEDNESDAY, FEB. 2, 1916", "1916-02-02"),
        ("DAKOTA CITY, NEBRASKA, THURSDAY, FEBRUARY 3, 191G.", "1916-02-03"),
        ("HOOD RIVER, OREGON, THURSDAY, FEBRUARY 3, 191 C", "1916-02-03"),
        ("SUMTER, S. C., WEDNESDAY, FEBR?AKY 2, 1916. Vol. XLI. No. 48.", "1916-02-02"),
        ("HENDERSONVILLE, N. C., THURSDAY; FEBUARY 3. 1916", "1916-02-03"),
        ("TUESDAY. FEBRUARY l, 1916. -FOURTEEN PAGES", "1916-02-01"),
    ],
)
def test_a_garbled_masthead_date_is_read(line: str, date: str) -> None:
    assert masthead_facts([line]) == (None, date)


@pytest.mark.parametrize(
    "line",
    [
        "MONDAY, FEB. 2, 1916",  # 2 February 1916 was a Wednesday
        "Sunday morning, Jan 23, 1916,",  # a sentence's date
        "ESTABLISHED SEP'T 17, 1870.",  # the founding
        "Houston, Miss., Feb. 25, IOIG.",  # 1016: no paper's year
        "WALHALLA, SOUTH CAROLINA, WEDNESDAY, JANUARY 12, 1010.",
        "HENDERSONVILLE, N. C., THURSDAY; FEBUARY 3. ISIS",
        "CHICAGO, REMEMBER 5, 1916",  # a misspelt month only beside a weekday
    ],
)
def test_no_date_is_guessed(line: str) -> None:
    assert masthead_facts([line]) == (None, None)


def test_an_exact_date_anywhere_wins_over_a_garbled_one() -> None:
    lines = ["BRIDGEPORT, CONN., TUESDAY, FEB. 1, 1916", "WEDNESDAY, FEBRUARY 2, 1916"]
    assert masthead_facts(lines) == (None, "1916-02-02")


def test_a_bare_page_names_its_issue_from_the_garbled_masthead(tmp_path: Path) -> None:
    issue = bare_page_issue(
        tmp_path,
        "AMARILLO DaILY\nNEWS\nVOL. 7, NO. 88.\nAMARILLO, TEXAS, FRIDAY, FEB. 11, 1916.\n\n"
        "COUNCIL VOTES NEW BRIDGE\n\nThe council voted last night to build the bridge over "
        "the river at Main street, the mayor said.\n",
    )
    assert (issue.newspaper, issue.date) == ("AMARILLO DaILY NEWS", "1916-02-11")
