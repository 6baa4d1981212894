"""A US small-city daily's house style as a PDF text layer gives it (the lead's round 44, from
own-en-us-community, annotated blind): skybox puffs of one line closed by their section's page
("Holiday gift guide, C1"), a photo credit naming whose photo it is ("STAFF PHOTO BY …"), a
brief's head over an opening whose names read as title case, and a weather ear at the foot of
the page. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_credit
from reader.parse.formats.text import _weather_ear_lines
from reader.parse.lines import split_lines
from reader.parse.reflow import lettered_puff


def _page(*lines: str) -> str:
    """A page as a PDF's text layer gives it: single-spaced, no blank lines."""
    return "\n".join(lines) + "\n"


MASTHEAD = (
    "The Prairie Sentinel",
    "Serving Clay County since 1889",
    "Saturday, December 5, 2026 | Vol. 137, No. 339 | $1.50",
)


def test_a_puff_of_one_line_closed_by_its_sections_page() -> None:
    puff = lettered_puff(["Lady Hawks roll past Belmont, B1"])
    assert puff is not None
    kicker, head, size, page, marker = puff
    assert (kicker, head, size, page, marker) == (
        None,
        "Lady Hawks roll past Belmont",
        1,
        1,
        ", B1",
    )
    # A section's name before the page, a jump line, a short or capitals line: none.
    assert lettered_puff(["Tigers rally past Liberty, Sports, B1"]) is None
    assert lettered_puff(["Please see WATER, A6"]) is None
    assert lettered_puff(["Gift guide, C1"]) is None
    assert lettered_puff(["SMITH AND JONES, A1"]) is None


def test_skybox_puffs_of_one_line_are_teasers_over_the_lead() -> None:
    page = parse_page_text(
        _page(
            *MASTHEAD,
            "Lady Hawks roll past Belmont, B1",
            "Holiday gift guide, C1",
            "County puts jail tax",
            "on April ballot",
            "By MEGAN SORENSEN",
            "Clay County commissioners voted",
            "4-1 on Friday to put a half-cent",
            "sales tax on the April ballot.",
        )
    )
    first, second, lead = page.articles
    assert (first.kind, first.headline) == ("teaser", "Lady Hawks roll past Belmont")
    assert first.continued_to is not None and first.continued_to.page == 1
    assert (second.kind, second.headline) == ("teaser", "Holiday gift guide")
    assert lead.headline == "County puts jail tax on April ballot"
    assert lead.byline == "By MEGAN SORENSEN"


def test_a_photo_credit_may_name_whose_photo_it_is() -> None:
    assert is_credit("STAFF PHOTO BY LUIS ORTEGA")
    assert is_credit("Staff photo by Ann Lee")
    assert is_credit("File photo: Jim Baker")
    assert is_credit("Contributed photo / Clay County Fair")
    assert not is_credit("The photo by the lake was taken")


def test_a_briefs_head_over_an_opening_of_names_heads_it() -> None:
    page = parse_page_text(
        _page(
            *MASTHEAD,
            "Library to stay open later",
            "By JOSH KRAMER",
            "The Spencer Public Library will",
            "stay open until 8 p.m. on",
            "weeknights starting in January.",
            "Weekend hours will not change.",
            "Fair board meets Tuesday",
            "The Clay County Fair Board will",
            "meet at 7 p.m. Tuesday at the",
            "fairgrounds office.",
        )
    )
    story, brief = page.articles
    assert story.paragraphs[-1].endswith("Weekend hours will not change.")
    assert brief.headline == "Fair board meets Tuesday"
    assert brief.paragraphs == (
        "The Clay County Fair Board will meet at 7 p.m. Tuesday at the fairgrounds office.",
    )


def test_a_weather_ear_is_its_label_over_readings_and_a_pointer() -> None:
    lines = split_lines(
        _page(
            "Fair board meets Tuesday",
            "TODAY'S WEATHER",
            "Partly sunny, high 34, low 19",
            "Full forecast, A8",
            "WEATHER",
            "Storms close mountain passes as the state braces for more snow.",
        )
    )
    assert _weather_ear_lines(lines) == [1, 2, 3]


def test_a_weather_ear_at_the_foot_is_furniture() -> None:
    page = parse_page_text(
        _page(
            *MASTHEAD,
            "Fair board meets Tuesday",
            "The Clay County Fair Board will",
            "meet at 7 p.m. Tuesday at the",
            "fairgrounds office.",
            "TODAY'S WEATHER",
            "Partly sunny, high 34, low 19",
            "Full forecast, A8",
        )
    )
    assert "Partly sunny, high 34, low 19" in page.furniture
    assert all("Partly sunny" not in " ".join(a.paragraphs) for a in page.articles)
