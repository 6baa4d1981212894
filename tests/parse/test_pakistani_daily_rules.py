"""A Pakistani English daily's house style (branch en44, from own-en-pk-daily, annotated blind):
a dateline closed by a colon under a head wrapped over two lines, the reporter's name alone
over it, an agency's initials after a dash at a story's foot ("— APP"), a photo credit run into
a caption's last line after a dash ("— White Star"), a sum of money in a head ("Rs300bn"), a
small ad closed by its telephone number and a weather box of figures. The snippets are our own
wording."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import (
    is_agency_tag,
    is_byline_line,
    is_desk_byline,
    is_title_case_name,
    noise_share,
    shows_modern_contact_line,
    split_run_in_dash_credit,
)
from reader.parse.reflow import closes, colon_dateline_under_modern_head, skybox_puff


def _epaper(*lines: str) -> str:
    """A page as an e-paper gives it: a blank line after every line."""
    return "".join(line + "\n\n" for line in lines)


def test_a_dash_and_an_agencys_initials_are_a_foot_credit() -> None:
    assert is_agency_tag("— APP")
    assert is_agency_tag("—NAN")
    assert is_agency_tag("– BSS")
    assert is_desk_byline("— APP")
    assert is_byline_line("— KNA")
    assert is_agency_tag("— Reuters")  # (named agencies as before)
    # No dash, a hyphen, a word in small letters or a run of six capitals: no such credit.
    assert not is_agency_tag("APP")
    assert not is_agency_tag("- APP")
    assert not is_agency_tag("— App")
    assert not is_agency_tag("— ABCDEF")
    assert not is_byline_line("— The")


def test_a_story_closed_by_an_agencys_initials_takes_them_as_its_byline() -> None:
    page = parse_page_text(
        _epaper(
            "Minister opens new",
            "grain silo in Multan",
            "MULTAN: The food minister on Friday",
            "opened a grain silo that can store",
            "fifty thousand tonnes of wheat.",
            "— APP",
            "Hospital wing named",
            "after retired nurse",
            "SUKKUR: A new wing of the district",
            "hospital was named after a nurse",
            "who served there for forty years.",
        )
    )
    first, second = page.articles
    assert first.byline == "— APP"
    assert first.headline == "Minister opens new grain silo in Multan"
    assert second.headline == "Hospital wing named after retired nurse"


def test_a_colon_dateline_under_a_heads_wrapped_tail_is_the_dateline() -> None:
    found = colon_dateline_under_modern_head(
        "at the border crossing", "QUETTA: The provincial", "Traders protest new tax"
    )
    assert found is not None and found.text == "QUETTA:"
    # The tail alone, or under a line no head is (prose closed by its stop), is not enough.
    assert (
        colon_dateline_under_modern_head("at the border crossing", "QUETTA: The provincial") is None
    )
    assert (
        colon_dateline_under_modern_head(
            "at the border crossing", "QUETTA: The provincial", "They were stopped."
        )
        is None
    )
    page = parse_page_text(
        _epaper(
            "Traders protest new tax",
            "at the border crossing",
            "QUETTA: Traders closed their shops",
            "on Friday to protest against a new",
            "tax on goods crossing the border.",
        )
    )
    [story] = page.articles
    assert story.headline == "Traders protest new tax at the border crossing"
    assert story.dateline == "QUETTA:"
    assert story.paragraphs[0].startswith("Traders closed their shops")


def test_a_run_in_dash_credit_closes_a_caption_and_a_head_may_follow() -> None:
    assert split_run_in_dash_credit("Boys fly kites on the roof on Sunday. — White Star") == (
        "Boys fly kites on the roof on Sunday.",
        "— White Star",
    )
    assert split_run_in_dash_credit("near the canal. — Photo by Sana Ali") is not None
    # A dash inside a sentence, or no stop before it, is no credit.
    assert split_run_in_dash_credit("the plan — which failed") is None
    assert split_run_in_dash_credit("on the roof — White Star") is None
    assert closes("on Sunday. — White Star")
    # Run into the caption's last line, the credit is the caption's, and a head may follow.
    page = parse_page_text(
        _epaper(
            "Boys fly kites on the roof of an old",
            "house on Sunday. — White Star",
            "Canal water to be",
            "released next week",
            "By Our Staff Reporter",
            "MULTAN: The irrigation department",
            "said on Sunday that water would be",
            "released into the canals next week.",
        )
    )
    caption, story = page.articles
    assert caption.credit == "— White Star"
    assert list(caption.paragraphs) == ["Boys fly kites on the roof of an old house on Sunday."]
    assert story.headline == "Canal water to be released next week"


def test_a_reporters_name_alone_over_a_colon_dateline_is_the_byline() -> None:
    assert is_title_case_name("Sana Qureshi")
    assert not is_title_case_name("New Power Plant")  # (a head's word)
    page = parse_page_text(
        _epaper(
            "ECONOMY",
            "Cabinet clears plan",
            "for new power plants",
            "Sana Qureshi",
            "ISLAMABAD: The cabinet on Monday",
            "cleared a plan to build three new",
            "power plants near the coast.",
        )
    )
    [story] = page.articles
    assert story.headline == "Cabinet clears plan for new power plants"
    assert story.byline == "Sana Qureshi"
    assert story.dateline == "ISLAMABAD:"
    assert story.paragraphs[0].startswith("The cabinet on Monday")


def test_a_sum_of_money_in_a_head_is_no_ocr_noise() -> None:
    assert noise_share("Cabinet approves Rs300bn relief plan") == 0.0
    assert noise_share("Museum wins £2m grant") == 0.0
    assert noise_share("Farmers owed Sh92bn") == 0.0
    assert noise_share("Th3 rn0 pi") > 0.0


def test_a_short_ad_closed_by_a_modern_telephone_number_is_a_notice() -> None:
    assert shows_modern_contact_line("Tailoring classes for women\nCall 042-3576123")
    assert shows_modern_contact_line("Rooms for rent Call 0300 123 4567 Gulberg, Lahore")
    # Too few figures (a 1916 shop's "Phone 447"), or a sentence inside: no.
    assert not shows_modern_contact_line("Fresh bread daily Phone 447")
    assert not shows_modern_contact_line(
        "The office was closed. Residents may call 0300 123 4567 for help."
    )
    page = parse_page_text(
        _epaper(
            "TAILORING CLASSES",
            "Evening batch for women",
            "Starts January 5",
            "Call 042-3576123",
        )
    )
    [ad] = page.articles
    assert ad.kind == ArticleKind.NOTICE


def test_a_weather_boxs_rows_under_its_label_are_furniture() -> None:
    page = parse_page_text(
        _epaper(
            "WEATHER",
            "City Max Min",
            "Multan 24 9",
            "Gilgit 11 -3",
            "Canal water to be",
            "released next week",
            "By Our Staff Reporter",
            "MULTAN: The irrigation department",
            "said on Sunday that water would be",
            "released into the canals next week.",
        )
    )
    [story] = page.articles
    assert story.headline == "Canal water to be released next week"
    assert "Gilgit 11 -3" in page.furniture
    assert "City Max Min" in page.furniture


def test_a_skybox_puffs_pointer_in_capitals_is_its_page() -> None:
    assert skybox_puff(["BUSINESS", "Sugar mills to pay growers", "PAGE 9"]) == (
        "BUSINESS",
        "Sugar mills to pay growers",
        3,
        9,
    )
    assert skybox_puff(["SPORT", "Hockey team named for", "the Asia Cup", "PAGE 14"]) is not None
    page = parse_page_text(
        _epaper(
            "THE DAILY EXAMPLE",
            "MONDAY, MARCH 2, 2026",
            "BUSINESS",
            "Sugar mills to pay growers",
            "before the crushing season",
            "PAGE 9",
            "SPORT",
            "Hockey team named for",
            "the Asia Cup",
            "PAGE 14",
            "Canal water to be",
            "released next week",
            "By Our Staff Reporter",
            "MULTAN: The irrigation department",
            "said on Sunday that water would be",
            "released into the canals next week.",
        )
    )
    first, second, story = page.articles
    assert (first.kicker, first.headline) == (
        "BUSINESS",
        "Sugar mills to pay growers before the crushing season",
    )
    assert second.headline == "Hockey team named for the Asia Cup"
    assert second.continued_to is not None and second.continued_to.page == 14
    assert story.headline == "Canal water to be released next week"


def test_a_heads_piece_under_a_weather_label_is_no_row() -> None:
    page = parse_page_text(
        "THE WEATHER\nBRIDGE 11\nCLOSED TO TRAFFIC\n"
        "The county bridge was closed on Monday for repairs.\n"
    )
    assert "BRIDGE 11" not in page.furniture
