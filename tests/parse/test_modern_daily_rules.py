"""A modern daily's house styles (modern25): sentence-case heads over a reporter's byline or a
modern dateline, bylines with a role after a slash or two names, wire datelines with a hyphen,
a contents box under the masthead, a party paper's 今日导读 entries and spaced reporters' names,
a market table's signed figures."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import box_entry, is_byline_line, match_dateline, table_row

LOCAL_DAILY = """The Springfield Ledger-Courier
WEDNESDAY, DECEMBER 2, 2026 • $2.00
INSIDE
Opinion ............ A4
Classifieds ........ B6
County budget gap widens to $4.2 million
Commissioners weigh hiring freeze, fee increases
By DANA WHITFIELD / Staff Writer
SPRINGFIELD — Clark County's budget
shortfall for next year has grown to
$4.2 million, nearly double the figure
given in September.
School board OKs later start times
By LUIS ORTEGA / Staff Writer
Springfield high schools will start
classes at 8:30 a.m. next fall, after
the board voted 5-2 on Monday night.
Library closes early Friday
The Warder Public Library will close
at 2 p.m. Friday for staff training.
"""

WIRE_PAGE = """Oil slips as demand worries outweigh supply cuts
LONDON (Reuters) - Oil prices fell on Tuesday as weak factory
data from Asia revived worries about fuel demand next year.

Automaker to cut 2,000 jobs in Europe
FRANKFURT (Reuters) - German carmaker Rheinwerk said on
Tuesday it would cut about 2,000 jobs at two European plants.

