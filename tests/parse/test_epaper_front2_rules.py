"""English e-paper fronts, round 2 (epaper35): a skybox puff (a label in capitals over a
sentence-case head over its page pointer alone, the label run in with its colon, or a label
promoting the paper's own pages over the head alone) is a teaser whose label is its kicker, and
the masthead's trailing scraps stop at its label; a price's £ or € is no mark against a
sentence-case line; an index run parted by middle dots, with a range of pages; a story closed
by its section's page alone takes it as its jump; a head under a fact box's last bulleted item
heads its story; a sidebar's briefs label is furniture; a correspondent's name over the city is
the byline. Each shape is built from our own short snippets, with the near misses the rules
must leave alone (a kicker over a story, a title-case head over a page, a label promoting
nothing, a market row, a page naming no section, a lone bullet, a page not found modern, a
column head in capitals, a title-case head wrapped over lines, a wire's credit)."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.assemble import _name_over_office_unit, _place_under_name
from reader.parse.classify import is_briefs_label, name_over_place
from reader.parse.formats.text import is_index_run
from reader.parse.lines import Line
from reader.parse.reflow import (
    Unit,
    _after_list,
    _name_over_place_at,
    _sentence_case_line,
    skybox_puff,
)
from tests.parse.epages import articles_of, epaper

# --- the puff's lines -----------------------------------------------------------------------


def test_a_label_over_a_sentence_case_head_over_its_page() -> None:
    assert skybox_puff(["ARTS", "Why the opera house is sold out", "Page E1"]) == (
        "ARTS",
        "Why the opera house is sold out",
        3,
        1,
    )
    assert skybox_puff(["TRAVEL", "A week on the Cabot Trail", "Escapes, page 9"]) == (
        "TRAVEL",
        "A week on the Cabot Trail",
        3,
        9,
    )
    # near misses: a head in title case (a 1916 deck), a head closed by a stop, no pointer
    assert skybox_puff(["LOCAL NEWS", "Mrs Hart Visits Town", "Page 4"]) is None
    assert skybox_puff(["ARTS", "The opera house is sold out.", "Page E1"]) is None
    assert skybox_puff(["ARTS", "Why the opera house is sold out", "By Lena Fox"]) is None


def test_a_label_run_in_before_the_head_with_its_colon() -> None:
    assert skybox_puff(["PLUS: How to bake a lighter stollen", "Food, page 30"]) == (
        "PLUS:",
        "How to bake a lighter stollen",
        2,
        30,
    )
    # near miss: a colon dateline over prose ("OTTAWA: The federal …")
    assert skybox_puff(["OTTAWA: The federal budget will", "be tabled on Monday"]) is None


def test_a_label_promoting_the_papers_pages_over_the_head_alone() -> None:
    assert skybox_puff(["WIN IN SATURDAY'S PAPER", "Two tickets to the cup final", "X"]) == (
        "WIN IN SATURDAY'S PAPER",
        "Two tickets to the cup final",
        2,
        None,
    )
    # near miss: a label promoting nothing (a story's kicker) over its head alone
    assert skybox_puff(["CITY HALL", "Budget vote delayed again", "X"]) is None


def test_a_price_is_no_mark_against_a_sentence_case_line() -> None:
    assert _sentence_case_line("Ferry wins £3m refit")
    assert _sentence_case_line("Festival costs €40,000 more")
    # near misses: another mark outside ASCII, a line closed by a stop
    assert not _sentence_case_line("Café wins award")
    assert not _sentence_case_line("Ferry wins £3m refit.")


# --- puffs on a page --------------------------------------------------------------------------

SKYBOX = epaper(
    "The Harbourside Chronicle",
    "Thursday, December 3, 2026 | chronicle.ca",
    "ARTS",
    "Why the opera house is sold out",
    "Page E1",
    "PLUS: How to bake a lighter stollen",
    "Food, page 30",
    "Ferry service cut",
    "to two sailings",
    "By Lena Fox",
    "Staff Reporter",
    "The province will cut the island ferry",
    "to two sailings a day from January, the",
    "transport minister said on Wednesday.",
)


def test_skybox_puffs_are_teasers_with_their_labels_as_kickers() -> None:
    articles = articles_of(SKYBOX)
    teasers = [a for a in articles if a.kind is ArticleKind.TEASER]
    assert [(t.kicker, t.headline) for t in teasers] == [
        ("ARTS", "Why the opera house is sold out"),
        ("PLUS:", "How to bake a lighter stollen"),
    ]
    assert [t.continued_to.page for t in teasers if t.continued_to] == [1, 30]
    story = next(a for a in articles if a.byline)
    assert story.headline == "Ferry service cut to two sailings"
    # the label under the masthead is no trailing scrap of it
    assert "ARTS" not in parse_page_text(SKYBOX).furniture


PROMOTED = epaper(
    "THE VALLEY STAR",
    "Thursday, December 3, 2026 $2.00",
    "INSIDE TOMORROW",
    "Your guide to the holiday markets",
    "EXCLUSIVE",
    "MAYOR QUITS",
    "OVER FUNDS",
    "By Owen Tate",
    "The mayor resigned last night after",
    "an audit found $2 million missing.",
)

KICKER_OVER_STORY = epaper(
    "THE VALLEY STAR",
    "Thursday, December 3, 2026 $2.00",
    "FREE CLINIC",
    "Eye tests for over-60s this week",
    "By Ruth Kane",
    "The health board will test the eyes of",
    "anyone over 60 at the library this week.",
)


def test_a_promoting_label_over_its_head_alone_is_a_teaser() -> None:
    articles = articles_of(PROMOTED)
    assert (articles[0].kind, articles[0].kicker, articles[0].headline) == (
        ArticleKind.TEASER,
        "INSIDE TOMORROW",
        "Your guide to the holiday markets",
    )


def test_a_promoting_label_over_prose_is_left_alone() -> None:
    # near miss: the line under the label is a story's head over its text, no puff
    articles = articles_of(KICKER_OVER_STORY)
    assert all(a.kind is not ArticleKind.TEASER for a in articles)


# --- the index run and the section's page -----------------------------------------------------


def test_an_index_run_parted_by_middle_dots() -> None:
    assert is_index_run("Opinion 12-13 · Business 20 · Puzzles 44 · TV 46")
    assert is_index_run("Sport 46 • TV Guide 38 • Weather 44")
    # near misses: a market row parted by dots names no section; two entries are no run
    assert not is_index_run("Wheat 95 · Corn 60 · Oats 40")
    assert not is_index_run("Business 20 · Sport 46")


SECTION_JUMP = epaper(
    "Court blocks port sale",
    "By Lena Fox",
    "A judge halted the sale of the port",
    "authority on Wednesday, pending a review.",
    "Business, page 20",
    "Snow closes schools",
    "By Omar Diaz",
    "Forty schools were closed across the",
    "county on Wednesday after heavy snow.",
)


def test_a_story_closed_by_its_sections_page_takes_it_as_its_jump() -> None:
    articles = articles_of(SECTION_JUMP)
    court = next(a for a in articles if a.headline == "Court blocks port sale")
    assert court.continued_to is not None and court.continued_to.page == 20
    assert all(a.kind is not ArticleKind.TEASER for a in articles)


def test_a_page_naming_no_section_under_a_story_is_left_alone() -> None:
    # near miss: "Festival" is no paper's section: the line stays a teaser of its own
    articles = articles_of(SECTION_JUMP.replace("Business, page 20", "Festival, page 20"))
    court = next(a for a in articles if a.headline == "Court blocks port sale")
    assert court.continued_to is None
    assert any(a.kind is ArticleKind.TEASER for a in articles)


# --- a head under a fact box's list -------------------------------------------------------------

FACT_BOX = (
    "Flood grants open",
    "By Tessa Ward",
    "Households hit by the November floods",
    "can claim up to $5,000 from Monday.",
    "HOW TO CLAIM",
    "• Fill in form B12 online",
    "• Send it before January 31",
    "Tram fares frozen for 2027",
    "City trams will keep the $3 fare",
    "next year, the transit board said.",
)


def test_a_head_under_a_fact_boxs_last_item_heads_its_story() -> None:
    articles = articles_of(epaper(*FACT_BOX))
    tram = next(a for a in articles if a.headline == "Tram fares frozen for 2027")
    assert tram.paragraphs[0].startswith("City trams will keep")
    box = next(a for a in articles if a.headline == "HOW TO CLAIM")
    assert box.paragraphs[-1] == "• Send it before January 31"


def test_a_list_items_wrapped_tail_or_a_lone_bullet_is_left_alone() -> None:
    # near misses: the item's own tail opening small, and a line under one bullet alone (a
    # speck OCR read as a bullet, no list)
    wrapped = list(FACT_BOX)
    wrapped[7] = "and a copy of your bill"
    articles = articles_of(epaper(*wrapped))
    box = next(a for a in articles if a.headline == "HOW TO CLAIM")
    assert box.paragraphs[-1].startswith("• Send it before January 31 and a copy")
    alone = [line for line in FACT_BOX if line != "• Fill in form B12 online"]
    articles = articles_of(epaper(*alone))
    assert all(a.headline != "Tram fares frozen for 2027" for a in articles)


def test_a_list_on_a_page_not_found_modern_is_left_alone() -> None:
    # near miss: with no byline or modern dateline the page is not modern (an old page's
    # speck read as a bullet); the line under the last item stays in it
    page = [line for line in FACT_BOX if line != "By Tessa Ward"]
    articles = articles_of(epaper(*page))
    assert all(a.headline != "Tram fares frozen for 2027" for a in articles)
    lines = [Line(number, text, False, 1) for number, text in enumerate(FACT_BOX[5:8])]
    assert _after_list(lines, 2, modern=True)
    assert not _after_list(lines, 2, modern=False)


# --- a sidebar's briefs label ----------------------------------------------------------------

BRIEFS = (
    "Snow closes schools",
    "By Omar Diaz",
    "Forty schools were closed across the",
    "county on Wednesday after heavy snow.",
    "News in brief",
    "Ferry back in service",
    "A 1960s ferry withdrawn for repairs",
    "sails again from Monday, the port said.",
)


def test_a_briefs_label_is_furniture_and_the_first_brief_keeps_its_head() -> None:
    assert is_briefs_label("In brief")
    assert is_briefs_label("World in brief")
    page = parse_page_text(epaper(*BRIEFS))
    assert "News in brief" in page.furniture
    ferry = next(a for a in articles_of(epaper(*BRIEFS)) if a.headline == "Ferry back in service")
    assert ferry.paragraphs[0].startswith("A 1960s ferry")


def test_a_briefs_head_in_capitals_or_title_case_is_left_alone() -> None:
    # near misses: a 1916 column's head in capitals or title case stays the column's
    assert not is_briefs_label("NEWS IN BRIEF")
    assert not is_briefs_label("State News in Brief")


# --- a correspondent's name over the city -------------------------------------------------------

FOREIGN = (
    "Snow closes schools",
    "By Omar Diaz",
    "Forty schools were closed across the",
    "county on Wednesday after heavy snow.",
    "Lisbon ferry strike",
    "enters second week",
    "Marta Quental",
    "Lisbon",
    "Ferry crews in Lisbon stayed off work",
    "for an eighth day on Wednesday.",
)


def test_a_correspondents_name_over_the_city_is_the_byline() -> None:
    articles = articles_of(epaper(*FOREIGN))
    ferry = next(a for a in articles if a.headline == "Lisbon ferry strike enters second week")
    assert ferry.byline is not None and ferry.byline.split() == ["Marta", "Quental", "Lisbon"]
    assert ferry.paragraphs[0].startswith("Ferry crews in Lisbon")


def test_a_name_and_a_place_under_no_sentence_case_head_are_left_alone() -> None:
    # near misses: a title-case head wrapped over two lines over prose (no sentence-case head
    # above it), and the same lines under a capitals head
    title_case = list(FOREIGN)
    title_case[4:6] = ["Port Strike Spreads", "Across Coast"]
    articles = articles_of(epaper(*title_case))
    assert all(a.byline is None or "Quental" not in a.byline for a in articles)
    assert not name_over_place("Bridge Closed To", "Traffic")
    assert not name_over_place("The Mayor", "Resigns")


def test_a_name_over_a_place_is_asked_only_under_a_head() -> None:
    # near misses: the same lines under a stopped line of prose (reflow), and as units under
    # a paragraph rather than a head's title (assemble)
    texts = ["county on Wednesday after heavy snow.", *FOREIGN[6:9]]
    lines = [Line(number, text, False, 1) for number, text in enumerate(texts)]
    assert not _name_over_place_at(lines, 1)
    headed = [Line(number, text, False, 1) for number, text in enumerate(FOREIGN[5:9])]
    assert _name_over_place_at(headed, 1)
    # a title-case head wrapped over lines (few small words), and a name over a place over a
    # line of names rather than prose
    for texts in (
        ["Town Moves on Bridge", "Harbour Wall", "Repairs", "The council voted on Monday to"],
        [*FOREIGN[5:8], "Early Sailings Cancelled"],
    ):
        assert not _name_over_place_at([Line(n, t, False, 1) for n, t in enumerate(texts)], 1)
    units = [Unit("paragraph", [line], 0) for line in lines]
    assert not _name_over_office_unit(units[1], units, 1)
    units[0] = Unit("title", [headed[0]], 0)
    assert _name_over_office_unit(units[1], units, 1)
    # the place joins a name alone, never a wire's credit ("Associated Press" / "Wire Report")
    assert _place_under_name("Marta Quental", Unit("paragraph", [headed[2]], 0))
    wire = Unit("paragraph", [Line(9, "Wire Report", False, 1)], 0)
    assert not _place_under_name("Associated Press", wire)
