"""Rules for Tesseract's paragraph blocks and for narrow columns (branch bb48, issue 9): a byline
set apart in a block of its own between a head and the story's first paragraph, a name's words
filling a paragraph's first line, a wire's dateline with its day, a sentence-case head wrapped
on a preposition, a Chinese pointer alone under its contents-box entry, flush heads over
indented paragraphs, a weather ear under a day's label; each with near misses that must not
fire, on small pages written for each rule."""

from __future__ import annotations

import pytest

from reader.model import Article, Page
from reader.parse.classify import is_furniture, match_continuation, match_modern_dateline
from reader.parse.formats.text import _list_item_block, page_blocks
from reader.parse.lines import split_lines
from reader.parse.reflow import (
    _Columns,
    _fills_prose_under,
    _flush_heads_over_indents,
    _name_words_fill_column,
    _narrow_cjk_tail,
    _wrapped_on_particle,
    byline_block_over_prose,
)
from tests.parse.test_archive_rules import _parse

_MASTHEAD = ["THE ISLAND CHRONICLE", "", "Friday, December 4, 2026 | No. 23,417 | €1.50", ""]
_HEAD = ["Cabinet approves €240m plan", "to widen coast road", ""]
_TEXT = [
    "Cabinet has approved a €240",
    "million plan to widen the coast",
    "road between Pembroke and Salini,",
    "adding a bus lane in each",
    "direction.",
    "",
    "Tenders will be issued in January",
    "and works should start in the",
    "spring, the minister said.",
]


_FIRST = [
    "Gozo ferry fares frozen",
    "",
    "By Maria Pace",
    "The Gozo Channel will keep its",
    "fares unchanged next year, the",
    "ministry said yesterday.",
    "",
]


def _page(lines: list[str]) -> Page:
    return _parse("\n".join([*_MASTHEAD, *lines]))


def _story(page: Page, head: str) -> Article:
    return next(article for article in page.articles if article.headline == head)


# --- a byline set apart in a block of its own --------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (["KURT FARRUGIA"], "KURT FARRUGIA"),
        (["By Kurt Farrugia"], "By Kurt Farrugia"),
        (["EDWINA BRINCAT", "Court reporter"], "EDWINA BRINCAT Court reporter"),
    ],
)
def test_a_byline_block_under_the_head_is_the_byline(byline: list[str], expected: str) -> None:
    # (under a first story: a desk's name near the page's top may be the masthead's)
    page = _page([*_FIRST, *_HEAD, *byline, "", *_TEXT])
    story = _story(page, "Cabinet approves €240m plan to widen coast road")
    assert " ".join((story.byline or "").split()) == expected
    assert story.paragraphs[0].startswith("Cabinet has approved")
    assert len(page.articles) == 2


def test_a_byline_block_under_a_deck_block_is_the_byline() -> None:
    deck = ["Bus lanes and cycle track from Pembroke", "to Salini; works to start in spring", ""]
    page = _page([*_HEAD, *deck, "KURT FARRUGIA", "", *_TEXT])
    story = _story(page, "Cabinet approves €240m plan to widen coast road")
    assert story.byline == "KURT FARRUGIA"
    assert story.subheadline is not None and story.subheadline.startswith("Bus lanes")


def test_a_capitals_head_under_a_closed_paragraph_is_no_byline() -> None:
    # (a notice's head in capitals under a story's last line: "… in Ljubljana." // "SUNDAY
    # PHARMACIES" // its text; it heads its item, the story above keeps no paragraph of it)
    notice = [
        "SUNDAY PHARMACIES",
        "",
        "Pharmacies open on Sunday from 9am",
        "to noon are listed below.",
    ]
    page = _page([*_HEAD, *_TEXT, "", *notice])
    assert not any("SUNDAY" in paragraph for paragraph in page.articles[0].paragraphs)
    assert any(article.headline == "SUNDAY PHARMACIES" for article in page.articles)


def _block(text: str):  # type: ignore[no-untyped-def]
    return page_blocks(text)[1][0]


