"""A western province's legal daily and a Taiwan financial daily (branch zh47, from
own-zh-legal-daily, as PaddleOCR gives it, 53.6 % of fields blind on version 38, and
own-hant-tw-finance, an e-paper, 63.0 % blind): their guide entries, ears, editors' lines,
QR-code lines, market rows, jumps, bylines, boxes of briefs, data boxes, commentaries and head
stacks. Each rule has near misses that must not fire. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import _title_dirt
from reader.parse.classify import (
    box_entry,
    figures_box_lines,
    is_briefs_label,
    is_byline_line,
    is_commentary_label,
    is_credit,
    is_furniture,
    is_signature,
    is_source_credit,
    match_continuation,
    table_row,
    trailing_signature,
)


def _single(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _epaper(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# --- guide entries --------------------------------------------------------------------------


def test_a_guide_entry_points_after_jian_and_after_a_list_mark() -> None:
    entry = box_entry("全省推行行政复议“一站式”受理 见2版")
    assert entry is not None and entry[0] == "全省推行行政复议“一站式”受理"
    assert entry[1].page == 2
    entry = box_entry("▸晶圓代工擴大高雄投資 供應鏈受惠……A3")
    assert entry is not None and entry[0] == "晶圓代工擴大高雄投資 供應鏈受惠"
    assert entry[1].page == 3
    entry = box_entry("基层调解员马秀兰的一天 詳見4版")
    assert entry is not None and entry[0] == "基层调解员马秀兰的一天"


def test_a_sentence_pointing_to_a_page_is_no_guide_entry() -> None:
    for line in ("相关报道见2版", "有关情况刊登在 见2版", "▸ 全文见2版。"):
        entry = box_entry(line)
        assert entry is None or not entry[0].endswith(("见", "在")), line


# --- furniture ------------------------------------------------------------------------------


def test_ears_editors_and_qr_lines_are_furniture() -> None:
    for line in (
        "兰州 晴 -8℃～4℃ 西北风3级",
        "台北 多雲時晴 17～22℃",
        "责任编辑 赵 敏 美编 孙 悦 校对 周 平",
        "責任編輯 許雅婷 美術編輯 鄭宇翔",
        "扫码看视频",
        "扫描二维码阅读全文",
        "掃描QR Code 看記者會影音",
        "掃碼觀看完整報導",
    ):
        assert is_furniture(line), line


def test_lines_of_news_like_them_are_not_furniture() -> None:
    for line in (
        "扫码支付已覆盖全市，市民出行更便捷",
        "扫码点餐成为餐饮业新常态",
        "责任编辑赵敏表示",
        "兰州 晴转多云",
        "西北风3级的天气里",
    ):
        assert not is_furniture(line), line


def test_a_market_ear_with_arrows_and_a_currency_s_move_is_a_figures_box() -> None:
    lines = [
        "今日行情",
        "加權指數 23,518.62 ▲186.40",
        "櫃買指數 262.35 ▼1.08",
        "新台幣 31.275 升4.5分",
    ]
    assert figures_box_lines(lines) == {0, 1, 2, 3}
    # (prose naming the same figures is no row)
    prose = ["今日行情", "加權指數上漲186.40點", "櫃買指數下跌1.08點"]
    assert figures_box_lines(prose) == set()


# --- jumps, labels, bylines, credits ----------------------------------------------------------


def test_a_jump_to_a_section_letter_s_page_needs_no_ban() -> None:
    for line, page in (("續見A3", 3), ("（转见B2）", 2), ("续见A12", 12)):
        found = match_continuation(line)
        assert found is not None and found[0].page == page and not found[1], line
    for line in ("继续见面A3", "見A3", "續見第三段"):
        found = match_continuation(line)
        assert found is None or found[1], line


def test_kuaixun_labels_a_box_of_briefs() -> None:
    assert is_briefs_label("財經快訊") and is_briefs_label("快讯")
    assert not is_briefs_label("快讯显示") and not is_briefs_label("本报快讯称市场回暖")


def test_bylines_of_the_two_styles() -> None:
    for line in (
        "記者 陳怡君、林家豪／台北報導",
        "记者 王海涛、林 晓",
        "文／吳明哲（政治大學經濟系教授）",
        "通讯员 刘 洋 本报记者 何 平",
    ):
        assert is_byline_line(line), line
    for line in (
        "文／吳明哲（政治大學經濟系教授）表示",
        "記者陳怡君、林家豪報導指出，",
        "通讯员 刘 洋 本报记者何平说，",
    ):
        assert not is_byline_line(line), line


def test_a_brief_closed_by_its_correspondent_in_brackets() -> None:
    assert trailing_signature("督促整改隐患1100余处。（通讯员 赵 军）") == "（通讯员 赵 军）"
    assert trailing_signature("創歷史新高。（記者李佩珊）") == "（記者李佩珊）"
    # (an aside with no stop before it, or more than a name, closes nothing)
    assert trailing_signature("他在会上说（记者 赵 军）") is None
    assert trailing_signature("情况属实。（记者会上表示）") is None


def test_the_commentator_signs_at_the_end() -> None:
    assert is_signature("本报评论员") and is_signature("□ 本报评论员")
    assert not is_signature("本报评论员表示") and not is_signature("本报评论员文章")
    assert is_commentary_label("本报评论员文章") and is_commentary_label("新华社评论员文章")
    assert not is_commentary_label("评论员文章指出")


def test_a_data_box_s_rows_and_source() -> None:
    for row in ("审结涉企案件 8.6万件", "同比增长 12.3%", "平均审理天数 46天"):
        assert table_row(row) == 2, row
    for line in ("全年审结涉企案件8.6万件", "审结 8.6万件以上的案件", "同比增长12.3%"):
        assert table_row(line) == 0, line
    assert is_credit("来源：省高级人民法院") and is_source_credit("數據來源：主計總處")
    assert not is_source_credit("来源：据统计，今年以来全省法院")
    assert not is_source_credit("水源：黄河")


def test_a_head_s_list_mark_before_a_figure_is_dirt() -> None:
    assert _title_dirt("▲11月外銷訂單估年增一成") == ("▲", "11月外銷訂單估年增一成")
    assert _title_dirt("▲11 月 sales") == ("", "▲11 月 sales")


# --- whole items ----------------------------------------------------------------------------


def _articles(text: str) -> list[tuple[str, str | None, str | None, str | None, list[str]]]:
    page = parse_page_text(text)
    return [(a.kind, a.kicker, a.headline, a.byline, list(a.paragraphs)) for a in page.articles]


def test_marked_heads_wider_than_their_column_head_their_briefs() -> None:
    text = _single(
        "法治简讯",
        "◆武威开展冬季消防安全检查",
        "武威市消防救援支队近日在",
        "全市开展冬季消防安全大检",
        "查，共检查单位420家，督",
        "促整改隐患1100余处。（通",
        "讯员 赵 军）",
        "◆天水法院集中发放执行案款",
        "天水市中级人民法院12月2",
        "日集中发放执行案款1860万",
        "元，涉及农民工工资案件73",
        "件。",
        "◆张掖开展宪法宣传周活动",
        "张掖市司法局联合多部门开",
        "展宪法宣传周活动，发放宣",
        "传资料1.2万份。",
    )
    found = _articles(text)
    assert [a[2] for a in found] == [
        "武威开展冬季消防安全检查",
        "天水法院集中发放执行案款",
        "张掖开展宪法宣传周活动",
    ]
    assert found[0][3] == "（通讯员 赵 军）"
    assert found[1][4] == [
        "天水市中级人民法院12月2日集中发放执行案款1860万元，涉及农民工工资案件73件。"
    ]


def test_a_list_of_marked_lines_is_no_run_of_heads() -> None:
    text = _single(
        "会议要求：",
        "◆加强冬季消防安全检查",
        "◆做好农民工工资支付工作",
        "◆开展宪法宣传周活动",
        "各地要抓好落实，确保各项工作取得实效。",
    )
    heads = [a[2] for a in _articles(text) if a[2]]
    assert "加强冬季消防安全检查" not in heads


def test_triangle_heads_over_modern_text_but_not_over_dun_stopped_items() -> None:
    text = _epaper(
        "財經快訊",
        "▲台股ETF受益人數破千萬",
        "證交所統計，國內ETF受益人",
        "數11月底突破1,000萬人，創",
        "歷史新高。（記者李佩珊）",
        "▲桃園航空城招商說明會",
        "桃園市政府將於12月10日舉辦",
        "航空城產業專區招商說明會，",
        "歡迎業者報名。（記者周佳蓉）",
    )
    found = _articles(text)
    assert [a[2] for a in found] == ["台股ETF受益人數破千萬", "桃園航空城招商說明會"]
    assert [a[3] for a in found] == ["（記者李佩珊）", "（記者周佳蓉）"]


def test_a_decimal_broken_at_its_point_runs_on() -> None:
    text = _single(
        "全省社区矫正中心",
        "实现县区全覆盖",
        "通讯员 刘 洋 本报记者 何 平",
        "记者近日从省司法厅获悉，矫正期",
        "间再犯罪率控制在0.",
        "2%以下。",
        "据介绍，全省已建成县级社区矫正",
        "中心86个。",
    )
    (_kind, _, headline, byline, paragraphs), *_ = _articles(text)
    assert headline == "全省社区矫正中心实现县区全覆盖"
    assert byline == "通讯员 刘 洋 本报记者 何 平"
    assert paragraphs[0].endswith("0.2%以下。") and len(paragraphs) == 2


def test_a_head_over_a_shorter_deck_keeps_its_deck() -> None:
    text = _single(
        "全省春播粮食面积稳中有增",
        "农机作业率超过九成",
        "本报讯（记者 张 丽）全省春播工作",
        "进展顺利，粮食播种面积稳中有增。",
    )
    page = parse_page_text(text)
    article = page.articles[0]
    assert article.headline == "全省春播粮食面积稳中有增"
    assert article.subheadline == "农机作业率超过九成"


def test_a_data_box_under_its_label_and_a_signed_commentary() -> None:
    text = _single(
        "图表数据",
        "今年前11月全省法院",
        "审结涉企案件情况",
        "审结涉企案件 8.6万件",
        "同比增长 12.3%",
        "调解撤诉率 41.5%",
        "来源：省高级人民法院",
        "本报评论员文章",
        "让法治成为最好的营商环境",
        "法治是最好的营商环境。省高",
        "院的措施回应了企业诉求。",
        "平等保护，关键在于落实。",
        "本报评论员",
    )
    page = parse_page_text(text)
    box, commentary = page.articles[0], page.articles[1]
    assert box.kicker == "图表数据" and box.credit == "来源：省高级人民法院"
    # (its title over two lines is one headline since branch zh48: _table_head_over_two_lines)
    assert box.headline == "今年前11月全省法院审结涉企案件情况"
    assert list(box.paragraphs) == ["审结涉企案件8.6万件", "同比增长12.3%", "调解撤诉率41.5%"]
    assert commentary.kicker == "本报评论员文章"
    assert commentary.headline == "让法治成为最好的营商环境"
    assert commentary.byline == "本报评论员"
