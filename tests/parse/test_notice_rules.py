"""Legal notices by their formula (branch ``notices15``): ``Notice Is hereby given`` in any
case of its verb, and the formula after the office and date a land office's notice opens with."""

from __future__ import annotations

import pytest

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import looks_like_notice, opens_as_notice, opens_notice


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
