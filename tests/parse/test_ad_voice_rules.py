"""An advertisement set in capitals from edge to edge is the shop talking, not a stack of heads
(adheads22): a capitals line in the shop's voice under another such line stays in the ad's
text, while the ad's own head over it, and a news head quoting a speaker, stay heads."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import speaks_as_shop_in_capitals
from reader.parse.lines import split_lines
from reader.parse.reflow import _shop_voice_in_capitals

#: A clothier's ad as the Maysville Public Ledger set it (28 February 1916), under a local item.
CLOTHIER = (
    "The friends of Mrs. Anna Clark will be glad to learn that she is able to be out again\n"
    "after an illness of several weeks at her home on West Second street.\n"
    "\n"
    "A BIT EARLY FOR SPRING SUITS\n"
    "YET WE ARE SO ENTHUSIASTIC OVER OUR SELECTIONS OF THE PRODUCTS OF\n"
    "THE BEST MANUFACTURERS OF THE COUNTRY THAT WE CAN NOT REFRAIN\n"
    "FROM TELLING YOU ABOUT THEM. HERE YOU FIND THE MAKES OF: HIRSH\n"
    "WICKWIRE, STEIN-BLOCH, R. B. FASHION. SOCIETY BRAND, MICHAELS, STERN &\n"
    "CO., AND OTHER NOTABLE HOUSES.\n"
    "HAVING BOUGHT PRIOR TO THE BIG ADVANCE WE ARE ENABLED TO SELL\n"
    "SPLENDID SUITS FOR $12, $15, $18, $20 AND $25. AT YOUR LEISURE, COME IN AND\n"
    "LET US SHOW YOU THESE EXCELLENT VALUES.\n"
    "WE HAVE OUR ENTIRE LINE OF SPRING SHOES\n"
    "WE SHOW THE FOLLOWING MAKES: HANAN, NETTLETON, WALK-OVER, DOUG\n"
    "LAS AND BARKER-BROWN, REPRESENTING THE BEST FOOTWEAR IN THE LAND.\n"
)


def test_a_capitals_line_in_a_shops_voice_speaks_as_a_shop() -> None:
    assert speaks_as_shop_in_capitals("WE HAVE OUR ENTIRE LINE OF SPRING SHOES")
    assert speaks_as_shop_in_capitals("LET US SHOW YOU THESE EXCELLENT VALUES.")
    assert not speaks_as_shop_in_capitals("We have our entire line of spring shoes")
    assert not speaks_as_shop_in_capitals("TEUTONS ARE THROWN BACK.")
    # A head quoting a speaker, or telling what was said, is news.
    assert not speaks_as_shop_in_capitals('"WE WILL NOT YIELD," KAISER')
    assert not speaks_as_shop_in_capitals("WE MUST ARM SAYS WILSON")


def test_an_ad_set_in_capitals_is_one_notice_under_its_head() -> None:
    page = parse_page_text(CLOTHIER)
    lost, added = lost_and_added(CLOTHIER, page)
    assert not lost and not added
    ads = [a for a in page.articles if a.headline == "A BIT EARLY FOR SPRING SUITS"]
    assert len(ads) == 1
    ad = ads[0]
    assert ad.kind is ArticleKind.NOTICE
    text = " ".join(ad.paragraphs)
    # Before the rule the ad was cut into four items under its own sentences.
    for line in ("HAVING BOUGHT PRIOR", "WE HAVE OUR ENTIRE LINE", "WE SHOW THE FOLLOWING"):
        assert line in text
    assert not any(
        a.headline and a.headline.startswith(("THE BEST", "HAVING", "WE ")) for a in page.articles
    )


def test_a_capitals_stack_without_the_shops_voice_keeps_its_heads() -> None:
    text = (
        "The council adjourned at a late hour after hearing the report.\n"
        "\n"
        "GERMANS RENEW ATTACKS ON VERDUN FORTS\n"
        "FRENCH LINES HOLD AGAINST FIERCE ASSAULTS\n"
        "PARIS, Feb. 27.—The Germans renewed their attacks on the forts of Verdun\n"
        "today with great force, but the French lines held at every point.\n"
    )
    page = parse_page_text(text)
    story = next(a for a in page.articles if a.dateline)
    assert story.headline == "GERMANS RENEW ATTACKS ON VERDUN FORTS"
    assert story.subheadline == "FRENCH LINES HOLD AGAINST FIERCE ASSAULTS"


def test_a_quoted_deck_in_the_first_person_stays_a_deck() -> None:
    text = (
        "The council adjourned at a late hour after hearing the report.\n"
        "\n"
        "PRESIDENT ASKS NATION TO PREPARE\n"
        '"WE MUST BE READY FOR ANY EVENT"\n'
        '"OUR DUTY IS PLAIN," HE TELLS CROWD\n'
        "CLEVELAND, Jan. 29.—President Wilson spoke here tonight to a crowd that\n"
        "filled the hall and the streets outside it.\n"
    )
    page = parse_page_text(text)
    story = next(a for a in page.articles if a.dateline)
    assert story.headline == "PRESIDENT ASKS NATION TO PREPARE"
    assert story.subheadline is not None and "OUR DUTY IS PLAIN" in story.subheadline


def test_a_display_line_broken_over_short_lines_is_no_shop_text() -> None:
    # "WE" alone on its line is a piece of the display line "WE WANT YOUR COAL ORDERS", not
    # the shop's text set edge to edge: the title under it stays a title.
    lines = split_lines("WE\nWANT YOUR\nCOAL ORDERS")
    titles = [False, True, True]
    _shop_voice_in_capitals(lines, titles)
    assert titles == [False, True, True]
    # Under a full line of the shop's text, the same kind of line is text.
    lines = split_lines(
        "LET US SHOW YOU THESE EXCELLENT VALUES.\nWE HAVE OUR ENTIRE LINE OF SPRING SHOES"
    )
    titles = [False, True]
    _shop_voice_in_capitals(lines, titles)
    assert titles == [False, False]
