"""A Ghanaian English daily's house style (branch en45, from own-en-gh-daily, annotated blind):
a sum in cedis in a head ("GH¢2.1bn"), a jump line in sentence case ("Turn to page 3"), a
regional correspondent's byline with his town ("From Kofi Adu-Boateng, Kumasi"), a label's
byline ("Story: Emmanuel Nii Lartey"), the Ghana News Agency's dateline ("Ho, Dec. 3, GNA –")
and prose wrapped after a courtesy title with no stop ("…Chief Executive, Mr" / "Yaw Boakye,
said …"). The snippets are our own wording."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import (
    is_byline_line,
    is_clean_token,
    is_from_town_byline,
    is_label_byline,
    is_title_like,
    match_continuation,
    match_dateline,
)
from reader.parse.reflow import skybox_puff


def _epaper(*lines: str) -> str:
    """A page as an e-paper gives it: a blank line after every line."""
    return "".join(line + "\n\n" for line in lines)


def test_a_sum_in_cedis_is_a_clean_token_of_a_head() -> None:
    assert is_clean_token("GH¢2.1bn")
    assert is_clean_token("GH₵40m")
    assert is_clean_token("₦5bn")
    # (a cent's sign after a 1916 price stays what it was; a stray letter before ¢ is noise)
    assert not is_clean_token("49¢")
    assert not is_clean_token("G¢2")


def test_a_head_holding_a_sum_in_cedis_is_the_head() -> None:
    page = parse_page_text(
        _epaper(
            "Gov't clears GH¢2.1bn arrears",
            "owed contractors",
            "By Abena Serwaa Mensah",
            "The government has paid GH¢2.1",
            "billion of the arrears it owed road",
            "contractors across the country.",
        )
    )
    (story,) = page.articles
    assert story.headline == "Gov't clears GH¢2.1bn arrears owed contractors"
    assert story.byline == "By Abena Serwaa Mensah"


def test_turn_to_page_is_a_jump_line() -> None:
    for line, page in (
        ("Turn to page 3", 3),
        ("Turn to Page 12", 12),
        ("Please turn to page 6", 6),
    ):
        found = match_continuation(line)
        assert found is not None and found[0].page == page and found[1] == "", line
    # A sentence that names a page, or a line running on from one, is no jump line.
    assert match_continuation("Turn to page 3 for the full list of winners") is None
    assert match_continuation("turn to page 3") is None
    assert match_continuation("Turn to the sports pages") is None


def test_a_label_byline_names_the_writer() -> None:
    assert is_label_byline("Story: Emmanuel Nii Lartey")
    assert is_byline_line("Story: Emmanuel Nii Lartey")
    assert is_byline_line("Report: Ama Owusu and Kojo Mensah")
    # A label's sentence, a head opening on "Story", a figure after the label: no byline.
    assert not is_byline_line("Story: the council met on Monday")
    assert not is_byline_line("Story of the week")
    assert not is_byline_line("Report: 40 killed in floods")
    assert not is_label_byline("Stories: Ama Owusu")


def test_a_correspondents_town_byline_is_read_only_under_a_modern_head() -> None:
    assert is_from_town_byline("From Kofi Adu-Boateng, Kumasi")
    assert is_from_town_byline("From Musa Bello, Kano")
    # A signer's office is no town; one word is no name; it is no head either.
    assert not is_from_town_byline("From John Hale, Secretary")
    assert not is_from_town_byline("From Russia, With Love")
    assert not is_title_like("From Kofi Adu-Boateng, Kumasi")
    # Not a byline line anywhere: a 1916 dispatch reads so.
    assert not is_byline_line("From Kofi Adu-Boateng, Kumasi")
    page = parse_page_text(
        _epaper(
            "Kumasi traders protest",
            "relocation to new market",
            "From Kofi Adu-Boateng, Kumasi",
            "Hundreds of traders at the Kejetia",
            "market yesterday marched to the",
            "assembly's office in protest.",
        )
    )
    (story,) = page.articles
    assert story.headline == "Kumasi traders protest relocation to new market"
    assert story.byline == "From Kofi Adu-Boateng, Kumasi"


def test_a_1916_dispatch_from_a_place_keeps_its_text() -> None:
    page = parse_page_text(
        "BAY STATE TO REMOVE\n"
        "EMBARGO ON DAIRY CATTLE\n"
        "From New York, Rhode\n"
        "Island and Connecticut.\n"
        "Boston, Feb. 2.—The embargo on the shipment of dairy cattle into\n"
        "Massachusetts will be lifted on February 7 under an order issued.\n"
    )
    assert all(article.byline is None for article in page.articles)


def test_the_ghana_news_agencys_dateline() -> None:
    found = match_dateline("Ho, Dec. 3, GNA – Sixty farmer groups in the region")
    assert found is not None and found.text == "Ho, Dec. 3, GNA –"
    found = match_dateline("Accra, Dec. 3, GNA - The Bank of Ghana said")
    assert found is not None and found.text == "Accra, Dec. 3, GNA -"
    # Another word in the agency's place, or no dash after it: no such dateline.
    assert match_dateline("Ho, Dec. 3, GNAX - Sixty farmer groups") is None
    assert match_dateline("Accra, Dec. 3, GNA and others met") is None


def test_a_line_closed_by_a_courtesy_title_runs_on_into_the_name() -> None:
    assert not is_title_like("The Metropolitan Chief Executive, Mr")
    assert not is_title_like("The Regional Minister, Dr")
    # A head naming its man with the stop, or with no comma before the title, is as before.
    assert is_title_like("Tribute to Mr. Jones")
    page = parse_page_text(
        _epaper(
            "Kumasi traders protest",
            "relocation to new market",
            "By Kofi Mensah",
            "The traders said the stalls at",
            "the new market were too small.",
            "The Metropolitan Chief Executive, Mr",
            "Yaw Boakye, said the assembly would",
            "meet the traders next week.",
        )
    )
    (story,) = page.articles
    assert story.paragraphs[-1].startswith("The Metropolitan Chief Executive, Mr Yaw Boakye")


def test_a_funeral_notices_display_lines_are_its_paragraphs() -> None:
    page = parse_page_text(
        _epaper(
            "Fire guts Makola shops",
            "By Ama Owusu",
            "Fire yesterday destroyed six shops at",
            "the market. No one was hurt.",
            "CALL TO GLORY",
            "Madam Akua Serwaa Boateng",
            "Aged 91 years",
            "Funeral: Saturday, January 9",
            "Family House, Akropong",
            "Burial at Akropong Cemetery",
        )
    )
    brief, notice = page.articles
    assert brief.headline == "Fire guts Makola shops"
    assert notice.kind is ArticleKind.NOTICE
    assert notice.headline == "CALL TO GLORY"
    assert list(notice.paragraphs[-2:]) == ["Family House, Akropong", "Burial at Akropong Cemetery"]


def test_entries_with_pointers_under_a_notice_stay_teasers() -> None:
    # A contents box's entries (each closed by its page) under a notice are no display lines.
    page = parse_page_text(
        _epaper(
            "Fire guts Makola shops",
            "By Ama Owusu",
            "Fire yesterday destroyed six shops at",
            "the market. No one was hurt.",
            "CALL TO GLORY",
            "Madam Akua Serwaa Boateng",
            "Aged 91 years",
            "INSIDE",
            "Business P21",
            "Sports P30",
        )
    )
    teasers = [a for a in page.articles if a.kind is ArticleKind.TEASER]
    assert [t.headline for t in teasers] == ["Business", "Sports"]


def test_a_skybox_puff_with_no_label_under_the_masthead() -> None:
    found = skybox_puff(["Black Stars coach names 26", "for AFCON qualifiers", "PAGE 32"])
    assert found == (None, "Black Stars coach names 26 for AFCON qualifiers", 3, 32)
    # A section's letter and page alone, a head in capitals or a stopped head: none.
    assert skybox_puff(["Black Stars coach names 26", "for AFCON qualifiers", "C1"]) is None
    assert skybox_puff(["BLACK STARS COACH NAMES", "SQUAD FOR QUALIFIERS", "PAGE 32"]) is None
    assert skybox_puff(["The coach named his squad.", "It plays in March", "PAGE 32"]) is None
    page = parse_page_text(
        _epaper(
            "THE DAILY BEACON",
            "No. 22,417 FRIDAY, DECEMBER 4, 2026 GH¢6.00",
            "Black Stars coach names 26",
            "for AFCON qualifiers",
            "PAGE 32",
            "Kumasi traders protest",
            "relocation to new market",
            "By Kofi Mensah",
            "Hundreds of traders marched to the",
            "assembly's office yesterday.",
        )
    )
    teaser, story = page.articles
    assert teaser.kind is ArticleKind.TEASER
    assert teaser.headline == "Black Stars coach names 26 for AFCON qualifiers"
    assert teaser.continued_to is not None and teaser.continued_to.page == 32
    assert story.headline == "Kumasi traders protest relocation to new market"