@pytest.mark.parametrize(
    ("byline", "below", "expected"),
    [
        ("KURT FARRUGIA", "Cabinet has approved a plan to", True),
        ("EDWINA BRINCAT\nCourt reporter", "A man from Birkirkara was", True),
        ("By Kurt Farrugia", "Cabinet has approved a plan to", True),
        ("KURT FARRUGIA", "BUS LANES AND CYCLE TRACK", False),  # no prose under it
        ("SUMMER SALE", "Everything in the shop is half", False),  # an ad's display line
        ("Cabinet approves plan", "Cabinet has approved a plan to", False),  # a head
        ("KURT FARRUGIA\nCOURT\nREPORTER", "Cabinet has approved a plan to", False),  # 3 lines
    ],
)
def test_byline_block_over_prose(byline: str, below: str, expected: bool) -> None:
    assert byline_block_over_prose(_block(byline), _block(below + "\nand more of it here.")) is (
        expected
    )


# --- a name's words filling a paragraph's first line ---------------------------------------------


def test_a_name_filling_the_first_line_of_a_paragraph_is_no_head() -> None:
    cut = [
        "",
        "Infrastructure Minister Clayton",
        "Mifsud told a news conference at",
        "Castille yesterday that tenders",
        "would be issued in January.",
    ]
    page = _page([*_HEAD, "KURT FARRUGIA", "", *_TEXT, *cut])
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].startswith("Infrastructure Minister Clayton Mifsud")


def test_a_title_case_head_on_a_page_of_title_case_heads_stays_a_head() -> None:
    # (a narrow column whose heads are all in title case: one may fill the column)
    lines = [
        "Council Approves Budget for Water Plant",
        "The city council voted",
        "5 to 2 on Monday night",
        "to set aside the money",
        "for the new building.",
        "Bridge Repairs Delayed",
        "Repairs to the Mill",
        "Street bridge have been",
        "put off until spring.",
    ]
    page = _page(lines)
    assert [article.headline for article in page.articles] == [
        "Council Approves Budget for Water Plant",
        "Bridge Repairs Delayed",
    ]


@pytest.mark.parametrize(
    ("first", "dropped"),
    [
        ("Infrastructure Minister Clayton", True),  # fills the column: "Mifsud" fits no more
        ("Minister Clayton", False),  # room left for the next word: a line of its own
        ("Infrastructure minister Clayton", False),  # a word in small letters: no name's
        ("INFRASTRUCTURE MINISTER", False),  # capitals: a kicker's or a head's
    ],
)
def test_name_words_fill_column(first: str, dropped: bool) -> None:
    lines = split_lines(
        "\n".join(
            [
                "the coast road along the sea front.",
                first,
                "Mifsud told a news conference at",
                "Castille yesterday that tenders",
                "would be issued in January and",
                "works should start in the spring.",
            ]
        )
    )
    like = [False, True, False, False, False, False]
    _name_words_fill_column(lines, like, _Columns(lines))
    assert like[1] is not dropped


# --- a wire's dateline with its day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ROME, Dec 3 (Reuters) - Italy's coastguard", "ROME, Dec 3 (Reuters) -"),
        ("PARIS, Dec. 3 (AFP) – France said", "PARIS, Dec. 3 (AFP) –"),
        ("CHENNAI, Dec 3 (PTI) – Twelve", "CHENNAI, Dec 3 (PTI) –"),  # as before
        ("ROME, Dec. 3.—The Italian", None),  # a 1916 dateline: another pattern's
        ("ROME, Dec 3 (Special) - The", None),  # no wire named
    ],
)
def test_a_wire_dateline_with_its_day_is_modern(text: str, dateline: str | None) -> None:
    match = match_modern_dateline(text)
    assert (match.text if match else None) == dateline


# --- a sentence-case head wrapped on a preposition ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Italy rescues 300 off", "Lampedusa in one day", True),
        ("Fares to rise after", "budget vote", True),
        ("Match called off", "Heavy rain floods the pitch at Ta' Qali", False),  # a wider deck
        ("Italy rescues 300 off", "Lampedusa.", False),  # closes
        ("off", "Lampedusa", False),  # a word alone is no head's line
        ("Ferry sails at noon", "Lampedusa in one day", False),  # no particle at its end
    ],
)
def test_a_head_wrapped_on_a_particle(first: str, second: str, expected: bool) -> None:
    assert _wrapped_on_particle(first, second) is expected


