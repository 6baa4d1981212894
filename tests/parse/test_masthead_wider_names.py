"""Papers named by a noun a head uses as often ("FARMER", "EPITAPH", "NEWS-TIMES"), read from
the furniture and the page's first heads (branch ``masthead20``, issue 9 "What fails" item 9):
``masthead.masthead_facts``'s ``heads`` and ``issue.page_masthead_facts``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.parse.masthead import masthead_facts, paper_name
from tests.conftest import bare_page_issue

_DATE_LINE = "PENDLETON, OREGON, FRIDAY, FEBRUARY 4, 1916."


@pytest.mark.parametrize(
    ("furniture", "name"),
    [
        (["The Commoner", _DATE_LINE], "The Commoner"),
        (["THE DONALDSONVILLE CHIEF.", _DATE_LINE], "THE DONALDSONVILLE CHIEF"),
        (["SOUTH BEND NEWS-TIMES"], "SOUTH BEND NEWS-TIMES"),
        # a people's name ends a nameplate in the furniture
        (["UNIVERSITY MISSOURIAN", "EIGHTH YEAR"], "UNIVERSITY MISSOURIAN"),
        # a date line opening on the name: what stands before the place
        (["DAILY EAST OREGONIAN, " + _DATE_LINE], "DAILY EAST OREGONIAN"),
        # (as OCR printed it: the tool compares names within OCR's slips)
        (
            ["DAILY EAST ORECONIAN, PENDLETON, OREGON, MONDAY, FEBRUARY 14, 1916."],
            "DAILY EAST ORECONIAN",
        ),
    ],
)
def test_furniture_names_a_paper_by_a_wider_noun(furniture: list[str], name: str) -> None:
    assert masthead_facts(furniture)[0] == name


def test_the_wider_nouns_do_not_make_a_line_furniture() -> None:
    # paper_name, which decides furniture and so the articles, is unchanged
    assert paper_name("THE TOMBSTONE EPITAPH") is None
    assert paper_name("AGED FARMER") is None


def test_a_first_head_in_capitals_names_the_paper() -> None:
    assert masthead_facts([], ["THE TOMBSTONE EPITAPH"]) == ("THE TOMBSTONE EPITAPH", None)
    assert masthead_facts([], ["TEDS DEMING GRAPHIC"])[0] == "TEDS DEMING GRAPHIC"
    # the furniture's name wins over a head's
    assert masthead_facts(["THE RIVERTON GAZETTE"], ["THE TOMBSTONE EPITAPH"])[0] == (
        "THE RIVERTON GAZETTE"
    )


@pytest.mark.parametrize(
    "head",
    [
        "Richmond Times-Dispatch",  # title case: a head quoting another paper
        "DEAD ITALIAN",  # no people's name in a head
        "OFFICIAL NEWSPAPER",  # no paper noun
        "ADAMS A VISITOR",  # a phrase
        "FARMER",  # a noun alone
        "HOME EDITION CHAMPION",  # a masthead's other word
        "WITH THE FARMER",  # a slogan's opener
    ],
)
def test_a_head_that_is_no_nameplate_names_nothing(head: str) -> None:
    assert masthead_facts([], [head]) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "and Advertiser.",  # a name's second line alone
        "NOTED PHYSICIAN",  # an occupation's -CIAN, not a place's people
        "The Echo has a",  # a sentence
        "A Wide-Awake Home Newspaper-Published Every Saturday",
    ],
)
def test_furniture_that_is_no_name_names_nothing(line: str) -> None:
    assert masthead_facts([line])[0] is None


def test_a_bare_page_names_its_issue_from_its_first_head(tmp_path: Path) -> None:
    issue = bare_page_issue(
        tmp_path,
        "THE TOMBSTONE EPITAPH\n\nPublished every Saturday evening, with all the news of the "
        "week, local and general.\n\nCOUNCIL VOTES NEW BRIDGE\n\nThe council voted last night "
        "to build the bridge over the river at Main street, the mayor said.\n",
    )
    assert issue.newspaper == "THE TOMBSTONE EPITAPH"
