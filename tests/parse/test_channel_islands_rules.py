"""A Channel Islands evening daily's house style in narrow columns (the lead's round 46, from
own-en-gg-narrow, a PDF text layer annotated blind): a small "by" byline under a head wrapped
over three lines and over the writer's office in sentence case; the paper's staff signing
unnamed; a picture credit in brackets with its sale number, wrapped over two lines; a head's
tail opening on a price ("10p in the new year"); a capitals kicker over a sentence-case head
holding a place's name; a weather ear run into its label; the paper's site with no "www." as
the page's last line. Each rule keeps the gates of the rule it widens (a modern head above a
byline, a bracket round a credit, a temperature closing an ear). The snippets are our own
wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_credit, is_small_by_byline, is_title_case_office
from reader.parse.formats.text import is_foot_folio
from reader.parse.lines import Line
from reader.parse.reflow import _figure_then_word, under_sentence_case_head

MASTHEAD = ("ISLAND COURIER", "Friday 11 December 2026", "95p | No. 38,412")


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, False, 0) for number, text in enumerate(texts, 1)]


def _articles(*lines: str) -> list:
    return list(parse_page_text("\n".join((*MASTHEAD, *lines)) + "\n").articles)


def test_a_head_wrapped_over_three_lines_stands_over_the_byline() -> None:
    lines = _lines("Deputies back £12m plan", "for St Peter Port", "harbour", "by Tom Le Page")
    assert under_sentence_case_head(lines, 3)
    # (near-misses: the tails must rise to a head's first line, within three lines)
    assert not under_sentence_case_head(
        _lines("The vote was close.", "for St Peter Port", "harbour", "by Tom Le Page"), 3
    )
    assert not under_sentence_case_head(
        _lines("Deputies back plan", "for the", "new", "ferry", "berths", "by Tom Le Page"), 5
    )


def test_an_office_in_sentence_case() -> None:
    assert is_title_case_office("Political reporter")
    assert is_title_case_office("Chief health correspondent")
    assert is_title_case_office("Chief Reporter")
    assert not is_title_case_office("Political reform")
    assert not is_title_case_office("political reporter")
    assert not is_title_case_office("The island's most senior political reporter")


def test_the_staff_signing_unnamed() -> None:
    assert is_small_by_byline("by Courier reporter")
    assert is_small_by_byline("by our Political correspondent")
    assert not is_small_by_byline("by Monday the reporters")
    assert not is_small_by_byline("by courier reporter")
    assert not is_small_by_byline("by the reporter")


def test_a_figure_with_its_unit_opens_a_heads_tail() -> None:
    assert _figure_then_word("10p in the new year")
    assert _figure_then_word("1,200 jobs")
    assert _figure_then_word("20% cut")
    assert not _figure_then_word("10pm tonight")
    assert not _figure_then_word("10p")
    assert not _figure_then_word("10p In Town")


def test_the_picture_credit_in_brackets_with_its_sale_number() -> None:
    assert is_credit("(Picture by Adrian Miller, 32104477)")
    articles = _articles(
        "Passengers queue at the",
        "White Rock terminal for",
        "the morning sailing to",
        "St Malo.",
        "(Picture by Adrian",
        "Miller, 32104477)",
        "Bus fares to rise by",
        "10p in the new year",
        "by Sarah Ogier",
        "Bus fares will go up by",
        "10p a journey from 4",
        "January, the operator",
        "has announced.",
    )
    caption = next(a for a in articles if a.kind == "caption")
    assert caption.credit == "(Picture by Adrian Miller, 32104477)"
    story = articles[-1]  # (a brief: one short paragraph)
    assert story.headline == "Bus fares to rise by 10p in the new year"
    assert story.byline == "by Sarah Ogier"


def test_a_bracket_left_open_is_no_credit_joined() -> None:
    # (the rest must close the bracket: a story's line under "(Picture by" stays prose)
    articles = _articles(
        "Passengers queue at the",
        "White Rock terminal.",
        "(Picture by Adrian",
        "Miller was taken on",
        "Sunday at the harbour.",
    )
    assert not any(a.credit == "(Picture by Adrian Miller was taken on" for a in articles)


def test_a_narrow_story_under_a_kicker_and_a_three_line_head() -> None:
    articles = _articles(
        "STATES",
        "Deputies back £12m plan",
        "for St Peter Port",
        "harbour",
        "by Tom Le Page",
        "Political reporter",
        "Deputies have voted 27",
        "to 11 in favour of a",
        "£12m plan to rebuild",
        "the ferry terminal.",
    )
    story = articles[0]
    assert story.kicker == "STATES"
    assert story.headline == "Deputies back £12m plan for St Peter Port harbour"
    assert story.byline is not None and story.byline.startswith("by Tom Le Page")


def test_a_weather_ear_run_into_its_label() -> None:
    page = parse_page_text(
        "\n".join(
            (
                *MASTHEAD,
                "Weather: bright spells,",
                "light winds, 9C",
                "Bus fares to rise",
                "by Sarah Ogier",
                "Bus fares will go up by 10p a journey from January.",
            )
        )
        + "\n"
    )
    assert "light winds, 9C" in page.furniture
    # (near-miss: no temperature, no ear: a story's line stays in its story)
    page = parse_page_text(
        "\n".join(
            (
                *MASTHEAD,
                "Bus fares to rise",
                "by Sarah Ogier",
                "Weather: the key to a good",
                "harvest, farmers say, is rain.",
            )
        )
        + "\n"
    )
    assert "Weather: the key to a good" not in page.furniture


def test_the_papers_site_as_the_last_line() -> None:
    assert is_foot_folio("islandcourier.gg")
    assert is_foot_folio("www.siamherald.com")
    assert not is_foot_folio("islandcourier")
    assert not is_foot_folio("Call islandcourier.gg")
