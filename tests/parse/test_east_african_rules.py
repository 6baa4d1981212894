"""An East African daily's house style (the lead's round 43, from own-en-ke-daily, annotated
blind): a reporter's byline all in capitals ("BY OMONDI WERE") under a sentence-case head, a
photo credit with a bar ("PHOTO | BRIAN OCHIENG"), a deck over three lines, the reporter's
e-mail address under the byline, and contents-box entries ending on their page after one
space. The snippets are our own wording."""

from __future__ import annotations

from reader.model import ContinuationLink
from reader.parse import parse_page_text
from reader.parse.classify import (
    is_capitals_byline,
    is_credit,
    is_email_line,
    is_personal_byline,
    listed_entry,
    may_open_modern_story,
)


def _epaper(*lines: str) -> str:
    """A page as an e-paper gives it: a blank line after every line."""
    return "".join(line + "\n\n" for line in lines)


def test_a_reporters_byline_in_capitals_is_one_but_not_a_wires() -> None:
    assert is_capitals_byline("BY OMONDI WERE")
    assert is_capitals_byline("BY PROF. JANE WAMBUI")
    assert may_open_modern_story("BY OMONDI WERE")
    assert not is_capitals_byline("BY UNITED PRESS")
    assert not is_capitals_byline("BY ASSOCIATED PRESS.")
    assert not is_capitals_byline("By Omondi Were")  # (is_personal_byline's)
    # A 1916 deck opening on "BY" is no name ("Mother and Son" / "Beaten by Robbers" / "BY FOUR
    # UNKNOWN MEN WHO"), nor a wire's credit, nor a signature closed by its stop.
    assert not is_capitals_byline("BY FOUR UNKNOWN MEN WHO")
    assert not is_capitals_byline("BY FORMER UNITED STATES SENATOR")
    assert not is_capitals_byline("BY ASSOCIATED PRESS")
    assert not is_capitals_byline("BY JOHN SMITH.")
    # A 1920 daily's capitals byline under its capitals heads is no "personal" one: a stack's
    # kicker rule keys on the modern "By NAME" only.
    assert not is_personal_byline("BY JOHN SMITH")


def test_a_sentence_case_head_over_a_capitals_byline_heads_its_story() -> None:
    page = parse_page_text(
        _epaper(
            "Lake port to reopen for",
            "cargo ships in March",
            "BY OMONDI WERE",
            "The ports authority will reopen",
            "the lake port to cargo vessels",
            "in March after dredging the main",
            "channel, officials said yesterday.",
        )
    )
    [story] = page.articles
    assert story.headline == "Lake port to reopen for cargo ships in March"
    assert story.byline == "BY OMONDI WERE"
    assert story.paragraphs[0].startswith("The ports authority will reopen")


def test_a_photo_credit_with_a_bar_closes_a_caption() -> None:
    assert is_credit("PHOTO | BRIAN OCHIENG")
    assert is_credit("Photo | File")
    assert not is_credit("Photography | a weekend course for beginners at the hall today")
    page = parse_page_text(
        _epaper(
            "Traders unload maize at the market",
            "in the town yesterday. Prices have",
            "fallen by a fifth since August.",
            "PHOTO | BRIAN OCHIENG",
        )
    )
    [caption] = page.articles
    assert caption.kind.value == "caption"
    assert caption.credit == "PHOTO | BRIAN OCHIENG"


def test_a_kicker_a_three_line_head_and_a_three_line_deck_head_the_lead() -> None:
    page = parse_page_text(
        _epaper(
            "DEVOLUTION",
            "Counties threaten",
            "to close clinics",
            "over late funds",
            "Council says the Treasury owes Sh40",
            "billion and warns that nurses may",
            "go unpaid before the holidays",
            "BY AKINYI OTIENO",
            "aotieno@lakeside.co.ke",
            "Counties have given the Treasury",
            "until Friday to release the funds",
            "or they will close their clinics.",
        )
    )
    [story] = page.articles
    assert story.kicker == "DEVOLUTION"
    assert story.headline == "Counties threaten to close clinics over late funds"
    assert story.subheadline == (
        "Council says the Treasury owes Sh40 billion and warns that nurses may go unpaid "
        "before the holidays"
    )
    # The reporter's e-mail address under the byline is the byline's.
    assert story.byline is not None and story.byline.split() == [
        "BY",
        "AKINYI",
        "OTIENO",
        "aotieno@lakeside.co.ke",
    ]
    assert story.paragraphs[0].startswith("Counties have given the Treasury")


def test_an_email_line_is_one_address_alone() -> None:
    assert is_email_line("aotieno@lakeside.co.ke")
    assert is_email_line("Email: j.doe@paper.com")
    assert not is_email_line("Write to letters@paper.com with your views")
    assert not is_email_line("@lakesidenation")


def test_a_contents_box_entry_may_end_on_its_page_after_one_space() -> None:
    assert listed_entry("Nandi farmers count losses after hailstorm 6") == (
        "Nandi farmers count losses after hailstorm",
        ContinuationLink("to", 6, "6"),
    )
    assert listed_entry("Classifieds 30") is not None
    assert listed_entry("The council met on December 4. It voted 6") is None  # a stop inside
    page = parse_page_text(
        _epaper(
            "Police say the fire started in a",
            "kitchen and spread to the stalls.",
            "INSIDE",
            "Farmers count losses after hailstorm 6",
            "Ceasefire talks resume in Jeddah 14",
            "Classifieds 30",
        )
    )
    teasers = [a for a in page.articles if a.kind.value == "teaser"]
    assert [(t.headline, t.continued_to and t.continued_to.page) for t in teasers] == [
        ("Farmers count losses after hailstorm", 6),
        ("Ceasefire talks resume in Jeddah", 14),
        ("Classifieds", 30),
    ]
    # Elsewhere a line ending on a figure is no entry.
    assert "Jets beat Bills 24" not in [
        t.headline
        for t in parse_page_text(
            _epaper("Jets beat Bills 24", "The Jets won at home on Sunday.")
        ).articles
        if t.kind.value == "teaser"
    ]
