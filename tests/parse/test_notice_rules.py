"""Kinds and decks on historical English pages (issue 9, parser round `kinds9`): what makes an
item a notice, and an advertisement's display lines read as its text, never as decks; legal
notices by their formula (``notices15``): ``Notice Is hereby given`` in any case of its verb, and
the formula after the office and date a land office's notice opens with."""

from __future__ import annotations

import pytest

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import looks_like_notice, opens_as_notice, opens_notice


def test_an_advertisement_has_no_decks_its_display_lines_are_its_text() -> None:
    page = parse_page_text(
        "GREAT CLEARANCE SALE\n"
        "Everything Must Go This Month\n"
        "Call at the Store and See for Yourself\n"
        "Ladies' coats at $5.00, men's suits at $9.50, shoes from 95 cents a pair,\n"
        "and a full line of hats and gloves at cut prices. Phone 41.\n"
        "\n"
        "COUNCIL VOTES NEW BRIDGE\n"
        "Work to Begin in the Spring\n"
        "The city council voted on Monday evening to build the new bridge over the\n"
        "creek at Mill street, and the contract was let to the Smith company.\n"
        "The work will begin as soon as the ground thaws in the spring.\n"
    )
    ad, story = page.articles
    assert ad.kind is ArticleKind.NOTICE
    assert ad.headline == "GREAT CLEARANCE SALE"
    assert ad.subheadline is None
    assert ad.paragraphs[0].startswith("Everything Must Go This Month")
    assert ad.paragraphs[-1].startswith("Ladies' coats at $5.00")
    # A story keeps its deck.
    assert story.kind is ArticleKind.STORY
    assert story.subheadline == "Work to Begin in the Spring"


def test_an_offer_set_as_a_deck_is_evidence_of_an_advertisement() -> None:
    lines = (
        "FRESH BREAD EVERY DAY\n"
        "Orders Taken at the Bakery—Special Prices This Week\n"
        "Made with the best flour in the county.\n"
    )
    (item,) = parse_page_text(lines).articles
    assert item.kind is ArticleKind.NOTICE
    assert item.subheadline is None
    assert item.paragraphs == (
        "Orders Taken at the Bakery—Special Prices This Week",
        "Made with the best flour in the county.",
    )


def test_a_notice_head_after_marks_ocr_read_from_a_rule() -> None:
    assert opens_as_notice("- RESOLUTIONS OF RESPECT", "Whereas, it has pleased God …")
    assert opens_as_notice("' NOTICE TO CREDITORS", "All persons having claims …")
    assert opens_as_notice(None, ", CARD OF THANKS We wish to thank our friends …")
    # A word is no mark: a head that merely contains the word stays news.
    assert not opens_as_notice("A NOTICE WAS SERVED", "The sheriff served it on Monday.")


def test_a_decks_tail_after_a_small_word_stays_in_the_deck() -> None:
    page = parse_page_text(
        "BRITISH COMMAND CHANGES.\n"
        "Gen. J. Smutz Replaces Gen. Smith-Dorrien\n"
        "in East Africa.\n"
        "l.ondon, Feb. 10. Gen. Sir Horace Smith-Dorrien has relinquished\n"
        "the command of the British forces in East Africa because of ill\n"
        "health, the war office announced today.\n"
    )
    (story,) = page.articles
    assert story.headline == "BRITISH COMMAND CHANGES."
    assert story.subheadline == "Gen. J. Smutz Replaces Gen. Smith-Dorrien in East Africa."
    assert story.paragraphs[0].startswith("l.ondon, Feb. 10.")


def test_a_sentence_under_a_deck_is_no_tail_of_it() -> None:
    # In lower case the words under the deck run on a sentence, not the deck.
    page = parse_page_text(
        "BRITISH COMMAND CHANGES.\n"
        "Gen. J. Smutz Replaces Gen. Smith-Dorrien\n"
        "in the command of the forces, who has been ill.\n"
        "The war office announced the change today in a short statement\n"
        "issued from London.\n"
    )
    (story,) = page.articles
    assert "in the command of the forces" in story.paragraphs[0]
    assert "in the command" not in (story.subheadline or "")


def test_a_sales_prices_stock_and_call_to_buy_make_an_advertisement() -> None:
    from reader.parse.classify import looks_like_notice

    assert looks_like_notice(
        "MAIL ORDERS PROMPTLY FILLED.",
        "For all grades of whiskies and liquors. Our prices are right. Order today. "
        "Poyntz Bros., Covington, Ky.",
    )
    assert looks_like_notice(
        "TRUNKS AND BAGS.",
        "General purpose trunks....$3.75 up Hartmann high grade fibre wardrobes $19.60 up "
        "Genuine leather suit cases..$3.50 up Genuine cowhide bags $2.95 up All styles brief "
        "cases with lock and handle ........$1.25 up",
    )
    assert looks_like_notice(
        "SILK PETTICOATS",
        "Nearly all colors, deep flounce, fine quality messaline. Reg. price $3.75. Sale price "
        "$2.45 while they last.",
    )
    # A market report is full of prices but no shop speaks in it: news.
    assert not looks_like_notice(
        "LIVE STOCK MARKET",
        "Receipts of cattle were light at the yards today and the trade was steady to strong, "
        "choice fat steers selling at $7.50 to $8.25 and butcher stock a little lower. Hogs "
        "were in good demand, heavies and mediums bringing $8.60, and the packers took all "
        "that was offered. Sheep and lambs were steady, wethers at $7.60 and lambs higher.",
    )


