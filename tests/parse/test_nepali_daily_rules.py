"""A Nepali English daily's house style as Tesseract's blocks give it (the lead's round 46,
from own-en-np-inside, annotated blind): an INSIDE box closed by the blank line under its
entries; a deck's own block wrapped on a small word; "Full story on page 3" as a jump; a
colon dateline with the day, the month cut short in capitals ("POKHARA, DEC 10:"); a briefs
label in capitals alone in its block over its first brief's block. The snippets are our own
wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import match_colon_dateline, match_continuation

MASTHEAD = "THE VALLEY POST\nFriday, December 11, 2026 | Rs 10\n\n"


def _blocks(*blocks: str) -> str:
    return MASTHEAD + "\n\n".join(blocks) + "\n"


def test_the_inside_box_ends_at_its_block() -> None:
    page = parse_page_text(
        _blocks(
            "INSIDE\nOpinion: Provinces need their own revenue  6\nSports: Nepal beat UAE  12",
            "Fuel prices cut by Rs 5\na litre from today",
            "Post Report\nNepal Oil Corporation has cut the\nprice of petrol and diesel by Rs 5\n"
            "a litre, effective from Friday.",
        )
    )
    teasers = [a for a in page.articles if a.kind == "teaser"]
    assert [a.headline for a in teasers] == [
        "Opinion: Provinces need their own revenue",
        "Sports: Nepal beat UAE",
    ]
    story = next(a for a in page.articles if a.kind != "teaser")
    assert story.headline == "Fuel prices cut by Rs 5 a litre from today"


def test_the_inside_box_goes_on_while_its_entries_do() -> None:
    # (near-miss: entries with no blank line between them stay entries, the last too)
    page = parse_page_text(
        _blocks("INSIDE\nOpinion: Provinces need revenue  6\nMoney: Remittances at a record  8")
    )
    assert [a.continued_to.page for a in page.articles if a.continued_to] == [6, 8]


def test_a_deck_block_wrapped_on_a_small_word() -> None:
    page = parse_page_text(
        _blocks(
            "Fuel prices cut by Rs 5\na litre from today",
            "Cooking gas unchanged as\ncorporation clears its debt to\nsupplier",
            "Post Report\nNepal Oil Corporation has cut the\nprice of petrol and diesel by Rs 5\n"
            "a litre, effective from Friday.",
        )
    )
    story = page.articles[0]
    assert story.headline == "Fuel prices cut by Rs 5 a litre from today"
    assert story.subheadline == "Cooking gas unchanged as corporation clears its debt to supplier"
    assert story.byline == "Post Report"


def test_full_story_on_page() -> None:
    link, _rest = match_continuation("Full story on page 3") or (None, "")
    assert link is not None and link.page == 3
    assert match_continuation("More on page 5") is not None
    assert match_continuation("More on page 5 of the report") is None
    assert match_continuation("full story on page 3") is None


def test_a_colon_dateline_with_its_day_in_capitals() -> None:
    lead = match_colon_dateline("POKHARA, DEC 10: The number of foreign")
    assert lead is not None and lead.text == "POKHARA, DEC 10:"
    assert match_colon_dateline("POKHARA, DEC: The number") is None
    assert match_colon_dateline("POKHARA, DECEMBER 10: The number") is None
    assert match_colon_dateline("POKHARA, DEC 10 The number") is None


def test_a_briefs_label_alone_in_its_block() -> None:
    page = parse_page_text(
        _blocks(
            "Pokhara sees more tourists\n\nPOKHARA, DEC 10: The number of tourists rose this "
            "autumn, the board said.",
            "NATION IN BRIEF",
            "Load-shedding ruled out\nThe Nepal Electricity Authority\nsaid there would be no "
            "power cuts\nthis winter.",
        )
    )
    assert "NATION IN BRIEF" in page.furniture
    brief = page.articles[-1]
    assert brief.headline == "Load-shedding ruled out"


def test_a_briefs_label_in_a_column_with_no_blank_lines_stays() -> None:
    # (near-miss: a 1916 column under its label has no blank line; its head stays the column's)
    page = parse_page_text(
        "THE DAILY HERALD\nFEBRUARY 28, 1916\nNEWS IN BRIEF\nFire at the mill\n"
        "The planing mill burned last night\nand the loss is put at $5,000.\n"
    )
    assert "NEWS IN BRIEF" not in page.furniture
