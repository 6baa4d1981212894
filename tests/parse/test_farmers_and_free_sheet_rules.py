"""A western province's farmers' paper and a Hong Kong free morning sheet (branch zh48, from
own-zh-farmers-daily, as PaddleOCR gives it, 63.1 % of fields blind on version 39, and
own-hant-hk-freesheet, Tesseract's blocks, 79.7 % blind): guide entries naming their page
first, head stacks the lead tells as two clauses, bylines of a town's report and of a
reporter's work, captions closed by their photographer, price rows, a data box's title, Q&As,
signatures at the end, boxes of briefs, the Observatory's ear and an ad's firm. Each rule has
near misses that must not fire. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    box_entry,
    cjk_data_row_paragraph,
    is_byline_line,
    is_furniture,
    is_signature,
    is_title_like,
    match_byline_lead,
    opens_qa_item,
    page_first_entry,
    split_closing_credit,
    table_row,
    trailing_signature,
)
from reader.parse.lines import Line
from reader.parse.reflow import _firm_over_ad


def _single(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _blocks(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


# --- guide entries --------------------------------------------------------------------------


def test_a_guide_entry_may_name_its_page_first_before_a_bar() -> None:
    entry = page_first_entry("3版 | 冬油菜田间管理正当时")
    assert entry is not None and entry[0] == "冬油菜田间管理正当时"
    assert entry[1].page == 3 and "3版" in entry[1].text
    entry = box_entry("A5｜返鄉青年的直播間")
    assert entry is not None and entry[0] == "返鄉青年的直播間" and entry[1].page == 5


def test_a_line_opening_on_figures_and_a_bar_is_no_entry_otherwise() -> None:
    for line in (
        "3版 | 全省已建成高标准农田92万亩。",  # a sentence, closed by its stop
        "2026 | 年度回顾",  # a year, no page
        "12月3日 | 汉台区",  # a date
        "A5 | Local news",  # no Chinese head
        "全省推行行政复议 3版",  # the page after the head: _BOX_ENTRY's own form
    ):
        assert page_first_entry(line) is None, line


def test_a_guide_entry_may_close_on_a_percentage_before_its_page() -> None:
    entry = box_entry("▶第三季本地生產總值增2.1% A10")
    assert entry is not None and entry[0] == "第三季本地生產總值增2.1%" and entry[1].page == 10
    assert box_entry("全年增长12% 第3版") is None  # (第 before the page: a sentence's pointer)


# --- head stacks ----------------------------------------------------------------------------


def test_two_head_lines_the_lead_tells_as_two_clauses_stay_head_and_deck() -> None:
    page = parse_page_text(
        _single(
            "抓好冬春农田水利建设",
            "今冬明春新建改造高标准农田86万亩",
            "整治小型水利设施1.2万处",
            "项目区粮食亩均增产约50公斤",
            "本报安康讯（记者 吴 敏 通讯员 孙立新）12月4日，全省冬",
            "春农田水利建设现场推进会召开。今冬明春全省计划新建和改造",
            "高标准农田86万亩，整治小型水利设施1.2万处。",
        )
    )
    story = page.articles[0]
    assert story.kicker == "抓好冬春农田水利建设"
    assert story.headline == "今冬明春新建改造高标准农田86万亩"
    assert story.subheadline == "整治小型水利设施1.2万处\n项目区粮食亩均增产约50公斤"
    assert story.byline == "本报安康讯（记者 吴 敏 通讯员 孙立新）"


def test_a_head_broken_where_the_lead_runs_on_is_still_one_headline() -> None:
    # (near miss: the lead prints the seam with no clause mark, "第二次全体会议")
    page = parse_page_text(
        _single(
            "全国科技工作会议第二次",
            "全体会议在京举行",
            "本报讯（记者 张 伟）全国科技工作会议第二次全体会议3日在京",
            "举行，会议听取了有关工作报告。",
        )
    )
    assert page.articles[0].headline == "全国科技工作会议第二次全体会议在京举行"


# --- bylines and credits --------------------------------------------------------------------


def test_a_town_report_and_a_reporters_work_are_bylines() -> None:
    lead = match_byline_lead("本报安康讯（记者 吴 敏 通讯员 孙立新）12月4日，全省…")
    assert lead is not None
    assert is_byline_line("本报记者 何 芳 文/图")
    assert is_byline_line("本报记者 何芳 文并摄")
    assert is_byline_line("記者：陳嘉欣")


def test_a_town_named_in_a_sentence_or_an_interviews_question_is_no_byline() -> None:
    assert match_byline_lead("本报安康讯息显示，全省…") is None  # (no reporter in brackets)
    for line in ("记者：请问", "记者：您好", "記者：這個政策怎樣", "本报记者何芳文章指出"):
        assert not is_byline_line(line), line


def test_a_captions_credit_run_in_after_a_space() -> None:
    split = split_closing_credit("为明年春播做准备。 本报记者 吴 敏 摄")
    assert split == ("为明年春播做准备。", "本报记者 吴 敏 摄")
    split = split_closing_credit("正在采摘茶叶。 通讯员 李明 摄")
    assert split is not None and split[1] == "通讯员 李明 摄"


def test_a_sentence_ending_on_she_is_no_credit_run_in() -> None:
    for text in (
        "他说，这张照片是在去年拍摄",  # no stop and no space before a role
        "记者近日在现场拍摄。",  # a sentence about shooting
        "本报记者 吴 敏 摄",  # the credit alone: its own line's
    ):
        assert split_closing_credit(text) is None, text


# --- data boxes -----------------------------------------------------------------------------


def test_a_price_by_weight_is_a_data_rows_figure() -> None:
    assert table_row("大白菜 0.80元/斤") == 2
    assert table_row("生猪 7.20元/公斤") == 2
    assert cjk_data_row_paragraph("大白菜0.80元/斤")
    for line in ("全年生猪出栏120万头", "每斤0.80元的大白菜卖得很好", "他买了三斤"):
        assert table_row(line) == 0, line


def test_a_data_box_title_over_two_lines_under_its_label_is_one_headline() -> None:
    page = parse_page_text(
        _single(
            "我省全面推行冬季农田管护制度，确保管护经费落实到位，",
            "各县区要加快进度。",
            "价格行情",
            "汉中农产品批发市场",
            "12月4日部分品种价格",
            "大白菜 0.80元/斤",
            "土豆 1.35元/斤",
            "生猪 7.20元/斤",
            "数据来源：汉中市农业农村局",
        )
    )
    box = next(a for a in page.articles if a.kicker == "价格行情")
    assert box.headline == "汉中农产品批发市场12月4日部分品种价格"
    assert box.subheadline is None
    assert ["".join(p.split()) for p in box.paragraphs[:2]] == ["大白菜0.80元/斤", "土豆1.35元/斤"]
    assert box.credit == "数据来源：汉中市农业农村局"
    assert box.kind == "story"  # (a data box credits its source: news, no ad's prices)


def test_a_price_list_with_no_source_under_a_shops_name_stays_an_ad() -> None:
    page = parse_page_text(
        _single(
            "我省全面推行冬季农田管护制度，确保管护经费落实到位。",
            "秦巴种业",
            "脱毒种薯 产量高 抗病强",
            "现货供应 送货上门",
            "联系电话：0916-2345678",
        )
    )
    assert page.articles[-1].kind == "notice"


# --- Q&As -----------------------------------------------------------------------------------


def test_a_qa_line_is_no_title_and_the_question_over_it_heads_it() -> None:
    assert opens_qa_item("问：今年的补贴什么时候发放？")
    assert opens_qa_item("答：各县区将在12月底前发放。")
    assert not is_title_like("问：今年的耕地地力保护补贴什")
    assert not opens_qa_item("问题清单")  # (no colon: a word)
    assert is_title_like("耕地地力保护补贴怎么领？")
    page = parse_page_text(
        _single(
            "政策问答",
            "耕地地力保护补贴怎么领？",
            "问：今年的耕地地力保护补贴什",
            "么时候发放？",
            "答：省财政厅近日下达资金，各县",
            "区将在12月底前直接发放到户。",
            "（本报记者 何 芳 整理）",
        )
    )
    story = page.articles[0]
    assert story.kicker == "政策问答" and story.headline == "耕地地力保护补贴怎么领？"
    assert story.paragraphs[0] == "问：今年的耕地地力保护补贴什么时候发放？"
    assert story.byline == "（本报记者 何 芳 整理）"


def test_a_question_in_prose_over_a_qa_line_is_no_head() -> None:
    # (near miss: the question runs on from the line above, which closes no sentence)
    page = parse_page_text(
        _single(
            "村民们最关心的是补贴到底",
            "什么时候发放？",
            "问：今年的补贴什么时候发放？",
            "答：12月底前发放到户。",
        )
    )
    assert all(a.headline != "什么时候发放？" for a in page.articles)


# --- signatures and bylines at the end ------------------------------------------------------


def test_a_columnist_signs_at_the_end_with_his_post() -> None:
    assert is_signature("周 平（作者系安康市委党校教授）")
    assert is_signature("梁家朗 嶺南大學公共政策系講師")
    assert is_signature("（本报记者 何 芳 整理）")
    assert is_signature("（何芳 整理）")
    assert is_signature("（李 晨）")


def test_a_name_and_a_place_or_a_serials_mark_is_no_signature() -> None:
    for line in (
        "本报记者 何 芳",  # (a byline line, read as one above the text)
        "张三 教授",  # a post of one word is no post after an affiliation
        "王小明 台北市民",  # no post word
        "李 明 北京大学",  # an institution, no post
        "（待续）",
        "（二）",
        "（十二）",
        "（上）",
    ):
        assert not is_signature(line), line


def test_a_writers_name_or_a_round_up_closing_a_brief_is_its_byline() -> None:
    assert trailing_signature("在平利县建成投用。（王 蕾）") == "（王 蕾）"
    assert trailing_signature("呼籲市民盡快接種疫苗。（綜合報道）") == "（綜合報道）"
    for text in (
        "故事讲到这里。（待续）",
        "第一部分到此。（二）",
        "全文如上。（完）",
        "增长了一倍。（据统计）",
        "市民排队。（資料圖）",
    ):
        assert trailing_signature(text) is None, text


def test_a_briefs_label_parts_its_first_marked_item_from_the_story_above() -> None:
    page = parse_page_text(
        _single(
            "全国冬小麦播种面积稳定",
            "据新华社北京12月4日电 农业农村部4日发布消息，今年全国秋冬种",
            "进展顺利，冬小麦播种面积稳定在3.3亿亩以上。",
            "乡村简讯",
            "■近日，汉中市农技推广站组",
            "织专家深入10个县区，开展小",
            "麦冬前病虫害防治技术指导。",
            "（李 晨）",
            "■日前，安康市首个富硒茶叶",
            "电商直播基地在平利县建成投",
            "用。（王 蕾）",
        )
    )
    bylines = [a.byline for a in page.articles]
    assert "（李 晨）" in bylines and "（王 蕾）" in bylines
    assert page.articles[0].paragraphs[-1].endswith("3.3亿亩以上。")


def test_a_marked_point_of_a_story_under_no_label_stays_in_it() -> None:
    page = parse_page_text(
        _single(
            "全省推进农田建设",
            "本报讯（记者 吴 敏）全省今冬明春将重点抓好三项工作：",
            "■加快建设高标准农田，完善灌",
            "排设施。",
            "■推行田长制，落实管护责任。",
        )
    )
    assert len([a for a in page.articles if a.kind != "teaser"]) == 1


# --- a Hong Kong sheet's furniture, captions and ads ---------------------------------------


def test_the_observatorys_ear_and_a_cantonese_qr_line_are_furniture() -> None:
    for line in (
        "天文台預測：大致天晴 清晨稍涼",
        "16°C – 22°C 相對濕度 50 – 75%",
        "掃碼睇片",
        "掃碼睇直播",
        "秦巴省农业农村厅主管 秦巴农民报社出版",
    ):
        assert is_furniture(line), line
    for line in (
        "天文台預測，明日氣溫將下降，市民應注意保暖。",
        "掃碼睇片的市民越來越多，當局表示歡迎。",
        "本报社出版了一本新书",
        # (a head quoting the Observatory is news, not its ear: the lead, at the merge)
        "天文台：今年颱風季提早結束",
        "天文台預測：颱風季提早結束",
    ):
        assert not is_furniture(line), line


def test_a_marked_caption_closed_by_its_credit_is_no_box_head() -> None:
    page = parse_page_text(
        _blocks(
            ("▲市民昨日在沙田房委會客務中", "心查詢新居屋申請詳情。（黃志", "明攝）"),
            ("冬季流感高峰提早來臨",),
            ("衞生防護中心表示，本港流感活躍程度急升。",),
        )
    )
    caption = page.articles[0]
    assert caption.kind == "caption" and caption.headline is None
    assert caption.credit == "（黃志明攝）"


def test_a_marked_head_over_its_items_text_is_still_a_head() -> None:
    page = parse_page_text(
        _single(
            "財經快訊",
            "▲台股ETF受益人數破千萬",
            "證交所統計，國內ETF受益人數11月底突破",
            "1,000萬人，創歷史新高。（記者李佩珊）",
        )
    )
    assert any(a.headline == "台股ETF受益人數破千萬" for a in page.articles)


def test_a_firms_name_over_a_contact_line_heads_its_ad() -> None:
    page = parse_page_text(
        _blocks(
            ("●維園年宵市場下月抽籤", "食環署公布，年宵市場攤位將於下月12日抽籤。"),
            ("港景物業管理有限公司", "誠聘 保安員（日／夜更）", "有意者請致電 2345 6789"),
        )
    )
    assert page.articles[-1].headline == "港景物業管理有限公司"
    assert page.articles[-1].kind == "notice"
    assert len(page.articles[-1].paragraphs) == 2  # (each display line a paragraph)


def test_a_firm_named_over_no_contact_line_or_inside_a_block_is_no_ads_head() -> None:
    def lines(*texts: str) -> list[Line]:
        return [Line(k + 1, text, False, 0) for k, text in enumerate(texts)]

    for block in (
        lines("港景物業管理有限公司", "昨日宣布，旗下屋苑明年起加強保安。"),  # no contact line
        lines("昨日多名住戶投訴管理公司", "港景物業管理有限公司", "有意者請致電 2345 6789"),
        lines("本港多間物業管理公司，", "有意者請致電 2345 6789"),  # a sentence's line
    ):
        flags = [False] * len(block)
        _firm_over_ad(block, flags)
        assert flags == [False] * len(block), block[0].text
    block = lines("港景物業管理有限公司", "誠聘 保安員", "有意者請致電 2345 6789")
    flags = [False] * len(block)
    _firm_over_ad(block, flags)
    assert flags == [True, True, False]  # (the ad's display line between: a line of its own)
