"""A Gulf English daily's house style as Tesseract gives it in blocks (the lead's round 44, from
own-en-ae-daily, annotated blind): a deck in a block of its own between its head's block and the
story's, a dateline closed by two slants ("DUBAI // …"), a national agency's letters closing a
story ("— WAM"), "Image Credit:" under a caption, a caption block whose first line is no head,
an "ON THE INSIDE" box whose entries end on "P4", an ear's prayer times under its label, and a
columnist's name alone over the text under a head's block. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    box_entry,
    is_agency_tag,
    is_box_header,
    is_byline_line,
    is_credit,
    is_title_case_name,
    listed_entry,
    match_dateline,
    match_modern_dateline,
    may_open_modern_story,
    small_ad_phone_line,
)
from reader.parse.formats.text import _clock_times
from reader.parse.lines import Block, Line
from reader.parse.reflow import deck_block


def _blocks(*blocks: tuple[str, ...]) -> str:
    """A page as Tesseract gives it in blocks: single-spaced, a blank line between blocks."""
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _block(*texts: str) -> Block:
    return Block(
        tuple(Line(number, text, False, 0, len(text)) for number, text in enumerate(texts, 1)),
        False,
    )


def test_two_slants_close_a_modern_dateline() -> None:
    found = match_modern_dateline("DUBAI // The Roads and Transport")
    assert found is not None and found.text == "DUBAI //"
    assert may_open_modern_story("ABU DHABI // The two countries have")
    found = match_dateline("ABU DHABI // The two countries have agreed")
    assert found is not None and found.text == "ABU DHABI //"
    # No place in capitals, or no sentence after the slants: no dateline.
    assert match_modern_dateline("Dubai // The Roads") is None
    assert match_modern_dateline("ACT // SCENE TWO") is None


def test_a_dash_and_an_agencys_letters_close_a_story_as_its_byline() -> None:
    for tag in ("— WAM", "— APP", "—KUNA", "— Xinhua", "— Bernama"):
        assert is_agency_tag(tag), tag
        assert is_byline_line(tag), tag
    # Letters without the dash, a word in small letters, or a long run are none.
    assert not is_agency_tag("WAM")
    assert not is_agency_tag("— the end")
    assert not is_agency_tag("— ABCDEFG")


def test_an_image_credit_is_a_photo_credit() -> None:
    assert is_credit("Image Credit: Antonie Robertson")
    assert is_credit("Photo Credit: Supplied")
    assert is_credit("Image: Supplied")
    assert not is_credit("Image of the week")
    assert not is_credit("Credit rating cut to junk")


def test_on_the_inside_heads_a_box_of_entries_closed_by_p_and_the_page() -> None:
    assert is_box_header("ON THE INSIDE")
    assert is_box_header("On the inside")
    # (an entry closed by "P" and its page is a listed entry, asked only under the heading)
    entry = listed_entry("Why rents in Abu Dhabi are rising P9")
    assert entry is not None
    title, link = entry
    assert title == "Why rents in Abu Dhabi are rising" and link.page == 9
    assert box_entry("He also differed regarding Philippine P1") is None


def test_an_ears_times_are_names_and_clock_times() -> None:
    assert _clock_times("Fajr 5.31 Dhuhr 12.14 Asr 3.11")
    assert _clock_times("Sunrise 6:12 Sunset 17:45")
    assert not _clock_times("Fajr 5.31")
    assert not _clock_times("Trains leave at 5.31 and 6.12")


def test_an_ears_times_under_its_label_are_furniture() -> None:
    page = parse_page_text(
        _blocks(
            ("GULF TRIBUNE", "FRIDAY, DECEMBER 4, 2026 | Dh3", "gulftribune.ae"),
            ("PRAYER TIMES", "Fajr 5.31 Dhuhr 12.14 Asr 3.11", "Maghrib 5.32 Isha 6.47"),
            ("Port to add two new berths",),
            (
                "By Sara Malik",
                "The port will add two berths next year, officials said on",
                "Monday.",
            ),
        )
    )
    assert "Fajr 5.31 Dhuhr 12.14 Asr 3.11" in page.furniture
    [story] = page.articles
    assert story.headline == "Port to add two new berths"


def test_a_deck_block_is_a_deck_only_in_its_shape() -> None:
    assert deck_block(_block("Third line will link the port", "with the new airport in the south"))
    assert not deck_block(_block("Third line will link the port.", "It opens in 2030."))
    assert not deck_block(_block("THIRD LINE", "with the airport"))


def test_a_deck_in_a_block_of_its_own_goes_with_its_head() -> None:
    page = parse_page_text(
        _blocks(
            ("GULF TRIBUNE", "FRIDAY, DECEMBER 4, 2026 | Dh3", "gulftribune.ae"),
            (
                "Two held over car thefts",
                "Police have arrested two men over a series of car thefts.",
            ),
            ("UAE",),
            ("City to build 30km of", "new tram lines by 2030"),
            ("Third line will link the port", "with the new airport in the south"),
            (
                "Amal Saeed, Senior Reporter",
                "DUBAI // The transport authority will",
                "build 30 kilometres of new tram lines",
                "by 2030, officials announced yesterday.",
                "The project adds a third line with 14",
                "stations.",
            ),
        )
    )
    story = page.articles[-1]
    assert story.kicker == "UAE"
    assert story.headline == "City to build 30km of new tram lines by 2030"
    assert story.subheadline == "Third line will link the port with the new airport in the south"
    assert story.dateline == "DUBAI //"
    assert story.byline == "Amal Saeed, Senior Reporter"
    assert story.paragraphs[0].startswith("The transport authority will build")


def test_a_caption_block_closed_by_its_credit_has_no_head() -> None:
    page = parse_page_text(
        _blocks(
            ("GULF TRIBUNE", "FRIDAY, DECEMBER 4, 2026 | Dh3", "gulftribune.ae"),
            ("Port to add two new berths",),
            (
                "By Sara Malik",
                "The port will add two berths next year, officials said on",
                "Monday.",
            ),
            (
                "A tram leaves the marina stop. The",
                "network carried 27 million riders last year.",
                "Image Credit: Omar Farouk",
            ),
        )
    )
    caption = page.articles[-1]
    assert caption.kind == "caption"
    assert caption.headline is None
    assert caption.credit == "Image Credit: Omar Farouk"


def test_a_name_alone_is_two_or_three_title_case_words() -> None:
    assert is_title_case_name("Layla Haddad")
    assert is_title_case_name("Tom O'Neill")
    assert not is_title_case_name("Mayor Resigns Today Again")
    assert not is_title_case_name("The Budget")
    assert not is_title_case_name("Layla Haddad.")


def test_a_columnists_name_over_the_text_under_a_heads_block_is_the_byline() -> None:
    page = parse_page_text(
        _blocks(
            ("GULF TRIBUNE", "FRIDAY, DECEMBER 4, 2026 | Dh3", "gulftribune.ae"),
            (
                "Two held over car thefts",
                "Police have arrested two men over a series of car thefts.",
            ),
            ("COMMENT",),
            ("Heat should change the school", "day, not the school year"),
            (
                "Layla Haddad",
                "Every summer the same debate returns:",
                "should schools close earlier, before",
                "the worst of the heat arrives?",
                "Parents who work cannot simply take June",
                "off.",
            ),
        )
    )
    story = page.articles[-1]
    assert story.kicker == "COMMENT"
    assert story.headline == "Heat should change the school day, not the school year"
    assert story.byline == "Layla Haddad"
    assert story.paragraphs[0].startswith("Every summer")


def test_a_small_ads_contact_line_is_a_display_line() -> None:
    assert small_ad_phone_line("Call 800 6678")
    assert small_ad_phone_line("Tel: 03-1234 5678")
    assert not small_ad_phone_line("Call 800 6678 today.")
    assert not small_ad_phone_line("Phone 14")  # (a 1916 ad's number)
    assert not small_ad_phone_line("021 555 0192")  # (no word bidding the reader call)


def test_a_small_ad_in_a_block_of_its_own_is_a_notice_of_display_lines() -> None:
    page = parse_page_text(
        _blocks(
            ("GULF TRIBUNE", "FRIDAY, DECEMBER 4, 2026 | Dh3", "gulftribune.ae"),
            ("Port to add two new berths",),
            (
                "By Sara Malik",
                "The port will add two berths next year, officials said on",
                "Monday.",
            ),
            (
                "AL NOOR OPTICIANS",
                "50% off all frames this weekend",
                "Call 800 6678",
                "Deira City Centre, Dubai",
            ),
        )
    )
    ad = page.articles[-1]
    assert ad.kind == "notice"
    assert ad.paragraphs[-2:] == ("Call 800 6678", "Deira City Centre, Dubai")


def test_a_kicker_straight_under_the_masthead_is_the_leads() -> None:
    masthead = ["GULF TRIBUNE", "FRIDAY, DECEMBER 4, 2026 | Dh3", "gulftribune.ae"]
    lead = [
        "UAE",
        "Dubai to build 30km of",
        "new metro lines by 2030",
        "By Ramesh Nair",
        "DUBAI — The Roads and Transport",
        "Authority will build 30 kilometres of",
        "new metro lines by 2030, officials said.",
    ]
    for text in (
        "\n".join(masthead + lead) + "\n",
        "".join(line + "\n\n" for line in masthead + lead),
    ):
        page = parse_page_text(text)
        assert "UAE" not in page.furniture
        [story] = page.articles
        assert story.kicker == "UAE"
        assert story.headline == "Dubai to build 30km of new metro lines by 2030"
    # A label over no modern story's opening stays the masthead's.
    page = parse_page_text("\n".join([*masthead, "WEEKEND", *lead[1:3], *lead[5:]]) + "\n")
    assert "WEEKEND" in page.furniture
