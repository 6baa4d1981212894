"""A Vancouver Chinese weekly's and a provincial trade union daily's house styles (branch zh49,
from own-hant-ca-weekly, as PaddleOCR gives it, 75 % of fields blind on version 40, and
own-zh-union-ocr, a page picture read by Tesseract 5, 87 % blind): a weekly's masthead lines,
its week's weather and contents labels, a bracketed photographer's credit, brief heads as wide
as their column, an editorial's kind, an e-mail address broken at a line's end, and the union
paper's masthead, byline, head and pointer lines as OCR gives them. Each rule has near misses
that must not fire. The snippets are our own wording."""

from __future__ import annotations

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.classify import ends_inside_address, is_box_header, is_credit, is_furniture


def _single(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- a weekly's masthead -----------------------------------------------------------------------


def test_a_weeklys_masthead_lines_are_furniture() -> None:
    for line in (
        "加拿大郵政出版物協議號40071234",
        "加拿大邮政出版物协议号 40071234",
        "大溫地區免費贈閱 每週四出版",
        "免费赠阅",
        "每週五出版",
        "多倫多本週天氣",
        "本周天气",
        "陣雨 3°C～8°C",
        "多云 -2°C～5°C",
    ):
        assert is_furniture(line, None, 40), line


def test_news_like_a_weeklys_masthead_is_not_furniture() -> None:
    for line in (
        "郵政出版物費用明年上調，",
        "市府宣布圖書館免費贈閱舊書",
        "本週天氣轉冷 市民注意保暖",
        "惡劣天氣持續 多條航線停航",
        "氣溫將跌至3°C，",
    ):
        assert not is_furniture(line, None, 40), line


def test_a_weeks_contents_label_heads_a_box() -> None:
    assert is_box_header("本週導讀")
    assert is_box_header("本周导读")
    assert not is_box_header("本週導讀員培訓")


def test_a_photographers_credit_in_brackets_role_first() -> None:
    assert is_credit("（攝影：黃偉明）")
    assert is_credit("（摄影：陈 立）")
    # (a bracketed aside of a sentence naming photography is no credit)
    assert not is_credit("（攝影展覽將於下月舉行，歡迎參觀）")


# --- brief heads as wide as their column -------------------------------------------------------


_BRIEFS = _single(
    "增建出租房屋是好事，但房屋",
    "建成需要時間，遠水難救近火。",
    "社區簡訊",
    "素里華人長者中心舉辦聖誕聯歡",
    "素里華人長者中心將於12",
    "月20日下午舉辦聖誕聯歡",
    "會，費用全免，歡迎長者參",
    "加。",
    "本拿比冬季游泳班開始報名",
    "本拿比市府冬季游泳班即日",
    "起接受網上報名，課程於1",
    "月5日開始。",
)


def test_brief_heads_retold_by_their_lead_open_briefs() -> None:
    page = parse_page_text(_BRIEFS)
    heads = [a.headline for a in page.articles]
    assert "素里華人長者中心舉辦聖誕聯歡" in heads
    assert "本拿比冬季游泳班開始報名" in heads
    brief = next(a for a in page.articles if a.headline == "本拿比冬季游泳班開始報名")
    assert brief.subheadline is None  # (the lead's first line retells it: text, no deck)
    assert brief.paragraphs[0].startswith("本拿比市府")


def test_a_full_line_not_retold_stays_in_its_paragraph() -> None:
    page = parse_page_text(
        _single(
            "增建出租房屋是好事，但房屋",
            "建成需要時間，遠水難救近火。",
            "市府在增加供應的同時也應加",
            "強對租務市場的監管，保障租",
            "客不因加租而被迫遷出。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].headline is None or "市府在增加" not in page.articles[0].headline


def test_an_old_ads_slogan_over_its_house_is_no_echoed_head() -> None:
    # (a Republican-era ad: its lines hold no modern comma, and its slogan stays its own)
    page = parse_page_text(
        _single(
            "抗戰已屆三年。前方將士、浴血苦戰、",
            "後方民衆、亦應節衣縮食、以濟國用。",
            "節約建國　儲蓄救國",
            "中國農工銀行",
            "舉辦節約建國儲蓄券",
            "分甲乙兩種　隨時可以兌現",
        )
    )
    assert all(
        a.headline != "節約建國　儲蓄救國" or a.kind != ArticleKind.BRIEF for a in page.articles
    )


# --- an editorial is a story -------------------------------------------------------------------


def test_a_short_leader_under_its_label_is_a_story() -> None:
    page = parse_page_text(
        _single(
            "本報社評",
            "建屋之外更要管好租務",
            "增建出租房屋是好事，但房屋建成需要時間，遠水難救近火。",
        )
    )
    leader = next(a for a in page.articles if a.headline == "建屋之外更要管好租務")
    assert leader.kind == ArticleKind.STORY


def test_a_short_item_under_a_plain_kicker_stays_a_brief() -> None:
    page = parse_page_text(
        _single(
            "社區消息",
            "本拿比冬季游泳班開始報名",
            "本拿比市府冬季游泳班即日起接受網上報名，課程於1月5日開始。",
        )
    )
    assert any(a.kind == ArticleKind.BRIEF for a in page.articles)


# --- an e-mail address broken at a line's end --------------------------------------------------


def test_a_line_ending_inside_an_address() -> None:
    assert ends_inside_address("有意者請將履歷電郵至hr@w")
    assert ends_inside_address("請電郵至info@chinese-weekly.")
    assert not ends_inside_address("請電郵至hr@wcweekly.ca")
    assert not ends_inside_address("請電郵至hr@wcweekly.ca。")
    assert not ends_inside_address("市府宣布新措施")
    assert not ends_inside_address("@江城發布 消息稱，")


def test_an_address_broken_over_two_lines_stays_in_its_notice() -> None:
    page = parse_page_text(
        _single(
            "列治文新圖書館分館下月開放",
            "本報訊 列治文市府宣布，位於市",
            "中心北面的新圖書館分館將於明年",
            "1月10日正式開放，館內設有中",
            "文藏書區和兒童閱讀室。",
            "分館耗資一千八百萬元興建，開放",
            "時間為每日上午十時至晚上九時，",
            "市民憑圖書證可免費借閱。",
            "招聘啟事",
            "本報誠聘廣告業務代表一名，須",
            "能操流利粵語、普通話及英語。",
            "有意者請將履歷電郵至hr@w",
            "cweekly.ca",
            "責任編輯：何淑儀 美術編輯：梁志豪",
        )
    )
    assert "cweekly.ca" not in page.furniture
    text = "".join("".join(a.paragraphs) for a in page.articles).replace(" ", "")
    assert "hr@wcweekly.ca" in text


# --- the union paper's masthead and ear --------------------------------------------------------


def test_a_union_over_the_paper_is_its_owners_line() -> None:
    assert is_furniture("楚江省总工会主管主办", None, 40)
    assert is_furniture("江州市总工会主办", None, 40)
    assert is_furniture("省科学技术协会主管", None, 40)
    # (a head naming a union's post, or a sentence, is none)
    assert not is_furniture("工会主管的疗休养基地开放了", None, 40)
    assert not is_furniture("由市总工会主办", None, 40)


def test_an_editors_line_with_a_name_touching_its_role() -> None:
    assert is_furniture("责任编辑 黄 丽 美编周涛校对何平", None, 40)
    assert not is_furniture("责任编辑 黄丽表示美编工作很辛苦", None, 40)


def test_a_weather_ear_under_its_label_as_ocr_reads_it() -> None:
    page = parse_page_text(
        "今日天气\n\n多云转睛\n\n茎红工人报\n\n全省新增高技能人才十二万名\n\n"
        "记者从12月6日召开的全省职工技能提升工作推进会上获悉，今年以来，全省新增高技能人才"
        "12.4万名，其中一线职工占比达63%。\n"
    )
    assert "多云转睛" in page.furniture
    # (a head under the label that says something of its own, with a comma, is news)
    page = parse_page_text(
        "今日天气\n\n明起降温，市民注意保暖\n\n气象台预计，明天起全市气温将下降6至8摄氏度，"
        "请市民及时添衣。\n"
    )
    assert "明起降温，市民注意保暖" not in page.furniture


# --- bylines, heads and pointers ---------------------------------------------------------------


def test_a_reporters_name_after_benbaoxun_is_the_byline() -> None:
    page = parse_page_text(
        _single(
            "百家企业签订工资集体协议",
            "本报讯 记者陈静",
            "12月4日，楚江市开发区108家企业与职工代表集中签订工资集体协议，涉及职工3.6万人。",
        )
    )
    assert page.articles[0].byline == "本报讯 记者陈静"
    # (记者 opening the text's sentence after 本报讯 is no name: "记者近日从…获悉")
    page = parse_page_text(
        _single(
            "百家企业签订工资集体协议",
            "本报讯 记者近日从楚江市开发区获悉，108家企业与职工代表集中签订了工资集体协议。",
        )
    )
    assert page.articles[0].byline == "本报讯"


def test_a_leads_byline_read_between_its_paragraphs_goes_back_to_it() -> None:
    page = parse_page_text(
        "技能强省 匠心筑梦\n\n全省新增高技能人才十二万名\n\n"
        "记者从12月6日召开的全省职工技能提升工作推进会上获悉，今年以来，全省新增高技能人才"
        "12.4万名。\n\n"
        "本报记者 刘建华 通讯员 孙 蕾\n"
        "各级工会还推动企业建立“师带徒”制度，全省结对4100余对，一批青年职工走上了技术岗位。\n"
    )
    lead = next(a for a in page.articles if a.headline == "全省新增高技能人才十二万名")
    assert lead.byline is not None and lead.byline.startswith("本报记者")
    assert any("师带徒" in p for p in lead.paragraphs)


def test_a_bylined_item_after_a_bylined_story_stays_its_own() -> None:
    page = parse_page_text(
        "全省新增高技能人才十二万名\n\n本报记者 王 芳\n"
        "记者从全省职工技能提升工作推进会上获悉，今年以来，全省新增高技能人才12.4万名。\n\n"
        "本报记者 刘建华\n"
        "各级工会还推动企业建立“师带徒”制度，全省结对4100余对，一批青年职工走上了技术岗位。\n"
    )
    lead = next(a for a in page.articles if a.headline == "全省新增高技能人才十二万名")
    assert not any("师带徒" in p for p in lead.paragraphs)


def test_a_heads_last_characters_broken_onto_their_line() -> None:
    page = parse_page_text(
        "冬季送温暖活动提\n\n前启动\n\n"
        "本报讯 今年全省工会冬季送温暖活动比往年提前一个月启动，省总工会已下拨专项资金1.2亿元。\n"
    )
    assert page.articles[0].headline == "冬季送温暖活动提前启动"
    assert page.articles[0].subheadline is None
    # (a deck of its own words stays the deck)
    page = parse_page_text(
        "冬季送温暖活动提前启动\n\n专项资金已下拨到位\n\n"
        "本报讯 今年全省工会冬季送温暖活动比往年提前一个月启动，省总工会已下拨专项资金1.2亿元。\n"
    )
    assert page.articles[0].subheadline == "专项资金已下拨到位"


def test_a_contents_entrys_page_after_see_under_it() -> None:
    from reader.parse.classify import is_see_detail_pointer, match_continuation

    assert is_see_detail_pointer("见第3版")
    assert is_see_detail_pointer("見第5版")
    found = match_continuation("见第3版")
    assert found is not None and found[0].page == 3
    # (in brackets it closes a teaser's own line; inside a sentence it is no line of its own)
    assert match_continuation("（见第2版）") is None
    assert not is_see_detail_pointer("详情请见第3版")
    page = parse_page_text(
        "今日导读\n\n劳模工匠进校园\n\n见第3版\n职工疗休养基地名单公布\n见第5版\n"
    )
    teasers = {a.headline: a.continued_to for a in page.articles}
    assert teasers["劳模工匠进校园"] is not None and teasers["劳模工匠进校园"].page == 3
    assert teasers["职工疗休养基地名单公布"] is not None


def test_a_commentary_label_tops_its_own_stack() -> None:
    page = parse_page_text(
        "开发区工会负责人说，协议签订前，各企业工会都召开了职工代表大会。\n\n"
        "师带徒结对四千余对\n\n"
        "本报评论员文章\n让技能人才更有奔头\n\n"
        "技能人才是支撑制造业的重要力量。一名好焊工、好钳工，往往要经过多年磨炼才能成才。\n"
    )
    leader = next(a for a in page.articles if a.headline == "让技能人才更有奔头")
    assert leader.kicker == "本报评论员文章"


def test_a_commentary_stack_as_parsed() -> None:
    page = parse_page_text(
        "本报评论员文章\n让技能人才更有奔头\n\n"
        "技能人才是支撑制造业的重要力量。一名好焊工、好钳工，往往要经过多年磨炼才能成才。\n"
    )
    assert page.articles[0].kicker == "本报评论员文章"
    assert page.articles[0].headline == "让技能人才更有奔头"
    assert page.articles[0].subheadline is None


def test_a_head_under_a_signature_is_no_cut_column_foot() -> None:
    from reader.parse.formats.text import _cjk_cut_foot, _head_under_signature
    from reader.parse.lines import Block, Line

    def block(*texts: str) -> Block:
        return Block(
            tuple(Line(number=k, text=t, indented=False, gap=0) for k, t in enumerate(texts, 1)),
            double_spaced=False,
        )

    signed = block(
        "让技能人才有奔头，既要畅通晋升",
        "通道，也要让收入与贡献相匹配。",
        "本报评论员",
        "冬季送温暖活动提",
    )
    assert _head_under_signature(signed)
    # (a paragraph's first line a column's foot cut under prose goes on elsewhere)
    cut = block(
        "让技能人才有奔头，既要畅通晋升",
        "通道，也要让收入与贡献相匹配。",
        "下一步，市总工会将把技能提升纳",
        "入工会重点工作，推动更多企业落",
    )
    assert not _head_under_signature(cut)
    assert not _cjk_cut_foot(signed)


# --- a lost property's notice ------------------------------------------------------------------


def test_a_notices_closing_formula_alone_is_a_paragraph() -> None:
    from reader.parse.classify import is_notice_closing_line

    assert is_notice_closing_line("特此启事。")
    assert is_notice_closing_line("特此聲明")
    assert not is_notice_closing_line("特此启事后，公司将另行补办证书。")
    page = parse_page_text(
        _single(
            "遗失启事",
            "楚江市建安劳务有限公司工",
            "会不慎遗失工会法人资格证",
            "书，编号4201 0356，声明作",
            "废。",
            "特此启事。",
        )
    )
    notice = page.articles[0]
    assert notice.paragraphs[-1] == "特此启事。"
    # (the text's first lines, read as display lines for want of a stop, run on)
    assert notice.paragraphs[0].startswith("楚江市建安劳务有限公司工会不慎遗失")


def test_a_classifieds_display_lines_stay_apart() -> None:
    page = parse_page_text(
        _single(
            "吉屋出售",
            "吉安鄉透天別墅",
            "四房兩廳 雙車位 近慈濟醫院",
            "意者請電：0912-345-678 林先生",
        )
    )
    notice = page.articles[0]
    assert "吉安鄉透天別墅" in notice.paragraphs


# --- a paragraph's lost indent, a misread jump bracket -----------------------------------------


def test_a_first_line_one_character_short_after_a_stop_opens_a_paragraph() -> None:
    from reader.parse.lines import split_lines
    from reader.parse.reflow import paragraph_breaks

    lines = split_lines(
        _single(
            "各级工会还推动企业建立师带",
            "徒制度，全省结对四千余对，一",
            "批青年职工走上了技术岗位。",
            "省总工会有关负责人表示，",
            "明年将把职工技能提升纳入工",
            "会重点工作，推动更多企业落",
            "实技能人才薪酬待遇。",
        )
    )
    breaks = paragraph_breaks(lines)
    assert breaks[2]  # (before "省总工会有关负责人表示，")
    # (a line pushed short by the line-start rule, a closing mark opening the next line's
    # second place, opens nothing)
    pushed = split_lines(
        _single(
            "各级工会还推动企业建立师带",
            "徒制度，全省结对四千余对，一",
            "批青年职工走上了技术岗位。",
            "省总工会有关负责人表示，",
            "明”将把职工技能提升纳入工",
            "会重点工作，推动更多企业落",
        )
    )
    assert not paragraph_breaks(pushed)[2]


def test_a_jump_with_an_angle_bracket_as_ocr_reads_it() -> None:
    from reader.parse.classify import match_continuation

    found = match_continuation("〈转第2版)")
    assert found is not None and found[0].page == 2 and found[1] == ""
    assert match_continuation("〈转变〉一文刊于报端") is None
