"""Australian metro tabloid and US regional e-pages (tabloid30): bylines with no "By" (a name
and its newsroom office after a comma, or a name in capitals over its office in capitals), a
tabloid head's short first line and figure-led tails, a picture credit broken over two lines
or run in after the caption's stop, a sentence-case head over a line that opens a sentence
alone, a deck over a byline whatever word it ends on, skybox teasers pointing at a section's
page, index runs as furniture, a photographer's credit in capitals and a slug jump with a
section page. Each shape is built from our own short snippets, with the near misses each rule
must leave alone."""

from __future__ import annotations

from reader.parse.assemble import _figure_led_tail
from reader.parse.classify import (
    is_byline_line,
    is_capitals_name,
    is_credit,
    is_named_byline,
    match_continuation,
    match_teaser_pointer,
    name_over_office,
    split_closing_credit,
)
from reader.parse.formats.text import is_index_run, page_blocks
from reader.parse.reflow import modern_page
from tests.parse.epages import articles_of, epaper, story_by

# --- bylines with no "By" -------------------------------------------------------------------


def test_a_name_and_its_newsroom_office_after_a_comma_is_a_byline() -> None:
    assert is_named_byline("PRIYA DESAI, Senior Writer")
    assert is_named_byline("Owen Hartley, Staff Writer")
    assert is_byline_line("Owen Hartley, Staff Writer")
    # near misses: a 1916 deck naming an editor by what he says, a card's signer
    assert not is_named_byline("Double Harness, Says Editor")
    assert not is_byline_line("Double Harness, Says Editor")
    assert not is_named_byline("W. W. FRY, President")
    assert not is_named_byline("Owen Hartley said the writer")


def test_a_name_in_capitals_over_its_office_in_capitals() -> None:
    assert name_over_office("MARA QUINLAN", "COURTS REPORTER")
    assert name_over_office("DEV PATEL", "STAFF WRITER")
    # a head in capitals over an office is no name
    assert not is_capitals_name("MAN NAMED")
    assert not name_over_office("MAN NAMED", "CITY EDITOR")
    assert not name_over_office("MARA QUINLAN", "SAYS EDITOR")


NAMED_BYLINES = epaper(
    "Crash closes highway",
    "By Rita Moss",
    "A truck rolled on the highway at dawn,",
    "closing both lanes for four hours",
    "while crews cleared the load.",
    "Ferry timetable",
    "cut for summer",
    "MARA QUINLAN",
    "TRANSPORT REPORTER",
    "FERRY services to the northern",
    "bays will run half as often from",
    "January, the operator said.",
    "Pool reopens after",
    "two-year refit",
    "Owen Hartley, Staff Writer",
    "The Eastside aquatic centre will",
    "reopen on Saturday after a refit",
    "that ran a year over schedule.",
)


def test_bylines_with_no_by_open_their_stories_under_their_heads() -> None:
    articles = articles_of(NAMED_BYLINES)
    ferry = story_by(articles, "QUINLAN")
    assert ferry.headline == "Ferry timetable cut for summer"
    assert ferry.byline is not None and "TRANSPORT REPORTER" in ferry.byline
    assert ferry.paragraphs[0].startswith("FERRY services")
    pool = story_by(articles, "Hartley")
    assert pool.headline == "Pool reopens after two-year refit"
    assert pool.byline == "Owen Hartley, Staff Writer"


OLD_NAME_OVER_OFFICE = (
    "THE COUNTY FAIR\n"
    "The fair opened on Tuesday with a large crowd and the exhibits were\n"
    "judged by the committee in the afternoon.\n"
    "JOHN HARDY\n"
    "CITY EDITOR\n"
    "will speak at the hall on Friday evening on the work of the press.\n"
)


def test_a_name_over_an_office_on_a_page_not_modern_is_left_alone() -> None:
    # No sentence-case head over a modern story's opening: the gate stays shut.
    assert not modern_page(page_blocks(OLD_NAME_OVER_OFFICE)[1])
    assert not any(
        article.byline and "HARDY" in article.byline
        for article in articles_of(OLD_NAME_OVER_OFFICE)
    )


# --- a tabloid head's stack ------------------------------------------------------------------

STACKS = epaper(
    "Board OKs",
    "$12M library",
    "expansion",
    "By Rita Moss",
    "The library board voted on Monday",
    "to borrow for a new children's wing.",
    "Coach to step",
    "down after",
    "14 seasons",
    "By Ken Abara",
    "The Central High football coach",
    "told players on Tuesday he would leave.",
)


