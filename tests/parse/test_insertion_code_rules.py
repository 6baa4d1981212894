"""An ad closing on its insertion code is a notice (issue 9, branch hists50).

A 1916 printer set a paid ad's insertion code at its foot (``13-tf`` — till forbid —,
``7tf``, ``(33-2t)`` — twice): a want ad, a card or an official's resolution, read as an item
of its own, closed so is a notice whatever its words
(``classify.closes_on_insertion_code``). Near misses: a news item telling what was done,
with an ad's code run into its foot (segmentation's to part), a code in the middle of a long
text, a figure and a "t" that are no code. The texts are invented."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import closes_on_insertion_code

#: A farm for sale, closed by its advertiser and code and the advertiser's town.
_FARM = (
    "Stock Farm for Sale 320 acres in Bourbon county. Good fences, two wells, a new barn "
    "and a six room house. Half in pasture. Ask for J. T. Marsh & Son, 22-tf Fort Scott, Kans."
)


def test_a_want_ad_closing_on_its_code_is_a_notice() -> None:
    assert closes_on_insertion_code(_FARM)
    assert closes_on_insertion_code(
        "Black leather hand bag on the county road north of town. Finder please leave "
        "at this office and receive reward. (41-2t)"
    )
    assert closes_on_insertion_code("Good seed corn at $1.75 a bushel. Inquire of A. B. Ross. 9tf")


def test_news_with_a_code_at_its_foot_is_no_notice_by_it() -> None:
    # (told as done: the item is news, a want ad run into its foot)
    assert not closes_on_insertion_code(
        "The teachers were at Salem with the visiting team on Friday and returned "
        "Saturday. Two mules for sale at my barn. 16-tf. R. L. Dunn."
    )


def test_a_code_far_from_the_end_or_no_code() -> None:
    assert not closes_on_insertion_code(
        "Seed oats for sale. 12-tf " + "Fine weather brings the farmers to town this week. " * 3
    )
    assert not closes_on_insertion_code(
        "The mill burned 3 tons of coal a day at the 2nd street plant."
    )
    assert not closes_on_insertion_code(_FARM + " " + "More land. " * 60)  # (too long)


def test_the_ad_reads_as_a_notice_on_a_page() -> None:
    page = parse_page_text(
        "\n".join(
            [
                "A Fine Bourbon County",
                "Stock Farm for Sale 320 acres in",
                "Bourbon county. Good fences, two",
                "wells, a new barn and a six room",
                "house. Half in pasture. Ask for J.",
                "T. Marsh & Son, 22-tf Fort Scott,",
                "Kans.",
            ]
        )
        + "\n"
    )
    (ad,) = page.articles
    assert ad.kind == ArticleKind.NOTICE
