"""Rules for more house styles of the Republican-era Chinese press (branch hz46): an
advertisement's slogan over the house or brand it names, a commentary column's label over a
signed title, ▲ crossheads of a market column, a 章回 serial's chapter head, head lines read on
over when-and-will or after a bidding verb, a notice's head topping its stack, a narrow notch's
run of one width, a report's closing 云 and a stack between two reports. The snippets are our
own wording in the shapes of own-rep-hk-daily and the Jing bao page of 1939; each rule has near
misses that must not fire."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import ad_slogan_over_name, republican_head_reads_on
from reader.parse.classify import is_literary_label, is_signed_column_label, is_title_like
from reader.parse.lines import Line
from reader.parse.reflow import chapter_head, dun_stop, is_marked_crosshead
from reader.text.cjk import display_width


def _lines(*texts: str) -> list[Line]:
    return [
        Line(number=n, text=t, indented=False, gap=0, width=display_width(t))
        for n, t in enumerate(texts, 1)
    ]


_STORY = (
    "長江上游水勢續漲\n"
    "（宜昌十八日專電）宜昌水位、連日因\n"
    "川中大雨、續漲不已、昨晨水標已達四\n"
    "十五尺、較前日又漲二尺、江面寬闊、\n"
    "水流湍急、往來輪船、均減速行駛、\n"
    "當地駐軍已派隊巡查云、\n"
)


def test_an_ads_slogan_over_its_house_is_its_kicker() -> None:
    assert ad_slogan_over_name("貨眞價實　童叟無欺", "老協興綢緞莊")
    assert ad_slogan_over_name("海上第一流攝影專家", "國泰藝術照相館")
    assert ad_slogan_over_name("頭痛牙痛　一服卽止", "安神止痛散")
    assert ad_slogan_over_name("貨眞價實　童叟無欺", "金字塔香煙")  # (a pair of phrases)
    # Near misses: the brand printed first over its slogan, a name carrying an ad's mark, a
    # slogan that is itself a house's name, a slogan of two phrases of other lengths over no
    # house, a "name" too long to be one.
    assert not ad_slogan_over_name("雙鶴牌牙粉", "潔齒香口")
    assert not ad_slogan_over_name("金字塔香煙", "福新煙草公司")
    assert not ad_slogan_over_name("貨眞價實　童叟無欺", "電話二三一八七")
    assert not ad_slogan_over_name("永安公司", "老協興綢緞莊")
    assert not ad_slogan_over_name("日夜三場　票價", "平安影片")
    assert not ad_slogan_over_name("海上第一流攝影專家", "國泰藝術照相館南京路總店")
    page = parse_page_text(
        _STORY
        + "貨眞價實　童叟無欺\n老協興綢緞莊\n新到杭紡湖縐各色花綢\n地址歆生路中段　電話二三一八七\n"
    )
    ad = page.articles[-1]
    assert (ad.kind, ad.kicker, ad.headline) == ("notice", "貨眞價實 童叟無欺", "老協興綢緞莊")
    assert len(ad.paragraphs) == 2
    # Near miss: the brand first keeps it as the head and its slogan a paragraph.
    page = parse_page_text(_STORY + "雙鶴牌牙粉\n潔齒香口\n每盒大洋一角\n天津中華化學工業社出品\n")
    ad = page.articles[-1]
    assert (ad.kicker, ad.headline) == (None, "雙鶴牌牙粉")
    assert ad.paragraphs[0] == "潔齒香口"


def test_a_commentary_columns_label_over_a_signed_title() -> None:
    for label in ("短評", "時評", "社評", "小說", "社论"):
        assert is_signed_column_label(label), label
    assert not is_literary_label("社論")  # (the literary list stays the literary columns')
    assert not is_signed_column_label("本市")
    page = parse_page_text(
        "短評\n"
        "防汛與民生　冷眼\n"
        "長江水漲。年年如此。而沿\n"
        "江堤工、每至汛期、始倉皇\n"
        "搶修、平日則任其廢弛。\n"
    )
    comment = page.articles[0]
    assert (comment.kicker, comment.headline, comment.byline) == ("短評", "防汛與民生", "冷眼")
    # Near miss: under a commentary's label a head of two phrases no longer than each other
    # names no writer.
    page = parse_page_text(
        "社評\n穩經濟　保就業\n今年經濟形勢嚴峻，各地\n須以穩就業爲先，切實減\n輕企業負擔。\n"
    )
    assert page.articles[0].byline is None


def test_a_market_columns_crossheads_are_its_paragraphs() -> None:
    assert is_marked_crosshead("▲米市")
    assert is_marked_crosshead("▲棉紗")
    assert not is_title_like("▲米市")
    # Near misses: ▲ before a sentence, a line with no ▲, a crosshead too long.
    assert not is_marked_crosshead("▲旅美華僑、鑒於")
    assert not is_marked_crosshead("米市")
    assert not is_marked_crosshead("▲本埠米市近日湘米到貨")
    page = parse_page_text(
        _STORY + "漢市商情\n"
        "▲米市\n"
        "本埠米市、近日湘米到貨甚旺、價\n"
        "格略見回落、中等十元零五角、\n"
        "▲棉紗\n"
        "紗市昨日交易清淡、較前日跌一元\n"
        "、\n"
        "▲桐油\n"
        "桐油出口、行情堅挺、每擔售洋\n"
        "三十四元、\n"
    )
    market = page.articles[-1]
    assert market.headline == "漢市商情"
    assert [p[:3] for p in market.paragraphs] == [
        "▲米市",
        "本埠米",
        "▲棉紗",
        "紗市昨",
        "▲桐油",
        "桐油出",
    ]


def test_a_zhanghui_serials_chapter_head() -> None:
    text = ("江城夜雨　秋萍", "第十一回　風雨渡江", "船到江心，風忽然大了起來。")
    assert chapter_head(_lines(*text), 1)
    # Near misses: a count with no 回/章/節, a name too long, prose under it with no comma.
    assert not chapter_head(_lines("江城夜雨　秋萍", "第十一　風雨", "船到江心，風"), 1)
    assert not chapter_head(_lines("江城夜雨　秋萍", "第十一回　風雨渡江夜半", "船到，"), 1)
    assert not chapter_head(_lines("江城夜雨　秋萍", "第十一回　風雨渡江", "船到江心、風"), 1)


def test_head_lines_read_on_over_when_and_will_or_after_a_bidding_verb() -> None:
    lead = "粵漢鐵路株韶段工程、自興工以來、已歷三載、現全段路基橋梁、均已完竣、"
    assert republican_head_reads_on("粵漢路株韶段", "下月可望通車", lead)
    assert republican_head_reads_on("委員人選", "日內卽可發表", lead)
    assert republican_head_reads_on("港當局勸民衆", "準備應付危機", lead)
    assert republican_head_reads_on("省府飭各縣", "嚴防匪患", lead)
    # Near misses: a deck naming its own start (自…), a time word with no modal after it, 令
    # in a noun (司令部, 命令), and modern text under the lines.
    assert not republican_head_reads_on("市公安局取締攤販", "自本月二十日起實行", lead)
    assert not republican_head_reads_on("株韶段工程", "下月中旬情形", lead)
    assert not republican_head_reads_on("日軍司令部", "移駐南京", lead)
    assert not republican_head_reads_on("國府命令", "任命李世軍", lead)
    assert not republican_head_reads_on(
        "粵漢路株韶段", "下月可望通車", "粵漢鐵路株韶段工程，自興工以來，已歷三載。"
    )


def test_a_notices_head_tops_its_stack() -> None:
    page = parse_page_text(
        _STORY + "本報具有廿一年的歷史是小型報紙鼻祖銷路普遍全國刊登廣吿最有效力\n"
        "周記營造廠啓事\n"
        "本廠承造各項工程向以信用爲本近有不肖之徒冒用本廠名義在外招攬工程\n"
        "實與本廠無涉特此聲明\n"
    )
    notice = page.articles[-1]
    assert (notice.headline, notice.kicker, notice.subheadline) == ("周記營造廠啓事", None, None)


def test_a_notch_of_one_width_keeps_its_commas() -> None:
    page = parse_page_text(
        "港當局勸民衆\n"
        "準備應付危機\n"
        "（香港廿五日海\n"
        "通社電）香港當\n"
        "局、今日通吿居\n"
        "民主婦\n"
        "、將罐\n"
        "頭食物\n"
        "、盡量\n"
        "儲藏、\n"
        "以備緊\n"
        "急之用\n"
        "、幷以\n"
        "鄭重詞調、勸令\n"
        "全島居民、隨時\n"
        "準備、以應付未\n"
        "來危機云、\n"
    )
    (story,) = page.articles
    assert story.headline == "港當局勸民衆準備應付危機"
    assert len(story.paragraphs) == 1 and "儲藏、以備緊急之用" in story.paragraphs[0]
    # Near miss: a short line closed by 、 under wider text, over a head, still closes.
    page = parse_page_text(
        "市府整理街道\n"
        "市政府以本市街道、年久失修、\n"
        "晴則塵土飛揚、雨則泥濘載途、\n"
        "行人苦之云、\n"
        "平漢路局\n"
        "添購機車十輛\n"
        "平漢鐵路局、以客貨運輸日繁、\n"
        "機車不敷調用、特向國外訂購、\n"
    )
    assert [a.headline for a in page.articles] == ["市府整理街道", "平漢路局"]


def test_a_reports_closing_yun_and_a_stack_between_two_reports() -> None:
    text = ("截至現在、據聞是項、", "捐欵總數、已達八千", "四百名云", "折回各輪")
    assert dun_stop(_lines(*text), 2)
    # Near misses: 云 after 據 or 亦 (the quoted words follow), modern text.
    assert not dun_stop(_lines("截至現在、據聞是項、", "捐欵總數、已達八千", "四百名據云"), 2)
    assert not dun_stop(_lines("截至現在、據聞是項、", "捐欵總數、已達八千", "人亦云"), 2)
    assert not dun_stop(_lines("截至现在，据闻是项。", "捐款总数已达八千", "四百名云"), 2)
    page = parse_page_text(
        _STORY + "虹口防疫\n"
        "日方規定、自今\n"
        "日起、不論中外人\n"
        "士、如須通過虹口\n"
        "、亦逐一加以\n"
        "檢查云、\n"
        "一元還債\n"
        "已收百萬元\n"
        "據銀行界\n"
        "消息、本市\n"
        "各界一元還\n"
        "債運動、現\n"
        "仍在捐助\n"
        "之中云、\n"
    )
    assert [a.headline for a in page.articles[1:]] == ["虹口防疫", "一元還債已收百萬元"]
    assert page.articles[2].paragraphs[0].startswith("據銀行界消息、")
    # Near miss: the same lines under a report that does not close on 云 run on as its text.
    page = parse_page_text(
        _STORY + "虹口防疫\n"
        "日方規定、自今\n"
        "日起、不論中外人\n"
        "士、如須通過虹口\n"
        "、亦逐一加以檢查\n"
        "一元還債\n"
        "已收百萬元\n"
        "據銀行界\n"
        "消息、本市\n"
        "各界一元還\n"
        "債運動、現\n"
    )
    assert len(page.articles) == 2