def test_a_head_wrapped_on_a_particle_is_one_headline() -> None:
    head = ["Italy rescues 300 off", "Lampedusa in one day", ""]
    text = [
        "ROME, Dec 3 (Reuters) - Italy's",
        "coastguard rescued more than 300",
        "people on Thursday.",
    ]
    page = _page([*_HEAD, *_TEXT, "", *head, *text])
    story = page.articles[-1]
    assert story.headline == "Italy rescues 300 off Lampedusa in one day"
    assert story.subheadline is None
    assert story.dateline == "ROME, Dec 3 (Reuters) -"


# --- a Chinese pointer alone under its contents-box entry ----------------------------------------


@pytest.mark.parametrize(
    ("text", "page"),
    [("詳見A5版", 5), ("详见B1", 1), ("續見A3", 3), ("詳見附表", None), ("詳見A5版內容", None)],
)
def test_a_pointer_alone(text: str, page: int | None) -> None:
    found = match_continuation(text)
    assert (found[0].page if found else None) == page


_ZH_MASTHEAD = ["湄南華報", "MENAM CHINESE DAILY", "佛曆2569年12月4日", "西元2026年12月4日 星期五"]
_ZH_LEAD = [
    "央行決策",
    "泰國央行意外降息一碼",
    "基準利率降至1.25% 兩年",
    "來最低",
    "　　【本報訊】泰國中央",
    "銀行貨幣政策委員會昨日",
    "以五比二票決議降息，為",
    "兩年來最低水準。",
    "　　央行助理總裁在會後",
    "表示，全球需求放緩，出",
    "口連續三個月下滑，委員",
    "會認為有必要放寬政策。",
    "　　銀行公會表示，各大",
    "銀行將在下週檢討放款利",
    "率，商界普遍歡迎降息。",
]


def test_contents_box_entries_over_their_pointers() -> None:
    box = ["今日導讀", "清邁花卉節下週揭幕", "詳見A5版", "泰國隊晉級東南亞盃四強", "詳見B1版"]
    page = _parse("\n".join([*_ZH_MASTHEAD, *box, *_ZH_LEAD]))
    teasers = [article for article in page.articles if article.kind == "teaser"]
    assert [(t.headline, t.continued_to.page if t.continued_to else None) for t in teasers] == [
        ("清邁花卉節下週揭幕", 5),
        ("泰國隊晉級東南亞盃四強", 1),
    ]
    lead = page.articles[-1]
    assert (lead.kicker, lead.headline) == ("央行決策", "泰國央行意外降息一碼")
    assert (lead.subheadline or "").replace(" ", "") == "基準利率降至1.25%兩年來最低"


def test_flush_heads_over_indents() -> None:
    lines = split_lines("\n".join(_ZH_LEAD))
    assert _flush_heads_over_indents(lines, _Columns(lines)) == ({0, 1, 2, 3}, {4, 8, 12})


def test_a_stray_space_before_a_short_line_is_no_indent() -> None:
    # (an OCR's stray space before a deck, " 丁薛祥出席会议并讲话", fills no column: no
    # paragraph's indent, and the flush lines above it are no heads)
    text = [
        "界牵头发起“深时数字地球”“海洋负",
        "排放”国际大科学计划。",
        " 丁薛祥出席会议并讲话",
        "每平方米每秒钟可极速喷射出亿亿亿",
        " 个粒子！中国科学院合肥物质科学研",
        "究院的装置又一次刷新了世界纪录。",
        " 据介绍",
        "这台装置由我国自主设计建造。",
    ]
    lines = split_lines("\n".join(text))
    assert _flush_heads_over_indents(lines, _Columns(lines)) == (frozenset(), frozenset())


def test_no_flush_heads_without_indented_paragraphs() -> None:
    # (two indented lines are no page of indented paragraphs; and the flush lines of a
    # paragraph under its indented first line run on)
    lines = split_lines("\n".join(_ZH_LEAD[:9]))
    assert _flush_heads_over_indents(lines, _Columns(lines)) == (frozenset(), frozenset())
    rest = split_lines("\n".join(["　　第一段開頭", "接著寫下去", "還沒寫完", *_ZH_LEAD[7:]]))
    assert _flush_heads_over_indents(rest, _Columns(rest))[0] == frozenset()


