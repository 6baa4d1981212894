"""A Caribbean daily's house style as an e-paper gives it (the lead's round 44, from
own-en-jm-daily, annotated blind): the writer's name over her office in title case ("Kimone
Grant" / "Senior Gleaner Writer"), a jump line in capitals to a lettered page ("CONTINUED ON
A3"), a credit of a dash and "Name/Role", a colon dateline naming the country and the regional
wire ("BRIDGETOWN, Barbados (CMC):"), a puff's pointer of a section's letter and page alone, and
a head opening on a price under a kicker. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    is_credit,
    is_title_case_office,
    match_colon_dateline,
    match_continuation,
    may_open_modern_story,
    name_over_office,
)
from reader.parse.reflow import skybox_puff


def _epaper(*lines: str) -> str:
    return "".join(line + "\n\n" for line in lines)


def test_a_name_over_its_office_in_title_case() -> None:
    assert is_title_case_office("Senior Gleaner Writer")
    assert name_over_office("Kimone Grant", "Senior Gleaner Writer")
    assert not name_over_office("Mayor Quits", "Says Editor")
    assert not name_over_office("Kimone Grant", "Senior Gleaner")


def test_a_jump_line_in_capitals_to_a_lettered_page() -> None:
    found = match_continuation("CONTINUED ON A3")
    assert found is not None and found[0].page == 3


def test_a_dash_and_name_over_role_is_a_credit() -> None:
    assert is_credit("– Ian Allen/Photographer")


def test_a_colon_dateline_may_name_the_country_and_the_wire() -> None:
    found = match_colon_dateline("BRIDGETOWN, Barbados (CMC): Caribbean leaders will meet")
    assert found is not None and found.text == "BRIDGETOWN, Barbados (CMC):"
    # (alone on its line, as an e-paper sets it)
    found = match_colon_dateline("BRIDGETOWN, Barbados (CMC):")
    assert found is not None and found.rest == ""
    assert may_open_modern_story("BRIDGETOWN, Barbados (CMC):")
    assert match_colon_dateline("NOTICE:") is None


def test_a_puffs_pointer_may_be_a_sections_letter_and_page() -> None:
    puff = skybox_puff(["SPORTS", "Reggae Boyz name squad", "for Gold Cup", "B1"])
    assert puff == ("SPORTS", "Reggae Boyz name squad for Gold Cup", 4, 1)


def test_a_head_opening_on_a_price_under_a_kicker() -> None:
    page = parse_page_text(
        _epaper(
            "THE ISLAND GLEANER",
            "MONDAY, DECEMBER 7, 2026",
            "LEAD STORY",
            "$2.4b for rain-damaged",
            "roads",
            "Kimone Grant",
            "Senior Gleaner Writer",
            "The Government has set aside $2.4",
            "billion to repair roads damaged",
            "by last month's heavy rains.",
        )
    )
    [story] = page.articles
    assert story.kicker == "LEAD STORY"
    assert story.headline == "$2.4b for rain-damaged roads"
    assert story.byline == "Kimone Grant\nSenior Gleaner Writer"