def test_a_short_first_line_and_figure_led_tails_make_one_head() -> None:
    articles = articles_of(STACKS)
    assert story_by(articles, "Moss").headline == "Board OKs $12M library expansion"
    assert story_by(articles, "Abara").headline == "Coach to step down after 14 seasons"


def test_a_title_case_line_under_a_figure_is_no_sentence_case_tail() -> None:
    assert _figure_led_tail("Board OKs", "$12M library")
    assert _figure_led_tail("Coach to step down after", "14 seasons")
    # a 1916 deck wrapped over a figure goes on in title case; a closed line takes no tail
    assert not _figure_led_tail("Flames Sweep Plant", "$40,000 Loss")
    assert not _figure_led_tail("The plant was sold.", "$40,000 was paid")


DECK_ON_A_PARTICLE = epaper(
    "We dropped the rates again today.",
    "POOL PARTY",
    "CHAOS",
    "Lifeguards stand by as crowds move in",
    "DEV PATEL",
    "STAFF WRITER",
    "HUNDREDS of teenagers stormed a",
    "public pool after a party invite",
    "went viral, police said.",
    "Trams halted",
    "by strike",
    "By Rita Moss",
    "Tram drivers walked off the job at",
    "noon over a pay offer.",
)


def test_a_deck_between_a_capitals_head_and_a_byline_may_end_on_a_particle() -> None:
    story = story_by(articles_of(DECK_ON_A_PARTICLE), "PATEL")
    assert story.headline == "POOL PARTY CHAOS"
    assert story.subheadline == "Lifeguards stand by as crowds move in"


# --- picture credits -------------------------------------------------------------------------

BROKEN_CREDITS = epaper(
    "SOAKED: Fans shelter from the",
    "storm at the ground.",
    "Picture: Rosalind",
    "Whitcombe",
    "CLEAN-UP: Volunteers on the",
    "beach. Picture: Surf Life",
    "Saving",
    "COURTS",
    "Driver jailed",
    "over crash",
    "By Rita Moss",
    "A DRIVER who killed a cyclist was",
    "jailed for six years yesterday.",
)


def test_a_picture_credit_broken_over_two_lines_is_one_credit() -> None:
    articles = articles_of(BROKEN_CREDITS)
    credits = [article.credit for article in articles if article.credit]
    assert "Picture: Rosalind Whitcombe" in credits
    assert "Picture: Surf Life Saving" in credits
    assert any(
        article.paragraphs == ("CLEAN-UP: Volunteers on the beach.",) for article in articles
    )


def test_a_line_in_capitals_under_a_credit_begun_is_the_next_kicker() -> None:
    text = epaper(
        "FLOODED: The main street.",
        "Photo: Newsfile",
        "COURTS",
        "Driver jailed",
        "over crash",
        "By Rita Moss",
        "A DRIVER who killed a cyclist was",
        "jailed for six years yesterday.",
    )
    articles = articles_of(text)
    assert "Photo: Newsfile" in [article.credit for article in articles]
    assert story_by(articles, "Moss").kicker == "COURTS"


def test_a_credit_run_in_after_the_caption_stop_closes_it() -> None:
    assert split_closing_credit("the bay. Picture: Surf Life Saving") == (
        "the bay.",
        "Picture: Surf Life Saving",
    )
    # near misses: no stop before the label, or a sentence after it
    assert split_closing_credit("the Picture: Surf Life Saving") is None
    assert split_closing_credit("He said. Picture: it was a great day.") is None


def test_a_photographer_and_paper_in_capitals_is_a_credit() -> None:
    assert is_credit("DANA ORTIZ/VALLEY HERALD")
    assert not is_credit("AND/OR")
    assert not is_credit("WHEAT/CORN PRICES FALL AGAIN TODAY.")


# --- sentence-case heads over a sentence's opening --------------------------------------------

BRIEFS = epaper(
    "Crash closes highway",
    "By Rita Moss",
    "A truck rolled on the highway at",
    "dawn, closing both lanes for four",
    "hours while crews cleared the load.",
    "Council holds rates for a second year",
    "THE council will hold rates for",
    "a second year, the mayor said.",
    "Farmers market moves to old depot",
    "The Saturday farmers market will",
    "move to the old depot for winter.",
)


