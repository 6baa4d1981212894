"""A Sri Lankan English daily's house style (branch en46, from own-en-lk-daily, annotated
blind, a PDF's text layer): "Contd. on page 2", a caption's "(Pic by NAME)", an Asian wire's
dated dateline ("CHENNAI, Dec 3 (PTI) –"), a byline broken after its comma over the
correspondent's "Group Corr.", a dollar's country letters in a head ("US$ 1.6 bn"), a contents
box's "Editorial – Page 6", a column's
"REGIONAL NEWS" label and a tender notice's head over its display lines. The snippets are our
own wording."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import (
    is_byline_line,
    is_capitals_briefs_label,
    is_clean_token,
    is_credit,
    is_title_case_office,
    listed_entry,
    match_continuation,
    match_dateline,
    match_modern_dateline,
    split_closing_credit,
)


def _pdf(*lines: str) -> str:
    """A page as a PDF's text layer gives it: single-spaced, no blank line."""
    return "".join(line + "\n" for line in lines)


def test_contd_on_page_is_a_jump_line() -> None:
    for line in ("Contd. on page 2", "Contd on page 2", "Cont'd on page 2", "(Contd. on page 2)"):
        found = match_continuation(line)
        assert found is not None and found[0].page == 2 and found[1] == "", line
    # A sentence naming the word, or a line with no page, is no jump line.
    assert match_continuation("Contd. talks on the pay rise") is None
    assert match_continuation("Contd. overleaf") is None


def test_pic_by_closes_a_caption() -> None:
    text = "Schoolchildren plant trees at the park yesterday. (Pic by Sulochana Gamage)"
    assert split_closing_credit(text) == (
        "Schoolchildren plant trees at the park yesterday.",
        "(Pic by Sulochana Gamage)",
    )
    assert split_closing_credit("Dancers at the perahera. (Pix: Upali de Silva)") is not None
    assert is_credit("Pic by Sulochana Gamage")
    assert is_credit("Pix by Upali de Silva")
    # A bracket naming a picture's subject, or "pic" inside a word, is no credit.
    assert split_closing_credit("The new stadium at Pallekele. (Picnic area at left)") is None
    assert split_closing_credit("He said so yesterday. (Pick up your forms)") is None
    assert not is_credit("Picnic by the lake on Sunday")


def test_an_asian_wires_dated_dateline() -> None:
    for line, dateline in (
        ("CHENNAI, Dec 3 (PTI) – Twelve Sri", "CHENNAI, Dec 3 (PTI) –"),
        ("NEW DELHI, Jan 14 (IANS) - The", "NEW DELHI, Jan 14 (IANS) -"),
    ):
        found = match_dateline(line)
        assert found is not None and found.text == dateline, line
        assert match_modern_dateline(line) is not None, line
    # A 1916 dispatch's date over no Asian wire is the older pattern's, not a modern opening.
    assert match_modern_dateline("WASHINGTON, Feb. 1.—The senate met today.") is None
    # A bracket naming no wire is no dated modern dateline.
    assert match_modern_dateline("CHENNAI, Dec 3 (Thursday) – The") is None


def test_a_byline_broken_after_its_comma_over_the_correspondents_office() -> None:
    assert is_byline_line("By Rohana Premachandra,")
    assert is_byline_line("By Rohana Premachandra, Matara Group Corr.")
    assert is_title_case_office("Matara Group Corr.")
    assert is_title_case_office("Kandy Corr.")
    # A sentence opening on "By", or a line after the comma that names no office, is neither.
    assert not is_byline_line("By the way,")
    assert not is_byline_line("By noon, the")
    assert not is_title_case_office("Matara Group")
    assert not is_title_case_office("Corr. Matara")
    page = parse_page_text(
        _pdf(
            "The House rises for the recess on Friday.",
            "Wild elephants destroy paddy fields",
            "in Hambantota",
            "By Rohana Premachandra,",
            "Matara Group Corr.",
            "A herd of about 20 wild elephants",
            "destroyed more than 40 acres of paddy",
            "ready for harvest, farmers said.",
        )
    )
    story = page.articles[-1]
    assert story.headline == "Wild elephants destroy paddy fields in Hambantota"
    assert story.byline is not None
    assert " ".join(story.byline.split()) == "By Rohana Premachandra, Matara Group Corr."


