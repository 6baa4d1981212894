"""A Taiwanese county daily's and a mainland trade paper's house styles (branch zh46, from
own-hant-tw-local, an e-paper, 88 % of fields blind on version 37, and own-zh-trade-paper, as
PaddleOCR gives it, 66 % blind): their masthead lines, guide entries, bylines, head stacks,
classifieds, agency tags and boxes of head-less items. Each rule has near misses that must not
fire. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import HEAD_BULLETS, _title_dirt
from reader.parse.classify import (
    box_entry,
    is_byline_line,
    is_furniture,
    opens_as_notice,
    trailing_signature,
)
from reader.parse.lines import Line
from reader.parse.reflow import _full_line_between_paragraphs, opens_cjk_item
from reader.text.cjk import join_lines


def _epaper(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _single(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- masthead furniture ---------------------------------------------------------------------


def test_masthead_lines_of_the_two_styles_are_furniture() -> None:
    for line in (
        "二〇二六年十二月十一日",
        "二〇二六年十二月十一日　星期五",
        "中華民國一一五年十二月十一日",
        "農曆丙午年十一月初三",
        "交通运输部主管",
        "中国港航报社主办",
        "交通运输部主管 中国港航报社主办",
        "中国科学院主管",
        "江州日报报业集团主办",
        "主办单位：江州市文联",
        "中華郵政花蓮誌字第0087號執照登記為新聞紙類",
        "社址：花蓮市中山路三段88號　電話：(03)832-1234",
        "零售每份新台幣十元",
        "花蓮　晴時多雲　18～24℃",
        "責任編輯／黃詩涵　美術編輯／吳冠廷",
    ):
        assert is_furniture(line, None, 40), line


def test_lines_of_news_like_the_masthead_are_not_furniture() -> None:
    for line in (
        # a sponsor named in a sentence or a head naming a post
        "由市委主办",
        "本次活动由团市委主办，",
        "公司新任主管",
        "物流公司主管",
        # (a wrapped line of text ending on the word)
        "记者采访了该物流公司主管",
        # a Republican-era date with no era's name, a date inside a sentence
        "二十五年十二月十一日",
        "二〇二六年十二月十一日举行",
        # an address inside a sentence, a price of something else
        "新社址位於中山路",
        "每份報告十元",
        # a forecast in words, no temperatures
        "花蓮今日晴時多雲",
    ):
        assert not is_furniture(line, None, 40), line


# --- the guide, the byline, the head stack ----------------------------------------------------


def test_a_guide_entry_closed_by_an_ellipsis_and_its_page() -> None:
    entry = box_entry("玉里冬季稻作豐收 農民笑開懷…第3版")
    assert entry is not None
    title, link = entry
    assert title == "玉里冬季稻作豐收 農民笑開懷"
    assert link.page == 3
    # (no ellipsis and no space before the page: a sentence's pointer, no entry)
    assert box_entry("相關新聞請見第3版") is None


def test_a_reporter_and_his_place_in_lenticular_brackets_run_into_the_text() -> None:
    page = parse_page_text(
        _epaper(
            "鯉魚潭步道月底全線開放",
            "【記者林佳慧／壽豐報導】鯉魚潭環湖步道整",
            "修工程昨（10）日完工，縣府表示步道將於",
            "月底全線開放，並增設三處休憩平台。",
        )
    )
    [story] = page.articles
    assert story.byline == "【記者林佳慧／壽豐報導】"
    assert story.paragraphs[0].startswith("鯉魚潭環湖步道整修工程")


def test_a_head_over_two_lines_over_a_deck_of_spaced_phrases() -> None:
    page = parse_page_text(
        _epaper(
            "台九線拓寬二期過環評",
            "明年三月動工",
            "全長十二公里 總經費四十八億元 二〇三〇年完工",
            "【記者林佳慧／花蓮報導】台九線拓寬第二",
            "期工程昨（10）日通過環評審查，明年三月",
            "動工，全長約十二公里，預計二〇三〇年完工。",
        )
    )
    [story] = page.articles
    assert story.headline == "台九線拓寬二期過環評明年三月動工"
    assert story.subheadline == "全長十二公里 總經費四十八億元 二〇三〇年完工"
    assert story.kicker is None


def test_a_head_of_two_phrases_is_no_deck_of_phrases() -> None:
    page = parse_page_text(
        _epaper(
            "偏鄉交通服務條例草案 政院通過",
            "（中央社記者王怡文台北10日電）行政院會",
            "昨天通過偏鄉交通服務條例草案，未來將補",
            "助地方政府開辦需求反應式公車。",
        )
    )
    [story] = page.articles
    assert story.headline == "偏鄉交通服務條例草案 政院通過"
    assert story.subheadline is None


def test_a_kicker_a_head_over_two_lines_and_two_decks_over_a_dateline_naming_reporters() -> None:
    page = parse_page_text(
        _single(
            "加快建设交通强国",
            "全国港口集装箱吞吐量",
            "首次突破3亿标箱",
            "沿海港口增速高于内河",
            "智慧港口建设按下快进键",
            "本报北京12月10日讯（记者 王海涛 通讯员 林 晓）交通运输",
            "部10日发布数据，今年1至11月，全国港",
            "口完成集装箱吞吐量3.02亿标箱，年度吞",
            "吐量首次突破3亿标箱大关。",
        )
    )
    [story] = page.articles
    assert story.kicker == "加快建设交通强国"
    assert story.headline == "全国港口集装箱吞吐量首次突破3亿标箱"
    assert story.subheadline == "沿海港口增速高于内河\n智慧港口建设按下快进键"


def test_a_heads_second_line_set_short_under_its_first() -> None:
    page = parse_page_text(
        _single(
            "整治行动将持续至明年3月底，各",
            "级海事机构将加大巡航检查频次。",
            "西部陆海新通道海铁联运",
            "班列今年超1.1万列",
            "记者10日从国家发展改革委获悉，",
            "西部陆海新通道今年以来累计开行",
            "海铁联运班列超过1.1万列。",
        )
    )
    story = page.articles[-1]
    assert story.headline == "西部陆海新通道海铁联运班列今年超1.1万列"
    # (a line wider than the head's line above it is no remainder of the head: over modern
    # text the stack reads as before)
    wider = parse_page_text(
        _single(
            "浙東形勢",
            "又趨緊張",
            "沿海各地日艦騷擾",
            "浙東沿海各地，形勢甚爲緊張，駐在華軍，嚴密戒備。",
        )
    )
    assert wider.articles[0].headline == "浙東形勢"


# --- bylines and agency tags ------------------------------------------------------------------


def test_a_commentators_signature_after_a_square() -> None:
    assert is_byline_line("□ 本报评论员")
    assert is_byline_line("本报评论员")
    # (a sentence naming the commentator: no signature)
    assert not is_byline_line("□本报评论员认为")


def test_an_agency_tag_with_its_according_to_and_wire() -> None:
    assert trailing_signature("进一步降低综合物流成本。（据新华社电）") == "（据新华社电）"
    assert trailing_signature("进一步降低综合物流成本。（新华社电）") == "（新华社电）"
    assert trailing_signature("会否加息。（路透社）") == "（路透社）"
    # (a source in brackets that is no agency, and a tag not after a stop)
    assert trailing_signature("增长了一倍。（据统计）") is None
    assert trailing_signature("据新华社电（记者 张 弛）") is None


# --- a full line between paragraphs ----------------------------------------------------------


def test_a_paragraphs_first_line_filling_its_column_is_no_head() -> None:
    page = parse_page_text(
        _single(
            "让绿色成为港航发展底色",
            "□ 本报评论员",
            "近年来，岸电设施覆盖率稳步",
            "提升，但岸电使用率偏低、改造成本",
            "偏高等问题依然存在。",
            "各地要把绿色发展要求落实到规划、",
            "建设、运营各个环节，让绿色真正成",
            "为港航发展的鲜明底色。",
        ).replace("各地要把绿色发展要求落实到规划、\n", "各地要把绿色发展要求落实到规划\n")
    )
    [story] = page.articles
    assert story.headline == "让绿色成为港航发展底色"
    assert story.byline == "□ 本报评论员"
    assert len(story.paragraphs) == 2


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, False, 0) for number, text in enumerate(texts, 1)]


def test_a_full_line_between_paragraphs_needs_a_wide_column_and_a_modern_stop() -> None:
    wide = _lines(
        "但岸电使用率偏低、改造成本",
        "偏高等问题依然存在。",
        "各地要把绿色发展要求落实到",
        "规划、建设、运营各个环节，",
    )
    assert _full_line_between_paragraphs(wide, 2)
    # (an 8-character column of a Republican-era page: a head fills it as often as the text)
    narrow = _lines("在歐洲大陸上推行", "四周之弱小國家。", "西班牙內戰中德義", "的聯合行動對於英")
    assert not _full_line_between_paragraphs(narrow, 2)
    # (the paragraph above closed on 、 alone, as the Republican-era press stops its text)
    dun = _lines(
        "但岸电使用率偏低、改造成本",
        "偏高等问题依然存在、",
        "各地要把绿色发展要求落实到",
        "规划、建设、运营各个环节，",
    )
    assert not _full_line_between_paragraphs(dun, 2)
    # (a head narrower than the column's lines)
    short = _lines(
        "但岸电使用率偏低、改造成本",
        "偏高等问题依然存在。",
        "港口绿色转型提速",
        "规划、建设、运营各个环节，",
    )
    assert not _full_line_between_paragraphs(short, 2)


# --- bullets, classifieds and boxes of items ---------------------------------------------------


def test_the_double_circle_before_a_brief_head_is_decoration() -> None:
    assert "◎" in HEAD_BULLETS
    assert _title_dirt("◎壽豐鄉冬令救濟受理申請") == ("◎", "壽豐鄉冬令救濟受理申請")
    # (a Republican-era label between two diamonds, a circle for an illegible character)
    assert _title_dirt("◇本市簡訊◇") == ("", "◇本市簡訊◇")
    assert _title_dirt("○○國小校慶") == ("", "○○國小校慶")


def test_a_classifieds_label() -> None:
    assert opens_as_notice("吉屋出售", "")
    assert opens_as_notice("店面出租", "")
    assert not opens_as_notice("公司股權出售", "")
    assert not opens_as_notice("吉屋出售案調查", "")


def test_a_classifieds_display_lines_are_its_paragraphs() -> None:
    page = parse_page_text(
        _epaper(
            "陳志明遺失國民身分證一張，特此聲明作廢。",
            "吉屋出售",
            "吉安鄉透天別墅",
            "四房兩廳 雙車位 近慈濟醫院",
            "電話：0912-345-678 王先生",
        )
    )
    ad = page.articles[-1]
    assert ad.headline == "吉屋出售"
    assert ad.kind.value == "notice"
    assert ad.subheadline is None
    assert list(ad.paragraphs[:2]) == ["吉安鄉透天別墅", "四房兩廳雙車位近慈濟醫院"]


def test_a_box_item_opens_on_its_mark_and_a_sentence() -> None:
    assert opens_cjk_item("▲12月8日，长江航务管理局召开")
    assert opens_cjk_item("●日前，珠江水系首艘纯电动")
    # (a head opened so, a byline, a Republican-era item's triangle)
    assert not opens_cjk_item("●江州南站新增6对动车组")
    assert not opens_cjk_item("■ 本报记者 刘 畅")
    assert not opens_cjk_item("△旅美華僑、鑒於")


def test_head_less_items_of_a_box_are_items_of_their_own() -> None:
    page = parse_page_text(
        _single(
            "国家发展改革委表示，下一步将加快",
            "推进通道建设。（据新华社电）",
            "行业简讯",
            "▲12月8日，长江航务管理局召开冬",
            "季航道维护工作会。",
            "▲日前，珠江水系首艘纯电动集装",
            "箱船交付使用。",
        )
    )
    texts = [list(a.paragraphs) for a in page.articles]
    assert ["12月8日，长江航务管理局召开冬季航道维护工作会。"] in texts
    assert ["日前，珠江水系首艘纯电动集装箱船交付使用。"] in texts


def test_a_storys_points_opened_by_marks_stay_its_paragraphs() -> None:
    page = parse_page_text(
        _single(
            "我市出台稳就业十条措施",
            "本报讯（记者 周 洁）市政府昨日出台",
            "稳就业十条措施，主要内容如下。",
            "▲对吸纳就业的企业，给予每人",
            "1000元补贴。",
            "▲对灵活就业人员，给予社保补贴。",
        )
    )
    [story] = page.articles
    assert len(story.paragraphs) == 3


# --- a number broken at a line's end ---------------------------------------------------------


def test_figures_broken_inside_chinese_text_join_without_a_space() -> None:
    assert join_lines(["内河港口完成35", "00万标箱，同比增长2.9%。"])[0] == (
        "内河港口完成3500万标箱，同比增长2.9%。"
    )
    # (English figures after a space or a letter keep the seam's space)
    assert (
        join_lines(["the sum of 1916", "25 men enlisted"])[0] == "the sum of 1916 25 men enlisted"
    )
    assert join_lines(["Route 66", "12 miles"])[0] == "Route 66 12 miles"
    # (figures before Latin words in a Chinese line: no number of Chinese text)
    assert join_lines(["完成35", "00 tons"])[0] == "完成35 00 tons"
