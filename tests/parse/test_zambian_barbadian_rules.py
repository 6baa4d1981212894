"""A Zambian daily's front as Tesseract reads it and a Barbados daily's as an e-paper gives it
(branch en49, from own-en-zm-ocr and own-en-bb-epaper, annotated blind): a picture's credit in
brackets with "Picture by" closing a caption, the Caribbean wire's dateline with no brackets, a
puff's pointer after a dash on its head's line, the paper's site alone as furniture, a head's
tail Tesseract set in one block with the byline, an office wrapped before its holder's name, a
sentence opening on a conjunction, a correspondent's "From NAME in Place" wrapped before the
place, and a head wrapped on a particle in proportional type. The snippets are our own
wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    from_byline_broken,
    is_byline_line,
    is_furniture,
    match_dateline,
    split_closing_credit,
)
from reader.parse.lines import Block, Line
from reader.parse.reflow import (
    _find_titles,
    _office_over_holder,
    _opens_on_conjunction,
    _page_pointer_line,
    _wrapped_on_particle,
    head_tail_block,
    skybox_puff,
)


def _lines(*texts: str, gap: int = 0) -> list[Line]:
    return [Line(k + 1, text, False, gap if k == 0 else 0) for k, text in enumerate(texts)]


def _block(*texts: str) -> Block:
    return Block(tuple(_lines(*texts, gap=1)), False)


def _epaper(*lines: str) -> str:
    return "".join(line + "\n\n" for line in lines)


# --- a picture's credit: "(Picture by NAME.)" ------------------------------------------------


def test_a_picture_credit_in_brackets_closes_a_caption() -> None:
    found = split_closing_credit("Traders queue for water at Oistins. (Picture by Reco Moore.)")
    assert found is not None
    assert found[1] == "(Picture by Reco Moore.)"
    assert split_closing_credit("… at the market. (Pictures: Kerri Alleyne)") is not None


def test_brackets_that_credit_no_one_are_no_credit() -> None:
    # (a picture of words, a small word after "by", no capital: no photographer)
    assert split_closing_credit("The minister spoke. (Picture by the river.)") is None
    assert split_closing_credit("He asked them to imagine it. (Picture this.)") is None


# --- the Caribbean wire's dateline, no brackets ------------------------------------------------


def test_the_caribbean_wire_after_a_comma_ends_a_dateline() -> None:
    found = match_dateline("KINGSTON, Jamaica, Dec 9, CMC – The island's Parliament has")
    assert found is not None
    assert found.text.startswith("KINGSTON, Jamaica, Dec 9, CMC")
    # (alone on its line, the story under it)
    assert match_dateline("KINGSTON, Jamaica, Dec 9, CMC –") is not None


def test_an_agency_name_not_the_wire_ends_no_dateline() -> None:
    # (another word in capitals after the day is no wire)
    assert match_dateline("KINGSTON, Jamaica, Dec 9, CBC – The island's Parliament") is None
    # (the wire's name with no dash after it: a sentence, not a dateline)
    assert match_dateline("KINGSTON, Jamaica, Dec 9, CMC reported that") is None


# --- a skybox puff: its pointer after a dash on the head's line ------------------------------


def test_a_puffs_pointer_after_a_dash_on_its_heads_line() -> None:
    found = skybox_puff(["SPORT", "Pride stun Tridents in last over – Page 40", "THE DAILY"])
    assert found == ("SPORT", "Pride stun Tridents in last over", 2, 40)
    assert _page_pointer_line("Steel pan veteran honoured at 90 – Page 17")


def test_a_title_case_head_or_a_sentence_is_no_dashed_puff() -> None:
    # (a 1916 head in title case over a page: no sentence-case head)
    assert skybox_puff(["WAR NEWS", "Allies Advance On All Fronts – Page 3", "x"]) is None
    # (no page after the dash)
    assert skybox_puff(["SPORT", "Pride stun Tridents in last over – Sport", "x"]) is None
    assert not _page_pointer_line("He said the figures were on – Page")


# --- the paper's site alone on its line ------------------------------------------------------


def test_the_papers_site_alone_is_furniture() -> None:
    assert is_furniture("www.dailycourier.co.zm")
    assert is_furniture("WWW.NATION.CO.KE")


def test_a_site_inside_a_sentence_is_no_furniture() -> None:
    assert not is_furniture("www.dailycourier.co.zm for the full schedule")
    assert not is_furniture("Visit www.dailycourier.co.zm")


# --- a head's tail in one block with the byline -----------------------------------------------


def test_a_heads_tail_read_into_the_bylines_block_joins_the_head() -> None:
    head = _block("Council bans", "street vending")
    tail = _block("in city centre", "By NATASHA MWEEMBA")
    below = _block("LUSAKA City Council has", "banned street vending in the")
    assert head_tail_block(head, tail, below)


def test_a_tail_over_no_byline_or_over_no_story_stays() -> None:
    head = _block("Council bans", "street vending")
    below = _block("LUSAKA City Council has", "banned street vending in the")
    # (the second line no byline: a paragraph's lines)
    assert not head_tail_block(head, _block("in city centre", "vendors said"), below)
    # (the tail opening on a capital: another head's line)
    assert not head_tail_block(head, _block("Lusaka City", "By NATASHA MWEEMBA"), below)
    # (no story's text under the byline)
    assert not head_tail_block(head, _block("in city centre", "By NATASHA MWEEMBA"), _block("x"))


# --- an office before its holder ------------------------------------------------------------


def test_an_office_wrapped_before_its_holder_is_no_head() -> None:
    lines = _lines("Permanent secretary", "Joseph Tembo said the rise", "came mainly from the new")
    assert _office_over_holder(lines, 0)
    flags = _find_titles(lines, False, [False] * len(lines), True)
    assert not flags[0]


def test_a_head_ending_on_an_office_over_another_opening_stays() -> None:
    assert not _office_over_holder(_lines("Council names new clerk", "The council has named"), 0)
    assert not _office_over_holder(
        _lines("Police appoint new commissioner", "Martha Chileshe, a veteran of"), 0
    )
    assert not _office_over_holder(_lines("Permanent secretary", "joseph tembo said"), 0)


# --- a sentence opening on a conjunction ------------------------------------------------------


def test_a_sentence_opening_on_a_conjunction_is_no_modern_head() -> None:
    lines = _lines(
        "But the Zambia National",
        "Farmers Union said the price",
        "was too low. Its president,",
        "Jacob Banda, said a bag of",
    )
    assert _opens_on_conjunction(lines[0].text)
    flags = _find_titles(lines, False, [False] * len(lines), True)
    assert not flags[0]


def test_a_conjunction_in_capitals_or_before_a_capital_is_left_alone() -> None:
    assert not _opens_on_conjunction("BUT ONE WAY OUT")
    assert not _opens_on_conjunction("And Then There Were None")


# --- a correspondent's byline wrapped before the place ----------------------------------------


def test_from_name_in_place_wrapped_before_the_place() -> None:
    assert from_byline_broken("From CHANDA MWALE", "in Kasama")
    assert is_byline_line("From CHANDA MWALE in Kasama")
    page = parse_page_text(
        "Maize floor price set at K320 a bag\n\nFrom CHANDA MWALE\nin Kasama\n\n"
        "THE Food Reserve Agency will buy maize at K320 a bag in the coming season,\n"
        "the minister announced here yesterday at a field day for farmers.\n"
    )
    assert any(article.byline == "From CHANDA MWALE in Kasama" for article in page.articles)


def test_from_a_place_or_a_name_in_title_case_is_no_broken_byline() -> None:
    assert not from_byline_broken("From NEW YORK", "in the spring")
    assert not from_byline_broken("From Our Correspondent", "in Kasama")
    assert not from_byline_broken("From CHANDA MWALE", "in the field")


# --- a head wrapped on a particle ------------------------------------------------------------


def test_a_head_wrapped_on_a_particle_over_a_line_a_little_wider() -> None:
    assert _wrapped_on_particle("Two held over", "Chingola cable")
    # (a deck set wider in smaller type stays a deck)
    assert not _wrapped_on_particle("Match called off", "Heavy rain floods the pitch at Ta' Qali")
    assert not _wrapped_on_particle("Two held over", "Chingola cable theft case")


# --- the two fronts -------------------------------------------------------------------------


def test_a_barbados_epaper_front_reads_its_puffs_lead_and_caption() -> None:
    text = _epaper(
        "SPORT",
        "Pride stun Tridents in last over – Page 40",
        "THE ISLAND STAR",
        "THURSDAY, DECEMBER 10, 2026 • BDS$2.50",
        "Nine days, no water",
        "for the eastern villages",
        "by ANDREA CUMBERBATCH",
        "Residents of five villages have been",
        "without piped water for nine days, the",
        "water authority said yesterday.",
        "A water truck at the village yesterday",
        "afternoon. (Picture by Jamar Ifill.)",
    )
    articles = parse_page_text(text).articles
    puff = articles[0]
    assert puff.kind == "teaser" and puff.kicker == "SPORT"
    assert puff.headline == "Pride stun Tridents in last over"
    lead = next(a for a in articles if a.byline == "by ANDREA CUMBERBATCH")
    assert lead.headline == "Nine days, no water for the eastern villages"
    assert any(a.credit == "(Picture by Jamar Ifill.)" for a in articles)
