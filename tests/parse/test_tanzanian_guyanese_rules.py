"""A Tanzanian daily's front as Tesseract reads it and a Guyanese daily's as ``pdftotext
-layout`` gives it (branch en50, from own-en-tz-ocr and own-en-gy-layout, annotated blind): an
issue's number after "Issue", an office closed by a post-positive "general" wrapped before its
holder's name, and a dateline that is a place in title case closed by a full stop. The
snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import match_title_stop_dateline
from reader.parse.lines import Block, Line
from reader.parse.masthead import is_issue_label
from reader.parse.reflow import (
    _office_over_holder,
    _sentence_end_closes_block,
    colon_dateline_under_modern_head,
    narrow_head_over_prose,
    skybox_puff,
)


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, text, False, 0) for k, text in enumerate(texts)]


# --- "Issue No. 8,412" ------------------------------------------------------------------------


def test_an_issue_number_after_issue_is_an_issue_label() -> None:
    assert is_issue_label("Issue No. 8,412")
    assert is_issue_label("ISSUE NO. 41")
    assert is_issue_label("Issue 8,812")  # (as before)


def test_issue_before_a_word_is_no_label() -> None:
    assert not is_issue_label("Issue Nothing")
    assert not is_issue_label("Issue No. 8,412 was printed late")


# --- "director general" over its holder --------------------------------------------------------


def test_an_office_closed_by_general_runs_on_into_its_holder() -> None:
    lines = _lines("TRC director general", "Masanja Kadogosa told repor-", "ters yesterday that")
    assert _office_over_holder(lines, 0)
    lines = _lines("The attorney general", "Amina Juma said the bill", "would be tabled")
    assert _office_over_holder(lines, 0)


def test_general_after_no_office_or_over_no_holder_is_no_office() -> None:
    # (a head ending on "general" with no office before it, and an office over no name saying)
    assert not _office_over_holder(_lines("Strike is general", "Juma Said told the"), 0)
    assert not _office_over_holder(_lines("New director general", "The board has named"), 0)


def test_a_story_keeps_its_paragraph_opening_on_the_office() -> None:
    page = (
        "Rail freight to reach the lake\n\nBy Amina Said\n\nThe railway will carry cargo to the "
        "lake from July, cutting the\njourney to a day.\n\nTRC director general\nMasanja "
        "Kadogosa told reporters that the\nlast section had passed its inspection.\n"
    )
    articles = parse_page_text(page).articles
    assert [a.headline for a in articles] == ["Rail freight to reach the lake"]


# --- "Dar es Salaam. The …" ---------------------------------------------------------------------


def test_a_place_in_title_case_and_a_stop_is_a_dateline() -> None:
    found = match_title_stop_dateline("Dar es Salaam. The Tanza-")
    assert found is not None and found.text == "Dar es Salaam."
    found = match_title_stop_dateline("Dodoma. Street vendors have been given")
    assert found is not None and found.text == "Dodoma."
    found = match_title_stop_dateline("Dar es Salaam. The Tanzania Railways Corporation (TRC) will")
    assert found is not None


def test_titles_months_and_short_words_are_no_place() -> None:
    assert match_title_stop_dateline("Mr. Smith said he would go") is None
    assert match_title_stop_dateline("Dr. Frederick Sagamiko, the director") is None
    assert match_title_stop_dateline("Feb. 3 was the day") is None
    assert match_title_stop_dateline("Go. Now they said") is None  # (a place of two letters)
    assert match_title_stop_dateline("DODOMA. Street vendors") is None  # (capitals: en48's)


def test_the_title_case_dateline_is_asked_only_under_a_by_byline() -> None:
    text = "Arusha. Kenya, Tanzania and Uganda have agreed to"
    found = colon_dateline_under_modern_head("By Staff Writer", text)
    assert found is not None and found.text == "Arusha."
    assert colon_dateline_under_modern_head("By Godfrey Massawe", text) is not None
    # (under a head, a name alone or prose: no dateline; a short sentence opens so)
    assert colon_dateline_under_modern_head("Border posts to stay open", text) is None
    assert colon_dateline_under_modern_head("the meeting ended late.", text) is None
    assert colon_dateline_under_modern_head("Godfrey Massawe", text) is None


def test_a_story_under_a_byline_gets_its_title_case_dateline() -> None:
    page = (
        "Council bans street trading\n\nBy Aisha Nyanda\n\nDodoma. Street vendors have been "
        "given two\nweeks to leave the roads around the market.\n\nTraders asked for more time.\n"
    )
    (article,) = parse_page_text(page).articles
    assert article.dateline == "Dodoma."
    assert article.paragraphs[0].startswith("Street vendors")


def test_a_1916_dispatch_under_a_wire_credit_keeps_its_whole_dateline() -> None:
    # (a month and day after the place: the 1916 dispatch's dateline, another rule's)
    assert match_title_stop_dateline("Torreon. Coahuila, Mexico, Feb. 17.") is None
    text = "Pinsk. Russia, by Courier to Berlin, Feb. 21, via London."
    assert colon_dateline_under_modern_head("By Associated Press", text) is None
    # (a name's abbreviation over "By" is no place: "Address By Robt. Tasker")
    assert colon_dateline_under_modern_head("By Miss M. Coover", "Address By Robt. Tasker") is None


# --- "Young Africans sign Ghana striker P.31" ----------------------------------------------------


def test_a_puffs_pointer_after_a_space_closes_its_head() -> None:
    assert skybox_puff(["SPORT", "Young Africans sign Ghana striker P.31"]) == (
        "SPORT",
        "Young Africans sign Ghana striker",
        2,
        31,
    )
    found = skybox_puff(["BUSINESS", "Shilling steady against the dollar Page 17"])
    assert found is not None and found[3] == 17


def test_a_figure_closing_a_head_under_a_label_is_no_pointer() -> None:
    # (no "P." or "Page" before it, or no label over the head)
    assert skybox_puff(["SPORT", "Young Africans sign striker for 31"]) is None
    assert skybox_puff(["Young Africans sign Ghana striker P.31"]) is None


# --- "Namanga, and Uganda and" / "Tanzania at Mutukula." ------------------------------------------


def test_a_title_case_line_under_an_open_line_of_prose_stays_in_it() -> None:
    lines = _lines(
        "shifts. Kenya and Tanzania",
        "will pay for extra staff at",
        "Namanga, and Uganda and",
        "Tanzania at Mutukula.",
    )
    like = [False, False, True, True]
    _sentence_end_closes_block(lines, like)
    assert like == [False, False, False, False]


def test_a_deck_wrapped_on_and_under_a_head_stays_a_title() -> None:
    # (no comma: a deck's line "About Local People and" over "Events and Other Matters")
    lines = _lines("the meeting went on until", "About Local People and", "Events of the Week")
    like = [False, True, True]
    _sentence_end_closes_block(lines, like)
    assert like == [False, True, True]
    # (the line above a title itself: asked no further)
    lines = _lines("LOCAL NEWS", "Namanga, and Uganda and", "Tanzania at Mutukula.")
    like = [True, True, True]
    _sentence_end_closes_block(lines, like)
    assert like == [True, True, True]


# --- a narrow head's own block over its text's -------------------------------------------------


def _tblock(*texts: str, double: bool = False) -> Block:
    return Block(
        tuple(Line(k + 1, t, False, 1 if k == 0 else 0, width=len(t)) for k, t in enumerate(texts)),
        double,
    )


def test_a_head_a_narrow_column_wrapped_heads_the_block_under_it() -> None:
    head = _tblock("Police warn of", "fake land title", "agents")
    text = _tblock(
        "Police in Dar es Salaam",
        "have warned buyers of plots",
        "to deal only with registered",
        "land officers, after more than",
    )
    assert narrow_head_over_prose(head, text)
    assert narrow_head_over_prose(_tblock("Exam results out next", "week"), text)


def test_a_paragraphs_wrapped_lines_head_nothing() -> None:
    text = _tblock("Police in Dar es Salaam", "have warned buyers of plots", "to deal only with")
    # (a paragraph's lines fill the measure: the next word would not have fitted)
    assert not narrow_head_over_prose(_tblock("the two sides will share one", "building"), text)
    # (a stop closes the block, an e-paper's double-spaced lines, one line alone)
    assert not narrow_head_over_prose(_tblock("Police warn of", "fake agents."), text)
    assert not narrow_head_over_prose(_tblock("Police warn of", "fake agents", double=True), text)
    assert not narrow_head_over_prose(_tblock("Police warn of fake agents"), text)
    # (a block in small letters under it is no story's opening)
    lower = _tblock("have warned buyers of plots", "to deal only with registered")
    assert not narrow_head_over_prose(_tblock("Police warn of", "fake agents"), lower)


def test_a_page_gives_the_narrow_heads_their_stories() -> None:
    page = (
        "Council bans street trading\n\nBy Aisha Nyanda\n\nStreet vendors have been given two "
        "weeks\nto leave the roads around the market.\n\nPolice warn of\nfake land title\n"
        "agents\n\nPolice in Dar es Salaam have warned\nbuyers of plots to deal only with "
        "the\nregistered land officers of the ministry.\n"
    )
    heads = [a.headline for a in parse_page_text(page).articles]
    assert "Police warn of fake land title agents" in heads
