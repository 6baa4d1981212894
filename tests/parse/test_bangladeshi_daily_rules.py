"""A Bangladeshi English daily's house style (branch en46, from own-en-bd-daily, annotated
blind, an e-paper's text export): bylines alone with no "By" under a modern head (a
reporter's name in title case, a desk's report, a wire and its city), our own correspondent
and his town as a modern story's opening, a skybox puff's "SPORTS | PAGE 15", a jump line
naming the page's column ("SEE PAGE 2 COL 4"), a death notice's "SAD DEMISE" and a bracket's
tail run on from the line above. The snippets are our own wording."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import (
    is_byline_alone,
    match_continuation,
    may_open_modern_story,
    opens_as_notice,
)
from reader.parse.formats.text import _capitals_briefs_label_at
from reader.parse.lines import split_lines
from reader.parse.reflow import opens_modern_story


def _epaper(*lines: str) -> str:
    """A page as an e-paper gives it: a blank line after every line."""
    return "".join(line + "\n\n" for line in lines)


def test_bylines_alone_a_desks_report_and_a_wire_with_its_city() -> None:
    for line in ("Ledger Report", "Star Business Report", "Tribune Report", "AFP, Yangon"):
        assert is_byline_alone(line), line
    assert is_byline_alone("BSS, Dhaka")
    assert is_byline_alone("Reuters, New Delhi")
    # A report's kind is a kicker's or a head's, no desk's; a wire over no city is a tag.
    for line in ("Special Report", "Annual Report", "Weather Report", "The Report", "AFP"):
        assert not is_byline_alone(line), line
    assert not is_byline_alone("AFP, Yangon and Dhaka")
    # A name alone in title case is asked under a stricter head (byline_alone_at), not here.
    assert not is_byline_alone("Tanvir Hasan Rony")


def test_a_desks_report_under_a_modern_head_is_the_byline() -> None:
    page = parse_page_text(
        _epaper(
            "Early fog worries Rajshahi",
            "mango growers",
            "Our Correspondent, Rajshahi",
            "Mango growers in Rajshahi fear a",
            "poor harvest next season.",
            "Dengue deaths cross 400",
            "this year",
            "Ledger Report",
            "Seven more people died of dengue",
            "in the 24 hours to 8:00am yesterday.",
        )
    )
    first, second = page.articles
    assert first.headline == "Early fog worries Rajshahi mango growers"
    assert first.byline == "Our Correspondent, Rajshahi"
    assert second.headline == "Dengue deaths cross 400 this year"
    assert second.byline == "Ledger Report"


def test_our_correspondent_and_his_town_opens_a_modern_story() -> None:
    assert may_open_modern_story("Our Correspondent, Rajshahi")
    assert opens_modern_story("Our Correspondent, Rajshahi")
    assert opens_modern_story("Our Staff Reporter, Sylhet")
    # Prose opening on "Our", or the role with no town's comma, opens no story so.
    assert not opens_modern_story("Our correspondent, who was there, said")
    assert not opens_modern_story("Our town, the council said")


def test_a_reporters_name_alone_in_title_case_under_a_modern_head() -> None:
    page = parse_page_text(
        _epaper(
            "Early fog worries Rajshahi",
            "mango growers",
            "Our Correspondent, Rajshahi",
            "Mango growers in Rajshahi fear a",
            "poor harvest next season.",
            "Metro Line-5 to open",
            "in March",
            "Tanvir Hasan Rony",
            "The northern route of Metro Rail",
            "Line-5 will open to passengers in",
            "the third week of March.",
        )
    )
    lead = page.articles[-1]
    assert lead.headline == "Metro Line-5 to open in March"
    assert lead.byline == "Tanvir Hasan Rony"


def test_a_title_case_line_under_a_1916_head_or_in_prose_is_no_byline() -> None:
    # Under a head in title case with no small content word: the head's own line.
    page = parse_page_text(
        _epaper(
            "Early fog worries Rajshahi",
            "mango growers",
            "Our Correspondent, Rajshahi",
            "Mango growers in Rajshahi fear a",
            "poor harvest next season.",
            "Rumors of Another",
            "Big Sugar Factory",
            "It is reported here that a second",
            "factory will be built this year.",
        )
    )
    assert all(article.byline != "Big Sugar Factory" for article in page.articles)
    # Prose wrapped on a small word over a name run across the line: no head, no byline.
    page = parse_page_text(
        _epaper(
            "WAEC releases results",
            "By Emmanuel Nii Lartey",
            "The West African Examinations",
            "Council (WAEC) has released the",
            "results of the 2026 West African",
            "Senior School Certificate",
            "Examination, with 58 per cent of",
            "candidates passing in six subjects.",
        )
    )
    assert all(article.byline != "Senior School Certificate" for article in page.articles)


def test_a_puffs_section_and_page_parted_by_a_bar() -> None:
    page = parse_page_text(
        _epaper(
            "The Dhaka Ledger",
            "Tigers seal series win",
            "in Chattogram",
            "SPORTS | PAGE 15",
            "Metro Line-5 to open",
            "in March",
            "By Tanvir Hasan Rony",
            "The northern route of Metro Rail",
            "Line-5 will open to passengers in",
            "the third week of March.",
        )
    )
    teaser = page.articles[0]
    assert teaser.kind is ArticleKind.TEASER
    assert teaser.headline == "Tigers seal series win in Chattogram"
    assert teaser.continued_to is not None and teaser.continued_to.page == 15


def test_a_jump_line_naming_the_pages_column() -> None:
    for line in ("SEE PAGE 2 COL 4", "SEE PAGE 11 COLUMN 3", "SEE PAGE 2 COL. 4"):
        found = match_continuation(line)
        assert found is not None and found[0].page == int(line.split()[2]), line
        assert found[1] == ""
    # A column named with no page, or in a sentence, is no jump line.
    assert match_continuation("SEE COL 4") is None
    assert match_continuation("See page 2 col 4 for the table of results") is None


def test_sad_demise_heads_a_notice() -> None:
    assert opens_as_notice("SAD DEMISE", "")
    # A head that only opens on the words is news, not the notice's head.
    assert not opens_as_notice("SAD DEMISE OF A GREAT PLAYER", "")
    assert not opens_as_notice("Sad demise", "")


def test_a_brackets_tail_runs_on_from_the_line_above() -> None:
    page = parse_page_text(
        _epaper(
            "SAD DEMISE",
            "Alhaj Md. Abdul Karim passed away",
            "in Dhaka on Wednesday (Inna Lillahi",
            "Wa Inna Ilaihi Rajiun). He was 82.",
            "His namaz-e-janaza will be held",
            "after Zohr prayers today.",
        )
    )
    (notice,) = page.articles
    assert notice.kind is ArticleKind.NOTICE
    assert "Ilaihi Rajiun). He was 82." in " ".join(notice.paragraphs)


def test_a_local_news_label_over_a_1916_columns_prose_is_no_briefs_label() -> None:
    # The label is asked over a sentence-case head that the brief under it retells: a 1916
    # column under its LOCAL NEWS opens on prose, and the label stays what it was.
    lines = split_lines(
        "The roads are in good shape.\n"
        "LOCAL NEWS\n"
        "Mr. and Mrs. John Hale were in town\n"
        "Saturday from their farm near Fargo.\n"
        "The roads are in good shape for hauling.\n"
    )
    assert not _capitals_briefs_label_at(lines, 1)
    modern = split_lines(
        "The roads are in good shape.\n"
        "COUNTRY NEWS\n"
        "Two children drown in Bogura\n"
        "Two cousins drowned in a pond near\n"
        "their home in Bogura yesterday.\n"
    )
    assert _capitals_briefs_label_at(modern, 1)
