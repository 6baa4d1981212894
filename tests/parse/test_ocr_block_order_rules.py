"""Real OCR's block order (branch ocr49, issue 9): what Tesseract's `--psm 3` reading of a page
with a boxed story set into another's columns, a photo across columns and a briefs column
breaks, each rule with the near misses that must not fire."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.formats.text import (
    _credits_to_captions,
    _cut_by_column,
    _kickers_over_heads,
    _resume_cut_columns,
)
from reader.parse.lines import Block, Line
from reader.parse.masthead import is_masthead_line

_MASTHEAD = "The Rock Courier\n\nFRIDAY, DECEMBER 11, 2026\n\n"


def _block(*texts: str, start: int = 1) -> Block:
    lines = tuple(Line(n, t, False, 1, len(t)) for n, t in enumerate(texts, start))
    return Block(lines, False, False)


def _firsts(blocks: list[Block]) -> list[str]:
    return [block.lines[0].text for block in blocks]


# --- a one-line sentence's rest, and a foot already resumed ---


def test_a_one_line_rest_closing_its_sentence_goes_on_from_a_cut_column() -> None:
    foot = _block(
        "The trial will be reviewed at",
        "the end of April. Motorcycles",
        "and lorries will continue to use",
    )
    assert _cut_by_column(foot, _block("the staffed booths."))
    # near misses: one word, or one line closing no sentence, is a scrap; a capital opens a
    # sentence of its own
    assert not _cut_by_column(foot, _block("ten"))
    assert not _cut_by_column(foot, _block("the staffed booths"))
    assert not _cut_by_column(foot, _block("The staffed booths."))


def test_a_rest_skips_a_foot_already_resumed_under_it() -> None:
    cut = _block(
        "The car park was built in",
        "2005, when the hospital moved",
        "Ramp, and has 450 spaces. It is",
    )
    head = _block("School pool reopens after repairs")
    byline = _block("By Maria Linares")
    foot = _block(
        "The swimming pool at Bayside",
        "after a year of repairs to its",
        "roof and heating, and lessons for",
    )
    resumed = _block("primary pupils will start again in", "January.")
    closed = _block(
        "The pool closed last December", "when water was found leaking", "the department said."
    )
    rest = _block("used by about 2,000 cars a day.")
    blocks = [cut, head, byline, foot, resumed, closed, rest]
    assert _firsts(_resume_cut_columns(blocks)) == _firsts(
        [cut, rest, head, byline, foot, resumed, closed]
    )
    # near miss: the rest closes no sentence on its one line: nothing moves
    scrap = _block("used by about")
    assert _resume_cut_columns([*blocks[:-1], scrap])[-1] is scrap


# --- a photo's credit read inside a cut paragraph closes the caption set across columns ---


_CAPTION = "Drivers pass through the new automatic lanes at the frontier on Thursday"


def _lead_with_caption(caption: str) -> list[Block]:
    return [
        _block(
            "The Minister for Transport,",
            "Peter Calderon, said the first",
            "week had gone well, he said.",
        ),
        _block(caption),
        _block("morning."),
        _block(
            "About 15,000 people cross the",
            "frontier to work each day. A",
            "business group said so.",
        ),
        _block(
            "The trial will be reviewed at",
            "the end of April. Motorcycles",
            "and lorries will continue to use",
        ),
        _block("Photo: Sarah Bossino"),
        _block("the staffed booths."),
        _block("Hospital car park to close for six weeks"),
    ]


def test_a_credit_inside_a_cut_paragraph_closes_the_wide_caption_above() -> None:
    moved = _credits_to_captions(_lead_with_caption(_CAPTION))
    assert _firsts(moved) == [
        "The Minister for Transport,",
        "About 15,000 people cross the",
        "The trial will be reviewed at",
        "the staffed booths.",
        _CAPTION,
        "Hospital car park to close for six weeks",
    ]
    assert [line.text for line in moved[4].lines] == [_CAPTION, "morning.", "Photo: Sarah Bossino"]


def test_a_credit_with_no_wide_caption_or_no_rest_stays() -> None:
    # near misses: a caption no wider than the column; a credit under a closed paragraph
    narrow = _lead_with_caption("Drivers at the frontier on")
    assert _credits_to_captions(narrow) == narrow
    closed = _lead_with_caption(_CAPTION)
    closed[4] = _block(
        "The trial will be reviewed at", "the end of April. Motorcycles", "and lorries will use it."
    )
    assert _credits_to_captions(closed) == closed


# --- a kicker over another column's cut prose over its head ---


def test_a_kicker_over_cut_prose_over_a_head_and_byline_heads_its_stack() -> None:
    kicker = _block("EDUCATION")
    prose = _block(
        "The car park was built in",
        "2005, when the hospital moved",
        "Ramp, and has 450 spaces. It is",
    )
    head = _block("School pool reopens after repairs")
    byline = _block("By Maria Linares")
    above = _block(
        "Residents said they feared", "visitors would park in", "their streets, they said."
    )
    assert _firsts(_kickers_over_heads([above, kicker, prose, head, byline])) == _firsts(
        [above, prose, kicker, head, byline]
    )
    # near misses: the prose closes its sentence (the kicker's own text); no byline under
    # the head
    closed = _block(
        "The car park was built in",
        "2005, when the hospital moved",
        "Ramp, and has 450 spaces now.",
    )
    assert _kickers_over_heads([above, kicker, closed, head, byline])[1] is kicker
    text = _block(
        "The pool closed last December", "when water was found leaking", "and the roof was"
    )
    assert _kickers_over_heads([above, kicker, prose, head, text])[1] is kicker


def test_a_kicker_read_apart_from_its_head_is_still_its_kicker() -> None:
    page = parse_page_text(
        _MASTHEAD + "Hospital car park to close for six weeks\n\nBy Liam Ferrary\n\n"
        "The main car park at St\nBernard's Hospital will close on\nJanuary 11 for six weeks, "
        "the\nauthority said yesterday.\n\n"
        "EDUCATION\n\n"
        "The car park was built in\n2005, when the hospital moved\nfrom its old site on "
        "Hospital\nRamp, and has 450 spaces. It is\n\n"
        "School pool reopens after repairs\n\nBy Maria Linares\n\n"
        "The swimming pool at the school\nreopened on Wednesday after a year\nof repairs to "
        "its roof and heating.\n\n"
        "used by about 2,000 cars a day.\n"
    )
    car, pool = page.articles
    assert car.headline == "Hospital car park to close for six weeks"
    assert car.paragraphs[-1].endswith("It is used by about 2,000 cars a day.")
    assert (pool.kicker, pool.headline) == ("EDUCATION", "School pool reopens after repairs")


# --- a block under a byline alone under a head is its story's text ---


def test_a_block_under_a_byline_under_a_head_opens_on_prose() -> None:
    page = parse_page_text(
        _MASTHEAD + "School pool reopens after repairs\n\nBy Maria Linares\n\n"
        "The swimming pool at Bayside\nSchool reopened on Wednesday\n"
        "after a year of repairs to its roof\nand heating, the department said.\n"
    )
    (story,) = page.articles
    assert story.headline == "School pool reopens after repairs"
    assert story.subheadline is None
    assert story.paragraphs[0].startswith("The swimming pool at Bayside School reopened")


# --- a briefs label over its first brief's head ---


_TALKS = (
    "Talks on airport road tunnel resume\n\nBy Nadia Cruz\n\n"
    "Officials from Gibraltar and\nSpain met in Algeciras on\nWednesday to discuss the tunnel.\n\n"
)
_BRIEF = (
    "Christmas lights switched on\nThe Christmas lights in Main\n"
    "Street were switched on last\nnight by pupils of St Anne's.\n"
)


def test_a_block_under_a_briefs_label_opens_on_its_first_head() -> None:
    page = parse_page_text(_MASTHEAD + _TALKS + "IN BRIEF\n\n" + _BRIEF)
    talks, brief = page.articles
    assert talks.headline == "Talks on airport road tunnel resume"
    assert brief.headline == "Christmas lights switched on"
    assert brief.paragraphs[0].startswith("The Christmas lights in Main Street")
    assert "IN BRIEF" in page.furniture
    # near miss: with no label the line ending on a small word runs on as before
    (alone,) = parse_page_text(_MASTHEAD + _TALKS + _BRIEF).articles
    assert alone.paragraphs[-1].startswith("Christmas lights switched on The Christmas")


# --- an issue's number and named price on one line ---


def test_an_issue_number_and_its_named_price_are_masthead_furniture() -> None:
    assert is_masthead_line("No. 18,402 Price 90p", 3)
    assert is_masthead_line("No. 18,402 PRICE £1.20", 3)
    # near misses: below the masthead's lines; a price with no issue; a list's number
    assert not is_masthead_line("No. 18,402 Price 90p", 40)
    assert not is_masthead_line("Price 90p", 3)
    assert not is_masthead_line("No. 5 Price list follows", 3)


# --- Chinese: a byline read at the top of the column beside; a kicker's cut rest ---


def test_a_chinese_byline_over_prose_going_on_goes_back_to_its_story() -> None:
    from reader.parse.formats.text import _cjk_bylines_over_rests

    deck = _block("今年秋季学期参与学生超过四十万人")
    first = _block(
        "记者从市教育局获悉，今年秋季", "学期起，全市所有公办中小学均已开", "占在校生总数的92%。"
    )
    second = _block("课后服务时间一般为放学后至17", "时30分，内容包括作业辅导。")
    cut = _block("市教育局有关负责人介绍，全市")
    caption = _block("12月10日，东海市实验小学")
    byline_block = _block(
        "本报记者 王晓燕 通讯员陈立", "共有2.3万名教师参与课后服务，另从", "足的问题。"
    )
    moved = _cjk_bylines_over_rests([deck, first, second, cut, caption, byline_block])
    assert [b.lines[0].text for b in moved] == [
        "今年秋季学期参与学生超过四十万人",
        "本报记者 王晓燕 通讯员陈立",
        "记者从市教育局获悉，今年秋季",
        "课后服务时间一般为放学后至17",
        "市教育局有关负责人介绍，全市",
        "共有2.3万名教师参与课后服务，另从",
        "12月10日，东海市实验小学",
    ]
    # near misses: a long column foot cut so finds its rest below (_resume_cut_cjk_columns);
    # a photo credit over its caption's last line; a cut under no prose
    foot = _block("据市轨道交通集团介绍，北延段全长", "11.6公里，工程于2022年开工，", "市民，沿线")
    kept = [deck, first, foot, caption, byline_block]
    assert _cjk_bylines_over_rests(kept) == kept
    credit = _block("本报记者李明摄", "学生在课后服务时间参加科技兴趣活动，")
    assert _cjk_bylines_over_rests([deck, first, second, cut, credit]) == [
        deck,
        first,
        second,
        cut,
        credit,
    ]
    alone = [deck, cut, caption, byline_block]
    assert _cjk_bylines_over_rests(alone) == alone


def test_a_chinese_title_closing_an_unopened_quote_is_its_kickers_rest() -> None:
    from reader.parse.assemble import _closes_unopened_quote

    assert _closes_unopened_quote("双减”政策办好家门口的学校")
    # near misses: a quotation opened and closed; no quotation
    assert not _closes_unopened_quote("落实“双减”政策办好家门口的学校")
    assert not _closes_unopened_quote("全市中小学课后服务实现全覆盖")
