"""A Malaysian English daily's house style in narrow columns (the lead's round 44, from
own-en-my-narrow, annotated blind): the masthead's date with the day before the month and a
strip of price and number, a skybox puff's pointer "P12" alone, a jump line after an arrow
("> SEE PAGE 2"), a caption's credit of the photographer in capitals and the paper after a
dash ("— NAME/The Star"), and a sentence opening on a name the narrow column broke ("The
National Disaster" / "Management Agency said …"). The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_credit, match_continuation
from reader.parse.masthead import is_masthead_line
from reader.parse.reflow import skybox_puff


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_masthead_date_may_put_the_day_before_the_month() -> None:
    assert is_masthead_line("Saturday 5 December 2026", 1)
    assert is_masthead_line("SATURDAY, 5 DECEMBER 2026", 1)
    assert not is_masthead_line("On Saturday 5 December the council met", 1)


def test_a_strip_of_price_and_number_is_the_mastheads() -> None:
    assert is_masthead_line("RM2.00 | No. 18,211", 1)
    assert is_masthead_line("Vol. 12 • $1.50", 1)
    assert not is_masthead_line("Jones | Smith", 1)
    assert not is_masthead_line("RM2.00 | No. 18,211", 40)  # (only near the top)


def test_a_puffs_pointer_may_be_p_and_the_page() -> None:
    puff = skybox_puff(["METRO", "New LRT line to open", "early next year", "P12"])
    assert puff == ("METRO", "New LRT line to open early next year", 4, 12)


def test_an_arrow_may_open_a_jump_line() -> None:
    found = match_continuation("> SEE PAGE 2")
    assert found is not None and found[0].page == 2 and found[1] == ""
    assert match_continuation("► TURN TO PAGE 4") is not None


def test_a_dash_then_a_photographer_in_capitals_and_the_paper() -> None:
    assert is_credit("— AZHAR MAHFOF/The Star")
    assert is_credit("— LIM CHEE WAH/The Malayan Star")
    assert not is_credit("— the end of/the road")


def test_a_sentence_opening_on_a_name_the_column_broke_is_prose() -> None:
    page = parse_page_text(
        _page(
            "THE MALAYAN STAR",
            "Saturday 5 December 2026",
            "RM2.00 | No. 18,211",
            "Flood relief centres",
            "open in three states",
            "By RAHIMY RAHIM",
            "KUALA LUMPUR: More than",
            "12,000 people have been",
            "moved to relief centres",
            "on the east coast.",
            "The National Disaster",
            "Management Agency said",
            "148 centres had been",
            "opened by 8pm yesterday.",
            "Treasury Secretary Ruth",
            "Kiptoo said the funds",
            "would be released.",
        )
    )
    assert page.furniture == ("THE MALAYAN STAR", "Saturday 5 December 2026", "RM2.00 | No. 18,211")
    [story] = page.articles
    assert story.headline == "Flood relief centres open in three states"
    assert story.dateline == "KUALA LUMPUR:"
    text = " ".join(story.paragraphs)
    assert "The National Disaster Management Agency said 148 centres" in text
    assert "Treasury Secretary Ruth Kiptoo said the funds" in text
