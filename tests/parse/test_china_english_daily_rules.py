"""An English-language daily in China's house style as a PDF text layer gives it (the lead's
round 44, from own-en-cn-daily, annotated blind): a byline with the reporter's city after "in",
a caption's credit in square brackets run into its last line, Xinhua's name alone closing a
story, "DAILY" closing a paper's name, a colon in a contents box's entry, a slug jump with
"page" in small letters, and a deck opening on a figure. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_agency_tag,
    is_personal_byline,
    listed_entry,
    match_continuation,
    split_closing_credit,
)
from reader.parse.masthead import paper_name


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_byline_may_name_the_city_after_in() -> None:
    assert is_personal_byline("By ZHANG YI in Beijing")
    assert is_personal_byline("By JON HALE and LI MING in Shanghai")
    assert not is_personal_byline("By order of the court in Salem")
    # (a 1916 deck in title case reads so: no byline)
    assert not is_personal_byline("By Both Sides in Awful")


def test_a_credit_in_square_brackets_closes_a_caption() -> None:
    found = split_closing_credit("province, on Saturday. [PHOTO/XINHUA]")
    assert found == ("province, on Saturday.", "[PHOTO/XINHUA]")
    assert split_closing_credit("the list [see above]") is None


def test_xinhua_alone_is_an_agencys_tag() -> None:
    assert is_agency_tag("XINHUA")
    assert is_agency_tag("Xinhua")


def test_daily_closes_a_papers_name() -> None:
    assert paper_name("EASTERN DAILY")


def test_a_box_entry_may_hold_a_colon_and_a_slug_jump_a_small_page() -> None:
    entry = listed_entry("Tennis: Zheng reaches final 22")
    assert entry is not None and entry[0] == "Tennis: Zheng reaches final"
    found = match_continuation("See RAIL on page 3")
    assert found is not None and found[0].page == 3


def test_a_deck_opening_on_a_figure_stays_the_deck() -> None:
    page = parse_page_text(
        _page(
            "EASTERN DAILY",
            "MONDAY, DECEMBER 7, 2026",
            "Rail network to reach",
            "more western cities",
            "12 new high-speed lines to be built over next three years",
            "By ZHANG YI in Beijing",
            "China will build 12 new high-speed rail",
            "lines in the central and western regions",
            "over the next three years, the railway",
            "operator said on Sunday.",
        )
    )
    [story] = page.articles
    assert story.headline == "Rail network to reach more western cities"
    assert story.subheadline == "12 new high-speed lines to be built over next three years"
    assert story.byline == "By ZHANG YI in Beijing"
