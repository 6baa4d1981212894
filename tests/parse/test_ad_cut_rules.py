"""An advertisement run in under a news story is cut off as a notice of its own (adcut13), and
so is a reading notice set as its last paragraph (readers21)."""

from __future__ import annotations

import pytest

from reader.model import Article, ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import lacks_shop_voice, reads_as_ad_piece, reads_as_reading_notice

#: A story of two paragraphs that tells news (what was done and said), long enough to be one.
STORY = (
    "COUNTY ROAD BOARD MEETS\n"
    "The county road board met in the court house on Monday and let the contract for the new\n"
    "bridge over Clear Fork to the Graham company, whose bid was the lowest of the four that\n"
    "were opened. Work will begin as soon as the weather permits.\n"
    "\n"
    "The board also heard the report of the road overseer, who said that the roads of the\n"
    "district had never been in better condition at this season of the year.\n"
    "\n"
)
STORY_OPENINGS = ["The county road board met", "The board also heard"]


def _articles(tail: str) -> list[Article]:
    text = STORY + tail
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    return list(page.articles)


def _story_keeps_only_its_own(articles: list[Article]) -> None:
    story = articles[0]
    assert story.headline == "COUNTY ROAD BOARD MEETS"
    assert story.kind is ArticleKind.STORY
    assert len(story.paragraphs) == len(STORY_OPENINGS)
    assert all(p.startswith(s) for p, s in zip(story.paragraphs, STORY_OPENINGS, strict=True))


def test_a_classified_ad_under_a_story_is_a_notice_of_its_own() -> None:
    articles = _articles(
        "FOR SALE—640 acre farm, well improved. A big bargain if sold right away.\n"
    )
    assert len(articles) == 2
    _story_keeps_only_its_own(articles)
    assert articles[1].kind is ArticleKind.NOTICE
    assert articles[1].headline is None
    assert articles[1].paragraphs[0].startswith("FOR SALE—640 acre farm")


def test_a_shop_card_by_its_voice_address_and_firm_is_cut_off() -> None:
    # No notice by its words' density: a word to the reader, a street address and a firm,
    # three kinds of an ad's evidence, and nothing told as done or said.
    articles = _articles(
        "Lumber bills for houses are the only bills we like. If you want to know the lowest\n"
        "price at which you can buy the best lumber, come to the yard of the Smith Lumber\n"
        "Company, 212 Main Street, and get an estimate.\n"
    )
    assert len(articles) == 2
    _story_keeps_only_its_own(articles)
    assert articles[1].kind is ArticleKind.NOTICE
    assert articles[1].paragraphs[0].startswith("Lumber bills for houses")


def test_news_naming_prices_keeps_its_last_paragraph() -> None:
    # Prices and sums are news's too (a purse, a bid): without an ad's own voice the last
    # paragraph stays with the story.
    articles = _articles(
        "The purse, which is the largest ever offered, stands at $60,000, with a $10,000\n"
        "bonus to the winner.\n"
    )
    assert len(articles) == 1
    assert articles[0].paragraphs[-1].startswith("The purse")


def test_an_ad_is_not_cut_from_its_own_opening() -> None:
    # Over the price list, the shop speaks of "our" goods: the item is one advertisement.
    text = (
        "SPRING OPENING\n"
        "Most of our Spring goods are in, all bought before the big advance in price, and\n"
        "we feel a certain pride in our foresight. Every department of the store is full and\n"
        "the goods were never better.\n"
        "\n"
        "If you can buy a better towel for 50c the pair, don't take these. Call and see them\n"
        "at 212 Main Street. Phone 42.\n"
    )
    page = parse_page_text(text)
    assert len(page.articles) == 1


def test_a_line_announcing_what_follows_keeps_it() -> None:
    # "… the summons follows:" announces the next paragraph as the story's own.
    text = (
        "SUIT FOR DAMAGES BROUGHT\n"
        "The county attorney has brought suit against the railway company for the damage done\n"
        "to the county road by the washout of last spring, which was charged to the company's\n"
        "culvert. The notice to the company follows:\n"
        "\n"
        "You are hereby notified that the undersigned will sell at public sale at 212 Main\n"
        "Street the goods named for the sum of $60.\n"
    )
    page = parse_page_text(text)
    assert [a.kind for a in page.articles] == [ArticleKind.STORY]
    assert page.articles[0].paragraphs[-1].startswith("You are hereby notified")


def test_reads_as_ad_piece_and_lacks_shop_voice() -> None:
    card = (
        "The. CLOTHES that have met the requirements of ALL the people are made at The "
        "Fashion $18,00. 23. No. 3rd St., Oppo. Frederick Hotel"
    )
    assert reads_as_ad_piece(card)  # a price, a street, a firm's word
    assert not reads_as_ad_piece("The purse stands at $60,000, with a $10,000 bonus.")
    # Told as done: news, whatever it names.
    assert not reads_as_ad_piece("The Fashion was sold for $18,000 to the hotel at 212 Main St.")
    assert lacks_shop_voice("The board met on Monday and let the contract for the bridge.")
    assert not lacks_shop_voice("Most of our Spring goods are in.")
    assert not lacks_shop_voice("We would like to have you see them.")


#: Reading notices, one or two sentences set as text under a story: the paper's want ads, a
#: bidding to a shop or to the paper's office, a paid notice signed "adv." without its dash.
READING_NOTICES = [
    "Ashland Tidings want ads bring results.",
    "Read the advertising columns of The News; it will pay you.",
    "Get scale receipts, legal blanks, etc., at the Tidings office.",
    "Don't fail to get one of those hand-painted cups at Wheeler's Drug Store.",
    "You owe it to yourself to buy the best goods possible for the price. Elgin Co. adv.",
]
#: Last paragraphs that stay with the story: a shop named alone is a local item's too; advice
#: with no shop; a price and a shop's word told of a factory; words to the reader with a firm
#: (under a shop's own text, the same ad's last lines).
NOT_READING_NOTICES = [
    "The next meeting will be held in three weeks at Ellingson's store.",
    "Like nearly everything else, it is a habit; the right habit is as easily formed. Try it.",
    "A shipment of sample shoes will be made to St. Louis Saturday, valued at about $20,000.",
    "If you use baking powder, use Royal Baking Powder. ROYAL BAKING POWDER CO., New York",
]


@pytest.mark.parametrize(
    ("last", "is_notice"),
    [(text, True) for text in READING_NOTICES] + [(text, False) for text in NOT_READING_NOTICES],
)
def test_a_reading_notice_as_a_story_s_last_paragraph_is_cut_off(
    last: str, is_notice: bool
) -> None:
    articles = _articles(last + "\n")
    assert len(articles) == 1 + is_notice
    assert list(articles[-1].paragraphs)[-1] == last
    if is_notice:
        _story_keeps_only_its_own(articles)
        assert articles[1].kind is ArticleKind.NOTICE
        assert articles[1].headline is None
        assert len(articles[1].paragraphs) == 1


def test_a_reading_notice_is_short_and_tells_nothing_as_done() -> None:
    assert reads_as_reading_notice("Get your sale bills printed at the Champion oflice.")
    assert not reads_as_reading_notice("Get well soon, his friends said at Smith's store.")
    long_notice = "Get your scale receipts at the Tidings office. " * 6
    assert len(long_notice) > 250
    assert not reads_as_reading_notice(long_notice)
