"""A shop speaking to its customers as "we" to "you" is an advertisement (branch ``ads32``,
issue 9).

A 1916 weekly's local shops write their own cards in the first person plural ("We pay the
highest market price for your produce", "we can save you money", "Let us show you"), often
with no price, no firm's word and few of the shop words the notice rules count, so they were
read as stories. Two words of ``we`` / ``our`` / ``us``, two to the reader, two of trade and
the shop serving the reader (or one shop word, price or firm) make the card a notice, when it
tells nothing as done or said and is no letter. Editorials, appeals, letters and reports that
speak to the reader stay stories.

A bank's card is the same card in a bank's words ("Start an account at this bank", "the
advantages of a savings or checking account with us"): three words of banking and two to the
reader, densely, with nothing narrated; news of a bank narrates.
"""

from __future__ import annotations

import pytest

from reader.model import Article, ArticleKind
from reader.parse.classify import (
    bank_card_to_reader,
    looks_like_notice,
    speaks_as_shop_to_reader,
)
from tests.parse.understory import item_under_story

#: A news story above the item under test, so the page has an article before it.
STORY = (
    "COUNCIL PAVES FRONT STREET\n"
    "The town council met on Tuesday evening and voted to pave Front Street\n"
    "from the depot to the courthouse square. The mayor said the work would\n"
    "begin as soon as the weather permitted and be done by the first of June.\n"
    "\n"
)


def _item(text: str) -> Article:
    """The article the text under the story becomes (the page loses no character)."""
    return item_under_story(STORY, text)


#: Shops' cards in their own voice (our own words), with no price and few counted shop words.
_CARDS = [
    # a general store to the farmers: "our new store", "your produce"
    "Our new place is stocked with everything you need for the farm. We pay\n"
    "the best market price for your eggs and butter. Bring them to us and\n"
    "go home with the goods.\n",
    # a furniture house's boast: the reader served ("save you")
    "For twenty years all our energies have gone to furnishing the homes of\n"
    "this valley. We buy in large lots and can save you money on every room,\n"
    "and you will like our way of doing business. Put us to the test.\n",
    # a job printer's card: "Let us show you"
    "We never tire of good printing. People who have tried our work come back\n"
    "for more, and our prices are fair. Let us show you samples of cards,\n"
    "letter heads and envelopes, all in stock for your convenience.\n",
]


@pytest.mark.parametrize("text", _CARDS)
def test_a_shop_speaking_as_we_to_you_is_a_notice(text: str) -> None:
    assert speaks_as_shop_to_reader(text)
    assert looks_like_notice(None, text)


def test_a_shop_card_on_the_page_is_a_notice() -> None:
    item = _item("TO OUR FARMER FRIENDS\n" + _CARDS[0])
    assert item.kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # an editorial speaking to the reader as "we", telling what was done
        "Our town was never so prosperous as it is today. We had three new stores\n"
        "open this winter, and you can see the goods in their windows. The trade\n"
        "of the county comes to us because our roads are good, and your money\n"
        "stays at home.\n",
        # a letter to the editor: its salutation
        "Dear Sir: We find that your paper brings us customers for our goods, and\n"
        "you may run our card again. We thank you for the service and the trade\n"
        "it brings.\n",
        # an appeal for a fund: no words of trade, nobody served
        "We ask every one of you to give to the relief of the flooded families.\n"
        "Our committee meets at the church, and your gift, however small, will\n"
        "go to those who need it most.\n",
        # a shop's words but the reader addressed only once
        "We carry the best goods in the county, and our prices suit the farmer.\n"
        "Our stock is larger than ever this spring; come and see for yourself.\n",
        # a poem to a sweetheart: "we" and "you", no trade
        "We walked the lane when roses bloomed, and you were young and fair;\n"
        "our hearts were light, your hand in mine, and love was everywhere.\n",
    ],
)
def test_news_letters_and_appeals_that_speak_to_the_reader_stay_news(text: str) -> None:
    assert not speaks_as_shop_to_reader(text)


def test_a_long_text_is_no_shop_card() -> None:
    text = (_CARDS[1] + "\n") * 8
    assert len(text) > 1500
    assert not speaks_as_shop_to_reader(text)


def test_an_editorial_on_the_page_stays_a_story() -> None:
    item = _item(
        "HOME TRADE\n"
        "Our town was never so prosperous as it is today. We had three new stores\n"
        "open this winter, and you can see the goods in their windows. The trade\n"
        "of the county comes to us because our roads are good, and your money\n"
        "stays at home.\n"
    )
    assert item.kind is not ArticleKind.NOTICE


#: Banks' cards to the reader (our own words).
_BANK_CARDS = [
    "Whatever you earn, put a part of it in the bank. A small deposit grows, and\n"
    "interest is paid on savings. Open your account at this bank today.\n",
    "Now is the time to plan the year's work. The officers of this bank will help\n"
    "with your plans and show you what a checking account with us can do for you.\n",
]


@pytest.mark.parametrize("text", _BANK_CARDS)
def test_a_bank_speaking_to_the_reader_is_a_notice(text: str) -> None:
    assert bank_card_to_reader(text)
    assert looks_like_notice(None, text)


def test_a_bank_card_on_the_page_is_a_notice() -> None:
    item = _item("SAVE AND SUCCEED\n" + _BANK_CARDS[0])
    assert item.kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # news of a bank: narrated
        "The Farmers Bank was entered on Sunday night and the safe was opened. The\n"
        "cashier said the deposits and savings of the town were safe, and you may\n"
        "be sure your account is whole, the bank's officers told depositors.\n",
        # a bank's statement of condition: figures, nobody addressed
        "Capital stock 25,000.00. Surplus 5,000.00. Deposits subject to check\n"
        "81,000.00. Savings deposits 12,000.00. Interest paid 1,200.00.\n",
        # an editorial on thrift naming a bank once, the reader once
        "Thrift is the habit of a free people. The man who saves a little every week\n"
        "is the man the town can count on when hard times come, and the bank is only\n"
        "one of the places where savings may grow. You know the rest of the lesson.\n",
        # a letter to a bank: its salutation
        "Dear Sir: Your bank has my deposits and my savings account, and I thank you\n"
        "for the interest you pay on them.\n",
    ],
)
def test_news_of_banks_and_statements_stay_news(text: str) -> None:
    assert not bank_card_to_reader(text)