def test_a_sentence_case_line_over_a_sentence_opening_alone_is_a_head() -> None:
    heads = [article.headline for article in articles_of(BRIEFS)]
    # (each head all but fills the column: the next line's first word would not fit on it)
    assert "Council holds rates for a second year" in heads
    assert "Farmers market moves to old depot" in heads


OLD_PAGE_LEADS = (
    "WAR NEWS OF THE DAY\n"
    "The senate met today and heard the report of the committee on the\n"
    "naval bill, which was sent back for changes.\n"
    "Farmers of the county\n"
    "The roads are in good shape for hauling and many were in town.\n"
)


def test_on_a_page_not_modern_the_line_stays_the_paragraph() -> None:
    heads = [article.headline for article in articles_of(OLD_PAGE_LEADS)]
    assert "Farmers of the county" not in heads


# --- pointers, index runs, jumps ----------------------------------------------------------------


def test_a_skybox_teaser_points_at_a_section_page() -> None:
    found = match_teaser_pointer("Owls win the state title, Sports, B1")
    assert found is not None and found[1] == "Owls win the state title"
    assert found[0].page == 1
    found = match_teaser_pointer("Derby star signs on — Sport 52")
    assert found is not None and found[1] == "Derby star signs on" and found[0].page == 52
    # near misses: no section's name before the figure
    assert match_teaser_pointer("sold at auction, Lot 4") is None
    assert match_teaser_pointer("The series is tied — Game 3") is None


def test_teasers_under_the_masthead_with_section_pointers() -> None:
    text = epaper(
        "Owls win the state title, Sports, B1",
        "Ten gifts under $20, Living, C1",
        "Crash closes highway",
        "By Rita Moss",
        "A truck rolled on the highway at dawn,",
        "closing both lanes for four hours.",
    )
    teasers = [a for a in articles_of(text) if a.kind == "teaser"]
    assert [t.headline for t in teasers] == ["Owls win the state title", "Ten gifts under $20"]


def test_an_index_run_of_sections_is_furniture() -> None:
    assert is_index_run("Business B4 | Comics C6 | Weather A10")
    assert is_index_run("Sport 46 | TV Guide 38 | Puzzles 40")
    # near misses: a market table's row, two entries only
    assert not is_index_run("Wheat 95 | Corn 60 | Oats 40")
    assert not is_index_run("Business B4 | Comics C6")
    furniture, _ = page_blocks(
        epaper(
            "THE VALLEY HERALD",
            "Opinion A8 | Obituaries A5 | Classified D1",
            "Crash closes highway",
            "By Rita Moss",
            "A truck rolled on the highway at dawn.",
        )
    )
    assert "Opinion A8 | Obituaries A5 | Classified D1" in [line.text for line in furniture]


def test_a_slug_jump_with_a_section_page() -> None:
    found = match_continuation("Please see LIBRARY, A7")
    assert found is not None and found[0].page == 7 and found[0].direction == "to"
    assert match_continuation("See MAYOR, B2") is not None
    # near misses: a sentence, a slug in small letters
    assert match_continuation("Please see the mayor, A7 and B2 are closed.") is None
    assert match_continuation("see library, A7") is None


# --- a splash's claim in capitals ----------------------------------------------------------------

EXCLUSIVE_SPLASH = epaper(
    "We dropped the rates again today.",
    "EXCLUSIVE",
    "DAM BOSS",
    "SACKED IN",
    "SECRET DEAL",
    "DEV PATEL",
    "STAFF WRITER",
    "THE head of the water board was",
    "quietly sacked last month after a",
    "payout was agreed behind closed doors.",
    "Trams halted",
    "by strike",
    "By Rita Moss",
    "Tram drivers walked off the job at",
    "noon over a pay offer.",
)


def test_an_exclusive_claim_over_a_capitals_splash_is_its_kicker() -> None:
    story = story_by(articles_of(EXCLUSIVE_SPLASH), "PATEL")
    assert story.kicker == "EXCLUSIVE"
    assert story.headline == "DAM BOSS SACKED IN SECRET DEAL"


def test_a_short_first_line_of_a_capitals_head_is_no_kicker() -> None:
    # The same stack opening on a word that claims nothing is one head, set as it wraps.
    text = EXCLUSIVE_SPLASH.replace("EXCLUSIVE", "WATER")
    story = story_by(articles_of(text), "PATEL")
    assert story.kicker is None
    assert story.headline == "WATER DAM BOSS SACKED IN SECRET DEAL"
