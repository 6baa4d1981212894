"""The general layout rules of issue 9, each on a small page written for it: wire credits,
datelines, mastheads, numbered items, contents boxes, title lists, captions in single-spaced
text, notices, noise, Traditional Chinese, and the articles' confidence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import ArticleKind, Page
from reader.parse import parse_page_text
from reader.parse.classify import (
    box_entry,
    byline_names,
    caps_runs_on,
    ends_with_abbreviation,
    is_byline_line,
    is_copyright_line,
    is_credit,
    is_furniture,
    is_signature,
    is_wire_credit,
    looks_like_notice,
    match_byline_lead,
    match_dateline,
    noise_share,
    reads_as_deck,
    starts_numbered_item,
)
from reader.parse.confidence import Evidence, article_confidence
from reader.parse.masthead import is_masthead_line, masthead_facts, paper_name
from tests.parse.layout import wrap_latin


def _epaper(*lines: str) -> Page:
    """Parse lines printed as e-paper text prints them: a blank line after every line."""
    return parse_page_text("\n\n".join(lines))


def _single(*lines: str) -> Page:
    """Parse lines printed single-spaced: no blank line anywhere."""
    return parse_page_text("\n".join(lines))


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Madrid, Dec. 29.—The king", "Madrid, Dec. 29.—"),
        ("LEADVILLE, Colo., Sept. 16.—A fire", "LEADVILLE, Colo., Sept. 16.—"),
        ("Washington, D. C., Feb. 9.—The House", "Washington, D. C., Feb. 9.—"),
        ("ORANGE, Texas. Feb. 1.—William Cross", "ORANGE, Texas. Feb. 1.—"),
        ("LONDON, Eng., Feb. 2. The conscription", "LONDON, Eng., Feb. 2."),
        # OCR misreads the day's digits.
        ("NORFOLK, Feb. I.—Commander Harrison", "NORFOLK, Feb. I.—"),
        ("Fall River, Miss., Feb. If,. Fire swept", "Fall River, Miss., Feb. If,."),
        ("St. Louis. April 3O. —The President", "St. Louis. April 3O. —"),
        ("NEW YORK,. Feb. 10. Mayor Mitchell", "NEW YORK,. Feb. 10."),
        ("CHICAGO, Feb. Iti. A supposedly incendiary fire", "CHICAGO, Feb. Iti."),
        ("本報海港4月1日電 西區醫院", "本報海港4月1日電"),
        # A state part of two states, an agency or a special credit in brackets.
        ("BRISTOL, Va.-Tenn., November 15. —The", "BRISTOL, Va.-Tenn., November 15. —"),
        (
            "INDIANAPOLIS, Ind., November 15 (Special to The Star.)—A",
            "INDIANAPOLIS, Ind., November 15 (Special to The Star.)—",
        ),
        (
            "TOKIO, November 15 (by the As- Sociated Press).—Japan",
            "TOKIO, November 15 (by the As- Sociated Press).—",
        ),
        # Bracketed datelines of the 1930s–40s press: place, day in numerals, agency, 電.
        ("（重慶廿五日海通電）據此間消息", "（重慶廿五日海通電）"),
        ("（香港廿五日路透社電）華字報載稱", "（香港廿五日路透社電）"),
        ("（中央社重庆廿五日电）据悉", "（中央社重庆廿五日电）"),
        ("（新华社北京1月5日电）记者", "（新华社北京1月5日电）"),
    ],
)
def test_english_and_traditional_datelines(text: str, dateline: str) -> None:
    found = match_dateline(text)
    assert found is not None and found.text == dateline


def test_no_dateline_inside_running_prose() -> None:
    assert match_dateline("He went to Paris, Feb. 2. The") is None
    assert match_dateline("The meeting of Jan. 5 was long") is None
    assert match_dateline("Boston, May Iowa. The") is None
    assert match_dateline("Mr. Smith, Feb. Go. The") is None
    assert match_dateline("Washington, Feb. I-!. Count") is None  # no dash ends it


@pytest.mark.parametrize(
    "text",
    [
        "(Associated Press.)",
        "(United Press.)",
        "By Associated Press.",
        "Special to The Tribune.",
        "By Leased Wire to The Evening Star.",
        "[United Press Leased Wire Service.]",
        "United Press Service",
        "International News Service:",
        "ASSOCIATED PRESS",
        "Associated Press Service by Federal Wireless.",
        "International News Sendee:",
        # As OCR garbles "(By Associated Press.)".
        "(Br Aiaeditid Prwa.1",
        "I By Aaaoclatad Praia. 1",
        "(Dy Aufl-lat-4 PrenH",
        # … with stray marks before and after it, as in a 1916 daily's wire stories.
        "fBr Associated Praaa 1",
        ", (Br Associated Press)",
        "- Br Associated Pre-",
        "'By Associated Pa .1",
        "(Bf Associated Pre)",
        "(Br Assoclats Praaa.i",
        "Br Associated Pressl",
        "t'liltcil Press Service",
        # … with "By" and its bracket garbled past recognition, as a 1916 daily prints them.
        "IHy Aaaorlatrd Preaa.)",
        "117 AaanHated Preaa.)",
        "I ly Aaaorlnted Preaa.)",
        "llT Aaawlntrd 1'rrnM.t",
        "My Aaaoelatrd Preaa.)",
        "Ity AnMoi'lnled Prraa.l",
    ],
)
def test_wire_credits_are_bylines_without_names(text: str) -> None:
    assert is_wire_credit(text)
    assert is_byline_line(text)


def test_wire_credit_and_dateline_both_lead_a_story() -> None:
    page = parse_page_text(
        "STORM SWEEPS COAST\n"
        "(By Associated Press.) NORFOLK, Va., Feb. 1.—The most daring feat of the war was\n"
        "revealed today when the missing liner steamed into port.\n"
    )
    story = page.articles[0]
    assert story.headline == "STORM SWEEPS COAST"
    assert story.byline == "(By Associated Press.)"
    assert story.byline_names == ()
    assert story.dateline == "NORFOLK, Va., Feb. 1.—"
    assert story.paragraphs[0].startswith("The most daring feat")


def test_traditional_byline_and_credit() -> None:
    lead = match_byline_lead("本報訊（記者梁嘉欣） 運輸署昨日公布")
    assert lead is not None and lead.text == "本報訊（記者梁嘉欣）"
    assert is_byline_line("本報記者 吳詠詩")
    assert not is_byline_line("记者日前在江滩公园施工现场")


def test_mastheads_running_heads_and_folios_are_furniture() -> None:
    for line in (
        "EKALAKA, (FALLON COUNTY) MONTANA, FRIDAY, JANUARY 21, 1916. NUMBER 3",
        "THE RIVERTON GAZETTE      TUESDAY, JANUARY 14, 2025      PAGE 1",
        "SALT LAKE CITY, UTAH, SUNDAY MORNING, SEPTEMBER 17, 1911. 56 PAGES FIVE CENTS.",
        "VOL LXIII NO 20,620",
        "第3-4期合刊",
        "總第15602期",
        "ONE CENT-",
        "LAST EDITION",
    ):
        assert is_furniture(line), line
    assert is_masthead_line("江城晨报", 0)
    assert not is_masthead_line("江城晨报", 40)  # a name alone counts only near the top
    assert not is_furniture("He was born January 5, 1880 in Ohio.")
    assert paper_name("By Associated Press") is None
    assert not is_wire_credit("(By Andrew Peters)")


def test_masthead_lines_as_ocr_reads_them() -> None:
    # A misread year, an abbreviated month, a date run into the next word, a monthly's date.
    for line in (
        "Volume 2 Houston, Miss., Feb. 25, IOIG. Number 40 MOTTO",
        "Month VOL- XIIL N0- 37- TACOMA, WASH., TUESDAY, FEBRUARY 1, 191 G. Edition",
        "ST. JOHNS, APACHE CO., ARIZONA, FEBRUARY 3, 1916No. 23",
    ):
        assert is_masthead_line(line, 40), line
    # Near the top of the page: a place and a dated year alone, a volume or issue label alone.
    for line in (
        "ST. JOHNS, APACHE CO.. ARIZONA, FEBRUARY 3, 1916",
        ". Lincoln, Nebraska, February, 1916",
        "Houston, Miss., Feb. 25, IOIG.",
        "No. 31.",
        "Whole Number 682",
    ):
        assert is_masthead_line(line, 3), line
        assert not is_masthead_line(line, 40), line
    # ... but a volume label alone is the masthead's anywhere (branch furniture16).
    assert is_masthead_line("Vol. XXXVIII", 3)
    assert is_masthead_line("Vol. XXXVIII", 40)
    # Ears anywhere: a page count, a circulation figure.
    for line in ("1920—THIRTY-SIX PAGES.", "56 PAGES", "Saturday's Net Circulation, 86,145"):
        assert is_masthead_line(line, 40), line
    assert not is_masthead_line("TURN PAGES", 40)
    assert not is_masthead_line("In February, 1916, the council met", 3)
    assert not is_masthead_line("Thursday, March 2nd, 1916. The object of the meeting", 40)
    assert not is_masthead_line("Madrid, Dec. 29.—The king", 3)
    assert masthead_facts(["Houston, Miss., Feb. 25, IOIG."]) == (None, None)


def test_ornaments_between_items_are_rules() -> None:
    page = parse_page_text(
        "Opelousas Again Victorious.\n"
        "--0--\n"
        "Saturday last the basket ball team played at Lafayette and won.\n"
        "o-\n"
        "Married.\n"
    )
    assert "--0--" in page.furniture and "o-" in page.furniture
    assert page.articles[0].paragraphs[0].startswith("Saturday last")


def test_masthead_names_the_paper_and_the_date() -> None:
    assert masthead_facts(["THE RIVERTON GAZETTE      TUESDAY, JANUARY 14, 2025      PAGE 1"]) == (
        "THE RIVERTON GAZETTE",
        "2025-01-14",
    )
    assert masthead_facts(["海港日報", "2025年4月2日 星期三"]) == ("海港日報", "2025-04-02")
    assert masthead_facts(["第1版"]) == (None, None)


def test_issue_without_toml_takes_name_and_date_from_the_masthead(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reader.parse import load_issue

    page = tmp_path / "page.txt"
    page.write_text(
        "THE RIVERTON GAZETTE      TUESDAY, JANUARY 14, 2025      PAGE 1\n"
        "COUNCIL VOTES BUDGET\n"
        "The city council voted on Monday night to set aside money for the plant.\n",
        encoding="utf-8",
    )
    issue = load_issue(page)
    assert issue.newspaper == "THE RIVERTON GAZETTE"
    assert issue.date == "2025-01-14"
    assert issue.title != "Untitled issue"


@pytest.mark.parametrize(
    ("text", "numbered"),
    [("（一）加强基础研究", True), ("二、总体要求", True), ("3. 学校可恢复", True),
     ("1. The plan", True), ("2.5 million", False), ("9.—Harold Brenner", False),
     ("三季度增长", False)],
)  # fmt: skip
def test_numbered_items(text: str, numbered: bool) -> None:
    assert starts_numbered_item(text) is numbered


def test_numbered_items_start_paragraphs_even_after_a_full_line() -> None:
    page = parse_page_text(
        "关于支持小微企业发展的若干措施\n"
        "日前，市政府印发若干措施，从三个方面支持小微企业发展。\n"
        "（一）降低融资成本。对首次获得银行贷款的小微企业给予贴息。\n"
        "（二）保障生产用地。对符合条件的小微企业园区项目优先供地。\n"
    )
    story = page.articles[0]
    assert [p[:3] for p in story.paragraphs] == ["日前，", "（一）", "（二）"]


def test_contents_box_lines_become_teasers_with_their_pages() -> None:
    assert box_entry("Winter storm closes mountain passes   3") is not None
    page = parse_page_text(
        "INSIDE\n"
        "Hockey Team Wins in Overtime          8\n"
        "Farm Prices Slip Again                5\n"
        "WINTER STORM CLOSES PASSES\n"
        "A fast-moving winter storm dropped nearly two feet of snow on the high\n"
        "country Monday, closing both passes.\n"
    )
    teasers = [a for a in page.articles if a.kind is ArticleKind.TEASER]
    assert [(t.headline, t.continued_to.page if t.continued_to else None) for t in teasers] == [
        ("Hockey Team Wins in Overtime", 8),
        ("Farm Prices Slip Again", 5),
    ]
    story = next(a for a in page.articles if a.kind is not ArticleKind.TEASER)
    assert story.headline == "WINTER STORM CLOSES PASSES"
    assert "INSIDE" in page.furniture


def test_single_spaced_caption_and_teaser_list_stand_apart() -> None:
    page = parse_page_text(
        "樱花进入盛花期\n"
        "本报讯（记者林晓） 近日，东湖樱花园两千余株樱花进入盛花期，吸引大批游客前来。\n"
        "公园管理处提醒游客文明赏花，不要攀折花枝，注意错峰出行。\n"
        "春日暖阳下，市民在东湖樱花园赏花游玩。\n"
        "新华社记者 赵一鸣/摄\n"
        "加快形成一批可复制可推广\n"
        "政策成果\n"
        "原子级制造：\n"
        "超精密制造重要发展方向\n"
        "低空经济如何安全“起飞”\n"
    )
    kinds = [(a.kind, a.headline) for a in page.articles]
    assert kinds == [
        (ArticleKind.BRIEF, "樱花进入盛花期"),
        (ArticleKind.CAPTION, None),
        (ArticleKind.TEASER, "加快形成一批可复制可推广政策成果"),
        (ArticleKind.TEASER, "原子级制造：超精密制造重要发展方向"),
        (ArticleKind.TEASER, "低空经济如何安全“起飞”"),
    ]
    assert page.articles[1].credit == "新华社记者 赵一鸣/摄"
    assert page.articles[1].paragraphs == ("春日暖阳下，市民在东湖樱花园赏花游玩。",)


def test_capital_decks_split_unless_they_run_on() -> None:
    assert caps_runs_on("DR. CHARLES EVANS", "TO HEAD KENDALL")
    assert caps_runs_on("COUNCIL APPROVES BUDGET FOR", "WATER PLANT")
    assert caps_runs_on("LIQUOR CASE IS", "POSTPONED AGAIN")
    assert caps_runs_on("AUTO PRICES MAY", "INCREASE, SAYS JEWETT")
    assert not caps_runs_on("BANK CASHIER MISSING", "FUNDS FOUND INTACT")
    assert not caps_runs_on("WHY NOT A REFERENDUM?", "THE YOUNG MAN'S OPPORTUNITY")


def test_mixed_case_headline_wrapped_to_its_full_stop_is_one_headline() -> None:
    page = parse_page_text(
        "The band played in the square until after dark last evening.\n"
        "Corn and Pig Club\n"
        "Meets At Oak Hall.\n"
        "The boys of the county club met at Oak Hall on Saturday and heard a\n"
        "talk on the feeding of hogs by the county agent.\n"
    )
    assert [a.headline for a in page.articles] == [None, "Corn and Pig Club Meets At Oak Hall."]
    # A line ending in a page number or holding a sentence is no headline's first half.
    page = parse_page_text(
        "Freighter wrecked during worst storm in history. Page 4\n"
        "Struck by street car, dies in hospital.\n"
    )
    assert "Page 4" not in (page.articles[-1].headline or "")


def test_a_long_quotation_set_in_capitals_is_prose_of_its_own() -> None:
    quotation = (
        "THE OLD DAYS WERE GREAT BECAUSE\n"
        "THE MEN WHO LIVED IN THEM HAD\n"
        "MIGHTY QUALITIES, AND WE MUST MAKE\n"
        "THE NEW DAYS GREAT BY SHOWING\n"
        "THESE SAME QUALITIES. WE MUST INSIST\n"
        "UPON COURAGE AND RESOLUTION, UPON\n"
        "HARDIHOOD, TENACITY AND FERTILITY IN\n"
        "RESOURCES. WE MUST INSIST UPON THE\n"
        "STRONG, VIRILE VIRTUES, AND WE MUST\n"
        "INSIST NO LESS UPON THE VIRTUES OF\n"
        "SELF-RESTRAINT AND SELF-MASTERY.\n"
    )
    page = parse_page_text(
        "RIOTOUS STUDENTS.\n"
        "The law students of the university became riotous to-day because the date\n"
        "of the examinations was changed from September to June, and the rest of\n"
        "the students tried to persuade them to return to their classes, but the\n"
        "five refused.\n" + quotation + "President Roosevelt.\n"
        "FAIR BUILDINGS DEDICATED.\n"
        "The buildings of the exposition at St. Louis were dedicated yesterday with\n"
        "ceremonies which, although marred by disagreeable weather, were impressive.\n"
    )
    headlines = [a.headline for a in page.articles]
    assert headlines[:2] == ["RIOTOUS STUDENTS.", None]
    assert headlines[-1] == "FAIR BUILDINGS DEDICATED."
    assert page.articles[1].paragraphs[0].startswith("THE OLD DAYS WERE GREAT")
    assert "SELF-MASTERY." in page.articles[1].paragraphs[-1]


def test_title_cased_head_under_a_short_line_without_its_stop() -> None:
    page = parse_page_text(
        "Mr. and Mrs. E. R. Labbe have issued invitations to the\n"
        "marriage of their sister, Miss Anna, to Mr. J. A. Ledoux, which\n"
        "will take place at the Catholic church here on\n"
        "Tuesday February 22nd\n"
        "Sure Signs of a Torpid Liver\n"
        "If you have spells of dizziness, headaches, biliousness or\n"
        "constipation, look to your liver for the cause of them.\n"
    )
    assert [a.headline for a in page.articles] == [None, "Sure Signs of a Torpid Liver"]
    assert page.articles[0].paragraphs[-1].endswith("Tuesday February 22nd")


def test_short_mixed_case_headlines_and_signatures() -> None:
    page = parse_page_text(
        "The meeting was held at the school house and all the members came.\n"
        "D. H. Postlethweight.\n"
        "Dan P. Campbell Dead.\n"
        "Dan P. Campbell died at his home near Mexico Thursday after a long\n"
        "illness. He was seventy years old.\n"
    )
    first, second = page.articles
    assert first.byline == "D. H. Postlethweight."
    assert second.headline == "Dan P. Campbell Dead."
    assert is_signature("H. S. Correspondent.")
    assert ends_with_abbreviation("CEDAR FALLS, Iowa, Feb.")
    assert not ends_with_abbreviation("and thousands are expected.")


def test_notices_and_noise() -> None:
    assert looks_like_notice("FORD FOR SALE", "1914 touring car, in good running order.")
    assert looks_like_notice(None, "遗失声明：江城市明远商贸有限公司不慎遗失公章一枚。")
    assert not looks_like_notice("COUNCIL VOTES BUDGET", "The council voted on Monday.")
    # Society and legal notices by their heads, advertisements by their prices and sellers.
    for head in ("RESOLUTIONS OF RESPECT", "Card of Thanks", "SHERIFF'S SALE", "TO THE PUBLIC."):
        assert looks_like_notice(head, "Whereas it has pleased God to remove from our midst."), head
    assert looks_like_notice(
        "The Turner Barber Shop", "Hot baths 25c. Shaves 10c. J. W. Turner, Prop. Phone 84."
    )
    assert not looks_like_notice("SALE OF BONDS APPROVED BY COUNCIL", "The council met.")
    assert noise_share("t . V ,-i- I'aUl") > 0.5
    assert noise_share("The quick brown fox jumped over the fence.") == 0.0
    page = parse_page_text(
        "COUNCIL VOTES BUDGET\n"
        "The city council voted on Monday night to set aside money for the plant.\n"
        "\n"
        "i\n"
        "\n"
        "FORD FOR SALE\n"
        "1914 touring car, in good running order, $250. Phone 275.\n"
    )
    assert [a.kind for a in page.articles] == [ArticleKind.BRIEF, ArticleKind.NOTICE]
    assert page.unplaced == ("i",)


def test_confidence_scale() -> None:
    assert article_confidence(Evidence("story")) == 1.0
    weak = article_confidence(Evidence("story", detached_echoes=(0.6,), guessed_breaks=2))
    assert weak == pytest.approx(1.0 - 0.15 - 0.35 * 0.4 - 0.1)
    assert article_confidence(Evidence("story", has_headline=False)) == 0.75
    assert article_confidence(Evidence("teaser")) == 0.9
    assert article_confidence(Evidence("teaser", has_pointer=True)) == 1.0
    assert article_confidence(Evidence("story", has_headline=False, noise=1.0)) == 0.25
    floor = Evidence("story", has_headline=False, detached_echoes=(0.0, 0.0), noise=1.0)
    assert article_confidence(floor) == 0.05


def test_parsed_articles_carry_their_confidence() -> None:
    page = parse_page_text(
        "COUNCIL VOTES BUDGET\n"
        "The city council voted on Monday night to set aside money for the plant.\n"
    )
    story = page.articles[0]
    assert story.confidence == 1.0 and not story.doubtful
    noisy = parse_page_text(
        "COUNCIL VOTES BUDGET\n"
        "The city council voted on Monday night to set aside money for the plant.\n"
        "ft ,,ja.. i5\"W ;'v' J 3T :s k x r ,; tt i'l\n"
    )
    assert noisy.articles[0].confidence < story.confidence
    assert all(0.0 < a.confidence <= 1.0 for a in page.articles)


def test_headline_set_a_word_a_line_is_one_headline() -> None:
    # The last word stands right above a dateline: it is the headline's, not the dateline's.
    page = parse_page_text(
        "The council adjourned until next week.\n"
        "GERMAN\n"
        "SEIZES\n"
        "SAILS\n"
        "NORFOLK, Feb. 1.—In charge of a German prize crew, the liner came to\n"
        "anchor in Hampton Roads this morning after a long voyage.\n"
    )
    story = page.articles[-1]
    assert story.headline == "GERMAN SEIZES SAILS"
    assert story.dateline == "NORFOLK, Feb. 1.—"
    # A pyramid's second deck, set wider than the headline, stays apart (see
    # test_capital_decks_split… and test_capitals_wrapped_in_a_narrow_column…).
    page = parse_page_text(
        "BANK CASHIER MISSING\n"
        "FUNDS OF FARMERS' SAVINGS FOUND INTACT\n"
        "CEDAR FALLS, Iowa, Feb. 9.—Harold Brenner, cashier of the bank, has been\n"
        "missing since Monday night.\n"
    )
    assert page.articles[0].headline == "BANK CASHIER MISSING"
    assert page.articles[0].subheadline == "FUNDS OF FARMERS' SAVINGS FOUND INTACT"


def test_capitals_wrapped_in_a_narrow_column_are_one_headline() -> None:
    # Real 1916 pages wrap a capitals headline over two or three short lines of about the
    # same width; a line ending in a stop still closes a deck.
    page = parse_page_text(
        "The council adjourned until next week.\n"
        "WOULD BLOW UP\n"
        "THE KENTUCKY\n"
        "WASHINGTON, Feb. 15.—Officials inform the state department\n"
        "they heard reports of a plot to blow up the battleship.\n"
    )
    assert page.articles[-1].headline == "WOULD BLOW UP THE KENTUCKY"
    page = parse_page_text(
        "The council adjourned until next week.\n"
        "RUSSIA IN TO STAY.\n"
        "THE FEELING IN LONDON.\n"
        "LONDON, May 1.—The feeling here is that Russia has come to\n"
        "stay in Manchuria for good.\n"
    )
    assert page.articles[-1].headline == "RUSSIA IN TO STAY."
    assert page.articles[-1].subheadline == "THE FEELING IN LONDON."


def test_capitals_filling_a_block_of_their_own_are_one_headline() -> None:
    page = parse_page_text(
        "SAY DEMOCRATIC DEFEAT\n"
        "HASTENED ADRIATIC PACT\n"
        "\n"
        "Election of President and Other Officers First Work.\n"
        "\n"
        "ROME, November 15.—The defeat of the democrats in the United States hastened\n"
        "the signing of the treaty between Italy and Jugoslavia, it is said here.\n"
    )
    story = page.articles[0]
    assert story.headline == "SAY DEMOCRATIC DEFEAT HASTENED ADRIATIC PACT"
    assert story.subheadline == "Election of President and Other Officers First Work."


def test_a_line_ending_in_and_or_the_is_no_title() -> None:
    page = parse_page_text(
        "LEARN TO DANCE\n"
        "Miss Aimee Ehrlich and\n"
        "Robert Henri, famous dancers, have prepared six lessons which\n"
        "illustrate the latest dance.\n"
    )
    story = page.articles[0]
    assert story.headline == "LEARN TO DANCE"
    assert story.subheadline is None
    assert story.paragraphs[0].startswith("Miss Aimee Ehrlich and Robert Henri")


def test_a_deck_wrapped_on_commas_and_hyphens_is_a_deck_not_a_brief() -> None:
    page = parse_page_text(
        "25 DAYS OF HOLIDAYS.\n"
        "\n"
        "School Officials Fix Thanksgiving,\n"
        "Christmas and Easter Vacations.\n"
        "\n"
        "School officials today handed 62,000 children their combined present by\n"
        "granting them a twenty-five-day holiday period.\n"
    )
    assert len(page.articles) == 1
    story = page.articles[0]
    assert story.headline == "25 DAYS OF HOLIDAYS."
    assert story.subheadline == "School Officials Fix Thanksgiving, Christmas and Easter Vacations."
    # Prose of a few lines, and a dateline that lost its dash, stay what they are.
    page = parse_page_text(
        "NEW MAY RESIGN\n"
        "\n"
        "INDIANAPOLIS, Ind., November 15\n"
        "\n"
        "Senator New is expected to resign his seat within the month, his friends say.\n"
    )
    assert page.articles[0].subheadline is None
    assert not reads_as_deck("The band played in the square. Everyone Came To Hear It.")
    assert reads_as_deck("Structures Costing $2,250,000 to Have One Roof Garden.")


def test_a_question_wrapped_over_lines_is_the_headline() -> None:
    page = parse_page_text(
        "The council will meet again on Tuesday.\n"
        "Where Do You\n"
        "Stand on Rates,\n"
        "Mr. Governor?\n"
        "(AN OPEN LETTER TO THE GOVERNOR)\n"
        "Dear Sir: The people of this city have waited long for your answer on the\n"
        "question of the freight rates, and they wait still.\n"
    )
    story = page.articles[-1]
    assert story.headline == "Where Do You Stand on Rates, Mr. Governor?"
    assert story.kicker is None
    assert story.subheadline == "(AN OPEN LETTER TO THE GOVERNOR)"


def test_pieces_around_the_masthead_are_furniture_banners_are_not() -> None:
    page = parse_page_text(
        "OUR\n"
        "AND APACHE NE\n"
        "Vol. 32.\n"
        "ST. JOHNS, APACHE CO., ARIZONA, FEBRUARY 3, 1916\n"
        "No. 23\n"
        "MOTTO\n"
        "LOCAL DRIFT\n"
        "Lee Roy Gibbons spent last Sunday at Concho with his brother.\n"
    )
    assert {"OUR", "AND APACHE NE", "MOTTO"} <= set(page.furniture)
    assert page.articles[0].headline == "LOCAL DRIFT"
    # A year-of-publication ear is a masthead line, and no headline line joins across one.
    page = parse_page_text(
        "UNIVERSITY MISSOURIAN\n"
        "EIGHTH YEAR\n"
        "COLUMBIA, MISSOURI, TUESDAY, FEBRUARY 8, 1916\n"
        "NUMBER 136\n"
        "DR. LOEB SEES NEED\n"
        "OF NEW CONSTITUTION\n"
        "The present constitution of the state is out of date, the dean said today.\n"
    )
    assert "EIGHTH YEAR" in page.furniture
    assert page.articles[-1].headline == "DR. LOEB SEES NEED OF NEW CONSTITUTION"
    # A banner over the nameplate is a headline, not a piece of it,
    page = parse_page_text(
        "LABOR BODY POUNDS AT PHONE DEAL\n"
        "THE DAY BOOK\n"
        "VOL. 5, NO. 107 Chicago, Wednesday, February 2, 1916\n"
        "LOW WAGES BLAMED\n"
        "FOR BANDIT PROBLEM\n"
        "The state factory inspector says parents cannot keep the children in school.\n"
    )
    assert "LABOR BODY POUNDS AT PHONE DEAL" not in page.furniture
    # and heads no story under the masthead: it is a teaser of its own.
    assert [(a.kind, a.headline) for a in page.articles] == [
        (ArticleKind.TEASER, "LABOR BODY POUNDS AT PHONE DEAL"),
        (ArticleKind.BRIEF, "LOW WAGES BLAMED FOR BANDIT PROBLEM"),
    ]


def test_a_headline_closing_on_initials_and_one_starting_with_a_word_alone() -> None:
    page = parse_page_text(
        "2 NEW THEATERS IN N. Y.\n"
        "\n"
        "NEW YORK, November 15.—Construction of two new theaters in the bright light\n"
        "district before fall of next year is announced by a theatrical magnate.\n"
    )
    assert page.articles[0].headline == "2 NEW THEATERS IN N. Y."
    page = parse_page_text(
        "Take your choice.\n"
        "Celebrate\n"
        "Thrift Day\n"
        "Thrift Day is a new institution, growing out of a national movement several\n"
        "years old.\n"
    )
    assert page.articles[-1].headline == "Celebrate Thrift Day"


def test_a_story_with_its_own_headline_takes_no_title_from_afar() -> None:
    # The motto echoes the boosters story's words, but that story has its own headline.
    page = parse_page_text(
        "BOOST AND HELP THE HOUSTON BOOSTERS.\n"
        "Volume 2\n"
        "Houston, Miss., Feb. 25, 1916.\n"
        "Number 40\n"
        "MARSHAL SHOT AND KILLED\n"
        "While attempting the arrest of two men last Saturday night, the marshal\n"
        "was shot through the heart.\n"
        "BETTER ROADS FOR THE COUNTY\n"
        "At the last meeting of the Houston Boosters Monday night, many committees\n"
        "were chosen to help the Houston Boosters build better roads.\n"
    )
    roads = page.articles[-1]
    assert roads.headline == "BETTER ROADS FOR THE COUNTY"
    assert roads.kicker is None and roads.subheadline is None


def test_a_title_line_ending_on_a_small_word_keeps_its_last_word_below() -> None:
    page = parse_page_text(
        "LUSITANIA CASE\n"
        "Washington High Officials Attend\n"
        "Conference With President on\n"
        "Situation.\n"
        "WAY IS OPENED\n"
        "Wilson had a long talk with Secretary Lansing before the cabinet session\n"
        "this morning, and the way to a settlement is open.\n"
    )
    assert len(page.articles) == 1
    story = page.articles[0]
    assert story.headline == "LUSITANIA CASE"
    assert story.subheadline == (
        "Washington High Officials Attend Conference With President on Situation.\nWAY IS OPENED"
    )
    # A deck's line that names a paper ("… Examiner") near the top is no masthead: the lines
    # above it stay the page's stories.
    page = parse_page_text(
        "VOLUME XIV, NO. 36.\n"
        "COURT IS BEGUN\n"
        "Tried by Jury Several Cases\n"
        "Settled.\n"
        "House Federal Examiner\n"
        "With Judge Stanton on the bench, the February term of district court was opened\n"
        "this morning at the court house.\n"
    )
    assert "Settled." not in page.furniture


def test_a_weekly_masthead_and_a_column_head_with_its_wrapped_deck() -> None:
    page = parse_page_text(
        "Volume 26, Number 40\n"
        "LACLEDE, MISSOURI, FRIDAY, FEBRUARY 11, 1916\n"
        "$1.C0 Per Year in Advance\n"
        "TOWN AND COUNTY\n"
        "About Local People and Events and\n"
        "Other Matters of Interest'\n"
        "Ward Welsh was up from St. Louis and spent Sunday with home folk.\n"
    )
    assert page.furniture == (
        "Volume 26, Number 40",
        "LACLEDE, MISSOURI, FRIDAY, FEBRUARY 11, 1916",
        "$1.C0 Per Year in Advance",
    )
    column = page.articles[0]
    assert column.headline == "TOWN AND COUNTY"
    assert column.subheadline == "About Local People and Events and Other Matters of Interest'"
    # A stray mark OCR left after a sentence's stop does not keep the next headline in it.
    page = parse_page_text(
        "Forty acres for sale on liberal terms. Apply at this office. '\n"
        "ON LOCAL SUBJECTS\n"
        "The revival services at the Christian church will continue over next Sunday.\n"
    )
    assert page.articles[-1].headline == "ON LOCAL SUBJECTS"


def test_scrambled_byline_follows_its_title_not_the_caption_under_it() -> None:
    # The title and its byline are printed above a teaser and a photo caption; the story
    # they head comes later. The caption takes no byline: it goes with the title.
    page = parse_page_text(
        "Clinic Opens Evening Hours\n\nBy SAM OKAFOR\n\nBakery Opens Downtown   3\n\n"
        "A county plow clears Route 9 near Cedar Grade early Monday.\n"
        "Photo: TOM WELLS / Gazette\n\n"
        "The Riverton clinic opens evening hours next month, the clinic board announced.\n"
        "Two nurses have been hired to staff the evening shifts at the clinic.\n"
    )
    caption = next(a for a in page.articles if a.credit)
    assert (caption.kind, caption.byline) == (ArticleKind.CAPTION, None)
    story = next(a for a in page.articles if a.headline == "Clinic Opens Evening Hours")
    assert story.byline == "By SAM OKAFOR"
    assert story.paragraphs[0].startswith("The Riverton clinic")


def test_held_byline_of_a_title_echoing_another_story_leaves_the_caption() -> None:
    page = parse_page_text(
        "街市活化計劃吸引年輕攤販\n\n本報記者 吳詠詩\n\n"
        "昨日清晨，一艘貨櫃船在拖船協助下駛入西港碼頭。\n本報記者 何俊文攝\n\n"
        "位於舊城區的南昌街市完成活化後重新開放，約三分之一攤位由年輕攤販承租。\n"
    )
    caption = next(a for a in page.articles if a.credit)
    assert (caption.kind, caption.byline, caption.headline) == (ArticleKind.CAPTION, None, None)
    # Version 9: the story has no title of its own, so it takes the one left over that its
    # lead echoes (0.55), and the byline follows its title.
    story = next(a for a in page.articles if not a.credit)
    assert (story.headline, story.byline) == ("街市活化計劃吸引年輕攤販", "本報記者 吳詠詩")
    # With a headline of its own over the story, the title matches no story firmly enough:
    # the byline is kept, unplaced.
    page = parse_page_text(
        "街市活化計劃吸引年輕攤販\n\n本報記者 吳詠詩\n\n"
        "昨日清晨，一艘貨櫃船在拖船協助下駛入西港碼頭。\n本報記者 何俊文攝\n\n"
        "南昌街市重開\n\n"
        "位於舊城區的南昌街市完成活化後重新開放，約三分之一攤位由年輕攤販承租。\n"
    )
    caption = next(a for a in page.articles if a.credit)
    assert (caption.kind, caption.byline, caption.headline) == (ArticleKind.CAPTION, None, None)
    assert "本報記者 吳詠詩" in page.unplaced


def test_title_and_byline_over_a_credited_item_still_head_it() -> None:
    page = parse_page_text(
        "Clinic Opens Evening Hours\n\nBy SAM OKAFOR\n\n"
        "A county plow clears Route 9 near Cedar Grade early Monday.\n"
        "Photo: TOM WELLS / Gazette\n"
    )
    [item] = page.articles
    assert (item.headline, item.byline) == ("Clinic Opens Evening Hours", "By SAM OKAFOR")
    assert item.credit == "Photo: TOM WELLS / Gazette"


def test_shop_advertisements_and_paid_notices_are_notices() -> None:
    # A shop speaking to its customers, with a price or two: an advertisement.
    assert looks_like_notice(
        "Spring Neckwear",
        "Our first shipment of neckwear for men has just arrived. We are also showing a full "
        "line of silk hose. Prices, 50 cents, 75 cents, $1.",
    )
    assert looks_like_notice(
        "This Bank",
        "Will you let us serve you? A checking account is most convenient in the payment of "
        "bills. We pay interest on Certificates of Deposit. WE INVITE YOUR ACCOUNT",
    )
    # A paid reading notice signs off as one; a Chinese head names its item a notice.
    assert looks_like_notice("THE PROBLEM SOLVED.", "The railroad is the short line.— Advt.")
    assert looks_like_notice("遷址通告", "本行已於四月一日遷往德輔道中八十八號三樓營業。")
    # News that quotes prices, or one shop word in a long story, stays news.
    assert not looks_like_notice(
        "TOBACCO SALES",
        "Loose leaf tobacco sales in Kentucky for January brought $9.40 on average, against "
        "$8.10 a year ago, the growers' association reported, and the price is expected to "
        "hold through the spring, when the last of the crop is sold at the Maysville house.",
    )
    assert not looks_like_notice(
        "BANK ELECTS OFFICERS",
        "The directors of the First National Bank met on Tuesday and elected officers for the "
        "year. The cashier reported that deposits had grown and that the bank would pay a "
        "dividend. We pay tribute to the retiring president, who served the bank for thirty "
        "years and was thanked by the board for his long and faithful service to the town.",
    )


def test_bracketed_chinese_dateline_is_no_dateline_without_a_day_and_wire() -> None:
    assert match_dateline("（本報記者）今日開幕") is None
    assert match_dateline("（三日前電）") is None


def test_round_up_of_dispatches_is_one_story_and_a_broken_dateline_opens_it() -> None:
    # A narrow column breaks the first dateline over two lines; the decks above it are titles;
    # the further dispatches ("（翁源廿五日電）") are paragraphs of the same story.
    page = parse_page_text(
        "前鋒迫近南昌\n"
        "華軍克大城\n"
        "（重慶廿五日海\n"
        "通電）據此間所接消息、江西前線之戰事、現仍在高安附近進行中。\n"
        "（翁源廿五日電）日軍連日反攻新會城、被華軍痛擊不逞。\n"
        "（宣城廿五日電）華機廿二日晨突現九江上空、猛烈轟炸。\n"
    )
    [story] = page.articles
    assert story.dateline == "（重慶廿五日海通電）"
    assert story.headline is not None and "前鋒迫近南昌" not in story.paragraphs[0]
    assert [p[:8] for p in story.paragraphs] == [
        "據此間所接消息、",
        "（翁源廿五日電）",
        "（宣城廿五日電）",
    ]


def test_wire_credit_under_a_byline_is_part_of_it() -> None:
    assert is_wire_credit("By Cable to The Star und Chicago Daily News.")
    assert is_wire_credit("By Wireless to The Tribune.")
    page = parse_page_text(
        "HASTENED ADRIATIC PACT\n\n"
        "BY PAUL SCOTT MOWRER.\n"
        "By Cable to The Star und Chicago Daily News.\n\n"
        "PARIS, November 15.—It is believed in diplomatic circles here that the pact was "
        "hastened by the election.\n"
    )
    [story] = page.articles
    assert story.byline == "BY PAUL SCOTT MOWRER.\nBy Cable to The Star und Chicago Daily News."
    assert story.dateline == "PARIS, November 15.—"
    assert page.unplaced == ()


def test_lenticular_leads_section_pages_and_a_stack_over_a_lead() -> None:
    assert match_byline_lead("【明報專訊】政府昨日").text == "【明報專訊】"  # type: ignore[union-attr]
    assert match_byline_lead("【中央社台北5日電】行政院").text == "【中央社台北5日電】"  # type: ignore[union-attr]
    assert match_byline_lead("【本報記者】不是") is None
    assert is_furniture("第A6版 港聞")
    # E-paper text (a blank line after each line): a kicker and a headline straight above a
    # lead in brackets are titles, however wide their lines.
    page = _epaper(
        "颱風季前防患未然",
        "全港斜坡巡查提早展開",
        "【本報訊】土木工程拓展署昨日",
        "宣布，今年的斜坡巡查工作提早",
        "一個月展開。",
        "高考首日全市考點秩序井然（見A5版）",
    )
    story, teaser = page.articles
    assert (story.kicker, story.headline, story.byline) == (
        "颱風季前防患未然",
        "全港斜坡巡查提早展開",
        "【本報訊】",
    )
    assert story.paragraphs == ("土木工程拓展署昨日宣布，今年的斜坡巡查工作提早一個月展開。",)
    assert (teaser.kind, teaser.headline) == (ArticleKind.TEASER, "高考首日全市考點秩序井然")
    assert teaser.continued_to is not None and teaser.continued_to.page == 5


def test_a_garbled_credit_needs_its_opening_mark_and_names_no_person() -> None:
    assert not is_wire_credit("By Allen Parker")
    assert is_byline_line("By Allen Parker")
    assert is_byline_line("By R. H. Benton, Jr.")


def test_a_letters_date_line_is_no_deck() -> None:
    # (Far enough down the page that no masthead rule for its first lines applies.)
    page = parse_page_text(
        "The council met on Monday night and heard the reports of the\n"
        * 12
        + "The meeting closed at noon.\n"
        "C. H. McBride Thanks Voters.\n"
        "Dry Prong. La. Feb. 13, 1916.\n"
        "Editor Colfax Chronicle:\n"
        "Please allow me space in your paper for a card of thanks to the\n"
        "voters in Ward 3, for placing me in the lead for Constable.\n"
    )
    story = page.articles[-1]
    assert story.headline == "C. H. McBride Thanks Voters."
    assert story.subheadline is None
    assert story.paragraphs[0].startswith("Dry Prong. La. Feb. 13, 1916.")


def test_a_motto_between_nameplate_and_date_line_is_furniture() -> None:
    page = parse_page_text(
        "THE COLFAX CHRONICLE\n"
        "Absorbed the GRANT PARISH DEMOCRAT May 1, 1889\n"
        "A Democratic journal, devoted to Local and General News, Literature, Science.\n"
        "VOL. XL COLFAX, GRANT PARISH, LA., SATURDAY, FEBRUARY 19, 1916 NUMBER 18\n"
        "Prohibition To Be Considered.\n"
        "Washington, Feb. 15.—Prohibition amendments to the constitution will be\n"
        "considered at this session of Congress.\n"
    )
    assert list(page.furniture[:4]) == [
        "THE COLFAX CHRONICLE",
        "Absorbed the GRANT PARISH DEMOCRAT May 1, 1889",
        "A Democratic journal, devoted to Local and General News, Literature, Science.",
        "VOL. XL COLFAX, GRANT PARISH, LA., SATURDAY, FEBRUARY 19, 1916 NUMBER 18",
    ]
    assert [a.headline for a in page.articles] == ["Prohibition To Be Considered."]


def test_an_office_line_under_a_byline_or_signature_is_part_of_it() -> None:
    page = parse_page_text(
        "The meeting closed at noon.\n"
        "FARM DEMONSTRATION WORK\n"
        "By R. H. Benton, Jr.\n"
        "AGENT FOR GRANT PARISH\n"
        "The importance of legume crops for soil improvement has long\n"
        "been established in the minds of good farmers.\n"
        "TO THE PUBLIC.\n"
        "All persons are warned to clean their premises before the first of\n"
        "March, as the board will inspect every lot in town.\n"
        "T. J. BOULDIN.\n"
        "Secretary, Board Health,\n"
        "Orders Taken For\n"
    )
    farm = next(a for a in page.articles if a.headline == "FARM DEMONSTRATION WORK")
    assert farm.byline == "By R. H. Benton, Jr.\nAGENT FOR GRANT PARISH"
    assert farm.paragraphs[0].startswith("The importance")
    notice = next(a for a in page.articles if a.headline == "TO THE PUBLIC.")
    assert notice.byline == "T. J. BOULDIN.\nSecretary, Board Health,"


def test_marks_after_a_jump_line_or_a_head_and_a_wrapped_heads_tail() -> None:
    page = parse_page_text(
        "trustees did not come as a surprise.\n"
        "(Continued on page 4 ) (\n"
        "Salem Graded And\n"
        "High School Items.\n"
        "School is progressing nicely at present with good attendance.\n"
        "Marion Man Winner\n"
        "In The Mountains.\n"
        "The Carnegie Library to be built at Corbin will be superintended\n"
        "by Contractor F. B. Heath, of this city.\n"
        "1 Brown's in Towa. -\n"
        "We are glad to know that the greatest bargain king of the south\n"
        "is seen on our streets.\n"
    )
    heads = [a.headline for a in page.articles]
    assert "Salem Graded And High School Items." in heads
    assert "Marion Man Winner In The Mountains." in heads
    assert "1 Brown's in Towa. -" in heads


def test_a_date_line_with_weekday_and_year_is_masthead_anywhere() -> None:
    assert is_masthead_line("CHICKASHA, OKLAHOMA, MONDAY, FEBRUARY 28, 1316.", 300)
    assert not is_masthead_line("WASHINGTON, Monday, November 15.—", 300)
    assert not is_masthead_line("He left on Monday, February 28, 1916.", 300)


def test_a_headline_over_a_capitals_deck_of_short_lines_is_no_quotation() -> None:
    page = parse_page_text(
        "America's terms.\n"
        "SECOND BLOW-UP\n"
        "CAUSES ALARM\n"
        "FOLLOWING ANOTHER FIRE AT\n"
        "DU PONT POWDER WORKS AT\n"
        "TACOMA, OFFICIALS BECOME\n"
        "SUSPICIOUS\n"
        "t'liltcil Press Service\n"
        "TACOMA, Feb. 8. It was learned this afternoon that eight hours after\n"
        "the explosion which wrecked the gelatine mixing plant of the powder\n"
        "company's works, another fire broke out.\n"
    )
    story = page.articles[-1]
    assert story.headline == "SECOND BLOW-UP CAUSES ALARM"
    assert story.subheadline is not None and story.subheadline.endswith("SUSPICIOUS")
    assert story.byline == "t'liltcil Press Service"
    assert story.dateline == "TACOMA, Feb. 8."


def test_a_two_line_deck_closing_on_a_stop_under_a_stopped_capitals_head() -> None:
    page = parse_page_text(
        "will be able again to resume active duty.\n"
        "DOCKS DEVERY'S THEME.\n"
        "NONE LEFT FOR FIXTH.\n"
        "Says Candidate Will Make Tam\n"
        'many "Tickle His Whiskers."\n'
        "William S. Devery paid his respects to Charles F. Murphy, leader of\n"
        "Tammany Hall, and Mr. Murphy's associates in characteristic fashion.\n"
    )
    story = page.articles[-1]
    assert story.headline == "DOCKS DEVERY'S THEME."
    # ("Tam" / "many" is broken with no hyphen: rejoined only where the page prints the word.)
    assert story.subheadline is not None
    assert story.subheadline.startswith("NONE LEFT FOR FIXTH.\nSays Candidate Will Make Tam")
    assert story.subheadline.endswith('"Tickle His Whiskers."')
    assert story.paragraphs[0].startswith("William S. Devery")


def test_a_one_word_head_of_a_local_column() -> None:
    page = parse_page_text(
        "The repairs make it one of the pretty stores in town.\n"
        "Married.\n"
        "o-\n"
        "Thursday, at Jeanerette, Mr. Joseph Gosselin was married to Miss\n"
        "Mathilde Bienvenu, the pretty daughter of Mr. G. J. Bienvenu.\n"
    )
    assert page.articles[-1].headline == "Married."
    assert page.articles[-1].paragraphs[0].startswith("Thursday, at Jeanerette")
    # A word closing a sentence broken over the line above is no head.
    page = parse_page_text(
        "The delegates will meet next week at the hotel in Des\n"
        "Moines.\n"
        "The convention will open on Monday.\n"
    )
    assert [a.headline for a in page.articles] == [None]


def test_an_ears_price_is_no_headlines_first_line() -> None:
    from reader.parse.classify import caps_head_wraps

    assert caps_head_wraps("TEN LOST LIVES", "COPPER")
    assert not caps_head_wraps("PRICE 10 CENTS", "RUSSIANS TAKE PRISONERS")
    assert not caps_head_wraps("LABOR BODY POUNDS AT PHONE DEAL", "NEW YORK GIRL SOLD BY SLAVERS")


def test_capitals_heads_in_blocks_of_their_own_are_judged_line_by_line() -> None:
    # Three short capitals lines each in a block of its own: the third is judged against the
    # second line, not against the two already joined.
    page = parse_page_text(
        "TWO CENTS.\n\nROOT SAYS PARTY\n\nIS SURE TO FIND\n\nLEAGUE SOLUTION\n\n"
        "Former Senator Elihu Root is confident that out of the discussions in the Senate\n"
        "will come a workable plan for an association of nations.\n"
    )
    assert page.articles[-1].headline == "ROOT SAYS PARTY IS SURE TO FIND LEAGUE SOLUTION"


def test_chinese_title_set_short_after_a_closed_paragraph() -> None:
    # E-paper text with no indents: a heading after a paragraph's end, set far short of the
    # column, heads a story of its own even when a full line follows it; a column label
    # ("讀者來函：") needs no more than the next character's room; a reader's signature closes
    # the letter.
    page = _epaper(
        "有經營了二十多年的魚檔老闆表",
        "示，新街市設有空調，環境乾爽",
        "不少年輕家庭週末都會前來購物。",
        "更正啟事",
        "本報昨日A4版〈渡輪新航線下月",
        "啟航〉一文中，單程船費應為十",
        "二元，誤植為二十元，特此更正",
        "並向讀者致歉。",
        "讀者來函：巴士站應加設上蓋",
        "本人每日在觀塘道巴士站候車，",
        "該站沒有上蓋，雨天時乘客只能",
        "撐傘排隊，長者尤其不便。希望",
        "有關部門盡快研究加設上蓋。",
        "讀者 陳先生",
    )
    first, notice, letter = page.articles
    assert first.headline is None
    assert (notice.kind, notice.headline) == (ArticleKind.NOTICE, "更正啟事")
    assert (letter.headline, letter.byline) == ("讀者來函：巴士站應加設上蓋", "讀者 陳先生")
    assert letter.paragraphs[-1].endswith("有關部門盡快研究加設上蓋。")
    assert is_signature("市民 李小姐") and is_signature("——网友 王磊")
    assert not is_signature("讀者紛紛來電查詢")


def test_a_paragraph_first_line_short_by_its_lost_indent_is_no_title() -> None:
    # The indent's two spaces are lost in OCR: a first line short by them (and a character)
    # and a numbered item's first line stay paragraphs.
    page = _single(
        "政府公布三項防疫新安排",
        "本報記者 黃志強",
        "政府新聞處昨晚發出公告，宣布由",
        "下周一起實施三項新安排，主要內容如",
        "下：",
        "1. 安老院舍訪客須於探訪前四十",
        "八小時內接受快速測試，並出示陰性結",
        "果。",
        "位於舊城區的南昌街市完成活化",
        "重新開放，約三分之一攤位由四十歲以",
        "下的年輕攤販承租，售賣手工麵包。",
    )
    (story,) = page.articles
    assert story.headline == "政府公布三項防疫新安排"
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].startswith("1. 安老院舍") or story.paragraphs[1].startswith(
        "1.安老院舍"
    )
    assert story.paragraphs[2].startswith("位於舊城區")


def test_taiwan_leads_datelines_credits_and_masthead() -> None:
    assert match_byline_lead("〔記者林怡君／台北報導〕中度颱風").text == "〔記者林怡君／台北報導〕"  # type: ignore[union-attr]
    assert byline_names("〔記者林怡君／台北報導〕") == ("林怡君",)
    assert byline_names("【本報訊】") == ()
    assert match_dateline("（中央社記者曾智偉台北6日電）經濟部今天") is not None
    assert is_credit("（記者王志遠攝）") and is_credit("（圖／中央社）")
    assert not is_credit("（記者會上，他表示）")
    assert is_furniture("中華民國114年10月7日 星期二")
    assert is_furniture("A4 生活", line_index=2) and not is_furniture("G20 峰會")
    page = _epaper(
        "台北市立動物園今天為大貓熊「圓寶」慶祝生",
        "日，吸引大批遊客排隊入園。",
        "（記者王志遠攝）",
        "高鐵連假加開62班次",
        "台灣高鐵公司宣布，雙十連假期間將加開62班",
        "次列車疏運旅客，訂位系統自今天凌晨零時開",
        "放。",
    )
    caption, brief = page.articles
    assert (caption.kind, caption.headline, caption.credit) == (
        ArticleKind.CAPTION,
        None,
        "（記者王志遠攝）",
    )
    assert brief.headline == "高鐵連假加開62班次"


def test_a_line_left_short_by_a_carried_over_number_is_no_paragraph_end() -> None:
    # PaddleOCR-style text: the line under the notice's first line is short only because the
    # long code did not fit on it, so that first line is no deck.
    page = _single(
        "遗失声明",
        "东海市晨光文具有限公司不慎遗失营业执",
        "照副本一份，统一社会信用代码：",
        "91330200MA2H3K5L7X，声明作废。",
    )
    (notice,) = page.articles
    assert (notice.kind, notice.headline, notice.subheadline) == (
        ArticleKind.NOTICE,
        "遗失声明",
        None,
    )


def test_a_line_of_figures_in_chinese_text_ends_its_paragraph_as_chinese() -> None:
    # Mostly figures, so no longer "Chinese" by its share of wide characters: the line is
    # still short of the Chinese column and ends a sentence, so its paragraph ends there.
    page = _single(
        "记者昨日从东海海关获悉，今年前8个月，",
        "我市货物贸易进出口总值达2168.5亿元，",
        "同比增长7.2%，增速比全国高出2.1个百",
        "分点。其中，出口1402.3亿元，增长9.5%；",
        "进口766.2亿元，增长3.2%。",
        "从贸易方式看，一般贸易仍是主要方式，",
        "占进出口总值的68.4%。跨境电商出口表",
        "现亮眼，增速居全省首位。",
    )
    (story,) = page.articles
    assert len(story.paragraphs) == 2
    assert story.paragraphs[1].startswith("从贸易方式看")


def test_a_caption_under_a_story_starts_after_a_line_one_character_short() -> None:
    # Single-spaced: the brief's last line falls one character short of the column, too
    # little to end a paragraph by itself; the photo credit below says a caption is there.
    page = _single(
        "城北片区明日停水",
        "本报讯 因管网改造施工，城北片区",
        "部分小区将于3月19日8时至20时暂停",
        "供水，请居民提前做好储水准备。",
        "春日暖阳下，市民在东湖樱花园赏花",
        "游玩。近日，园内两千余株樱花进入",
        "盛花期，吸引大批游客前来打卡。",
        "新华社记者 赵一鸣/摄",
    )
    brief, caption = page.articles
    assert (brief.headline, brief.credit) == ("城北片区明日停水", None)
    assert caption.kind == ArticleKind.CAPTION
    assert caption.paragraphs == (
        "春日暖阳下，市民在东湖樱花园赏花游玩。近日，园内两千余株樱花进入盛花期，吸引大批游客前来打卡。",
    )
    assert caption.credit == "新华社记者 赵一鸣/摄"


def test_a_news_digest_item_closed_by_its_page_is_a_teaser() -> None:
    # "Today's News in Paragraphs": sentences, each closed by the page that tells it, printed
    # without blank lines between them.
    page = _single(
        "Two actresses found dead in Chicago",
        "under circumstances which indicated",
        "murder. Page 2",
        "Gen. E. M. Weaver dies. Page 3",
        "Struck by street car, dies in hospital.",
        "| Page 13",
    )
    assert [(a.kind, a.headline) for a in page.articles] == [
        (
            ArticleKind.TEASER,
            "Two actresses found dead in Chicago under circumstances which indicated murder.",
        ),
        (ArticleKind.TEASER, "Gen. E. M. Weaver dies."),
        (ArticleKind.TEASER, "Struck by street car, dies in hospital."),
    ]
    assert [a.continued_to.page for a in page.articles if a.continued_to] == [2, 3, 13]


def test_an_ad_that_names_its_goods_once_and_speaks_to_the_reader_is_a_notice() -> None:
    bank = (
        "Do you know of a man or woman who is conducting a successful business without the "
        "assistance of a bank account? No matter what line of business you are engaged in, "
        "farming, merchandising or a profession, you need a bank. We invite your account."
    )
    assert looks_like_notice("A BANK ACCOUNT IS A NECESSITY", bank)
    # Twice "you" and a sum of money in a story's opening question is no advertisement.
    story = (
        "If you had just inherited $3,000,000 would you keep on selling dogs? Justice of "
        "Peace F. P. Kirby has decided on the latter course. A relative in Ireland just died, "
        "leaving him a fortune."
    )
    assert not looks_like_notice("HEIR TO RICHES TO KEEP ON SELLING DOGS", story)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("■本报记者 王小明", ("王小明",)),
        ("文/图 本报记者 王小明", ("王小明",)),
        ("記者王小明／台中報導", ("王小明",)),
    ],
)
def test_chinese_byline_lines_with_a_bullet_a_label_or_a_place(
    line: str, names: tuple[str, ...]
) -> None:
    page = parse_page_text(
        f"市民公园改造完成\n{line}\n市民公园改造工程昨日完工，新增绿地三千平方米，\n"
        "园内还新建了两处儿童游乐场。\n"
    )
    (story,) = page.articles
    assert (story.headline, story.byline, story.byline_names) == ("市民公园改造完成", line, names)
    assert story.paragraphs[0].startswith("市民公园改造工程")


def test_more_chinese_datelines_and_credits() -> None:
    assert match_dateline("据新华社电 国家统计局").text == "据新华社电"  # type: ignore[union-attr]
    assert match_dateline("據中央社報導，行政院").text == "據中央社報導，"  # type: ignore[union-attr]
    assert match_dateline("中新网6月3日电 据介绍").text == "中新网6月3日电"  # type: ignore[union-attr]
    assert match_dateline("本报北京6月3日讯 记者从").text == "本报北京6月3日讯"  # type: ignore[union-attr]
    # 本报讯 alone stays a byline.
    assert match_dateline("本报讯 市民") is None
    assert match_byline_lead("本报讯 市民").text == "本报讯"  # type: ignore[union-attr]
    assert is_credit("新华社发（张三 摄）") and is_credit("图片来源：视觉中国")
    assert not is_credit("他说（张三 摄）")


def test_a_caption_alone_in_its_block_stays_whole() -> None:
    page = _single(
        "春日暖阳下，市民在东湖樱花园赏花",
        "游玩，园内樱花进入盛花期。",
        "据介绍，今年樱花节将持续到四月",
        "中旬，吸引大批游客前来打卡。",
        "新华社记者 赵一鸣/摄",
    )
    (caption,) = page.articles
    assert caption.kind == ArticleKind.CAPTION
    assert caption.credit == "新华社记者 赵一鸣/摄"
    assert caption.paragraphs[0].startswith("春日暖阳下")


def test_a_modern_single_spaced_front_page() -> None:
    """A modern local daily as OCR gives it with no blank line: a dateline naming no date, a
    jump line naming the story's slug, a caption whose credit closes its last line, and an
    index of sections one space before their pages."""
    page = _single(
        "By DANA MORRIS",
        "Staff Writer",
        "HARBOR POINT — The City Council put",
        "off a vote Tuesday on the parking plan.",
        "See COUNCIL, Page A4",
        "Students clean the beach at Gull Cove",
        "on Saturday. (Photo: JENNY PARK/Ledger)",
        "Index",
        "Classified B4",
        "Local News A3",
    )
    story, caption, *teasers = page.articles
    assert story.dateline == "HARBOR POINT —" and story.byline == "By DANA MORRIS\nStaff Writer"
    assert story.paragraphs == ("The City Council put off a vote Tuesday on the parking plan.",)
    assert story.continued_to is not None and story.continued_to.text == "See COUNCIL, Page A4"
    assert caption.kind is ArticleKind.CAPTION
    assert caption.credit == "(Photo: JENNY PARK/Ledger)"
    assert caption.paragraphs == ("Students clean the beach at Gull Cove on Saturday.",)
    assert [(t.kind, t.headline) for t in teasers] == [
        (ArticleKind.TEASER, "Classified"),
        (ArticleKind.TEASER, "Local News"),
    ]
    assert [t.continued_to.text for t in teasers if t.continued_to] == ["B4", "A3"]


def test_box_entries_one_space_before_a_sectioned_page() -> None:
    assert box_entry("Comics B5") is not None
    assert box_entry("Vote on Route A1") is None  # a word in lower case: a headline
    assert box_entry("Obituaries A6 Opinion A8") is None


def test_chinese_box_entries_one_space_before_a_sectioned_page() -> None:
    """A 導讀 box as a Taiwan e-paper prints it: one space before the sectioned page (walkzh24)."""
    found = box_entry("颱風逼近 花蓮停班停課 A3")
    assert found is not None
    title, link = found
    assert (title, link.page, link.text) == ("颱風逼近 花蓮停班停課", 3, "A3")
    assert box_entry("半导体出口创新高 B12") is not None
    # A figure alone after one space, or Latin text before the page, is no Chinese entry.
    assert box_entry("经济增长 3") is None
    assert box_entry("新款手机型号 iPhone A3") is None


_TAIWAN_FRONT = (
    " 臺灣晨報\n\n2025年4月3日 星期四\n\n第A1版\n\n本版導讀\n"
    "颱風逼近 花蓮停班停課 A3\n半導體出口創新高 A3\n古籍修復特展開幕 A5\n\n"
    " 立法院三讀通過 長照新制明年上路\n"
    "【本報訊】立法院今日三讀通過長期照顧服務法修正草案，長照新制將於明年一月一日起正式上路。\n\n"
    "衛生福利部部長表示，新制將擴大服務對象，並提高居家照顧服務員的薪資。\n"
)


def test_a_taiwan_contents_box_points_to_its_pages_and_leaves_the_story_its_head() -> None:
    page = parse_page_text(_TAIWAN_FRONT)
    teasers = [a for a in page.articles if a.kind is ArticleKind.TEASER]
    assert [(t.headline, t.continued_to.page if t.continued_to else None) for t in teasers] == [
        ("颱風逼近 花蓮停班停課", 3),
        ("半導體出口創新高", 3),
        ("古籍修復特展開幕", 5),
    ]
    (story,) = [a for a in page.articles if a.kind is ArticleKind.STORY]
    # (the space between the head's two phrases is printed, and kept)
    assert story.headline == "立法院三讀通過 長照新制明年上路"
    assert story.paragraphs[0].startswith("立法院今日三讀通過")


def test_a_chinese_page_is_named_by_its_folio_when_the_issue_names_none() -> None:
    assert parse_page_text(_TAIWAN_FRONT).name == "第A1版"
    assert parse_page_text(_TAIWAN_FRONT, name="要聞").name == "要聞"
    assert parse_page_text(_TAIWAN_FRONT.replace("第A1版", "第1版   要聞")).name == "第1版 要聞"
    assert parse_page_text("FRONT PAGE\n\nSTORM HITS COAST\nA storm hit the coast.\n").name is None


@pytest.mark.parametrize(
    "text", ["of Antonio Prado.", "Mr Anderson Prices.", "the Annual Prize.", "to Atlanta Press."]
)
def test_names_before_a_p_word_are_no_garbled_wire_credit(text: str) -> None:
    assert not is_wire_credit(text)


def _heads(*lines: str) -> list[str | None]:
    return [a.headline for a in parse_page_text("\n".join(lines) + "\n").articles]


def test_a_garbled_wire_credit_under_a_head_keeps_the_head_on_its_story() -> None:
    page = parse_page_text(
        "The council adjourned at ten o'clock and will meet again next week.\n"
        "BETTER RESULTS IN\n"
        "117 AaanHated Preaa.)\n"
        "BERLIN, Feb. 17. According to figures just published the medical\n"
        "corps has established better and better results every month.\n"
    )
    story = page.articles[-1]
    assert (story.headline, story.byline) == ("BETTER RESULTS IN", "117 AaanHated Preaa.)")
    assert story.dateline == "BERLIN, Feb. 17."
    assert len(page.articles) == 2


def test_a_deck_closes_on_its_last_word_over_the_wire_credit() -> None:
    page = parse_page_text(
        "The roads were reported in fair condition by the county engineer.\n"
        "AMERICAN LIVES\n"
        "ON POLICY'S ALTAR\n"
        "Terrible Sacrifice Made to Aid\n"
        "President in His Watchful\n"
        "Waiting\n"
        "IHy Aaaorlatrd Preaa.)\n"
        "WASHINGTON, Feb. 17. All of the state department's data on the\n"
        "situation was ordered printed as a public document today.\n"
    )
    story = page.articles[-1]
    assert story.headline == "AMERICAN LIVES ON POLICY'S ALTAR"
    assert story.subheadline == "Terrible Sacrifice Made to Aid President in His Watchful Waiting"
    assert story.byline == "IHy Aaaorlatrd Preaa.)"


def test_a_capitals_head_after_a_lost_stop_between_prose_lines() -> None:
    heads = _heads(
        "Charley Jackson visited his mother nearly all last week and is",
        "back at his old trade, in a store,",
        "SHORT PAY.",
        "An item of interest to all the county teachers is a statement by",
        "the superintendent that the March payment will be delayed.",
    )
    assert heads == [None, "SHORT PAY."]
    # A phrase in capitals running on from a word is inside the sentence.
    heads = _heads(
        "She can and is now going after the goods, so watch her",
        "DELIVER ON THE SPOT.",
        "Good roads make farming sections more valuable to everybody.",
    )
    assert "DELIVER ON THE SPOT." not in heads


def test_a_signature_or_a_source_over_a_mixed_case_head_is_not_the_head() -> None:
    page = parse_page_text(
        "She lived a Christian life from her youth, and we all will miss\n"
        "her. The Lord's will be done, blessed be His name.\n"
        "Claud Sams.\n"
        "Preacher Called\n"
        "Eld. J. T. Turpin was selected as pastor of the church at the\n"
        "meeting held Saturday night, in spite of the bad weather.\n"
    )
    assert page.articles[-1].headline == "Preacher Called"
    assert page.articles[-1].subheadline is None
    assert all(a.headline != "Claud Sams." for a in page.articles)


def test_a_name_after_a_title_closing_a_prose_line_is_no_head() -> None:
    heads = _heads(
        "He was accompanied to the city by his wife and father,",
        "Mr. Carl Hendricks, and Drs.",
        "Knox and Johnson.",
        "Mr. Ashley is well known in the upper end of the county, and his",
        "many friends hope for a quick and complete recovery.",
    )
    assert "Knox and Johnson." not in heads
    heads = _heads(
        "The funeral will be held Sunday at the church, and Mrs.",
        "Eva Noyes and Miss Bernice",
        "Noyes of Clyde Park will be here for the funeral.",
    )
    assert "Eva Noyes and Miss Bernice" not in heads


def test_a_capitals_head_echoing_a_story_already_headed_stays_over_its_own() -> None:
    page = parse_page_text(
        "DEBATING CLUB MEETS\n"
        "On local subjects the debating club heard three speakers on Friday night, and\n"
        "local subjects will be taken up again at the next meeting of the club.\n"
        "ON LOCAL SUBJECTS\n"
        "Items and Interesting Bits of News of All Sorts\n"
        "The revival services being held at the Christian church will continue\n"
        "over next Sunday, with preaching each evening by the pastor.\n"
    )
    first, second = page.articles
    assert first.headline == "DEBATING CLUB MEETS"
    assert (second.headline, second.subheadline) == (
        "ON LOCAL SUBJECTS",
        "Items and Interesting Bits of News of All Sorts",
    )


def test_a_capitals_head_no_story_took_heads_the_story_under_it() -> None:
    # "GUARD" is a word of the story above's lead, not enough to take the head there (a
    # title from afar needs a stronger echo) but enough to hold it back from its own stack:
    # before, it was left a teaser and the deck under it made the headline (heads10).
    above = (
        "Youngstown, O., Feb. 21. The grand jury investigating the riots has\n"
        "returned more than 200 indictments. Seven employees of the guard at\n"
        "the works are named in them.\n"
    )
    story = (
        "Federal Deputy Marshals On Board\n"
        "the Captured Liner Appam.\n"
        "Norfolk, Feb. 21. Lieutenant Berg, commanding the captured British\n"
        "liner Appam, practically made prisoners of the two United States\n"
        "deputies sent aboard her today.\n"
    )
    page = parse_page_text(above + "ARE UNDER GUARD\n" + story)
    assert [a.kind for a in page.articles] == [ArticleKind.BRIEF, ArticleKind.BRIEF]
    appam = page.articles[1]
    assert (appam.headline, appam.subheadline, appam.dateline) == (
        "ARE UNDER GUARD",
        "Federal Deputy Marshals On Board the Captured Liner Appam.",
        "Norfolk, Feb. 21.",
    )
    # A title naming a story's opening (a dateline's place and day, a wire credit) is no
    # headline: held back, it stays a title of its own.
    page = parse_page_text(above + "(BY ASSOCIATED GUARD)\n" + story)
    deck = "Federal Deputy Marshals On Board the Captured Liner Appam."
    assert page.articles[-1].headline == deck


_CRUISER = (
    "The cruiser was armed with two guns in turrets forward and aft, and\n"
    "four torpedo tubes. It was laid down in 1889,\n"
)


def test_a_capitals_head_over_a_deck_after_a_lost_stop() -> None:
    # OCR lost the stop above the head ("… laid down in 1889,"): before, the head ran on as
    # the story's last words above and its deck was made the headline (heads10).
    page = parse_page_text(
        _CRUISER + "GRAHAME-WHITE HURT\n"
        "Famous British Aviator Recently\n"
        "Commissioned a Lieutenant\n"
        "London, Feb. 14. Claude Grahame-White, the British aviator, has been\n"
        "wounded gravely. No details have been obtained.\n"
    )
    cruiser, aviator = page.articles
    assert cruiser.paragraphs[-1].endswith("It was laid down in 1889,")
    assert (aviator.headline, aviator.subheadline, aviator.dateline) == (
        "GRAHAME-WHITE HURT",
        "Famous British Aviator Recently Commissioned a Lieutenant",
        "London, Feb. 14.",
    )
    # A head of two capitals clauses, the first closing on a semicolon.
    page = parse_page_text(
        "The republicans have no mortgage on the\n"
        "(Continued on Page Three.)\n"
        "FRENCH CRUISER SUNK;\n"
        "BUT ONE OF CREW SAVED\n"
        "War Ship Charner Torpedoed by German Submarine Off\n"
        "Syrian Coast, Goes Down With 374 of Her Crew\n"
        "Paris, Feb. 14. The ministry of marine today issued a statement\n"
        "that the cruiser Amiral Charner had been sunk.\n"
    )
    assert page.articles[-1].headline == "FRENCH CRUISER SUNK; BUT ONE OF CREW SAVED"
    assert page.articles[-1].subheadline == (
        "War Ship Charner Torpedoed by German Submarine Off Syrian Coast, Goes Down With 374 of "
        "Her Crew"
    )


def test_a_pyramids_capitals_deck_is_no_new_head() -> None:
    # Under a mixed-case deck that stands under a capitals head, a capitals line is the
    # pyramid's next deck, not the head of a story of its own.
    page = parse_page_text(
        "The kaiser was reported ill at the front last night.\n"
        "GERARD IN HOSPITAL\n"
        "Second Line Penetrated In Several Places, Paris War\n"
        "Office Admits,\n"
        "GERMAN LOSSES ARE HEAVY\n"
        "Counter-attacks Regain Only a Part of Positions\n"
        "BERLIN, Feb. 22. German troops have captured 800 yards of French trenches.\n"
    )
    assert "GERMAN LOSSES ARE HEAVY" not in [a.headline for a in page.articles]
    # A capitals deck of two clauses under a deck that reads whole: the stack is one story's.
    crones = _single(
        "The police have no clue to the poisoner, who sent a letter from Chicago.",
        *("CRONES QUEST", "ALL IN VAIN"),
        *("Poisoner Successfully Eludes", "Police and Writes More", "Taunting Letters."),
        *("ONE MAILED IN CAPITAL,", "BUT SLEUTHS SKEPTICAL"),
        *("Detectives Declare Handwriting", "Is Not Genuine"),
        "CHICAGO, Feb. 21. Jean Crones, the alleged poisoner, wrote another letter today.",
    ).articles[-1]
    assert (crones.headline, crones.dateline) == ("CRONES QUEST ALL IN VAIN", "CHICAGO, Feb. 21.")
    assert crones.subheadline == (
        "Poisoner Successfully Eludes Police and Writes More Taunting Letters.\n"
        "ONE MAILED IN CAPITAL, BUT SLEUTHS SKEPTICAL\n"
        "Detectives Declare Handwriting Is Not Genuine"
    )


@pytest.mark.parametrize(
    "line",
    [
        "UsSiS SfOVER I",  # OCR garbage, not a head read cleanly
        "VOLUME EX",  # one word of three letters: a masthead's scrap
        "16 PAGES HONOLULU, TERRITORY OF HAWAII",  # an ear
        "FRANCIS BIENVENU, LOCAL AGENT",  # an advertisement's signature
    ],
)
def test_no_capitals_head_over_a_deck_from_noise_ears_or_firms(line: str) -> None:
    page = parse_page_text(
        _CRUISER + f"{line}\n"
        "Oil Situation More Interesting\n"
        "That at least two deep wells are to be started at once is certain.\n"
    )
    assert line not in [a.headline for a in page.articles]
    assert page.articles[-1].headline == "Oil Situation More Interesting"


def test_two_stopped_mixed_case_decks_under_a_capitals_head() -> None:
    page = parse_page_text(
        "The council adjourned at ten o'clock and will meet again next week.\n"
        "HE FELL TO FLOOR\n"
        "A. A. Robinson Was Uncon\n"
        "scious Thirty Minutes.\n"
        "Well Known Railway Man Ill in\n"
        "Downtown Store.\n"
        "A. A. Robinson, former president of the Mexican Central railway, fell\n"
        "to the floor of a store this morning and lay unconscious for half an hour.\n"
    )
    story = page.articles[-1]
    assert story.headline == "HE FELL TO FLOOR"
    assert story.subheadline == (
        "A. A. Robinson Was Unconscious Thirty Minutes.\n"
        "Well Known Railway Man Ill in Downtown Store."
    )
    assert story.paragraphs[0].startswith("A. A. Robinson, former president")
    assert len(page.articles) == 2


def test_a_head_under_a_stop_with_a_speck_read_as_a_figure() -> None:
    # OCR read a speck after the stop as a figure ("… of the village. 4"): the sentence is
    # closed, and the capitals line under it heads the next story with its deck.
    page = _single(
        "The fire department was called upon this afternoon, and sixty men with",
        "apparatus went to the rescue of the village. 4",
        "PACIFIC CABLE OPENING",
        "President and Governor Taft Likely",
        "to Exchange Messages on July 4.",
        "Washington, April 30.—The first message over the Pacific cable will probably",
        "be exchanged between the President and the Governor on the Fourth of July.",
    )
    story = page.articles[-1]
    assert story.headline == "PACIFIC CABLE OPENING"
    assert story.subheadline == "President and Governor Taft Likely to Exchange Messages on July 4."
    # A figure with no stop before it is the sentence's own word ("… in block 4"): the
    # sentence runs on, and the capitals under it are no head.
    page = _single(
        "The fire department was called upon this afternoon, and the men found the fire",
        "in the old warehouse on lot 4",
        "NEAR THE DEPOT",
        "President and Governor Taft Likely",
        "to Exchange Messages on July 4.",
        "Washington, April 30.—The first message over the Pacific cable will probably",
        "be exchanged between the President and the Governor on the Fourth of July.",
    )
    assert page.articles[-1].headline != "NEAR THE DEPOT"


def test_a_deck_line_broken_at_a_hyphen_stays_in_the_deck() -> None:
    # "Spite of All-" over "Due Tonight": the hyphen alone keeps the line from passing for a
    # title; between two deck lines it is the deck's middle, not the story's first words.
    page = _single(
        "The council adjourned at ten o'clock and will meet again next week.",
        "MARTIN",
        "COMING",
        "Reception Plans",
        "Fall Through",
        "Spite of All-",
        "Due Tonight",
        "Mr. T. H. Martin, eminent Tacoman, will return home, it is thought, on the",
        "North Coast Limited at 9 o'clock tonight.",
    )
    story = page.articles[-1]
    assert story.headline == "MARTIN COMING"
    assert story.subheadline == "Reception Plans Fall Through Spite of All-Due Tonight"
    assert story.paragraphs[0].startswith("Mr. T. H. Martin")
    # A prose line ending in a hyphen under a deck is the story's first line, as before.
    page = _single(
        "The council adjourned at ten o'clock and will meet again next week.",
        "MARTIN COMING",
        "Reception Plans Fall Through",
        "Mr. T. H. Martin, eminent Ta-",
        "coman, will return home, it is thought, on the North Coast Limited.",
    )
    assert page.articles[-1].subheadline == "Reception Plans Fall Through"


def test_a_banner_over_a_narrow_head_is_not_its_first_deck() -> None:
    # A capitals line set across the page over a headline wrapped in one narrow column is the
    # page's banner (or a picture's title): the story's headline is the narrow one.
    page = _single(
        "STUMPING THE COUNTRY FOR PREPAREDNESS",
        "MARTIN",
        "COMING",
        "Reception Plans Fall Through",
        "Mr. T. H. Martin, eminent Tacoman, will return home, it is thought, on the",
        "North Coast Limited at 9 o'clock tonight.",
    )
    story = page.articles[-1]
    assert (story.headline, story.subheadline) == ("MARTIN COMING", "Reception Plans Fall Through")
    assert "STUMPING THE COUNTRY FOR PREPAREDNESS" in [a.headline for a in page.articles]
    # A pyramid keeps its headline: the wider capitals deck is under it, not over it.
    page = _single(
        "BANK CASHIER",
        "MISSING",
        "FUNDS OF FARMERS' SAVINGS INSTITUTION",
        "The cashier of the Farmers' Savings Bank has not been seen since Monday, and",
        "the directors met today to go over the books.",
    )
    story = page.articles[-1]
    assert story.headline == "BANK CASHIER MISSING"
    assert story.subheadline == "FUNDS OF FARMERS' SAVINGS INSTITUTION"


def test_a_capitals_phrase_begun_inside_prose_is_no_head() -> None:
    # The phrase in capitals starts inside a line of prose and runs on over the lines under
    # it: no line of it heads a story, whatever the lines say alone.
    heads = _heads(
        "What is the cause of this change of attitude? He has recently declared that WE ARE NOT",
        "THREATENED FROM ANY QUARTER, that",
        "we ARE AT PEACE WITH ALL THE WORLD",
        "and that THERE IS NO FEAR AMONG US.",
        "What, then, is the cause of the change? Is he so close to the war that he sees",
        "dangers which the people do not see?",
    )
    assert heads == [None]
    heads = _heads(
        "But the President's speeches indicate that he is considering a state of war in",
        "which the United States will be the aggressor; THAT IS, WILL",
        "GO TO WAR FOR THE ENFORCEMENT OF",
        "INTERNATIONAL RIGHTS.",
        "If support of the President's position means that war is to be made more probable,",
        "it is time for the people to protest.",
    )
    assert heads == [None]
    # A capitals headline under prose that closed (or ended in lower case) still heads.
    heads = _heads(
        "The roads were reported in fair condition by the county engineer on his return.",
        "GO TO WAR FOR THE ENFORCEMENT OF",
        "INTERNATIONAL RIGHTS.",
        "If support of the President's position means that war is to be made more probable,",
        "it is time for the people to protest.",
    )
    assert heads[-1] == "GO TO WAR FOR THE ENFORCEMENT OF INTERNATIONAL RIGHTS."


def test_an_unstopped_capitals_head_under_prose_cut_by_a_column() -> None:
    # Prose breaks off on a lower-case word (OCR cut the column), and a capitals line of three
    # words or more with no stop stands over a sentence's start: a headline.
    heads = _heads(
        "Every friend of the President, not those mercenary friends who flock around",
        "DIFFERENCES NOT PERSONAL",
        "For the benefit of those who seem unable to understand disagreements as to",
        "principle, I venture to bring down to date the personal relations between us.",
    )
    assert heads == [None, "DIFFERENCES NOT PERSONAL"]
    # A phrase in capitals inside the sentence closes on its stop, or runs on into a small word.
    heads = _heads(
        "She can and is now going after the goods, so watch her",
        "DELIVER THE GOODS ON THE SPOT.",
        "Good roads make farming sections more valuable to everybody.",
    )
    assert heads == [None]
    heads = _heads(
        "Every friend of the President, not those mercenary friends who flock around",
        "THE WHITE HOUSE TO",
        "Flatter him, will tell him so.",
    )
    assert heads == [None]


# --- article splitting (version 9) -----------------------------------------------------------

_CROSSHEAD_STORY = (
    "MILL STRIKE ENDS AFTER TEN WEEKS\n"
    "\n"
    "Spinners Return to the Looms on Monday Under the New Wage Scale.\n"
    "\n"
    "The strike at the Riverside woolen mill, which has kept four hundred\n"
    "spinners and weavers out of work since the first week of December, came\n"
    "to an end last night when the men voted to accept the wage scale offered\n"
    "by the owners. The mill will open on Monday morning with full crews.\n"
    "\n"
    "The settlement gives the spinners an increase of ten per cent and a\n"
    "working day of nine hours, which the owners had refused until the end.\n"
    "\n"
    "{crosshead}\n"
    "\n"
    "{paragraph}\n"
)


@pytest.mark.parametrize(
    ("crosshead", "paragraph"),
    [
        # The head's own words recur in the story above.
        (
            "Weavers Vote to Return.",
            "The weavers met in the town hall and voted by a large majority to go\n"
            "back, though some of the younger men spoke against the settlement.",
        ),
        # The head names what the section tells in words the story has not used, but the
        # section goes on with the story's mill, spinners, owners and wage scale.
        (
            "Did But Slight Damage.",
            "The owners say the strike cost the mill less than feared, and the\n"
            "spinners will work at the new wage scale from Monday.",
        ),
    ],
)
def test_a_crosshead_in_the_story_above_is_a_paragraph_of_it(
    crosshead: str, paragraph: str
) -> None:
    page = parse_page_text(_CROSSHEAD_STORY.format(crosshead=crosshead, paragraph=paragraph))
    (story,) = page.articles
    assert story.headline == "MILL STRIKE ENDS AFTER TEN WEEKS"
    assert crosshead in story.paragraphs
    assert story.paragraphs[-1].startswith(paragraph[:25])


@pytest.mark.parametrize(
    ("crosshead", "paragraph"),
    [
        # A weekly prints its next item under a short head set the same way: without a
        # word of the story above, it is the next item's headline.
        (
            "Cold Snap Expected.",
            "The weather bureau sends warning of a sharp drop in temperature\n"
            "which will reach this section by tomorrow night, with snow.",
        ),
        # A dispatch's place, day and hour (its dateline since branch histp49's
        # match_timed_dateline), then the story's words: a dispatch of its own.
        (
            "Did But Slight Damage.",
            "London, Feb. 4, 2:40 p. m. The owners say the strike cost the mill\n"
            "less than feared, and the spinners will work at the new wage scale.",
        ),
    ],
)
def test_a_head_over_an_item_of_its_own_starts_an_item(crosshead: str, paragraph: str) -> None:
    page = parse_page_text(_CROSSHEAD_STORY.format(crosshead=crosshead, paragraph=paragraph))
    first, second = page.articles
    assert first.headline == "MILL STRIKE ENDS AFTER TEN WEEKS"
    assert second.headline == crosshead
    opening = " ".join(filter(None, (second.dateline, second.paragraphs[0])))
    assert opening.startswith(paragraph[:20])


def test_no_section_echo_under_a_story_closing_on_another_head_read_into_it() -> None:
    # The story's last paragraph closes on a head and decks read into it ("Maui Now to Have
    # / One Full Regiment / … Good Band Now Assured."): the words the section shares are
    # that head's, and the head under it stays an item's head.
    page = parse_page_text(
        "CHORAL CLUB ORGANIZED\n"
        "On Tuesday evening at the Community House the Maui Choral Club was formally\n"
        "organized with forty members, and a concert will be given within a few weeks\n"
        "at the Community House. The club will meet each Tuesday evening through the\n"
        "winter, and new members are asked to give their names to the secretary at\n"
        "the store of the company before the end of the month, as the club means to\n"
        "give a concert with a band from the regiment. Maui Now to Have One Full\n"
        "Regiment Three New Companies For Lahaina, Two For Wailuku, One For Puu\n"
        "nene. Good Band Now Assured.\n"
        "Inspection Pleases.\n"
        "Maui is soon to have a complete regiment of the national guard of her own,\n"
        "with companies at Lahaina and Wailuku, and a band.\n"
    )
    assert page.articles[-1].headline == "Inspection Pleases."


_DISTILLERY = (
    "the committee adjourned until Monday.\n"
    "{stack}"
    "Fort Smith, Ark., Feb. 21.—The distillery around which the tales of\n"
    "the moonshiners were woven for years was sold by the government today\n"
    "to a firm of this city, which will tear down the buildings at once.\n"
)


@pytest.mark.parametrize(
    ("stack", "headline", "subheadline"),
    [
        # No capitals head above: the second line is the headline's, not a deck.
        (
            "Great Moonshining Plant\nIs Sold by Government\nBy Associated Press\n",
            "Great Moonshining Plant Is Sold by Government",
            None,
        ),
        # Under a capitals head, title-case lines stay its deck.
        (
            "OLD DISTILLERY SOLD\nGreat Moonshining Plant\nIs Sold by Government\n",
            "OLD DISTILLERY SOLD",
            "Great Moonshining Plant Is Sold by Government",
        ),
    ],
)
def test_a_title_case_head_wrapped_over_lines_is_one_headline(
    stack: str, headline: str, subheadline: str | None
) -> None:
    story = parse_page_text(_DISTILLERY.format(stack=stack)).articles[-1]
    assert (story.headline, story.subheadline) == (headline, subheadline)
    assert story.dateline == "Fort Smith, Ark., Feb. 21.—"


def test_a_dateline_broken_at_its_day_runs_on_into_its_bracket() -> None:
    page = parse_page_text(
        "SENATOR MAY RESIGN\n"
        "\n"
        "INDIANAPOLIS, Ind., November 15\n"
        "(Special to The Star.)—Report of a plan for the resignation of the\n"
        "senator has become public and has been in circulation among politicians\n"
        "for several days.\n"
    )
    (story,) = page.articles
    assert story.dateline == "INDIANAPOLIS, Ind., November 15 (Special to The Star.)—"
    assert story.byline is None
    assert story.paragraphs[0].startswith("Report of a plan")


@pytest.mark.parametrize(
    ("text", "copyright"),
    [
        ("Copyright, 1920.", True),
        ("i Copyright, 1920.", True),
        ("(Copyright, 1916, by the New York Evening Post.)", True),
        ("(Copyright- 11KC: By The Tribune Association.*", True),
        ("Copyrighted by Epos.", False),
        ("The copyright law of 1909 is to be amended by the Congress.", False),
    ],
)
def test_copyright_lines(text: str, copyright: bool) -> None:
    assert is_copyright_line(text) is copyright


def test_a_copyright_line_under_a_wire_credit_joins_the_byline() -> None:
    page = parse_page_text(
        "EX-CROWN PRINCE TO LEAVE EXILE\n"
        "\n"
        "By Cable to The Star and Chicago Daily News.\n"
        "Copyright, 1920.\n"
        "\n"
        "BERLIN, November 15.—The former crown prince is about to leave the island\n"
        "where he has lived since the armistice, his friends here say.\n"
    )
    (story,) = page.articles
    assert story.byline == "By Cable to The Star and Chicago Daily News.\nCopyright, 1920."
    assert story.dateline == "BERLIN, November 15.—"


def test_a_mixed_case_deck_between_two_capitals_decks_is_a_deck() -> None:
    page = parse_page_text(
        "LEAGUE MEETING OPENS AT GENEVA\n"
        "\n"
        "Election of President and\n"
        "Other Officers First Work\n"
        "of Convention.\n"
        "\n"
        "FORTY NATIONS REPRESENTED\n"
        "\n"
        "GENEVA, November 15.—The assembly of the league of nations opened here today\n"
        "with delegates of forty nations in their seats and the galleries full.\n"
    )
    (story,) = page.articles
    assert story.headline == "LEAGUE MEETING OPENS AT GENEVA"
    assert story.subheadline == (
        "Election of President and Other Officers First Work of Convention.\n"
        "FORTY NATIONS REPRESENTED"
    )
    assert story.dateline == "GENEVA, November 15.—"


def test_a_decks_last_line_read_as_a_title_stays_in_the_deck() -> None:
    page = parse_page_text(
        "VENIZELOS DEFEAT CLAIMED\n"
        "\n"
        "Premier, However, Declares\n"
        "He Is Victor in Election\n"
        "Held Yesterday.\n"
        "\n"
        "LONDON, November 15.—An Exchange Telegraph dispatch from Athens says the\n"
        "results of the elections in Greece point to a defeat for the premier.\n"
    )
    (story,) = page.articles
    assert story.headline == "VENIZELOS DEFEAT CLAIMED"
    assert (
        story.subheadline == "Premier, However, Declares He Is Victor in Election Held Yesterday."
    )
    assert story.dateline == "LONDON, November 15.—"


_MILL_PARAGRAPHS = (
    "The strike at the Riverside woolen mill, which has kept four hundred spinners and "
    "weavers out of work since the first week of December, came to an end last night when "
    "the men voted to accept the wage scale offered by the owners. The mill will open on "
    "Monday morning with full crews.",
    "The settlement gives the spinners an increase of ten per cent and a working day of nine "
    "hours, which the owners had refused until the end.",
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    width=st.integers(28, 70),
    spacing=st.sampled_from(["blank-between-blocks", "single-spaced"]),
    echoing=st.booleans(),
)
def test_crossheads_on_drawn_columns(width: int, spacing: str, echoing: bool) -> None:
    # A crosshead speaking of the story folds into it; a head speaking of something else
    # heads the next item: in any column width, with or without blank lines between blocks.
    crosshead, paragraph = (
        ("Weavers Vote to Return.", "The weavers met in the town hall and voted to go back.")
        if echoing
        else ("Cold Snap Expected.", "The weather bureau sends warning of a sharp frost.")
    )
    blocks = [
        ["MILL STRIKE ENDS AFTER TEN WEEKS"],
        *(wrap_latin(text, width) for text in _MILL_PARAGRAPHS),
        [crosshead],
        wrap_latin(paragraph, width),
    ]
    gap = "\n\n" if spacing == "blank-between-blocks" else "\n"
    page = parse_page_text(gap.join("\n".join(lines) for lines in blocks) + "\n")
    assert page.articles[0].headline == "MILL STRIKE ENDS AFTER TEN WEEKS"
    if echoing:
        assert len(page.articles) == 1
        assert crosshead in page.articles[0].paragraphs
    else:
        assert [a.headline for a in page.articles] == [
            "MILL STRIKE ENDS AFTER TEN WEEKS",
            crosshead,
        ]


def test_a_byline_under_a_capitals_head_is_no_deck() -> None:
    page = parse_page_text(
        "FARMERS' COLUMN\n"
        "\n"
        "By R. H. Benton, Jr.\n"
        "Soil Inoculation.\n"
        "\n"
        "Every farmer who grows clover or peas should know that the soil must hold the\n"
        "bacteria these plants need, and that a field may be inoculated at small cost.\n"
    )
    story = page.articles[-1]
    assert story.byline == "By R. H. Benton, Jr."
    assert "By R. H. Benton" not in (story.subheadline or "")


def test_a_patent_medicine_reader_is_a_notice_and_a_health_story_is_not() -> None:
    # Ailments and cures, a price or "get a box", and the reader addressed: a medicine ad.
    reader = (
        "When the stomach is sour and the head aches after every meal, look to the liver. "
        "You will find quick relief in Dr. Hale's Liver Pills, a gentle remedy for "
        "biliousness and constipation. Get a box today from any dealer, 25 cents."
    )
    assert looks_like_notice("Why Suffer So?", reader)
    # The same ailments in news, with no seller and no word to the reader, stay news.
    story = (
        "Grippe and heavy colds have kept forty pupils out of the schools this week, and the "
        "health officer reports three cases of pneumonia. Two doctors said the epidemic of "
        "coughs was easing, and that relief could be expected with warmer weather."
    )
    assert not looks_like_notice("SICKNESS IN THE SCHOOLS", story)


def test_an_advertisement_signed_by_its_firm_is_a_notice() -> None:
    # The last paragraph names the firm and its street address, no sentence in it.
    assert looks_like_notice(
        None,
        "Send for our new catalogue of garden seeds, free to every planter.\n"
        "HALL SEED COMPANY, 212 West Main Street, Dalton",
    )
    assert looks_like_notice(
        "Winter Tires",
        "Tires that wear twice as long on frozen roads.\nJAMES ORTON, LOCAL AGENT",
    )
    # A firm after a dash closing the only paragraph.
    assert looks_like_notice(None, "Have your old photographs framed now.-- Ward Studio.")
    # A story whose last paragraph is a sentence naming a bank stays news.
    assert not looks_like_notice(
        "NEW CASHIER NAMED",
        "Mr. Otis Reed was chosen cashier on Monday.\nHe was formerly with the First State Bank.",
    )


def test_a_paid_notice_closing_on_advt_is_an_item_of_its_own() -> None:
    page = parse_page_text(
        "BRIDGE IS OPENED\n"
        "The new county bridge over the river was opened on Saturday\n"
        "before a large crowd, and the first team crossed at noon.\n"
        "\n"
        "Read the new serial story in the Sunday paper; it is a\n"
        "jolly tale for boys and girls.-AdvL\n"
        "\n"
        "The band played through the afternoon and the ladies served\n"
        "supper in the hall.\n"
    )
    kinds = [(a.kind, a.paragraphs[0][:9]) for a in page.articles]
    assert (ArticleKind.NOTICE, "Read the ") in kinds
    assert page.articles[0].kind is not ArticleKind.NOTICE
    assert page.articles[0].headline == "BRIDGE IS OPENED"
    # The paragraph after the notice is not part of it.
    [notice] = [a for a in page.articles if a.kind is ArticleKind.NOTICE]
    assert len(notice.paragraphs) == 1


def test_a_notice_signed_at_its_foot_is_a_notice() -> None:
    page = parse_page_text(
        "TO THE PUBLIC.\n"
        "All persons are asked to clean their yards and alleys before the first\n"
        "of April, when the board will make its inspection of the town.\n"
        "H. L. MOORE.\n"
    )
    [item] = page.articles
    assert (item.kind, item.byline) == (ArticleKind.NOTICE, "H. L. MOORE.")
    # A signed letter under a news head stays a story.
    page = parse_page_text(
        "THE ROAD BONDS\n"
        "The road bonds will be voted on next month, and every farmer in the\n"
        "county should turn out and vote for them, for the roads are bad.\n"
        "H. L. MOORE.\n"
    )
    [item] = page.articles
    assert item.byline == "H. L. MOORE."
    assert item.kind is not ArticleKind.NOTICE


def test_a_letters_signature_under_its_close_is_no_headline() -> None:
    page = parse_page_text(
        "ROAD MEETING CALLED\n"
        "The members of your league are invited to attend a meeting to be\n"
        "held in the court house on Thursday, to settle the route of the road.\n"
        "Cordially yours\n"
        "COUNTY ROAD LEAGUE.\n"
        "J. M. Carter, W. B. Hoff\n"
        "Secretary President\n"
        "To The Voters of Clay County:\n"
        "I thank all who voted for me in the election, and I bear no ill will\n"
        "to those who saw fit to oppose me. Sincerely, John E. Day.\n"
    )
    story = page.articles[0]
    assert story.headline == "ROAD MEETING CALLED"
    assert story.paragraphs[1] == "Cordially yours"
    assert "Secretary President" in story.paragraphs[-1]
    # The card under the signature is an item of its own, a notice; no signature line heads it
    # (its address does, as the development set annotates a card: issue 9, round 2).
    card = page.articles[1]
    assert card.kind is ArticleKind.NOTICE
    assert card.headline == "To The Voters of Clay County:"
    assert card.paragraphs[0].startswith("I thank all who voted")
    # A headline set in capitals after the signature's mixed-case line is still a headline.
    page = parse_page_text(
        "The meeting will be held at noon in the hall of the lodge.\n"
        "Yours truly,\n"
        "John Smith.\n"
        "NEW BRIDGE OPENED\n"
        "The new bridge over the creek was opened on Monday by the county.\n"
    )
    assert [a.headline for a in page.articles] == [None, "NEW BRIDGE OPENED"]


def test_a_weeklys_local_items_after_a_story_are_items_of_their_own() -> None:
    page = parse_page_text(
        "DEATH OF AN OLD SETTLER.\n"
        "Early on Wednesday morning Henry Platt, one of the first settlers of\n"
        "the valley, died at his home after a short illness.\n"
        "\n"
        "Mr. Platt came to the valley in 1870 and farmed on the river.\n"
        "\n"
        "John S. Miller was in town Saturday for a brief stay on business\n"
        "and returned home the same day.\n"
        "\n"
        "Mr. and Mrs. Oscar Lund left Monday for Denver, where they will\n"
        "spend the winter with their daughter.\n"
    )
    assert [(a.headline, a.paragraphs[0][:12]) for a in page.articles] == [
        ("DEATH OF AN OLD SETTLER.", "Early on Wed"),
        (None, "John S. Mill"),
        (None, "Mr. and Mrs."),
    ]
    # A paragraph naming the story's own people stays in it.
    assert len(page.articles[0].paragraphs) == 2


def test_a_column_of_local_items_under_its_head_stays_one_story() -> None:
    page = parse_page_text(
        "PERSONAL MENTION\n"
        "Roy Gibbs spent last Sunday at the ranch of his brother.\n"
        "\n"
        "Mr. and Mrs. Carl Ek left Monday for Denver on a visit.\n"
        "\n"
        "J. L. Danley came in from his sheep camps Tuesday.\n"
    )
    [story] = page.articles
    assert story.headline == "PERSONAL MENTION"
    assert story.paragraphs[-1].endswith("sheep camps Tuesday.")


def test_a_new_name_in_a_dailys_story_does_not_split_it() -> None:
    page = parse_page_text(
        "FLOODS MENACE CITY\n"
        "One of the worst floods in years will come if a warm wind melts the\n"
        "snow in the hills, the city engineer said today.\n"
        "\n"
        "James Hayes, county bridge inspector, consulted with members of the\n"
        "city council today over the condition of the bridges.\n"
    )
    [story] = page.articles
    assert len(story.paragraphs) == 2


def test_a_line_broken_inside_a_name_is_no_headline() -> None:
    page = parse_page_text(
        "The meeting closed with a vote of thanks to the speaker.\n"
        "Dr. Frank W. Brown and Lynn\n"
        "S. Whiting came in Monday from Chicago, where they have been\n"
        "at school for the past year.\n"
    )
    assert all(a.headline is None for a in page.articles)
    assert any(
        "Dr. Frank W. Brown and Lynn S. Whiting came" in p
        for a in page.articles
        for p in a.paragraphs
    )


def test_a_firm_over_its_street_address_signs_the_advertisement() -> None:
    page = parse_page_text(
        "GARDEN SEEDS FOR PLANTERS\n"
        "Our new catalogue of garden and field seeds is ready and free to\n"
        "every planter who asks. Send a post card today.\n"
        "HALL SEED COMPANY.\n"
        "212 West Main Street,\n"
        "Dalton, Georgia.\n"
    )
    [ad] = page.articles
    assert ad.headline == "GARDEN SEEDS FOR PLANTERS"
    assert ad.kind is ArticleKind.NOTICE
    assert "HALL SEED COMPANY." in ad.paragraphs[-1] or "HALL SEED COMPANY." in ad.paragraphs[-2]


def test_a_firms_partners_in_capitals_close_the_ad_and_head_nothing() -> None:
    page = parse_page_text(
        "New Spring Suits\n"
        "We are now showing hundreds of samples of new spring fabrics. Let us\n"
        "take your measure now and we will make you the finest suit you own.\n"
        "HALE & BARNES\n"
        "SCHOOL NOTES\n"
        "The entertainment last Friday night was a great success, and the\n"
        "school made enough to buy a new stage curtain.\n"
    )
    assert [a.headline for a in page.articles] == ["New Spring Suits", "SCHOOL NOTES"]
    assert page.articles[0].paragraphs[-1] == "HALE & BARNES"
