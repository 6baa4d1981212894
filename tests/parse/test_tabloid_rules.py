"""An English tabloid e-paper's page furniture (epaper27): sentence-case heads wrapped over
short lines, a deck under a capitals head, a capitals kicker over a sentence-case head, jump
lines and puffs with a tabloid's page pointers, a fact box's bullets, bylines with a second
name, a reporter away or a role on the next line, and picture credits by slash or courtesy."""

from __future__ import annotations

from reader.parse.classify import (
    is_byline_line,
    is_credit,
    is_role_line,
    match_continuation,
    match_teaser_pointer,
)
from reader.parse.lines import segment_blocks, split_lines
from reader.parse.reflow import modern_page
from tests.parse.epages import articles_of, epaper, story_by

WRAPPED_HEADS = epaper(
    "Ferry fares to rise",
    "by a fifth in spring",
    "By Helen Quigley",
    "Island commuters will pay more for",
    "the crossing from March, the operator",
    "said yesterday.",
    "Council wins fight",
    "over harbour wall",
    "By Padraig Nolan",
    "The county council has won its case",
    "against the port company over the",
    "cost of repairs to the old wall.",
)


def test_a_sentence_case_head_wrapped_over_lines_is_one_headline() -> None:
    articles = articles_of(WRAPPED_HEADS)
    assert story_by(articles, "Quigley").headline == "Ferry fares to rise by a fifth in spring"
    assert story_by(articles, "Nolan").headline == "Council wins fight over harbour wall"


DECK_UNDER_CAPITALS = epaper(
    "Dock strike talks collapse at midnight",
    "Picture: Archive",
    "FLOOD ALERT",
    "FOR VALLEY",
    "River expected to burst its banks by Friday",
    "By Tom Ashworth",
    "RESIDENTS of the lower valley were",
    "told to move cars to high ground as",
    "the river rose again overnight.",
)


def test_a_sentence_case_deck_under_a_capitals_head_over_a_reporter() -> None:
    story = story_by(articles_of(DECK_UNDER_CAPITALS), "Ashworth")
    assert story.headline == "FLOOD ALERT FOR VALLEY"
    assert story.subheadline == "River expected to burst its banks by Friday"


KICKER = epaper(
    "THE MORNING SIREN",
    "Hospital gets winter boost",
    "By Liam Coyle",
    "The regional hospital will open more",
    "beds this winter after a row over",
    "waiting times, managers said.",
    "• 40 new beds this winter",
    "• Two wards reopened",
    "HEALTH",
    "Surgeon struck off",
    "after clinic errors",
    "By Grace Molloy",
    "Health Reporter",
    "A SURGEON who left swabs inside two",
    "patients has been struck off by the",
    "medical council.",
)


def test_a_capitals_kicker_over_a_sentence_case_head_and_a_role_line() -> None:
    story = story_by(articles_of(KICKER), "Molloy")
    assert story.kicker == "HEALTH"
    assert story.headline == "Surgeon struck off after clinic errors"
    assert story.byline == "By Grace Molloy\nHealth Reporter"
    assert story.subheadline is None


def test_a_role_line_names_a_reporter() -> None:
    assert is_role_line("Courts Reporter")
    assert is_role_line("Crime Reporter")


def test_a_tabloids_jump_lines() -> None:
    for line, page in (
        ("TURN TO PAGE 7", 7),
        ("FULL STORY P8-9", 8),
        ("MATCH REPORT PAGES 70-73", 70),
        ("RACING, PAGE 52", 52),
    ):
        found = match_continuation(line)
        assert found is not None and found[0].page == page and not found[1]
    # Not in capitals, or a sentence: no jump line.
    assert match_continuation("Turned to page seven of the report") is None


def test_a_jump_line_closes_its_story() -> None:
    text = epaper(
        "Bus lanes to stay",
        "on the quays",
        "By Eamon Garvey",
        "The city's bus lanes will stay in",
        "place after a review found journey",
        "times had fallen.",
        "TURN TO PAGE 6",
    )
    story = story_by(articles_of(text), "Garvey")
    assert story.continued_to is not None and story.continued_to.page == 6


def test_puffs_with_a_short_page_pointer() -> None:
    assert match_teaser_pointer("Soap star's secret wedding P19") is not None
    text = epaper(
        "THE MORNING SIREN",
        "Thursday, March 4, 2027 90p",
        "www.morningsiren.co.uk",
        "INSIDE",
        "Soap star's secret wedding P19",
        "Win a family cruise for four P30",
        "Derby side crash out of cup P62-64",
    )
    teasers = [article for article in articles_of(text) if article.kind == "teaser"]
    assert [(t.headline, t.continued_to.page if t.continued_to else None) for t in teasers] == [
        ("Soap star's secret wedding", 19),
        ("Win a family cruise for four", 30),
        ("Derby side crash out of cup", 62),
    ]


def test_a_teasers_pointer_on_the_line_under_it() -> None:
    text = epaper("RANGERS ROUT RIVALS IN DERBY", "SPORT, PAGE 56")
    teaser = articles_of(text)[-1]
    assert teaser.headline == "RANGERS ROUT RIVALS IN DERBY"
    assert teaser.continued_to is not None and teaser.continued_to.page == 56


def test_a_fact_boxs_bullets_are_paragraphs() -> None:
    text = epaper(
        "WHAT IT MEANS",
        "• Parking fees up 20 per cent",
        "• Free hour scrapped from May",
        "• Residents' permits unchanged",
    )
    box = articles_of(text)[0]
    assert box.headline == "WHAT IT MEANS"
    assert len(box.paragraphs) == 3


def test_bylines_of_two_names_and_of_a_reporter_away() -> None:
    text = epaper(
        "Landlord jailed",
        "over fire traps",
        "By Rosa Delgado",
        "and Mark Feeney",
        "A Queens landlord who packed 30",
        "tenants into an illegal basement",
        "was jailed for two years.",
    )
    assert story_by(articles_of(text), "Delgado").byline == "By Rosa Delgado\nand Mark Feeney"
    assert is_byline_line("From SEAN GALLAGHER in Lisbon")
    assert not is_byline_line("From the mountains in Spring")


def test_picture_credits_by_slash_and_courtesy() -> None:
    assert is_credit("Rob Tanner/Daily Siren")
    assert is_credit("Courtesy of Ellen Park")
    assert not is_credit("Either/or")


def test_a_1916_deck_over_a_one_word_byline_leaves_the_page_as_it_was() -> None:
    text = (
        "FOR SCHOOL REFORM\n"
        "Question of Hours to Be Discussed\n"
        "By General\n"
        "Assembly.\n"
        "The members will meet on Tuesday to\n"
        "hear the report of the committee.\n"
    )
    assert not modern_page(segment_blocks(split_lines(text)))