#: (As OCR read the Pullman Herald of 4 February 1916.)
_DECK_OVER_A_DECK = (
    "The new play is giving even better satisfaction\n"
    "than last.\n"
    "PULLMAN MAN FOR\n"
    "NEW MEXICO COLLEGE\n"
    "Arnold /. Smith Fleeted to Assist\n"
    "ant Professorship in Agronomy\n"
    "in New Mexico College of\n"
    "Agriculture\n"
    "Aronld Z. Smith, a IHI 4 gradu\n"
    "ate from the department of agricul\n"
    "ture' of the Washington State Col\n"
    "lege, left Wednesday for Mesilla\n"
    "Park, New Mexico, where he will en\n"
    "ter on his work next week.\n"
)


def test_a_deck_over_a_deck_read_as_a_title_is_no_paragraph() -> None:
    page = parse_page_text(_DECK_OVER_A_DECK)
    story = next(a for a in page.articles if a.headline == "PULLMAN MAN FOR NEW MEXICO COLLEGE")
    assert story.subheadline is not None
    assert story.subheadline.startswith("Arnold /. Smith Fleeted to Assist")
    assert story.subheadline.endswith("Agriculture")
    assert story.paragraphs[0].startswith("Aronld Z. Smith, a IHI 4 gradu")


def _decks(*lines: str) -> list[str]:
    """The subheadlines a page of these lines (after a closed paragraph) is read with."""
    page = parse_page_text("\n".join(["The meeting closed at noon.", *lines, ""]))
    return [a.subheadline for a in page.articles if a.subheadline is not None]


def test_an_advertisements_lines_under_a_short_head_are_no_deck() -> None:
    # A head of two words over an offer and a firm's line: an advertisement, no decks.
    assert not _decks(
        "LOOK HERE!",
        "Why Go to the Trouble of Ordering From a City",
        "When We Have a Complete Line of Trusses",
        "Williams Drug Company",
        "Main Street, Maysville.",
    )


def test_a_title_case_clause_under_a_capitals_head_is_its_deck() -> None:
    page = parse_page_text(
        "lettering done in cemetery write or\n"
        "call 534M. J. E. Walker.\n"
        "HOUNDS MANGLED DOE\n"
        "Deer Killed Within the Village Limits\n"
        "v Sunday Afternoon.\n"
        "A large doe caught in a wire\n"
        "fence was so badly torn and mangled\n"
        "by four hounds Sunday afternoon that\n"
        "it was killed by C. L. Harphan and\n"
        "his son.\n"
    )
    story = next(a for a in page.articles if a.headline == "HOUNDS MANGLED DOE")
    # (As OCR read the Caledonian of 2 February 1916, a speck before "Sunday".)
    assert story.subheadline == "Deer Killed Within the Village Limits v Sunday Afternoon."
    assert story.paragraphs[0].startswith("A large doe caught")


def test_a_local_item_under_a_column_head_is_no_deck() -> None:
    assert not _decks(
        "BARTON NEWS",
        "Mrs. Leon Lafoe of Barton Is Visiting at Thomas Lafoe's.",
        "Mrs. Horace Whitehill, who has been ill for so many weeks,",
        "is able to be out again, her friends will be glad to hear.",
    )


def test_a_deck_goes_with_its_headline_whatever_another_lead_echoes() -> None:
    # The deck's words recur in the next story's lead, but it stands straight under the
    # capitals headline of its own story: it is that story's deck, no teaser.
    page = parse_page_text(
        "The meeting closed at noon and the members went home.\n"
        "COMMITTEE OF 15 IS BEING SOUGHT\n"
        "Explosives and Metals Indicating Bombs\n"
        "Found in Crones Headquarters.\n"
        "CHICAGO. 111.. Feb. 15. Country\n"
        "wide search was made today for\n"
        "the committee of fifteen, believed\n"
        "to be behind the poisoning plot.\n"
        "BOMBS FOUND IN ROOM\n"
        "Explosives and metals indicating bombs were found in the\n"
        "headquarters of Jean Crones today, and the police say the\n"
        "bombs found in the Crones headquarters were of a new kind.\n"
    )
    story = next(a for a in page.articles if a.headline == "COMMITTEE OF 15 IS BEING SOUGHT")
    assert story.subheadline == (
        "Explosives and Metals Indicating Bombs Found in Crones Headquarters."
    )
    assert all(a.kind is not ArticleKind.TEASER for a in page.articles)


