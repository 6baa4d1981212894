"""A firm written "Co." before a comma, a space or the line's end names a firm (firm13): the
rules that ask for a firm's word see it, a signature's firm name must end it, and a telephone
company's name counts once, as its firm."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import (
    _STREET_ADDRESS,
    _signed_by_a_firm,
    dense_with_ad_words,
    firm_over_address,
    names_firm,
    reads_as_ad_piece,
)


def test_co_with_its_stop_names_a_firm_before_a_comma_a_space_or_the_end() -> None:
    assert names_firm("Smith & Co.,")
    assert names_firm("The Brown Co.")
    assert names_firm("The E. L. Chandler Co. 4tf")
    assert names_firm("SMITH & CO.,")  # the capitals matched before
    assert not names_firm("Smith Co")  # no stop: a county, a colonel, a company? not read
    assert not names_firm("Colorado Coal")
    assert firm_over_address("The Gibbs Piano Co.,", "71 Main Street, Springfield, Mass.")


def test_an_ad_under_a_head_naming_a_co_firm_is_dense_with_ad_words() -> None:
    text = (
        "Family moving away has paid $271 on a $400 upright piano. You pay balance and we "
        "deliver it to your home. The Gibbs Piano Company, 71 Main Street."
    )
    assert dense_with_ad_words("The E. L. Chandler Co.", text)


def test_a_signature_names_a_co_firm_over_its_address() -> None:
    assert _signed_by_a_firm("Pianos at half price this week.\nGibbs & Co., 71 Main Street")
    assert _signed_by_a_firm("Seeds for every garden.\nARIZONA SEED COMPANY. 137 North Avenue")
    assert _signed_by_a_firm("Seeds for every garden.\nFRANCIS BIENVENU, LOCAL AGENT")


def test_a_firm_whose_name_runs_on_signs_nothing() -> None:
    # A news head and a line of a list of transfers name a firm that does not end the line.
    assert not _signed_by_a_firm(
        "The court heard the case on Monday.\nNorthwest Motor Co. Secures 100 Additional Cars."
    )
    assert not _signed_by_a_firm(
        "Transfers recorded this week.\nW. A. Knapp to Pioneer Land & Loan Co., sw 1/4 sec 30 "
        "Spruce Valley."
    )
    assert not _signed_by_a_firm(
        "The bank's statement follows.\nFurniture and Fixtures - 879.51 Expense Account - 420.83"
    )


def test_a_telephone_company_counts_once_as_a_firm() -> None:
    # A county's claims allowed: a garbled figure reads as a street, the telephone company's
    # name as a telephone and a firm; it is no ad.
    claims = (
        "Road and stationery 20.50 Agee Brothers, supplies to county 8.15 A. A. Cloyd, hogs "
        "for county farm 139.20 bills of costs 570.46 Tntlo Jtr Pilro, phone rent 1.25 "
        "Salisbury Home Tel. Co., 8.00"
    )
    assert not reads_as_ad_piece(claims)
    assert reads_as_ad_piece("Coal and wood at the lowest prices. 212 Main St. Tel. 45. Brown Co.")


def test_a_local_reader_naming_a_co_firm_is_cut_from_the_notice_above() -> None:
    text = (
        "COUNTY ROAD BOARD MEETS\n"
        "The county road board met in the court house on Monday and let the contract for the\n"
        "new bridge over Clear Fork to the Graham company, whose bid was the lowest of the four\n"
        "that were opened. Work will begin as soon as the weather permits.\n"
        "\n"
        "The board also heard the report of the road overseer, who said that the roads of the\n"
        "district had never been in better condition at this season of the year.\n"
        "\n"
        "Place your orders now for coal\n"
        "with the Carbon City Lumber Co.\n"
        "They handle the best lump coal\n"
        "on the market. tf.\n"
    )
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    kinds = [(a.kind, a.paragraphs[0][:20]) for a in page.articles]
    assert kinds[-1] == (ArticleKind.NOTICE, "Place your orders no")
    assert page.articles[0].kind is not ArticleKind.NOTICE


def test_a_street_address_needs_its_street_word() -> None:
    # firm14: a number before two capitalised words is no address ("100 Additional Cars").
    for address in (
        "1115 Pacific Avenue",
        "137 North Central Avenue, Phoenix",
        "212 W. Main St",
        "40 Masonic Temple Bldg.",
        "618 Pine Block",
        "12 E. Broad St. Tel. 45",
    ):
        assert _STREET_ADDRESS.search(address) is not None, address
    for not_an_address in (
        "Northwest Motor Co. Secures 100 Additional Cars.",
        "sw 1/4 sec 30 Spruce Valley.",
        "Furniture and Fixtures - 879.51 Expense Account",
        "won 25 Games Last Season",
    ):
        assert _STREET_ADDRESS.search(not_an_address) is None, not_an_address


def test_a_signature_over_a_place_but_no_street_is_no_firm_s() -> None:
    # The last line names a firm that ends its name, but what follows is a figure and a place,
    # not a street: no ad signs off so (firm14).
    assert not _signed_by_a_firm("Transfers recorded.\nThe Pioneer Loan Co. 30 Spruce Valley")
    assert _signed_by_a_firm("Coal at the lowest prices.\nThe Pioneer Coal Co. 30 Spruce St.")


def test_a_street_s_name_is_capitalised() -> None:
    # notices15: a number, lower-case words and "St." is a count and a saint's city.
    for address in ("1115 Pacific Avenue", "212 North Main Street", "40 E. Broad St., Columbus"):
        assert _STREET_ADDRESS.search(address) is not None, address
    for not_an_address in (
        "He found work for 300 men in St. Louis.",
        "the 40 delegates to St. Paul",
        "sold 12 head on the Road",
    ):
        assert _STREET_ADDRESS.search(not_an_address) is None, not_an_address
