"""Rules for a Republican-era wartime daily's house style (branch hz47): the masthead's lines
under its date line, an agency's own report as its byline, a column's label over its title, an
ad opened by its slogan over its house or remedy, a picture house's showings, a label between
ornaments, a writer's line under a serial's title and a chapter named by a couplet. The snippets
are our own wording in the shapes of own-rep-cq-daily; each rule has near misses that must not
fire."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import ad_slogan_over_name
from reader.parse.classify import ends_installment, match_byline_lead, match_dateline
from reader.parse.lines import Line
from reader.parse.reflow import chapter_head, ornament_label
from reader.text.cjk import display_width


def _lines(*texts: str) -> list[Line]:
    return [
        Line(number=n, text=t, indented=False, gap=0, width=display_width(t))
        for n, t in enumerate(texts, 1)
    ]


_STORY = (
    "湘北我軍克復新牆\n"
    "（長沙十一日專電）湘北我軍、連日\n"
    "分路反攻、戰況極烈、十日拂曉、我\n"
    "某部突入新牆鎭、與敵展開巷戰、至\n"
    "午後三時、敵不支、向岳陽方面潰退\n"
    "、我軍遂將新牆完全克復云、\n"
)


_NOTICE = (
    "大昌五金號遷址啓事\n"
    "本號原設重慶小什字營業因避空襲已於本\n"
    "月十日遷至南岸海棠溪正街三十號照常營\n"
    "業凡我主顧請移玉是幸特此奉吿\n"
)


def test_the_masthead_lines_under_a_republican_date_line() -> None:
    masthead = (
        "山城日報\n"
        "中華民國二十九年六月十二日　星期三\n"
        "社址重慶民生路二百零八號　電話四一二三\n"
        "中華郵政登記認爲第一類新聞紙\n"
        "每份國幣一角二分　今日出版一大張\n"
    )
    page = parse_page_text(masthead + _STORY)
    assert len(page.furniture) == 5
    assert [a.headline for a in page.articles] == ["湘北我軍克復新牆"]
    # Near misses: a head naming a telephone but no number under the date line stays a head,
    # and so does everything under it; a modern date line (no Republic's calendar) takes no
    # line under it.
    page = parse_page_text(
        "山城日報\n中華民國二十九年六月十二日　星期三\n市內電話昨起加價\n"
        "（本報訊）市內電話、自昨日起、每月加收國幣五角、用戶頗有怨言云、\n"
    )
    assert page.articles[0].headline == "市內電話昨起加價"
    page = parse_page_text(
        "山城日報\n2026年6月12日　星期五\n每份國幣一角二分　今日出版一大張\n" + _STORY
    )
    assert "每份國幣一角二分 今日出版一大張" not in page.furniture


def test_an_agencys_own_report_is_its_byline() -> None:
    lead = match_byline_lead("（中央社訊）行政院十一日舉行會議、")
    assert lead is not None and lead.text == "（中央社訊）"
    assert match_dateline("（中央社訊）行政院十一日舉行會議、") is None
    page = parse_page_text(
        "行政院通過獎勵生產辦法\n"
        "（中央社訊）行政院十一日舉行第\n"
        "四百七十次會議、通過獎勵後方生\n"
        "產辦法十二條、以資提倡云、\n"
    )
    story = page.articles[0]
    assert (story.byline, story.dateline) == ("（中央社訊）", None)
    # Near misses: a place's report (a dateline) and a dated agency dispatch stay datelines.
    assert match_dateline("（成都訊）成都米價、近因新穀登場、") is not None
    assert match_dateline("（長沙十一日中央社電）湘北各縣民衆、") is not None
    assert match_byline_lead("（成都訊）成都米價、近因新穀登場、") is None


def test_a_columns_label_heads_its_title_not_the_ad_above() -> None:
    page = parse_page_text(
        _STORY + "分甲乙兩種　隨時可以兌現\n總行重慶陝西街　各地均有分行\n"
        "民國二十九年六月十二日　星期三　山城日報　第二版\n"
        "社論\n"
        "論節約物資\n"
        "抗戰已屆三年。前方將士、浴血苦戰、\n"
        "後方民衆、亦應節衣縮食、以濟國用。\n"
    )
    editorial = page.articles[-1]
    assert (editorial.kicker, editorial.headline) == ("社論", "論節約物資")
    # Near miss: two characters under a head that name no column are its wrapped tail.
    page = parse_page_text(
        "市公安局取締\n攤販\n（本報訊）市公安局以本市各馬路兩旁、攤販林立、妨礙交通云、\n"
    )
    assert page.articles[0].headline == "市公安局取締攤販"


def test_an_ad_opened_by_its_slogan_over_its_house_or_remedy() -> None:
    assert ad_slogan_over_name("暑天必備", "萬應保安丸")
    assert ad_slogan_over_name("節約建國　儲蓄救國", "中國農工銀行")
    # Near misses: a slogan under four characters over a remedy, a house over a remedy (the
    # maker over its product: both end on a house's or a remedy's word), a short line over a
    # house that is no remedy.
    assert not ad_slogan_over_name("必備", "萬應保安丸")
    assert not ad_slogan_over_name("同濟藥房", "萬應保安丸")
    assert not ad_slogan_over_name("暑天必備", "同濟大藥房")
    page = parse_page_text(
        _STORY + "節約建國　儲蓄救國\n中國農工銀行\n舉辦節約建國儲蓄券\n"
        "分甲乙兩種　隨時可以兌現\n總行重慶陝西街　各地均有分行\n" + _NOTICE
    )
    ad = page.articles[1]
    assert (ad.kind, ad.kicker, ad.headline) == ("notice", "節約建國 儲蓄救國", "中國農工銀行")
    assert len(ad.paragraphs) == 3
    page = parse_page_text(
        _STORY + "國泰大戲院\n今日起隆重獻映\n每日三場　午後二時　五時　八時\n"
        "暑天必備\n萬應保安丸\n每瓶國幣五角\n重慶大樑子同濟堂藥號發行\n" + _NOTICE
    )
    ads = page.articles[1:3]
    assert [(a.kind, a.kicker, a.headline, len(a.paragraphs)) for a in ads] == [
        ("notice", None, "國泰大戲院", 2),
        ("notice", "暑天必備", "萬應保安丸", 2),
    ]
    # Near miss: three display lines with no ad's mark and no slogan over a house stay as read.
    page = parse_page_text(_STORY + "前方將士\n浴血苦戰\n後方民衆\n")
    assert all(a.kind != "notice" for a in page.articles)


def test_a_label_between_ornaments_keeps_both() -> None:
    assert ornament_label("◆陪都零訊◆")
    assert ornament_label("◇小消息◇")
    assert not ornament_label("◆陪都零訊")
    assert not ornament_label("◆陪都零訊◇")
    page = parse_page_text(
        "◆陪都零訊◆\n"
        "○市社會局以入夏以來、時疫流行、特函請衛生局、在各區設立臨時防疫站、\n"
        "○嘉陵江輪渡、近因水漲、自本月十日起、改爲每日上午六時開航、\n"
    )
    assert page.articles[0].headline == "◆陪都零訊◆"
    # Near miss: a box's list mark before one head is still its decoration.
    page = parse_page_text(
        "◆市府整理街道\n（本報訊）市政府以本市街道、年久失修、特擬具整理計劃云、\n"
    )
    assert page.articles[0].headline == "市府整理街道"


def test_a_writers_line_under_a_serials_title() -> None:
    page = parse_page_text(
        "長篇小說\n"
        "霧城春秋\n"
        "白鷺著\n"
        "第九回　霧夜訪友　江樓談心\n"
        "霧下得很濃，連對面的房子都看不清\n"
        "了。志遠披上大衣，沿着石級一步一\n"
        "步走下江邊。\n"
    )
    serial = page.articles[0]
    assert (serial.kicker, serial.headline, serial.byline, serial.subheadline) == (
        "長篇小說",
        "霧城春秋",
        "白鷺著",
        None,
    )
    assert serial.paragraphs[0] == "第九回霧夜訪友江樓談心"
    # Near miss: under no literary label the line ending 著 is read as before (no byline).
    page = parse_page_text(
        "霧城春秋\n白鷺著\n霧下得很濃，連對面的房子都看不清\n了。志遠披上大衣。\n"
    )
    assert page.articles[0].byline is None


def test_a_chapter_named_by_a_couplet() -> None:
    lines = _lines("白鷺著", "第九回　霧夜訪友　江樓談心", "霧下得很濃，連對面的房子都看不清")
    assert chapter_head(lines, 1)
    lines = _lines("聽來的消息。", "第十回　山城霧重　故人重逢", "老周的小樓就在渡口旁邊，窗子")
    assert chapter_head(lines, 1)
    # Near misses: a couplet with no 第…回 count, halves too short, a line over no prose.
    assert not chapter_head(_lines("聽來的消息。", "九　霧夜訪友　江樓談心", "老周的，"), 1)
    assert not chapter_head(_lines("聽來的消息。", "第十回　霧重　重逢", "老周的，"), 1)
    assert not chapter_head(_lines("聽來的消息。", "第十回　山城霧重　故人重逢", "老周的小樓"), 1)


_NOTCHED = (
    "往南市須備通行證\n"
    "日方規定、自今\n"
    "日起、凡通過南\n"
    "市各區者、須備\n"
    "通行證、否則不\n"
    "予通過云、\n"
    "寒衣募集\n"
    "已達三萬件\n"
    "據救濟會\n"
    "消息、本市\n"
    "各界寒衣募\n"
    "集運動、現\n"
    "仍在不\n"
    "斷募集\n"
    "之中、\n"
    "聞第一\n"
    "批已經\n"
    "起運出、據\n"
    "聞各界捐送\n"
    "之寒衣總數\n"
    "已達三萬件\n"
)


def test_a_stack_between_two_notches() -> None:
    page = parse_page_text(
        _NOTCHED + "陳立齋等\n"
        "宴英領事\n"
        "廿四日英文晚報\n"
        "載、廿三日晚間、\n"
        "陳立齋及李文卿、\n"
        "在霞飛路一○三\n"
        "號、宴請英國領事\n"
        "館人員、歡送英領\n"
        "事之榮行云、\n"
    )
    assert [a.headline for a in page.articles][1:] == ["寒衣募集已達三萬件", "陳立齋等宴英領事"]
    # Near miss: two narrower lines the text under them does not echo are text.
    page = parse_page_text(
        _NOTCHED + "分送前方\n"
        "各軍應用\n"
        "廿四日又有一批、\n"
        "由救濟會派員押送、\n"
        "啓程北上、沿途均\n"
        "有軍警護送云、\n"
    )
    assert [a.headline for a in page.articles][1:] == ["寒衣募集已達三萬件"]


def test_a_notchs_first_lines_under_a_stack_are_text() -> None:
    page = parse_page_text(
        "鄂省難民\n"
        "三百餘名抵滬\n"
        "鄂省\n"
        "難民三\n"
        "百餘名\n"
        "、於昨\n"
        "日下午\n"
        "抵滬、分批安置於南市\n"
        "各收容所、由救濟會供\n"
        "給膳宿云、\n"
    )
    story = page.articles[0]
    assert story.headline == "鄂省難民三百餘名抵滬"
    assert story.paragraphs[0].startswith("鄂省難民三百餘名、於昨")
    # Near miss: a head's short last line over text of the full measure stays the head's.
    page = parse_page_text(
        "鄂省難民\n"
        "三百餘名抵滬\n"
        "救濟\n"
        "鄂省難民三百餘名、於昨日下午\n"
        "抵滬、分批安置於南市各收容所\n"
        "、由救濟會供給膳宿云、\n"
    )
    assert page.articles[0].paragraphs[0].startswith("鄂省難民三百餘名、")


def test_a_serials_installment_mark_closes_it() -> None:
    assert ends_installment("一定有要緊的事了。」（未完）")
    assert ends_installment("他再也不肯開口了。（待續）")
    assert ends_installment("從此天各一方。（全文完）")
    # Near misses: the words inside a sentence's bracket, or with no bracket.
    assert not ends_installment("該項工程（尚未完成）")
    assert not ends_installment("該項工程尚未完")
    page = parse_page_text(
        "長篇小說\n"
        "霧城春秋\n"
        "白鷺著\n"
        "第九回　霧夜訪友　江樓談心\n"
        "霧下得很濃，連對面的房子都看不清了。\n"
        "志遠披上大衣，沿着石級一步一步走下江\n"
        "邊，一定有要緊的事了。」（未完）\n"
        "國泰大戲院\n"
        "今日起隆重獻映\n"
        "每日三場　午後二時　五時　八時\n"
        "空襲警報時停映　憑票退欵\n" + _NOTICE
    )
    serial, ad = page.articles[0], page.articles[1]
    assert serial.paragraphs[-1].endswith("（未完）")
    assert (ad.kind, ad.headline) == ("notice", "國泰大戲院")


def test_ads_set_one_under_another_are_display_lines() -> None:
    page = parse_page_text(
        _STORY + "節約建國　儲蓄救國\n中國農工銀行\n舉辦節約建國儲蓄券\n"
        "分甲乙兩種　隨時可以兌現\n總行重慶陝西街　各地均有分行\n"
        "國泰大戲院\n今日起隆重獻映\n每日三場　午後二時　五時　八時\n"
        "暑天必備\n萬應保安丸\n每瓶國幣五角\n重慶大樑子同濟堂藥號製造\n各大藥房均售\n" + _NOTICE
    )
    assert [(a.kind, a.kicker, a.headline, len(a.paragraphs)) for a in page.articles[1:]] == [
        ("notice", "節約建國 儲蓄救國", "中國農工銀行", 3),
        ("notice", None, "國泰大戲院", 2),
        ("notice", "暑天必備", "萬應保安丸", 3),
        ("notice", None, "大昌五金號遷址啓事", 1),
    ]
    # Near misses: a notice's text set to its measure, unstopped, under its head stays one
    # paragraph; a run of lines of one width (a notch's) with no mark stays text.
    page = parse_page_text(_STORY + _NOTICE)
    assert page.articles[-1].paragraphs == (
        "本號原設重慶小什字營業因避空襲已於本月十日遷至南岸海棠溪正街三十號照常營業凡我主顧請移玉是幸特此奉吿",
    )