def test_a_dollars_country_letters_are_a_clean_token() -> None:
    assert is_clean_token("US$")
    assert is_clean_token("US$1.6bn")
    assert is_clean_token("S$20m")
    # Letters and a sign that name no dollar stay noise.
    assert not is_clean_token("U$")
    assert not is_clean_token("XY$")


def test_a_contents_entry_with_a_dash_before_its_page() -> None:
    found = listed_entry("Editorial – Page 6")
    assert found is not None and found[0] == "Editorial" and found[1].page == 6
    found = listed_entry("Business - Page 10")
    assert found is not None and found[0] == "Business" and found[1].page == 10
    # The entry with no dash keeps its old reading; a sentence's stop is no entry.
    found = listed_entry("Classifieds 30")
    assert found is not None and found[0] == "Classifieds"
    assert listed_entry("He was taken ill. – Page 6") is None


def test_a_short_title_case_head_over_prose_still_heads_its_brief() -> None:
    # The near miss: a head set short of the column over a brief's text is a head.
    page = parse_page_text(
        _pdf(
            "Cabinet nod for monthly fuel",
            "pricing formula",
            "By Shanika Wijesinghe",
            "The Cabinet of Ministers yesterday",
            "approved a formula under which the",
            "prices of fuel will be revised every",
            "month in line with world prices.",
            "Power Cut in Jaffna",
            "Electricity will be cut in parts of",
            "Jaffna town from 8.30 a.m. to 5.00",
            "p.m. on Sunday, the CEB said.",
        )
    )
    assert [article.headline for article in page.articles][-1] == "Power Cut in Jaffna"


def test_a_columns_news_label_is_read_only_over_a_retold_head() -> None:
    assert is_capitals_briefs_label("REGIONAL NEWS")
    assert is_capitals_briefs_label("COUNTRY NEWS")
    assert is_capitals_briefs_label("COMMUNITY NEWS")
    # A kicker ending on NEWS names no place: no column's label.
    assert not is_capitals_briefs_label("GOOD NEWS")
    assert not is_capitals_briefs_label("BREAKING NEWS")
    assert not is_capitals_briefs_label("Regional news")
    page = parse_page_text(
        _pdf(
            "Tea exports earn record sums",
            "By Chamara Lakmal",
            "Sri Lanka's tea exports earned a",
            "record sum in the first eleven months",
            "of the year, the Tea Board said.",
            "REGIONAL NEWS",
            "Kandy lake walkway reopens",
            "The walkway around the Kandy lake,",
            "closed since August for repairs, was",
            "reopened to the public yesterday.",
        )
    )
    brief = page.articles[-1]
    assert brief.headline == "Kandy lake walkway reopens"
    assert "REGIONAL NEWS" in page.furniture


def test_a_tender_notices_head_over_its_display_lines() -> None:
    page = parse_page_text(
        _pdf(
            "Cabinet nod for monthly fuel",
            "pricing formula",
            "By Shanika Wijesinghe",
            "The Cabinet of Ministers yesterday",
            "approved a new formula.",
            "INVITATION FOR BIDS",
            "LANKA WATER BOARD",
            "Supply of 5,000 Domestic Water Meters",
            "Sealed bids are invited from eligible",
            "bidders for the supply of meters.",
            "Bids close at 2.00 p.m. on 28.12.2026.",
        )
    )
    notice = page.articles[-1]
    assert notice.kind is ArticleKind.NOTICE
    assert notice.headline == "INVITATION FOR BIDS"
    assert notice.paragraphs[0] == "LANKA WATER BOARD"
