"""A Zimbabwean daily's front as a PDF text layer and a Trinidad daily's as an e-paper (branch
en47, from own-en-zw-daily and own-en-tt-daily, annotated blind): a reporter's name over an
e-mail address marks a page modern; a name in capitals over a title-case office; a town's
bureau under the name; a name, a comma and the town's office on one line; a head opening on a
price wrapped short; a reporter's name alone under a section's kicker; the regional wire's
dateline alone on its line; a one-line head over its page pointer in an INSIDE box; "See Page
2" alone under a closed paragraph; a picture's credit whose label the line's end parted from
the name; an agency's credit whose dash the line's end left above it; a folio dated day before
month; and a reporter's name over a dateline alone in capitals (own-en-np-inside's leftover).
Each with the near misses that must not fire. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_capitals_dateline_alone,
    is_furniture,
    is_named_byline,
    is_section_kicker,
    match_continuation,
    match_modern_dateline,
    name_over_dateline,
    name_over_office,
    opens_story_alone,
    split_run_in_dash_credit,
)
from reader.parse.formats.text import page_blocks
from reader.parse.reflow import email_byline_in, modern_page


def _epaper(*lines: str) -> str:
    return "".join(line + "\n\n" for line in lines)


def _single(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


# --- a name over an e-mail address ----------------------------------------------------------


def test_a_name_over_an_email_address_marks_the_page_modern() -> None:
    text = _epaper(
        "Sea walls for the south coast",
        "KERISHA RAMBARRAN",
        "kerisha.rambarran@islandherald.co.tt",
        "Cabinet has approved a programme of",
        "sea walls for the south coast.",
    )
    assert modern_page(page_blocks(text)[1])


def test_an_at_sign_that_is_no_address_under_a_name_marks_nothing() -> None:
    # (a 1916 price list's "@" before a price, and an address under prose, not under a name)
    blocks = page_blocks(
        _single(
            "GROCERY PRICES",
            "John Smith",
            "10 bushels @ 95c",
            "The market was quiet and the river fell.",
            "orders to sales@example.com",
        )
    )[1]
    assert not any(email_byline_in(list(block.lines)) for block in blocks)


def test_a_head_opening_on_a_price_over_a_name_and_address() -> None:
    page = parse_page_text(
        _epaper(
            "THE ISLAND HERALD",
            "FRIDAY DECEMBER 4, 2026 • $4 VAT INCLUSIVE",
            "$1.2b plan to",
            "shield coast",
            "Sea walls for Cedros and Icacos first",
            "KERISHA RAMBARRAN",
            "kerisha.rambarran@islandherald.co.tt",
            "Cabinet has approved a $1.2",
            "billion programme of sea walls.",
        )
    )
    [story] = page.articles
    assert story.headline == "$1.2b plan to shield coast"
    assert story.subheadline == "Sea walls for Cedros and Icacos first"
    assert story.byline == "KERISHA RAMBARRAN\nkerisha.rambarran@islandherald.co.tt"


# --- bylines ----------------------------------------------------------------------------------


def test_a_name_in_capitals_over_an_office_in_title_case() -> None:
    assert name_over_office("ANSEL JOHN", "Senior Reporter")
    # (a head's small word or verb among the capitals is no name's; nor is an office no
    # newsroom's)
    assert not name_over_office("MAN HELD IN RAID", "Senior Reporter")
    assert not name_over_office("ANSEL JOHN", "Senior Partner")


def test_a_name_over_its_towns_bureau() -> None:
    assert name_over_office("Nokuthula Sibanda", "Bulawayo Bureau")
    assert name_over_office("Tendai Moyo", "Victoria Falls Bureau")
    # (the weather's bureau is no newsroom's, and "Bureau" alone names no town)
    assert not name_over_office("Local Forecast", "Weather Bureau")
    assert not name_over_office("Nokuthula Sibanda", "Bureau")


def test_a_name_a_comma_and_the_towns_office() -> None:
    assert is_named_byline("Leonard Moyo, Victoria Falls Reporter")
    assert is_named_byline("Ava Lindqvist, Staff Writer")
    # (a card's signer names his own office, never a newsroom's)
    assert not is_named_byline("W. W. FRY, President")
    assert not is_named_byline("John Smith, Victoria Falls Hotel")
    # (a 1916 deck's verb of saying before an office: found on an unseen page)
    assert not is_named_byline("Double Harness, Says Editor")
    assert not is_named_byline("Double Harness, Says Reporter")


def test_a_name_alone_under_a_sections_kicker() -> None:
    assert is_section_kicker("BUSINESS") and not is_section_kicker("ONE LOT")
    page = parse_page_text(
        _epaper(
            "THE ISLAND HERALD",
            "FRIDAY DECEMBER 4, 2026 • $4 VAT INCLUSIVE",
            "Fishermen get new jetty",
            "ANSEL JOHN",
            "Senior Reporter",
            "Fishermen at Icacos will have a new",
            "jetty by Easter, the ministry said.",
            "BUSINESS",
            "Cocoa farmers get",
            "better price",
            "CHERISSE ALLEYNE",
            "Cocoa farmers will receive $18 a",
            "kilogramme for fine beans.",
        )
    )
    first, second = page.articles
    assert first.byline == "ANSEL JOHN\nSenior Reporter"
    assert second.kicker == "BUSINESS"
    assert second.headline == "Cocoa farmers get better price"
    assert second.byline == "CHERISSE ALLEYNE"


# --- datelines, pointers, jumps -------------------------------------------------------------


def test_the_regional_wires_dateline_alone_on_its_line() -> None:
    found = match_modern_dateline("GEORGETOWN, Guyana, Dec 3 (CMC) —")
    assert found is not None and found.rest == ""
    found = match_modern_dateline("GEORGETOWN, Guyana, Dec 3 (CMC) — The government says")
    assert found is not None and found.rest == "The government says"
    # (a wire no list names, or no dash after it, is none)
    assert match_modern_dateline("GEORGETOWN, Guyana, Dec 3 (XYZ) —") is None
    assert match_modern_dateline("GEORGETOWN, Guyana, Dec 3 (CMC)") is None


def test_one_line_heads_over_page_pointers_are_teasers() -> None:
    page = parse_page_text(
        _epaper(
            "THE ISLAND HERALD",
            "FRIDAY DECEMBER 4, 2026 • $4 VAT INCLUSIVE",
            "Blood drive in Chaguanas",
            "The blood service will hold a drive at",
            "the borough hall tomorrow from 8 am.",
            "INSIDE",
            "Pan Trinbago sets Panorama dates",
            "» PAGE 7",
            "Letters to the Editor",
            "» PAGE 14",
        )
    )
    teasers = [a for a in page.articles if a.kind == "teaser"]
    assert [t.headline for t in teasers] == [
        "Pan Trinbago sets Panorama dates",
        "Letters to the Editor",
    ]


def test_a_signature_over_an_entry_naming_its_section_is_no_teaser() -> None:
    # (a pointer that names its own section is an entry itself: the line over it no head)
    page = parse_page_text(
        _single(
            "THE DAILY LEDGER",
            "FRIDAY, DECEMBER 4, 2026 | VOL. 12 NO. 3 | P20.00",
            "Give drivers a fair deal",
            "I ask our lawmakers to give the drivers",
            "more time before the old jeepneys go.",
            "Ramon dela Cruz, Quezon City",
            "INSIDE",
            "► Business B1",
            "► Opinion A6",
        )
    )
    assert "Ramon dela Cruz, Quezon City" not in [a.headline for a in page.articles]


def test_see_page_alone_under_a_closed_paragraph_is_the_storys_jump() -> None:
    page = parse_page_text(
        _single(
            "THE HARARE TRIBUNE",
            "Friday, 4 December 2026 | No. 32 118 | US$1 or ZiG27",
            "Govt raises maize",
            "producer price",
            "Tendai Mupfumira",
            "Senior Reporter",
            "Government has raised the producer price",
            "of maize to US$390 a tonne.",
            "See Page 2",
            "Man jailed 12 years for stock theft",
            "Tribune Reporter",
            "A Mhondoro man who stole seven head of",
            "cattle was yesterday sentenced.",
        )
    )
    lead, court = page.articles
    assert lead.continued_to is not None and lead.continued_to.page == 2
    assert court.headline == "Man jailed 12 years for stock theft"
    # (alone, the line is a teaser's pointer, as before: "Farm prices rise" / "See Page 4")
    assert match_continuation("See Page 2") is None


def test_see_page_under_an_open_sentence_is_no_jump() -> None:
    page = parse_page_text(
        _single(
            "THE HARARE TRIBUNE",
            "Friday, 4 December 2026 | No. 32 118 | US$1 or ZiG27",
            "Govt raises maize",
            "producer price",
            "Tendai Mupfumira",
            "Senior Reporter",
            "Government has raised the producer price",
            "of maize, the table of which is on",
            "See Page 2",
        )
    )
    assert all(a.continued_to is None for a in page.articles)


# --- credits ----------------------------------------------------------------------------------


def test_a_pictures_credit_with_its_label_and_colon() -> None:
    found = split_run_in_dash_credit("Farmers at the depot yesterday. — Picture: Kudakwashe Hunda")
    assert found == ("Farmers at the depot yesterday.", "— Picture: Kudakwashe Hunda")
    # (no stop before the dash: a sentence goes on)
    assert split_run_in_dash_credit("the depot — Picture: Kudakwashe Hunda") is None


def test_a_pictures_credit_broken_after_its_label_closes_the_caption() -> None:
    page = parse_page_text(
        _single(
            "THE HARARE TRIBUNE",
            "Friday, 4 December 2026 | No. 32 118 | US$1 or ZiG27",
            "Farmers offload bags of maize at the",
            "depot in Banket yesterday. — Picture:",
            "Kudakwashe Hunda",
            "Bulawayo extends water rationing",
            "to five days a week",
            "Nokuthula Sibanda",
            "Bulawayo Bureau",
            "Bulawayo City Council has extended water",
            "rationing to five days a week.",
        )
    )
    caption, story = page.articles
    assert caption.kind == "caption" and caption.credit == "— Picture: Kudakwashe Hunda"
    assert story.headline == "Bulawayo extends water rationing to five days a week"
    assert story.byline == "Nokuthula Sibanda\nBulawayo Bureau"


def test_an_agencys_credit_whose_dash_ends_the_line_above() -> None:
    page = parse_page_text(
        _single(
            "THE HARARE TRIBUNE",
            "Friday, 4 December 2026 | No. 32 118 | US$1 or ZiG27",
            "Beira opens new fuel terminal",
            "Mozambique yesterday opened a new fuel",
            "terminal at the port of Beira, the port",
            "operator said. —",
            "AFP",
        )
    )
    [story] = page.articles
    assert story.byline == "— AFP"
    assert story.paragraphs[-1].endswith("operator said.")


def test_a_dash_ending_a_sentence_that_goes_on_is_no_credits() -> None:
    page = parse_page_text(
        _single(
            "THE HARARE TRIBUNE",
            "Friday, 4 December 2026 | No. 32 118 | US$1 or ZiG27",
            "Beira opens new fuel terminal",
            "Mozambique yesterday opened a new fuel",
            "terminal at the port of Beira —",
            "AFP staff were there.",
        )
    )
    [story] = page.articles
    assert story.byline is None


# --- the folio --------------------------------------------------------------------------------


def test_a_folio_dated_day_before_month() -> None:
    assert is_furniture("Friday, 4 December 2026 | No. 32 118 | US$1 or ZiG27")
    assert is_furniture("Saturday, 5 December 2026 | Vol. 12 No. 3")
    # (a sentence naming such a date is prose)
    assert not is_furniture("The council will meet on 4 December 2026 to set the rates.")


# --- a name in capitals over a dateline in capitals (own-en-np-inside's leftover) -----------


def test_a_capitals_dateline_alone_on_its_line() -> None:
    assert is_capitals_dateline_alone("KATHMANDU, DEC 10")
    assert is_capitals_dateline_alone("POKHARA, DEC 10:")
    assert is_capitals_dateline_alone("NEW DELHI, NOVEMBER 3")
    assert opens_story_alone("KATHMANDU, DEC 10") == "dateline"
    # (a 1916 dateline closes its day with a stop or a dash: _DATELINE_ALONE's; a head in
    # capitals names no month and day; a line with the story's words after it is no dateline
    # alone)
    assert not is_capitals_dateline_alone("WASHINGTON, FEB. 10.")
    assert not is_capitals_dateline_alone("BIG FIRE, MANY HURT")
    assert not is_capitals_dateline_alone("KATHMANDU, DEC 10 The Election Commission")


def test_a_name_over_a_dateline_alone() -> None:
    assert name_over_dateline("RAJESH SHRESTHA", "KATHMANDU, DEC 10")
    assert name_over_dateline("Deepkamal Kaur", "Jalandhar, December 6")
    assert not name_over_dateline("MAN HELD IN RAID", "KATHMANDU, DEC 10")
    assert not name_over_dateline("RAJESH SHRESTHA", "Kathmandu Valley")


def test_a_name_in_capitals_over_a_capitals_dateline_in_tesseracts_blocks() -> None:
    page = parse_page_text(
        "THE HIMALAYAN POST\n"
        "FRIDAY, DECEMBER 11, 2026 | VOL. 34 NO. 201 | Rs 10\n"
        "\n"
        "Voters' list to be updated before\n"
        "by-election\n"
        "\n"
        "RAJESH SHRESTHA\n"
        "KATHMANDU, DEC 10\n"
        "The Election Commission will\n"
        "update the voters' list in three\n"
        "constituencies before the vote.\n"
    )
    [story] = page.articles
    assert story.headline == "Voters' list to be updated before by-election"
    assert story.byline == "RAJESH SHRESTHA"
    assert story.dateline == "KATHMANDU, DEC 10"
    assert story.paragraphs[0].startswith("The Election Commission")
