"""A Scottish regional weekly's house style (the lead's round 45, from own-en-uk-weekly, an
e-paper annotated blind): a byline with a small "by" alone under the head, over the story or
the reporter's office; a "Pic:" credit run into a caption; an INSIDE THIS WEEK box; a masthead
strip parted by bullets naming the issue; a DEATHS column's notice. Each byline rule asks a
modern head above it (the gate); a 1916 column's line opening on "by" runs on from prose. The
snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_box_header,
    is_small_by_byline,
    may_open_modern_story,
    office_under_by_line,
    opens_as_notice,
    split_closing_credit,
)
from reader.parse.masthead import is_issue_label


def _epaper(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_small_by_and_a_name() -> None:
    assert is_small_by_byline("by Fiona MacLeod")
    assert is_small_by_byline("by Callum Reid")
    assert not is_small_by_byline("by the council")
    assert not is_small_by_byline("by John Smith and his brother")
    assert not is_small_by_byline("By Callum Reid")  # (a capital "By" is the other rule's)
    assert may_open_modern_story("by Callum Reid")


def test_a_small_by_byline_under_a_modern_head() -> None:
    page = parse_page_text(
        _epaper(
            "The Strathallan Courier",
            "Thursday, December 10, 2026 • £1.40",
            "Serving Perthshire since 1857 • Issue 8,812",
            "EXCLUSIVE",
            "Village school saved",
            "after parents' campaign",
            "by Fiona MacLeod",
            "Chief Reporter",
            "Glenfarg Primary School will stay",
            "open after councillors voted to",
            "scrap plans to close it.",
            "Road closed for three weeks as",
            "bridge is repaired",
            "by Callum Reid",
            "The A9 slip road at Broxden will",
            "close from Monday for repairs.",
        )
    )
    school, road = page.articles
    assert (school.kicker, school.headline) == (
        "EXCLUSIVE",
        "Village school saved after parents' campaign",
    )
    assert " ".join(school.byline.split()) == "by Fiona MacLeod Chief Reporter"
    assert road.headline == "Road closed for three weeks as bridge is repaired"
    assert road.byline == "by Callum Reid"
    assert "Serving Perthshire since 1857 • Issue 8,812" in page.furniture


def test_a_1916_line_opening_on_by_runs_on() -> None:
    page = parse_page_text(
        "THE NEW MILL.\n"
        "The mill on the river was bought\n"
        "by John Smith\n"
        "and his brother last week for the\n"
        "sum of ten thousand dollars.\n"
    )
    assert all(article.byline != "by John Smith" for article in page.articles)


def test_the_office_under_a_small_by() -> None:
    assert office_under_by_line("by Fiona MacLeod", "Chief Reporter")
    assert not office_under_by_line("Fiona MacLeod", "Chief Reporter")


def test_a_pic_credit_run_into_a_caption() -> None:
    found = split_closing_credit("outside the school on Wednesday. Pic: Graeme Hart")
    assert found == ("outside the school on Wednesday.", "Pic: Graeme Hart")
    assert split_closing_credit("the picnic on Wednesday. Pickles were served") is None


def test_inside_this_week_and_the_issue_strip() -> None:
    assert is_box_header("INSIDE THIS WEEK")
    assert is_issue_label("Serving Perthshire since 1857 • Issue 8,812")
    assert is_issue_label("Issue 8,812")
    assert not is_issue_label("Serving Perthshire since 1857 • Family owned")


def test_a_family_notices_column_is_a_notice() -> None:
    assert opens_as_notice("FAMILY NOTICES", "STEWART, Margaret (Peggy), peacefully at Perth")
    # (a 1916 paper's DEATHS and BIRTHS columns are its own news of the town: stories)
    assert not opens_as_notice("DEATHS.", "Mr Sam Tsui died Monday morning at his home")
    assert not opens_as_notice("BIRTHS.", "Dr. Jefferson reports the birth of a girl")
