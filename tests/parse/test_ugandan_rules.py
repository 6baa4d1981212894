"""A Ugandan daily's front as an e-paper's text export gives it (branch en48, from
own-en-ug-epaper, annotated blind): the East African stop dateline ("KAMPALA. Government …")
under a byline in capitals or a sentence-case head, a caption closed by "PHOTO/NAME", a puff's
pointer "P.38", a skybox strip over the nameplate, "AGENCIES" as a desk's byline, and a
notice's signing officer under its last sentence. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_desk_byline,
    is_office_signature,
    match_stop_dateline,
    short_page_pointer,
    split_closing_credit,
)
from reader.parse.reflow import colon_dateline_under_modern_head


def _epaper(*lines: str) -> str:
    """A page as an e-paper gives it: a blank line after every line."""
    return "".join(line + "\n\n" for line in lines)


def test_a_stop_dateline_opens_a_story_under_a_modern_opening() -> None:
    found = match_stop_dateline("JINJA. Fishermen on the lake say the")
    assert found is not None and (found.text, found.rest) == (
        "JINJA.",
        "Fishermen on the lake say the",
    )
    assert match_stop_dateline("FORT PORTAL. The district council has") is not None
    under = colon_dateline_under_modern_head
    assert under("BY GRACE AKELLO", "JINJA. Fishermen on the lake say the") is not None
    assert under("AGENCIES", "KIGALI. Rwanda has opened a new") is not None
    assert under("Fishermen return to the lake", "JINJA. Fishermen on the lake say") is not None


def test_no_stop_dateline_where_a_1916_page_sets_its_run_in_heads() -> None:
    # near misses: a 1916 dateline's place and month, a capitals head running to the line's
    # end, an abbreviation, and a title-case head or a wire's credit above
    assert match_stop_dateline("WASHINGTON. Feb. 1 The senate met") is None
    assert match_stop_dateline("LIEUT. BERG IDENTIFIED.") is None
    assert match_stop_dateline("DEPT. OF JUSTICE CANNOT") is None
    under = colon_dateline_under_modern_head
    assert under("Montenegrins Still Fight in Mountain Passes", "LONDON. The king said") is None
    assert under("By United Press", "TORONTO. One person is dead and") is None
    assert under("Optometrist and Jeweler", "WILSON BLOCK. Main street shop") is None


def test_the_stop_dateline_in_a_story() -> None:
    page = parse_page_text(
        _epaper(
            "Fishermen return to the lake",
            "BY GRACE AKELLO",
            "JINJA. Fishermen on the lake say the",
            "catch has improved since the ban on",
            "small nets was enforced in June.",
        )
    )
    story = page.articles[0]
    assert (story.headline, story.byline, story.dateline) == (
        "Fishermen return to the lake",
        "BY GRACE AKELLO",
        "JINJA.",
    )
    assert story.paragraphs[0].startswith("Fishermen on the lake")


def test_a_photo_slash_credit_closes_a_caption() -> None:
    assert split_closing_credit(
        "Pupils queue for lunch at a school in Lira. PHOTO/JOEL OKELLO"
    ) == (
        "Pupils queue for lunch at a school in Lira.",
        "PHOTO/JOEL OKELLO",
    )
    # near misses: no stop before it, a name in title case, a slash in prose
    assert split_closing_credit("Pupils queue for lunch PHOTO/JOEL OKELLO") is None
    assert split_closing_credit("They sold it. Photo/Joel Okello") is None
    assert split_closing_credit("He paid 20,000/= for it. THE END") is None


def test_a_pointer_with_a_stop_after_its_p() -> None:
    assert short_page_pointer("P.38")
    assert short_page_pointer("Cranes win again P.12")
    # near miss: a stop and a space, an initial before a number
    assert not short_page_pointer("P. 38")


def test_a_skybox_strip_over_the_nameplate_is_its_teasers() -> None:
    page = parse_page_text(
        _epaper(
            "SPORT",
            "Cranes beat Malawi in qualifier",
            "P.38",
            "THE LAKESIDE HERALD",
            "Monday, March 1, 2027",
            "Council to repair Jinja roads",
            "BY GRACE AKELLO",
            "JINJA. The municipal council will repair",
            "twelve roads before the rains, the mayor",
            "said yesterday.",
        )
    )
    teaser = page.articles[0]
    assert (teaser.kind, teaser.kicker, teaser.headline) == (
        "teaser",
        "SPORT",
        "Cranes beat Malawi in qualifier",
    )
    assert teaser.continued_to is not None and teaser.continued_to.page == 38


def test_agencies_is_a_desk_byline() -> None:
    assert is_desk_byline("AGENCIES")
    assert is_desk_byline("Agencies")
    # near miss: a word of prose
    assert not is_desk_byline("AGENCIES SAY")


def test_a_notices_signing_officer_is_no_head() -> None:
    assert is_office_signature("Director, Engineering and Technical")
    assert is_office_signature("Secretary, Board of Health")
    # near misses: a head opening on an office, a name after the comma in capitals
    assert not is_office_signature("Director quits over budget")
    assert not is_office_signature("Director, JOHN OKELLO")
    page = parse_page_text(
        _epaper(
            "PUBLIC NOTICE",
            "The water supply to Ntinda will be cut on",
            "Saturday for repairs to the main pipe.",
            "Director, Water and Sanitation",
            "Services",
        )
    )
    # (one notice: the office is its last words, no head of a story of its own)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].endswith("Director, Water and Sanitation Services")