MARKETS AT A GLANCE
Dow 41,235.10 +212.44
S&P 500 5,802.37 +46.61
Nasdaq 18,944.52 +231.90
10-yr Treasury 4.11% -0.03
"""

PARTY_FRONT = """滨江日报
2026年12月2日 星期三
今日导读
全市冬季供暖设施全面启动运行 2版
一图读懂个人养老金新政 7版
我市十项民生实事全面完成年度目标
本报记者 李 明 王晓燕
记者从市政府新闻办获悉，今年我市确定的十
项民生实事项目已全部完成年度目标任务。
把每一件实事办到群众心坎上
本报评论员
岁末年初，既是总结成绩的时候，也是谋划来
年的关键节点。
"""


def _heads(text: str) -> list[str | None]:
    page = parse_page_text(text)
    assert not lost_and_added(text, page)[0]
    return [article.headline for article in page.articles]


def test_a_contents_box_under_the_masthead_gives_teasers_not_furniture() -> None:
    page = parse_page_text(LOCAL_DAILY)
    teasers = [a for a in page.articles if a.kind == ArticleKind.TEASER]
    assert [a.headline for a in teasers] == ["Opinion", "Classifieds"]
    assert [a.continued_to.page for a in teasers if a.continued_to] == [4, 6]
    assert "INSIDE" in page.furniture


def test_sentence_case_heads_over_a_reporters_byline_head_their_stories() -> None:
    page = parse_page_text(LOCAL_DAILY)
    stories = [a for a in page.articles if a.kind != ArticleKind.TEASER]
    first = stories[0]
    assert first.headline == "County budget gap widens to $4.2 million"
    assert first.subheadline == "Commissioners weigh hiring freeze, fee increases"
    assert first.byline == "By DANA WHITFIELD / Staff Writer"
    assert first.dateline == "SPRINGFIELD —"
    assert stories[1].headline == "School board OKs later start times"
    assert stories[1].byline == "By LUIS ORTEGA / Staff Writer"


def test_in_a_modern_block_a_sentence_case_head_over_plain_prose_heads_it() -> None:
    assert _heads(LOCAL_DAILY)[-1] == "Library closes early Friday"


def test_an_older_pages_short_paragraph_opening_stays_prose() -> None:
    # No sentence-case head over a reporter's byline or a modern dateline in the block: a
    # paragraph's first line left short (its indent lost) is no head.
    text = (
        "WAR NEWS OF THE DAY\n"
        "in Champagne, where the Germans stormed and cap-\n"
        "tured a mile of French trenches yesterday.\n"
        "The new movement on the front is much nearer\n"
        "Paris than the scene of operations against Verdun.\n"
    )
    assert "The new movement on the front is much nearer" not in _heads(text)


def test_a_sentence_case_line_over_a_month_named_dateline_is_no_head() -> None:
    text = (
        "PLEADS FOR PREPAREDNESS\n"
        "The President spoke for an hour and the crowd cheered him.\n"
        "The family was returning from Orchard\n"
        "MILWAUKEE, Wis., Jan. 31.—A train struck the wagon at the crossing.\n"
    )
    assert "The family was returning from Orchard" not in _heads(text)


def test_wire_datelines_with_a_hyphen_open_their_stories() -> None:
    page = parse_page_text(WIRE_PAGE)
    by_head = {a.headline: a for a in page.articles}
    assert by_head["Oil slips as demand worries outweigh supply cuts"].dateline == (
        "LONDON (Reuters) -"
    )
    assert by_head["Automaker to cut 2,000 jobs in Europe"].dateline == "FRANKFURT (Reuters) -"


def test_a_market_table_is_its_heads_body() -> None:
    page = parse_page_text(WIRE_PAGE)
    markets = next(a for a in page.articles if a.headline == "MARKETS AT A GLANCE")
    assert markets.paragraphs[0] == "Dow 41,235.10 +212.44"
    assert len(markets.paragraphs) == 4


def test_table_rows_with_signed_changes_term_and_ampersand_labels() -> None:
    assert table_row("Dow 41,235.10 +212.44") == 2
    assert table_row("S&P 500 5,802.37 +46.61") == 2
    assert table_row("10-yr Treasury 4.11% -0.03") == 2
    assert table_row("10 men were hurt 5") == 0


def test_modern_datelines_name_no_month() -> None:
    found = match_dateline("LONDON (Reuters) - Oil prices fell on Tuesday as weak factory data")
    assert found is not None and found.text == "LONDON (Reuters) -"
    found = match_dateline("WASHINGTON (Reuters) - Federal Reserve Governor Ellen Cole said")
    assert found is not None and found.text == "WASHINGTON (Reuters) -"
    # A bare hyphen after a place is no dateline; a dash with capitalised words after it is
    # a head's ("GERMANS ADVANCE — Berlin Says Troops Take Town").
    assert match_dateline("NEW YORK - U.S. stocks closed higher") is None
    assert match_dateline("GERMANS ADVANCE — Berlin Says Troops Take Town") is None


def test_bylines_with_a_role_or_two_names() -> None:
    assert is_byline_line("By DANA WHITFIELD / Staff Writer")
    assert is_byline_line("By MARK ELLISON / Associated Press")
    assert is_byline_line("By Anna Keller and Tom Reyes")
    assert is_byline_line("By John Smith, Staff Writer")
    assert not is_byline_line("By order of the Board")
    assert not is_byline_line("By John Smith, and")


def test_chinese_bylines_with_spaced_names_and_a_commentary_signature() -> None:
    assert is_byline_line("本报记者 李 明 王晓燕")
    assert is_byline_line("本報記者 李 明")
    assert is_byline_line("本报评论员")
    assert is_byline_line("新华社评论员")
    assert not is_byline_line("本报记者 李 明白天")
    assert not is_byline_line("评论员")


def test_a_party_papers_guide_entries_point_to_their_pages() -> None:
    assert box_entry("全市冬季供暖设施全面启动运行 2版") is not None
    entry = box_entry("全国两会特别报道 12版")
    assert entry is not None and entry[0] == "全国两会特别报道" and entry[1].page == 12
    # A sentence's pointer to a page is no entry.
    assert box_entry("本报评论员文章刊登在第 2版") is None
    assert box_entry("详见 3版") is None
    page = parse_page_text(PARTY_FRONT)
    teasers = [a.headline for a in page.articles if a.kind == ArticleKind.TEASER]
    assert teasers == ["全市冬季供暖设施全面启动运行", "一图读懂个人养老金新政"]
    story = next(a for a in page.articles if a.headline == "我市十项民生实事全面完成年度目标")
    assert story.byline == "本报记者 李 明 王晓燕"
    comment = next(a for a in page.articles if a.headline == "把每一件实事办到群众心坎上")
    assert comment.byline == "本报评论员"
    assert comment.paragraphs[0].startswith("岁末年初")