# --- a weather ear under a day's label ------------------------------------------------------------


def test_a_weather_ear_under_a_day_label_is_furniture() -> None:
    ear = ["TODAY", "Morning showers, 21", "Full forecast A12", ""]
    page = _page([*ear, *_HEAD, "KURT FARRUGIA", "", *_TEXT])
    assert "Full forecast A12" in page.furniture
    assert len(page.articles) == 1


def test_a_day_label_without_a_forecast_pointer_is_no_ear() -> None:
    lines = ["TODAY", "Council meets at 7pm, 21", "Library closed", ""]
    page = _page([*lines, *_HEAD, "KURT FARRUGIA", "", *_TEXT])
    assert "Library closed" not in page.furniture


# --- a list's items under a colon, each a block of its own ---------------------------------------

_LIST = [
    "SUNDAY PHARMACIES",
    "",
    "Pharmacies open on Sunday, Decem-",
    "ber 6, from 9am to noon:",
    "",
    "Valletta: Royal Pharmacy, Republic",
    "Street",
    "",
    "Sliema: St Anne Pharmacy, Tower",
    "Road",
]


def test_list_items_under_a_colon_are_paragraphs_of_the_notice() -> None:
    page = _page([*_FIRST, *_LIST])
    notice = page.articles[-1]
    assert notice.headline == "SUNDAY PHARMACIES"
    assert list(notice.paragraphs[1:]) == [
        "Valletta: Royal Pharmacy, Republic Street",
        "Sliema: St Anne Pharmacy, Tower Road",
    ]


def test_a_head_under_a_colon_is_no_list_item() -> None:
    # (no label and colon before the line's words: a head, however a colon closed the text)
    lines = [*_FIRST[:-1], "", "The minister named them:", "", *_HEAD, "KURT FARRUGIA", "", *_TEXT]
    page = _page(lines)
    assert any(
        article.headline == "Cabinet approves €240m plan to widen coast road"
        for article in page.articles
    )


def test_a_stopped_block_under_a_colon_is_no_list_item() -> None:
    # (an item closes no sentence: a block that does is a paragraph as before)
    assert _list_item_block(_block("Valletta: Royal Pharmacy, Republic\nStreet"))
    assert not _list_item_block(_block("Valletta: the pharmacy, it said, is open."))
    assert not _list_item_block(_block("Royal Pharmacy, Republic Street"))
    assert not _list_item_block(_block("Valletta: Royal Pharmacy\nRepublic Street"))  # no comma


# --- a notice's mourners' line wrapped, and the page's copyright line -----------------------------


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("湄南華報 版權所有", True),
        ("版权所有 翻印必究", True),
        ("本報版權所有", True),
        ("所有人都知道版權所有是什麼意思", False),  # a sentence's words
        ("版權所有，翻印必究。", False),  # closed by a stop: prose
    ],
)
def test_a_copyright_line_is_furniture(text: str, furniture: bool) -> None:
    assert is_furniture(text) is furniture


def test_a_wrapped_mourners_line_closes_the_obituary() -> None:
    notice = [
        "訃告",
        "　　先嚴黃公天福老先生",
        "慟於12月1日壽終正寢，",
        "享壽八十有六。",
        "　　謹定於12月6日上午",
        "十時舉行告別式。",
        "孝男 黃志強 黃志明 率",
        "家屬泣告",
    ]
    page = _parse("\n".join([*_ZH_MASTHEAD, *_ZH_LEAD, *notice]))
    obituary = page.articles[-1]
    assert obituary.headline == "訃告"
    # (the mourners' line is the notice's, no brief of its own)
    assert obituary.paragraphs[-1].replace(" ", "").endswith("孝男黃志強黃志明率家屬泣告")