def test_a_wire_credit_under_a_headline_is_no_deck_that_goes_with_it() -> None:
    from reader.parse.assemble import _ABBREVIATED_DAY

    assert _ABBREVIATED_DAY.search("WASHINGTON, Feh. 9 — Speak") is not None
    assert _ABBREVIATED_DAY.search("Front of 350 Meters North of Ypres") is None


def test_goods_priced_with_a_shop_word_and_spoken_to_the_reader_make_an_advertisement() -> None:
    from reader.parse.classify import looks_like_notice

    assert looks_like_notice(
        "THE UNIVERSAL CAR",
        "Let the other fellow experiment. You want to know what your prospective car will "
        "do. The record of Ford cars in the service of more than a million owners is the "
        "best evidence of Ford reliability. Touring Car $410; Runabout $390; f. o. b. Detroit.",
    )
    # "Send in your order" is a shop's word, set as a deck too.
    assert looks_like_notice("BREAD DELIVERED", "SEND IN YOUR ORDER & GET THE BEST.")
    # A story asking the reader a question over two sums, no shop word in it, stays news.
    assert not looks_like_notice(
        "HEIR TO FORTUNE",
        "If you had just inherited $3,000,000, would you keep on selling dogs? Mr. Brown "
        "says he would, and he has refused an offer of $5,000 for his kennels, which he "
        "built up himself over twenty years of hard work in the town.",
    )


def test_decks_with_no_ad_word_add_nothing_to_the_evidence() -> None:
    from reader.parse.classify import dense_with_ad_words, may_add_ad_words

    assert not may_add_ad_words("Heavy Fighting Along Line Near Ypres Reported")
    assert may_add_ad_words("SEND IN YOUR ORDER & GET THE BEST.")
    assert may_add_ad_words("Touring Car $410")
    # Without such a word, decks only lengthen a text that is no advertisement by itself.
    text = "The council met on Monday and voted the new bridge. " * 3
    deck = "Heavy Fighting Along Line Near Ypres Reported"
    assert not dense_with_ad_words(None, text)
    assert not dense_with_ad_words(None, f"{deck}\n{text}")


def test_a_price_and_up_is_a_shops_word() -> None:
    from reader.parse.classify import _SHOP_WORDS

    found = _SHOP_WORDS.findall("trunks....$3.75 up hartmann; rates $1,00 and up. hose 25c up")
    assert found == ["$3.75 up", "$1,00 and up", "25c up"]
    assert not _SHOP_WORDS.findall("prices went up sharply; the sum of $3 was taken up")


@pytest.mark.parametrize(
    "text",
    [
        "Notice Is hereby given that John H. Kidd, of Redland, N. M., who on April 11, 1915, "
        "made homestead entry, has filed notice of intention to make final proof.",
        "NOTICE Is hereby given that the stockholders will meet on March 1.",
        "Land Office at Roswell, N. M., Jan. 6, 1916. Notice is hereby given that John D. "
        "Ketner, of Boaz, N. M., who on May 13, 1912, made homestead entry.",
        "Estate of H. C. Moss, deceased. Notice is hereby given by the undersigned, "
        "administrator of the estate, to the creditors of the deceased.",
        "Johnson Gant having this day filed his application to be appointed administrator of "
        "the above succession. Notice is hereby given to all persons interested.",
    ],
)
def test_the_legal_formula_makes_a_notice(text: str) -> None:
    assert opens_as_notice(None, text)
    assert opens_as_notice("Notice to Creditors", text)
    assert looks_like_notice(None, text)


@pytest.mark.parametrize(
    "text",
    [
        # Quoted further down a story: a new paragraph, news.
        "The county board met on Monday and heard the clerk read the call.\n"
        "Notice is hereby given that a meeting will be held.",
        # Past the reach of an office's line and date (FORMULA_REACH characters).
        "The sheriff, who has served the county for twelve years and who was re-elected last "
        "fall by the largest majority ever given a candidate in the county, posted a bill on "
        "the court house door today, which read, Notice is hereby given that gambling ends.",
        "The sheriff said that notice would be given to the saloon keepers on Monday.",
    ],
)
def test_the_formula_in_news_is_no_notice(text: str) -> None:
    assert not opens_as_notice(None, text)
    assert not opens_as_notice("SHERIFF CLOSES GAMBLING HOUSES", text)


def test_a_notice_opening_with_is_in_capitals_starts_an_item_of_its_own() -> None:
    assert opens_notice("Notice Is hereby given that James W. Jewell, of Richland, N. M.")
    text = (
        "SCHOOL BOARD MEETS\n"
        "The school board met on Monday evening and chose a new clerk for the coming year.\n"
        "\n"
        "Notice Is hereby given that James W. Jewell, of Richland, N. M., who on Jan. 7, 1913,\n"
        "made homestead entry, has filed notice of intention to make final proof.\n"
    )
    page = parse_page_text(text)
    assert page.articles[0].kind is not ArticleKind.NOTICE
    assert page.articles[-1].kind is ArticleKind.NOTICE
    assert page.articles[-1].paragraphs[0].startswith("Notice Is hereby given")
