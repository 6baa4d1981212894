"""A modern front read by a real OCR engine (the lead's round 48, from own-en-bm-ocr: a page of
our own writing drawn as a picture and read by Tesseract 5, annotated blind): each paragraph
comes as a block of its own, so a paragraph's first line may look like a head over its text.
The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_box_header, is_furniture
from reader.parse.decode import decode_page
from reader.parse.formats.text import _captions_over_stacks
from reader.parse.lines import Block, Line
from reader.parse.reflow import _name_goes_on, block_opens_modern_story, lone_cjk_character

MASTHEAD = ("THE HARBOUR TIMES", "Friday, December 11, 2026", "Vol. 9 No. 77 $1.50")


def _block(*texts: str) -> Block:
    return Block(tuple(Line(number, text, False, 0) for number, text in enumerate(texts, 1)), False)


def _articles(*blocks: tuple[str, ...], masthead: tuple[str, ...] = MASTHEAD) -> list:
    text = "\n\n".join("\n".join(block) for block in (masthead, *blocks)) + "\n"
    return list(parse_page_text(text).articles)


def test_a_paragraph_block_whose_first_line_breaks_a_name_is_no_head() -> None:
    assert _name_goes_on("The new wing at Queen", "Elizabeth Hospital opened on")
    assert _name_goes_on("A sponsored walk from St", "George's to the harbour")
    # (near-misses: a head ending on a name over a sentence's small word or article, or on a
    # word in small letters)
    assert not _name_goes_on("Keep the library open on Sundays", "To the editor: I was sorry")
    assert not _name_goes_on("Fair board meets on Tuesday", "The Clay County Fair Board")
    assert not _name_goes_on("Community calendar", "Dec. 5: Holiday craft fair,")
    arts = _articles(
        ("Clinic hours extended",),
        ("By Dana Smith",),
        (
            "The outpatient clinic at Queen",
            "Elizabeth Hospital will open until",
            "eight in the evening from Monday,",
            "the hospital board said yesterday.",
        ),
        (
            "The board said the longer hours",
            "would cut waiting times for the",
            "island's busiest clinic by half.",
        ),
    )
    [story] = arts
    assert story.headline == "Clinic hours extended"
    assert story.paragraphs[0].startswith("The outpatient clinic at Queen Elizabeth Hospital")


def test_a_head_ending_on_a_name_over_its_story_in_one_block_still_heads_it() -> None:
    arts = _articles(
        ("Clinic hours extended", "By Dana Smith"),
        ("The clinic will open until eight.",),
        (
            "Pool stays shut on Friday",
            "Police said the town pool will",
            "close on Friday while its roof is",
            "repaired after the storm last week.",
        ),
        (
            # (the head narrower than the text under it: a line as wide is the paragraph's
            # first, branch bb48's _fills_prose_under)
            "Letter: Keep the pool open on Sundays",
            "To the editor: I was sorry to read that the council",
            "may close the pool on Sundays to save money this year,",
            "and I hope the members will think again about it.",
        ),
    )
    assert [a.headline for a in arts][-2:] == [
        "Pool stays shut on Friday",
        "Letter: Keep the pool open on Sundays",
    ]


def test_a_line_ending_on_a_title_before_a_name_runs_on_into_it() -> None:
    arts = _articles(
        ("Charity swim raises $12,000",),
        (
            "A sponsored swim from St",
            "David's to the harbour last",
            "weekend raised more than",
            "$12,000 for the hospice.",
        ),
    )
    [brief] = arts
    assert brief.headline == "Charity swim raises $12,000"
    assert brief.subheadline is None
    assert brief.paragraphs[0].startswith("A sponsored swim from St David's")


def test_a_heads_last_line_set_apart_goes_back_into_the_head() -> None:
    arts = _articles(
        ("Clinic hours extended", "By Dana Smith"),
        (
            "The clinic at the hospital will open until",
            "eight in the evening from Monday, the",
            "board said yesterday.",
        ),
        ("Ferry service cut", "back for the"),
        ("winter",),
        ("By Tom Hart",),
        (
            "Ferries between the two towns will run",
            "every hour from January, the ports",
            "department said yesterday.",
        ),
        ("Commuters said the new timetable would", "add up to forty minutes to their", "journeys."),
        ("Harbour fees to rise by a fifth",),
        ("next year",),
        ("Port authority blames repairs",),
        ("By Ann Lee",),
        (
            "Fees for yachts at the harbour will rise",
            "next year, the authority said in a",
            "statement on Thursday.",
        ),
        ("The authority said the money would pay", "for repairs to the north wall."),
    )
    assert [(a.headline, a.subheadline, a.byline) for a in arts][1:] == [
        ("Ferry service cut back for the winter", None, "By Tom Hart"),
        (
            "Harbour fees to rise by a fifth next year",
            "Port authority blames repairs",
            "By Ann Lee",
        ),
    ]


def test_a_line_set_apart_under_a_whole_head_is_not_taken() -> None:
    # (near-misses: the lone line closes a sentence, or opens a capital that is no tail, or
    # the block under it opens nothing)
    arts = _articles(
        ("Harbour fees to rise",),
        ("Yes.",),
        ("By Tom Hart",),
        ("Fees for yachts at the harbour will rise next year, the", "authority said."),
    )
    assert arts[0].headline == "Harbour fees to rise"
    assert "Yes." not in (arts[0].headline or "")


def test_a_name_alone_inside_a_narrow_head_is_the_heads() -> None:
    arts = _articles(
        ("Clinic hours extended", "By Dana Smith"),
        ("The clinic will open until eight.",),
        ("Man charged over", "Warwick", "break-ins"),
        (
            "A 31-year-old man has been charged",
            "with four burglaries in the parish.",
        ),
    )
    assert arts[-1].headline == "Man charged over Warwick break-ins"
    assert arts[-1].paragraphs[0].startswith("A 31-year-old man")


def test_a_contents_entry_whose_page_closes_its_first_line() -> None:
    arts = _articles(
        ("INSIDE",),
        ("Opposition sets out its 4", "budget plan"),
        ("Gombey troupe 7", "honoured in London"),
        ("Sport: Bermuda beat 22", "Cayman 2-0"),
        ("Clinic hours extended", "By Dana Smith"),
        ("The clinic will open until eight in the evening from Monday.",),
    )
    teasers = [(a.headline, a.continued_to.page) for a in arts if a.kind == "teaser"]
    assert teasers == [
        ("Opposition sets out its budget plan", 4),
        ("Gombey troupe honoured in London", 7),
        ("Sport: Bermuda beat Cayman 2-0", 22),
    ]


def test_a_list_set_line_under_line_keeps_each_entry_whole() -> None:
    # (near-miss: entries set line under line with no blank line between; the line with no
    # page under an entry is the next entry's first line, as before)
    arts = _articles(
        ("INSIDE", "Budget vote delayed 4", "Opposition sets out its", "spending plan 6"),
        ("Clinic hours extended", "By Dana Smith"),
        ("The clinic will open until eight in the evening from Monday.",),
    )
    teasers = [a.headline for a in arts if a.kind == "teaser"]
    assert "Budget vote delayed" in teasers
    assert not any(t.startswith("Budget vote delayed Opposition") for t in teasers)


_LEAD_TEXT = (
    (
        "The outpatient clinic at the island's",
        "hospital will open until eight in the",
        "evening from Monday, the board said.",
    ),
    ("The board said the longer hours would", "cut waiting times by half this winter."),
)


def test_a_caption_read_between_a_deck_and_the_byline_is_no_stack_of_its_own() -> None:
    arts = _articles(
        ("Clinic to open late as new", "nurses arrive"),
        ("Six recruits start work on Monday",),
        ("Nurses from Canada are shown round the clinic's new wing at the hospital",),
        ("yesterday.",),
        ("By Dana Smith",),
        *_LEAD_TEXT,
    )
    caption, story = arts
    assert (story.headline, story.subheadline, story.byline) == (
        "Clinic to open late as new nurses arrive",
        "Six recruits start work on Monday",
        "By Dana Smith",
    )
    assert caption.headline is None and caption.kicker is None
    assert caption.paragraphs[0].startswith("Nurses from Canada")


def test_a_standfirst_or_a_caption_under_another_story_is_not_moved() -> None:
    # (near-misses: no deck above the sentence, which is the head's standfirst; and a stack
    # under another story's text, where the caption would run on into that story)
    def blocks(*texts: tuple[str, ...]) -> list[Block]:
        return [_block(*lines) for lines in texts]

    standfirst = blocks(
        ("Clinic to open late as new", "nurses arrive"),
        ("Six recruits from Canada will start work at the hospital on Monday.",),
        ("By Dana Smith",),
        *_LEAD_TEXT,
    )
    opens = [block_opens_modern_story(block) for block in standfirst]
    assert opens[2]
    assert _captions_over_stacks(standfirst, opens)[0] == standfirst
    lower = blocks(
        ("Ferry fares will stay the same next year, the", "ports department said."),
        ("Clinic to open late as new", "nurses arrive"),
        ("Six recruits start work on Monday",),
        ("Nurses from Canada are shown round the clinic's new wing.",),
        ("By Dana Smith",),
        *_LEAD_TEXT,
    )
    opens = [block_opens_modern_story(block) for block in lower]
    assert _captions_over_stacks(lower, opens)[0] == lower
    top = lower[1:]
    moved = _captions_over_stacks(top, [block_opens_modern_story(block) for block in top])[0]
    assert moved == [top[2], top[0], top[1], *top[3:]]


def test_a_bodys_line_naming_it_owner_and_publisher_at_once_is_furniture() -> None:
    assert is_furniture("东海市教育局主管主办", None, 1)
    assert is_furniture("交通运输部主管", None, 1)
    # (near-misses: a head naming a post, a line of text)
    assert not is_furniture("公司新任主管主办", None, 1)
    assert not is_furniture("记者采访了该局主管主办", None, 1)


def test_chinese_characters_alone_on_their_lines_are_ocr_debris() -> None:
    assert lone_cjk_character("策") and not lone_cjk_character("策。")
    assert not lone_cjk_character("会议") and not lone_cjk_character("A")
    text = (
        "东海教育报\n2026年12月12日 星期六\n\n本报评论员文章\n\n让每个孩子都有出彩的机会\n\n"
        "课后服务全覆盖，是“双减”政策落地见效的一个缩影。它回应的，是家长的现实烦恼。\n\n"
        "办好课后服务，关键在质量。学校要把有限的时间用在学生真正需要的地方。\n\n策\n是\n\n坊\n\n"
        "本报评论员\n\n首批智慧校园示范校名单公布\n\n"
        "本报讯 市教育局日前公布首批智慧校园示范校名单，东海中学等25所学校入选。\n"
    )
    page = parse_page_text(text)
    heads = [a.headline for a in page.articles]
    assert "策是" not in heads and "策是坊" not in heads
    assert "首批智慧校园示范校名单公布" in heads
    assert {"策", "是", "坊"} <= set("".join(page.unplaced))
    # (near-miss: a head's last character wrapped under it stays the head's)
    text = (
        "东海教育报\n2026年12月12日 星期六\n\n让每个孩子都有出彩的机\n会\n\n"
        "课后服务全覆盖，是“双减”政策落地见效的一个缩影。它回应的，是家长的现实烦恼。\n"
    )
    assert parse_page_text(text).articles[0].headline == "让每个孩子都有出彩的机会"


def test_a_chinese_daily_abroads_edition_price_and_box_label_are_furniture() -> None:
    assert is_furniture("悉尼版 第8841期", None, 40)
    assert is_furniture("每份2.00澳元 (含消費稅)", None, 40)
    assert is_furniture("每份3加元", None, 40)
    assert is_box_header("要聞提要") and is_box_header("新闻提要")
    # (near-misses: a sentence naming an issue or a price, a head with 提要)
    assert not is_furniture("全市推出新版第3期培训", None, 40)
    assert not is_furniture("牛肉每份漲到20澳元", None, 40)
    assert not is_box_header("本报记者提要求")


def test_a_tesseract_chinese_lead_read_with_ascii_stops_keeps_its_head() -> None:
    text = (
        "南十字星日報\n2026年12月12日 星期六\n\n新州急症室候診時間\n創三年來最短\n\n"
        "州衛生廳:新增五百名護士見效\n\n【本報訊】\n新州衛生廳昨日公布,今\n"
        "年第三季度全州公立醫院急症\n室病人的平均候診時間為二十\n三分鐘,是三年來最短。\n"
    )
    # (as a file is read: decode_page sets the full-width marks the rules read)
    [lead] = parse_page_text(decode_page(text.encode())).articles
    assert (lead.headline, lead.subheadline, lead.byline) == (
        "新州急症室候診時間創三年來最短",
        "州衛生廳：新增五百名護士見效",
        "【本報訊】",
    )