def test_a_name_line_over_a_sentence_opening_stays() -> None:
    # (a title-case line filling the column over a line that opens a sentence by itself: a
    # head over its story, "City Budget Approved Monday" / "The council voted …")
    lines = split_lines(
        "\n".join(
            [
                "along the coast by the sea.",
                "City Budget Approved Monday",
                "The council voted five to two",
                "to set aside money for a new",
                "filtration plant by the river.",
            ]
        )
    )
    like = [False, True, False, False, False]
    _name_words_fill_column(lines, like, _Columns(lines))
    assert like[1]


# --- a paragraph's first line filling the column, in a block of its own ---------------------------


def test_a_paragraph_block_opening_on_a_full_line_over_a_name_is_no_head() -> None:
    # (Tesseract sets each paragraph in a block of its own: its first line, full, over a line
    # opening on a name's capital, is no head)
    paragraph = [
        "A fourth ferry will be added to the Gozo",
        "Channel crossing from December 18 to",
        "cope with the extra passengers expected",
        "over Christmas, the ministry announced.",
    ]
    page = _page([*_FIRST, "Fourth ferry added to", "Gozo crossing", "", *paragraph])
    assert page.articles[-1].headline == "Fourth ferry added to Gozo crossing"
    assert page.articles[-1].paragraphs[0].startswith("A fourth ferry")


def test_fills_prose_under() -> None:
    full = split_lines(
        "A fourth ferry will be added to the Gozo\nChannel crossing from December 18 to\n"
        "cope with the extra passengers expected"
    )
    assert _fills_prose_under(full)
    # (a head that left room for the next word over its story: "Community calendar")
    short = split_lines(
        "Community calendar\nDec. 5: Holiday craft fair, the\nMillbrook hall, 9 a.m."
    )
    assert not _fills_prose_under(short)


# --- a narrow Chinese view: wrapped entries, heads and captions -----------------------------------


def test_a_wrapped_box_entry_is_one_teaser() -> None:
    box = ["今日導讀", "清邁花卉節下週揭幕", "詳見A5版", "泰國隊晉級東南亞盃四", "強", "詳見B1版"]
    page = _parse("\n".join([*_ZH_MASTHEAD, *box, *_ZH_LEAD]))
    teasers = [(a.headline, a.continued_to.page if a.continued_to else None) for a in page.articles]
    assert teasers[:2] == [("清邁花卉節下週揭幕", 5), ("泰國隊晉級東南亞盃四強", 1)]


def test_a_narrow_deck_wrapped_over_a_short_tail_is_one_line() -> None:
    lead = ["央行決策", "泰國央行意外降息一碼", "基準利率降至1.25% 兩", "年來最低", *_ZH_LEAD[4:]]
    page = _parse("\n".join([*_ZH_MASTHEAD, *lead]))
    story = page.articles[-1]
    assert (story.kicker, story.headline) == ("央行決策", "泰國央行意外降息一碼")
    assert (story.subheadline or "").replace(" ", "") == "基準利率降至1.25%兩年來最低"


@pytest.mark.parametrize(
    ("above", "below", "column", "tail"),
    [
        ("基準利率降至1.25% 兩", "年來最低", 22, True),
        ("基準利率降至1.25% 兩", "年來最低", 40, False),  # a wide column wraps no head so
        ("泰國央行意外降息一碼", "基準利率降至", 22, False),  # more than half as wide: a deck
        ("本報具有廿一年的歷史是小型報紙鼻祖銷路普遍", "褚民誼啓事", 22, False),  # wider than it
        ("市民前往曼谷市中心購物。", "交通", 22, False),  # the line above closes
    ],
)
def test_narrow_cjk_tail(above: str, below: str, column: int, tail: bool) -> None:
    lines = split_lines(f"{above}\n{below}")
    assert _narrow_cjk_tail(lines[0], lines[1], column) is tail


def test_a_caption_over_its_credit_after_a_jump_is_no_head() -> None:
    caption = ["（轉A3版）", "泰國央行助理總裁昨日在記", "者會上說明降息理由。", "（本報記者攝）"]
    page = _parse("\n".join([*_ZH_MASTHEAD, *_ZH_LEAD, *caption]))
    last = page.articles[-1]
    assert last.kind == "caption" and last.headline is None
    assert last.credit == "（本報記者攝）"
