"""A paid reader signed with the short ``Adv.`` between a weekly's items closes the item above
it and is a notice of its own (items24, issue 9): see docs/parser-rules.md."""

from __future__ import annotations

import pytest

from reader.model import Article, ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import signs_off_as_paid

#: A headed local story of two paragraphs, long enough to be news.
STORY = (
    "NEW BRIDGE FOR CLEAR FORK\n"
    "The county court on Monday let the contract for the new bridge over Clear Fork\n"
    "to the Graham company, whose bid was the lowest of the four that were opened.\n"
    "Work will begin as soon as the weather permits.\n"
    "\n"
    "The court also heard the report of the road overseer, who said that the roads\n"
    "of the district had never been in better condition at this season of the year.\n"
    "\n"
)
READER = "For tinwork and repairing see SMALLEY, first door north of telephone office. Adv.\n"
ITEMS = (
    "\n"
    "Mrs. R. M. Rogers has been suffering from a severe attack of acute lumbago.\n"
    "\n"
    "The Hartville band boys gave a box supper at the court house Tuesday evening.\n"
)


def _articles(text: str) -> list[Article]:
    page = parse_page_text(text)
    lost, _ = lost_and_added(text, page)
    assert not lost
    return list(page.articles)


def _holding(articles: list[Article], opening: str) -> Article:
    return next(a for a in articles if any(p.startswith(opening) for p in a.paragraphs))


def test_a_paid_reader_closes_the_story_above_and_is_a_notice() -> None:
    articles = _articles(STORY + READER + ITEMS)
    story = articles[0]
    assert story.headline == "NEW BRIDGE FOR CLEAR FORK"
    assert len(story.paragraphs) == 2
    reader = _holding(articles, "For tinwork")
    assert reader.kind is ArticleKind.NOTICE
    assert reader.paragraphs == (READER.strip(),)
    items = _holding(articles, "Mrs. R. M. Rogers")
    assert items is not story and items is not reader


@pytest.mark.parametrize(
    "sign_off",
    [
        "office. Adv.",
        "everywhere.-(Adv.)",
        "Elgin Merc. Co. adv.",
        "for the least.—Adv.",
        "store. Advt.",
    ],
)
def test_the_short_sign_off_in_its_forms_closes_the_item(sign_off: str) -> None:
    text = STORY + f"Fresh fish Friday and Saturday at Hensley's {sign_off}\n" + ITEMS
    articles = _articles(text)
    assert len(articles[0].paragraphs) == 2
    assert _holding(articles, "Fresh fish").kind is ArticleKind.NOTICE


def test_signs_off_as_paid() -> None:
    assert signs_off_as_paid("Spring millinery to suit every taste at Mrs. Coday's Adv.")
    assert signs_off_as_paid("Obtainable everywhere.-(Adv.)")
    assert signs_off_as_paid("Owner can have same by paying for this adv.")
    assert not signs_off_as_paid("The Germans made no advance.")
    assert not signs_off_as_paid("Berlin received the advices today.")
    assert not signs_off_as_paid("A WORD TO THE ADVERTISER.")
    assert not signs_off_as_paid("He is Adv. Smith's partner in the firm.")


def test_a_reader_s_own_short_opening_stays_with_it_as_one_notice() -> None:
    text = (
        STORY
        + "Found.\n"
        + "Kansas automobile license tag.\n"
        + "\n"
        + "Owner can have same by paying for this adv.\n"
    )
    articles = _articles(text)
    assert len(articles[0].paragraphs) == 2
    found = _holding(articles, "Kansas automobile")
    assert found.kind is ArticleKind.NOTICE
    assert any(p.startswith("Owner can have") for p in found.paragraphs)


def test_in_a_labelled_column_the_reader_stays_one_of_its_paragraphs() -> None:
    text = (
        "LOCAL AND PERSONAL\n"
        "Mrs. G. W. Allison of Ava was here this week en route to Iowa to reside.\n"
        "\n" + READER + ITEMS
    )
    articles = _articles(text)
    column = _holding(articles, "Mrs. G. W. Allison")
    assert column.headline == "LOCAL AND PERSONAL"
    assert any(p.startswith("For tinwork") for p in column.paragraphs)
    assert any(p.startswith("The Hartville band") for p in column.paragraphs)


def test_under_a_shop_s_own_text_the_sign_off_closes_the_shop_s_ad() -> None:
    text = (
        "SPRING GOODS ARRIVING\n"
        "Our store has the finest line of spring hats and shoes ever shown in this town,\n"
        "and we sell them at prices that will please you. Come in and see our stock of\n"
        "new goods before they are all gone. We invite you to call at our store.\n"
        "\n"
        "New spring Emerson shoes for men arriving daily at Noveck's. Adv.\n"
    )
    articles = _articles(text)
    assert len(articles) == 1
    assert len(articles[0].paragraphs) == 2
