"""A Tanzanian daily's front as Tesseract reads it and a Guyanese daily's as ``pdftotext
-layout`` gives it (branch en50, from own-en-tz-ocr and own-en-gy-layout, annotated blind): an
issue's number after "Issue", an office closed by a post-positive "general" wrapped before its
holder's name, and a dateline that is a place in title case closed by a full stop. The
snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    dateline_reaches_past,
    match_modern_dateline,
    match_title_stop_dateline,
)
from reader.parse.formats.text import _PRICE_AT_END
from reader.parse.glued import _close_numbers, _grid_rows, _part_column, layout_columns
from reader.parse.lines import Block, Line
from reader.parse.masthead import is_issue_label
from reader.parse.reflow import (
    _office_over_holder,
    _sentence_end_closes_block,
    colon_dateline_under_modern_head,
    dash_deck_line,
    head_stack_block,
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
    found = skybox_puff(["BUSINESS", "Shilling steady against the dollar P. 17"])
    assert found is not None and found[3] == 17


def test_a_figure_closing_a_head_under_a_label_is_no_pointer() -> None:
    # (no "P." or "Page" before it, or no label over the head)
    assert skybox_puff(["SPORT", "Young Africans sign striker for 31"]) is None
    assert skybox_puff(["Young Africans sign Ghana striker P.31"]) is None
    # (the word page after one space: en48's near miss)
    assert skybox_puff(["SPORT", "Young Africans sign Ghana striker Page 31"]) is None


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


# --- five columns whose lines do not keep step (pdftotext -layout) -------------------------------


def _row(*pieces: tuple[int, str]) -> str:
    line = ""
    for column, text in pieces:
        line = line.ljust(column) + text
    return line


_COLUMNS = (0, 28, 56, 84, 112)


def _five_column_page() -> str:
    rows = [
        _row((0, "Rail head set"), (84, "Rice farmers get")),
        _row((112, "INSIDE")),
        _row((0, "across three"), (84, "new pumps"), (112, "Gold up      7")),
    ]
    for k in range(8):
        rows.append(
            _row(
                *[
                    (start + (2 if k == 0 else 0), f"c{n} line {k} of text here")
                    for n, start in enumerate(_COLUMNS)
                ]
            )
        )
        if k % 3 == 1:
            rows.append(_row((84, f"c3 extra {k} words")))
    return "\n".join(["THE PAPER", "", *rows, "", "", "", "www.paper.gy"]) + "\n"


def test_a_grid_of_five_columns_is_read_column_by_column() -> None:
    out = layout_columns(_five_column_page())
    assert out is not None
    texts = [text.strip() for _number, text in out if text.strip()]
    # (the first column whole, its head first, then the second, …: each in its lines' order)
    assert (
        texts.index("Rail head set")
        < texts.index("across three")
        < texts.index("c0 line 7 of text here")
        < texts.index("c1 line 0 of text here")
    )
    c3 = [t for t in texts if t.startswith(("c3", "Rice", "new pumps"))]
    assert c3[:3] == ["Rice farmers get", "new pumps", "c3 line 0 of text here"]
    assert "c3 extra 1 words" in c3
    # (a box's page number set flush right closes its entry's line)
    assert "Gold up      7" in texts
    assert texts.index("c4 line 7 of text here") > texts.index("c3 line 7 of text here")
    # (the paragraph's indent kept, the furniture off the grid where it stood)
    assert any(text == "  c2 line 0 of text here" for _number, text in out)
    assert texts[0] == "THE PAPER" and texts[-1] == "www.paper.gy"
    # (every character stays)
    assert sorted("".join(texts).replace(" ", "")) == sorted(
        _five_column_page().replace(" ", "").replace("\n", "")
    )


def test_three_columns_or_lines_off_the_grid_are_no_grid() -> None:
    # (three columns keep the regions of two columns side by side)
    rows = [
        _row((0, f"a{k} left text here"), (28, f"b{k} mid text"), (56, f"c{k} right"))
        for k in range(8)
    ]
    assert _grid_rows(list(enumerate(rows, start=1))) is None
    # (a masthead's date, number and price line is off the grid: no band opens on it)
    page = _five_column_page().replace(
        "THE PAPER", _row((0, "MONDAY"), (40, "No. 12"), (100, "$100"))
    )
    out = layout_columns(page)
    assert out is not None and out[0][1].startswith("MONDAY") and "No. 12" in out[0][1]


def test_a_column_is_parted_where_the_page_left_room_over_a_new_block() -> None:
    taken = [
        (40, "to 2pm while a main is repla-"),
        (42, "ced on Sheriff Street."),
        (45, "Passport office hours"),
        (47, "The Central Immigration and"),
        (50, "  Residents can apply online"),
    ]
    out = _part_column(taken)
    assert out[2] == (42, "") and [t for _n, t in out].count("") == 1
    # (a caption's credit in brackets closes too; a deck six lines over the caption parts it)
    out = _part_column(
        [
            (23, "– works to start in May"),
            (44, "Traffic backs up at the"),
            (46, "(Photo by A. N.)"),
            (48, "By Shenika Persaud"),
        ]
    )
    assert [t for _n, t in out] == [
        "– works to start in May",
        "",
        "Traffic backs up at the",
        "(Photo by A. N.)",
        "",
        "By Shenika Persaud",
    ]


def test_a_column_runs_on_where_nothing_closed_or_the_lines_touch() -> None:
    taken = [
        (55, "four lanes over its first 24"),
        (59, "miles, Public Works Minister"),
        (61, "Deodat Ramsaroop announ-"),
    ]
    assert _part_column(taken) == taken
    taken = [(67, "hed by the end of 2029."), (68, "Three firms have been")]  # (touching lines)
    assert _part_column(taken) == taken
    taken = [(41, "old ones."), (43, "  Farmers lost about a fifth")]  # (an indented paragraph)
    assert _part_column(taken) == taken


# --- "– works to start in May, …": a deck opened by a dash -------------------------------------


def test_a_dash_and_small_words_open_a_deck() -> None:
    assert dash_deck_line("– works to start in May, Public Works Minister says")
    assert dash_deck_line("— says agency head")


def test_other_dashed_lines_are_no_deck() -> None:
    assert not dash_deck_line("– The minister said so.")  # (a capital after the dash)
    assert not dash_deck_line("- works to start in May")  # (a hyphen: a list's mark)
    assert not dash_deck_line("– works to start in May.")  # (a sentence closed)
    assert not dash_deck_line("works to start in May")


def test_a_head_stack_keeps_its_dashed_deck() -> None:
    head = _tblock(
        "Linden highway to be", "widened to four lanes", "– works to start in May, Minister says"
    )
    assert head_stack_block(head)
    assert not head_stack_block(
        _tblock("The minister said on Friday that", "– works to start in May")
    )


def test_a_columns_runs_are_numbered_line_by_line() -> None:
    taken = [(12, "Rice farmers at"), (13, "Mahaicony get"), (20, "new drainage"), (22, "pumps")]
    assert [n for n, _t in _close_numbers(taken)] == [12, 13, 14, 15]
    # (a blank line _part_column put in starts a new run at its own line's number)
    taken = [(42, "ced on Sheriff Street."), (42, ""), (45, "Passport office hours")]
    assert _close_numbers(taken) == taken


# --- an INSIDE box as Tesseract reads it: each entry's page on its first line ------------------

_BOX_PAGE = "THE COAST HERALD\nFriday, February 12, 2027 | TSh 1,000/-\n\n"


def _teasers(box: str) -> list[tuple[str | None, int | None]]:
    page = parse_page_text(_BOX_PAGE + box)
    return [
        (a.headline, a.continued_to.page if a.continued_to else None)
        for a in page.articles
        if a.kind == "teaser"
    ]


def test_an_entrys_rest_under_it_before_the_next_entry() -> None:
    box = (
        "INSIDE\nBunge passes new 3\nmining bill\nZanzibar cloves 9\n\nfetch record price\n\n"
        "Business: Shilling 17\n\nsteady against\ndollar\n\nNEWS IN BRIEF\n\nWater rationing in\n"
        "Moshi\n\nParts of Moshi will get piped water only on alternate days until the rains "
        "begin.\n"
    )
    assert _teasers(box) == [
        ("Bunge passes new mining bill", 3),
        ("Zanzibar cloves fetch record price", 9),
        ("Business: Shilling steady against dollar", 17),
    ]


def test_a_price_after_a_blank_line_still_closes_the_box() -> None:
    box = (
        "INSIDE\nOpinion: Provinces need their own revenue  6\nSports: Nepal beat UAE  12\n\n"
        "Fuel prices cut by Rs 5\na litre from today\n\nPost Report\nNepal Oil Corporation has "
        "cut the\nprice of petrol and diesel by Rs 5\na litre, effective from Friday.\n"
    )
    assert _teasers(box) == [
        ("Opinion: Provinces need their own revenue", 6),
        ("Sports: Nepal beat UAE", 12),
    ]
    assert _PRICE_AT_END.search("Fuel prices cut by Rs 5") is not None
    assert _PRICE_AT_END.search("Business: Shilling 17") is None


def test_a_capitalised_line_after_a_blank_is_no_entrys_rest() -> None:
    box = (
        "INSIDE\nBunge passes new bill 3\n\nWater rationing in Moshi\n\nParts of Moshi will get "
        "piped water only on alternate days until the rains begin.\n"
    )
    assert _teasers(box) == [("Bunge passes new bill", 3)]


def test_a_label_in_capitals_parts_its_column_where_the_page_left_room() -> None:
    taken = [(23, " Editorial: Roads         6"), (24, " before ribbons"), (28, "IN BRIEF")]
    assert [t for _n, t in _part_column(taken)][-2:] == ["", "IN BRIEF"]
    # (straight under the line above: no room left, no part)
    taken = [(24, " before ribbons"), (25, "IN BRIEF")]
    assert _part_column(taken) == taken


# --- "PARAMARIBO, Suriname, (CMC) –": a comma before the wire ----------------------------------


def test_a_comma_may_close_the_country_before_the_wire() -> None:
    found = match_modern_dateline("PARAMARIBO, Suriname, (CMC) – Suriname has opened a second")
    assert found is not None and found.text == "PARAMARIBO, Suriname, (CMC) –"
    assert dateline_reaches_past("PARAMARIBO, Suriname,", "(CMC) – Suriname has")
    found = match_modern_dateline("KINGSTON, Jamaica (CMC) — Jamaica will raise")  # (as before)
    assert found is not None


def test_a_comma_before_no_wire_is_no_modern_dateline() -> None:
    # (a bracket naming no wire, or no dash after it)
    assert match_modern_dateline("PARAMARIBO, Suriname, (Monday) – The talks went on") is None
    assert match_modern_dateline("PARAMARIBO, Suriname, (CMC) Suriname has opened") is None


def test_an_entry_set_over_two_lines_under_another_stays_its_own() -> None:
    # (near miss: a capitalised line under an entry, over a line closed by its page, is the
    # next entry's first line, as test_tesseract_page_rules has it)
    box = (
        "INSIDE\nBudget vote delayed 4\nOpposition sets out its\nspending plan 6\n\n"
        "Clinic hours extended\nBy Dana Smith\n\nThe clinic will open until eight in the evening "
        "from Monday.\n"
    )
    heads = [head for head, _page in _teasers(box)]
    assert heads[0] == "Budget vote delayed"
