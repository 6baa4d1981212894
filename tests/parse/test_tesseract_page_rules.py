"""A modern front read by a real OCR engine (the lead's round 48, from own-en-bm-ocr: a page of
our own writing drawn as a picture and read by Tesseract 5, annotated blind): each paragraph
comes as a block of its own, so a paragraph's first line may look like a head over its text.
The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.reflow import _name_goes_on

MASTHEAD = ("THE HARBOUR TIMES", "Friday, December 11, 2026", "Vol. 9 No. 77 $1.50")


def _articles(*blocks: tuple[str, ...], masthead: tuple[str, ...] = MASTHEAD) -> list:
    text = "\n\n".join("\n".join(block) for block in (masthead, *blocks)) + "\n"
    return list(parse_page_text(text).articles)


def test_a_paragraph_block_whose_first_line_breaks_a_name_is_no_head() -> None:
    assert _name_goes_on("The new wing at Queen", "Elizabeth Hospital opened on")
    assert _name_goes_on("A sponsored walk from St", "George's to the harbour")
    # (near-misses: a head ending on a name over a sentence's small word or article, or on a
    # word in small letters)
    assert not _name_goes_on("Keep the library open on Sundays", "To the editor: I was sorry")
    assert not _name_goes_on("Fair board meets on Tuesday", "The Clay County Fair Board")
    assert not _name_goes_on("Community calendar", "Dec. 5: Holiday craft fair,")
    arts = _articles(
        ("Clinic hours extended",),
        ("By Dana Smith",),
        (
            "The outpatient clinic at Queen",
            "Elizabeth Hospital will open until",
            "eight in the evening from Monday,",
            "the hospital board said yesterday.",
        ),
        (
            "The board said the longer hours",
            "would cut waiting times for the",
            "island's busiest clinic by half.",
        ),
    )
    [story] = arts
    assert story.headline == "Clinic hours extended"
    assert story.paragraphs[0].startswith("The outpatient clinic at Queen Elizabeth Hospital")


def test_a_head_ending_on_a_name_over_its_story_in_one_block_still_heads_it() -> None:
    arts = _articles(
        ("Clinic hours extended", "By Dana Smith"),
        ("The clinic will open until eight.",),
        (
            "Pool stays shut on Friday",
            "Police said the town pool will",
            "close on Friday while its roof is",
            "repaired after the storm last week.",
        ),
        (
            "Letter: Keep the pool open on Sundays",
            "To the editor: I was sorry to read",
            "that the council may close the pool",
            "on Sundays to save money this year.",
        ),
    )
    assert [a.headline for a in arts][-2:] == [
        "Pool stays shut on Friday",
        "Letter: Keep the pool open on Sundays",
    ]
