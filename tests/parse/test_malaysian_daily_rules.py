"""A Malaysian Chinese daily's house style as PaddleOCR gives it (branch zh44, from
own-zh-my-daily, annotated blind): a dateline of place and day in brackets （吉隆坡4日讯）, the
reporter on a line of his own after 报道：, a wire story closed by its agency in brackets
（法新社）, a figures box of rates and gold prices, a guide's entry pointing to a section's page
(财经 B3), and an ad inviting a call with no colon (欢迎来电 03-…). The snippets are our own
wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    box_entry,
    closes_on_contact_line,
    ends_on_cjk_agency,
    figures_box_lines,
    is_agency_tag,
    is_byline_line,
    is_commentary_label,
    is_title_like,
    match_dateline,
    table_row,
)


def test_a_place_and_day_in_brackets_before_xun_is_a_dateline() -> None:
    for dateline in ("（吉隆坡4日讯）", "（布城12日讯）", "（新山廿四日讯）", "（怡保3日讯）"):
        match = match_dateline(dateline + "州政府今日宣布，")
        assert match is not None and match.text == dateline
    # (the place alone, as a Singapore daily sets it, stays one)
    assert match_dateline("（新加坡讯）樟宜机场") is not None
    # A bracketed aside in a sentence names no place and day before 讯.
    assert match_dateline("（详见今日讯息）") is None


def test_a_reporter_named_after_a_role_and_colon_is_a_byline() -> None:
    assert is_byline_line("报道：黄美玲")
    assert is_byline_line("报道:林 伟")  # OCR's half-width colon, a spaced two-character name
    assert is_byline_line("采访：陈志强 李美华")
    assert is_byline_line("报道：黄美玲 摄影：陈国荣")
    assert is_byline_line("報導：黃美玲")
    # A sentence after the colon is no name.
    assert not is_byline_line("报道：政府今日宣布新措施")
    assert not is_byline_line("据报道：")


def test_an_agency_in_brackets_alone_is_a_tag_not_a_title() -> None:
    assert is_agency_tag("（法新社）")
    assert is_agency_tag("（马新社）")
    assert not is_title_like("（法新社）")
    assert ends_on_cjk_agency("（路透社）")
    assert ends_on_cjk_agency("公众可提前上网登记。（马新社）")
    assert not ends_on_cjk_agency("他说（新闻社）的报道有误")
    assert not ends_on_cjk_agency("明天出发（全体）")


def test_a_wire_credit_run_into_a_line_closes_the_story_there() -> None:
    page = parse_page_text(
        "槟城渡轮下月加价\n"
        "（槟城3日讯）槟城渡轮服务从下月\n"
        "起调整票价，成人票起价至2令吉。\n"
        "（马新社）\n"
        "东海岸大雨成灾\n"
        "（关丹3日讯）彭亨州连日大雨，多\n"
        "个县属低洼地区发生水灾，当局已\n"
        "开放疏散中心。（马新社）\n"
        "内阁将检讨电费附加费机制，预计\n"
        "明年初公布结果。\n"
    )
    ferry, flood = page.articles[0], page.articles[1]
    assert ferry.headline == "槟城渡轮下月加价"
    assert ferry.dateline == "（槟城3日讯）"
    assert ferry.byline == "（马新社）"
    assert flood.headline == "东海岸大雨成灾"
    assert flood.byline == "（马新社）"
    assert list(flood.paragraphs) == [
        "彭亨州连日大雨，多个县属低洼地区发生水灾，当局已开放疏散中心。"
    ]


def test_a_figures_boxs_rows_are_table_rows() -> None:
    assert table_row("美元 4.4650") == 2
    assert table_row("人民币 0.6135") == 2
    assert table_row("999金 RM402.50") == 2
    assert table_row("恒生指数 19850.36 +1.25%") == 2
    # A line of prose holds no space before its figure; a head names no decimal rate.
    assert table_row("今年经济增长4.5%") == 0
    assert table_row("记者 王明 2.5") == 0
    assert table_row("油价下周起涨 10") == 0


def test_figures_rows_inside_a_story_are_its_paragraphs_and_a_head_under_them_stands() -> None:
    page = parse_page_text(
        "国家银行今日公布的汇率如下：\n"
        "美元 4.4700\n"
        "新元 3.3150\n"
        "港币 0.5720\n"
        "社论\n"
        "治水须有长远规划\n"
        "每逢雨季，低洼地区便饱受水患之苦，居民怨声\n"
        "载道，治水工程刻不容缓。\n"
    )
    rates, leader = page.articles
    assert list(rates.paragraphs[-3:]) == ["美元4.4700", "新元3.3150", "港币0.5720"]
    assert leader.headline == "治水须有长远规划"


def test_a_guides_entry_may_name_the_section_before_its_page() -> None:
    entry = box_entry("马币兑美元走强 财经 B3")
    assert entry is not None
    title, link = entry
    assert title == "马币兑美元走强" and link.page == 3 and link.text == "财经 B3"
    sport = box_entry("国家队出征亚运 体育 C1")
    assert sport is not None and sport[0] == "国家队出征亚运" and sport[1].text == "体育 C1"
    # A head's last phrase that names no section stays the head's.
    plain = box_entry("颱風逼近 花蓮停班停課 A3")
    assert plain is not None and plain[0] == "颱風逼近 花蓮停班停課"


def test_an_ad_inviting_a_call_without_a_colon_closes_on_its_contact_line() -> None:
    assert closes_on_contact_line("家私城\n年终清货 全场五折\n欢迎来电 03-8765 4321")
    assert closes_on_contact_line("金行周年庆\n请致电 07-223 4567")
    assert closes_on_contact_line("欢迎来电07-2234567")  # the space lost in the join
    assert not closes_on_contact_line("他昨日致电2026年")
    assert not closes_on_contact_line("警方共接获来电 120")


def test_a_commentary_label_heads_the_column_with_the_line_under_it() -> None:
    assert is_commentary_label("社论")
    assert is_commentary_label("江城快评")
    assert is_commentary_label("本報社評")
    assert not is_commentary_label("社论指出政府应加快改革")
    page = parse_page_text(
        "议会明日复会。\n"
        "社论\n"
        "治水须有长远规划\n"
        "每逢雨季，低洼地区便饱\n"
        "受水患之苦，居民怨声载\n"
        "道，治水刻不容缓。\n"
    )
    leader = page.articles[-1]
    assert leader.kicker == "社论"
    assert leader.headline == "治水须有长远规划"
    assert leader.paragraphs[0].startswith("每逢雨季")


def test_a_photographers_line_under_the_reporters_is_the_byline() -> None:
    page = parse_page_text(
        "大马新闻\n"
        "霹雳州新增三个水灾疏散中心\n"
        "报道：李文华\n"
        "摄影:张国强\n"
        "（怡保4日讯）霹雳州政府今日宣布，\n"
        "在近打县增设三个疏散中心，以应付\n"
        "持续大雨可能引发的水灾。\n"
    )
    story = next(a for a in page.articles if a.headline == "霹雳州新增三个水灾疏散中心")
    assert story.byline is not None
    assert story.byline.split() == ["报道：李文华", "摄影:张国强"]
    assert story.dateline == "（怡保4日讯）"
    assert story.credit is None


def test_a_figures_box_is_furniture() -> None:
    lines = [
        "市议会通过预算。",
        "今日汇率",
        "美元 4.4700",
        "新元 3.3150",
        "金价（每克）",
        "999金 RM401.00",
    ]
    assert figures_box_lines(lines) == {1, 2, 3, 4, 5}
    # A market ear's two index rows make one (as own-zh-finance-daily prints it); one row makes
    # none, nor does a label with a stop over rows.
    assert figures_box_lines(
        ["今日行情", "上证指数 3418.62 +0.85%", "深证成指 11206.37 +1.12%"]
    ) == {
        0,
        1,
        2,
    }
    assert figures_box_lines(["汇率", "美元 4.4700", "他说，新元会升。"]) == set()
    assert figures_box_lines(["他说，", "美元 4.4700", "新元 3.3150", "港币 0.5720"]) == set()
    page = parse_page_text(
        "市议会通过明年预算。\n今日汇率\n美元 4.4700\n新元 3.3150\n港币 0.5720\n"
    )
    assert "今日汇率" in page.furniture
    assert all(article.headline != "今日汇率" for article in page.articles)


def test_a_story_cut_at_a_comma_resumes_after_the_brief_read_into_it() -> None:
    page = parse_page_text(
        "国际\n"
        "德国总理宣布提前大选\n"
        "（柏林3日讯）德国总理周三在国会发表\n"
        "讲话，宣布将在明年2月举行提前大选，\n"
        "新山关卡周末延长开放\n"
        "（新山4日讯）新山关卡本周末起延长开\n"
        "放至凌晨2时。（马新社）\n"
        "执政联盟此前已因预算分歧而瓦解。\n"
        "（法新社）\n"
    )
    germany = next(a for a in page.articles if a.headline == "德国总理宣布提前大选")
    assert germany.byline == "（法新社）"
    assert germany.paragraphs[-1].endswith("提前大选，执政联盟此前已因预算分歧而瓦解。")
    brief = next(a for a in page.articles if a.headline == "新山关卡周末延长开放")
    assert brief.byline == "（马新社）"
    assert len(page.articles) == 2


def test_the_reporters_line_may_name_two_and_the_photographer_role() -> None:
    assert is_byline_line("报道：黄美玲、陈志明")
    assert is_byline_line("报道／摄影：黄美玲")
    assert is_byline_line("文：黄美玲 图：陈志明")
    # An interview's question after 记者： is no byline.
    assert not is_byline_line("记者：请问")
    match = match_dateline("（哥打京那巴鲁4日讯）沙巴州政府")
    assert match is not None and match.text == "（哥打京那巴鲁4日讯）"
