"""A Singapore English daily's house style (branch en45, from own-en-sg-daily, annotated blind):
a jump line to a named section's page ("SEE TOP OF THE NEWS A4"), the paper's name before a
photo credit in capitals ("MORNING POST PHOTO: KELVIN LIM"), the wires closing a story in
capitals on their own line ("REUTERS, AFP"), skybox puffs under the masthead (a section's name
over a head over its page code alone, "WORLD" / … / "A12", or run on after a space, "Cup
opener C1"), and the lead's label over a head and a name over the writer's beat ("HOUSING" /
… / "Tay Hong Yi" / "Housing Correspondent"). The snippets are our own wording."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import (
    is_agency_tag,
    is_byline_line,
    is_credit,
    match_continuation,
)
from reader.parse.reflow import lettered_puff

_MASTHEAD = (
    "THE HARBOUR DAILY\n"
    "Since 1955\n"
    "FRIDAY, DECEMBER 4, 2026 | MCI (P) 011/02/2026 | $1.20\n"
    "harbourdaily.com.sg\n"
)


def test_a_jump_to_a_named_sections_page() -> None:
    for line, page in (("SEE TOP OF THE NEWS A4", 4), ("SEE WORLD A12", 12), ("SEE HOME B2", 2)):
        found = match_continuation(line)
        assert found is not None and found[0].page == page and found[1] == "", line
    # A section's page with no "SEE", words in small letters, a page with no letter: none.
    assert match_continuation("TOP OF THE NEWS A4") is None
    assert match_continuation("See the new models at booth B4") is None
    assert match_continuation("SEE US AT STAND 4") is None


def test_the_papers_name_before_a_photo_credit() -> None:
    assert is_credit("ST PHOTO: KELVIN CHNG")
    assert is_credit("MORNING POST PHOTO: KELVIN LIM")
    assert is_credit("TODAY FILE PHOTO: REUTERS")
    # A label's words in small letters after it, or no colon: no credit.
    assert not is_credit("SEE PHOTO: page 3")
    assert not is_credit("BIG PHOTO CONTEST")
    assert not is_credit("THE PHOTO: a look back")


def test_the_wires_in_capitals_closing_a_story() -> None:
    assert is_agency_tag("REUTERS, AFP")
    assert is_agency_tag("AFP, AP, BLOOMBERG")
    assert is_agency_tag("BLOOMBERG")
    assert is_byline_line("REUTERS, AFP")
    # Two letters alone, no comma, a word that is no wire: none.
    assert not is_agency_tag("AP")
    assert not is_agency_tag("REUTERS AFP")
    assert not is_agency_tag("CHEAP, AP")
    assert not is_byline_line("BLOOMBERG, NEW YORK TIMES")


def test_a_story_closed_by_the_wires_takes_them_as_its_byline() -> None:
    page = parse_page_text(
        "Philippine typhoon leaves 40,000\n"
        "without homes\n"
        "MANILA – A typhoon that swept across the\n"
        "central Philippines destroyed 9,000 houses,\n"
        "the civil defence office said on Thursday.\n"
        "REUTERS, AFP\n"
        "Residents salvage belongings from their\n"
        "damaged homes in Tacloban on Thursday.\n"
        "PHOTO: REUTERS\n"
    )
    story, caption = page.articles
    assert story.byline == "REUTERS, AFP"
    assert caption.kind is ArticleKind.CAPTION and caption.byline is None


def test_a_puff_pointer_run_on_after_a_space() -> None:
    found = lettered_puff(["SPORT", "Lions draw with Thailand in Suzuki", "Cup opener C1"])
    assert found == ("SPORT", "Lions draw with Thailand in Suzuki Cup opener", 3, 1, "C1")
    # A road's or class's name before it, or a head in title case: no puff.
    assert lettered_puff(["SPORT", "Lions draw with Thailand in", "opener on Route A1"]) is None
    assert lettered_puff(["SPORT", "Lions Draw With Thailand In", "Cup Opener C1"]) is None


def test_puffs_under_the_masthead_and_the_leads_label() -> None:
    page = parse_page_text(
        _MASTHEAD + "WORLD\n"
        "Tokyo and Seoul agree to restart\n"
        "fishing talks\n"
        "A12\n"
        "SPORT\n"
        "Lions draw with Thailand in Suzuki\n"
        "Cup opener C1\n"
        "HOUSING\n"
        "More flexible HDB loans for\n"
        "first-time buyers from January\n"
        "Tay Hong Yi\n"
        "Housing Correspondent\n"
        "First-time home buyers will be able to\n"
        "borrow more from the Housing Board from\n"
        "January, the ministry said on Thursday.\n"
    )
    world, sport, lead = page.articles
    assert (world.kind, world.kicker, world.headline) == (
        ArticleKind.TEASER,
        "WORLD",
        "Tokyo and Seoul agree to restart fishing talks",
    )
    assert (sport.kind, sport.kicker, sport.headline) == (
        ArticleKind.TEASER,
        "SPORT",
        "Lions draw with Thailand in Suzuki Cup opener",
    )
    assert lead.kicker == "HOUSING"
    assert lead.headline == "More flexible HDB loans for first-time buyers from January"
    assert lead.byline == "Tay Hong Yi\nHousing Correspondent"


def test_a_nameplates_word_with_no_puff_under_it_stays_furniture() -> None:
    page = parse_page_text(
        "THE EVENING\n"
        "WORLD\n"
        "FRIDAY, FEBRUARY 4, 1916\n"
        "PRICE ONE CENT\n"
        "FIRE SWEEPS HARBOR DOCKS\n"
        "The fire broke out shortly after midnight in a cotton\n"
        "warehouse and spread to the piers before it was checked.\n"
    )
    assert all(article.kicker != "WORLD" for article in page.articles)
    assert "WORLD" not in " ".join(article.headline or "" for article in page.articles)
