"""Chinese fronts' house styles (branch zh45, from own-hant-us-daily, a North American
Traditional-Chinese daily as a PDF text layer, and own-zh-provincial-epaper, a provincial
capital's metro daily as an e-paper export, both annotated blind): a guide entry closed by a
quotation mark, a box of briefs under its 简讯 label with a bullet before each head, the price
in US dollars, a Traditional weather ear, a foot folio over the editors' line, a head over a
line that opens on figures, a section's 新闻 label under the paper's name, a head set over two
lines, a columnist's 文／ line, the 續見 jump line and a notice's head. Each with the near
misses that must not fire. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import (
    box_entry,
    is_briefs_label,
    is_byline_line,
    is_furniture,
    match_continuation,
    names_notice_head,
)


def test_a_guide_entry_may_close_on_a_quotation_mark() -> None:
    found = box_entry("江州老字号集体“上新” A08")
    assert found is not None
    title, link = found
    assert title == "江州老字号集体“上新”" and link.page == 8
    # (a sentence's quotation closed after its stop ends no head; a pointer's 见 stays one)
    assert box_entry("他说：“明天见。” A8") is None
    assert box_entry("详见“ A8") is None


def test_a_briefs_box_label_is_furniture() -> None:
    for label in ("简讯", "簡訊", "僑社簡訊", "城事简讯"):
        assert is_briefs_label(label), label
    for text in ("新闻简讯汇总一览", "本报简讯：市图书馆", "简讯称", "In brief"[:2]):
        assert not is_briefs_label(text), text


def test_a_head_opened_by_a_box_bullet_leaves_the_bullet_aside() -> None:
    page = parse_page_text(
        "简讯\n"
        "●市图书馆冬季延长开放时间\n"
        "即日起至明年2月底，市图书馆每周五、周六的开放时间延长至晚上9时。\n"
        "●江州南站新增6对动车组\n"
        "铁路部门12月5日起实行新运行图，江州南站新增动车组6对。\n"
    )
    heads = [a.headline for a in page.articles]
    assert heads == ["市图书馆冬季延长开放时间", "江州南站新增6对动车组"]
    assert "简讯" in page.furniture
    assert page.unplaced.count("●") == 2  # (kept: nothing is lost)
    # A columnist's name after a square bullet stays his byline.
    assert is_byline_line("■李晓梅")


def test_a_price_in_us_dollars_and_a_traditional_weather_line_are_furniture() -> None:
    assert is_furniture("北加州版 每份售價美金1.50元", None, 3)
    assert is_furniture("每份零售价 人民币2元", None, 3)
    assert is_furniture("今日天氣 舊金山 晴 華氏52至63度", None, 4)
    assert not is_furniture("他说每份售价美金1.50元，比去年贵", None, 30)
    assert not is_furniture("天氣轉冷，市民要注意保暖", None, 30)


def test_a_foot_folio_over_the_editors_line_is_furniture() -> None:
    page = parse_page_text(
        "寻物启事\n"
        "本人于12月2日在火车站附近不慎遗失黑色双肩包一个，望拾到者联系。\n"
        "A01 要闻\n"
        "责任编辑：刘 洋 美编：张 敏\n"
    )
    assert "A01要闻" in page.furniture  # (furniture is kept with its spacing repaired)
    assert all("A01" not in p for a in page.articles for p in a.paragraphs)
    # Above a line of text at the foot it is no folio (a kicker: "G20 峰会" over its story).
    filler = "".join(f"第{n}段文字说明，内容在这里。\n" for n in range(14))
    page = parse_page_text(
        filler + "G20 峰会\n各国领导人抵达会场\n峰会3日在里约开幕，各国领导人陆续抵达。\n"
    )
    assert not any("G20" in text for text in page.furniture)


def test_a_head_over_a_line_opening_on_figures_starts_a_story() -> None:
    page = parse_page_text(
        "江州至九岭城际铁路开工建设\n"
        "12月3日上午，江州至九岭城际铁路在江州东站举行开工仪式。线路全长86公里，\n"
        "设计时速250公里，建成后两地最快30分钟可达。\n"
        "我国成功发射一颗新型遥感卫星\n"
        "12月3日10时12分，我国在酒泉卫星发射中心使用长征二号丁运载火\n"
        "箭，成功将一颗新型遥感卫星发射升空，卫星顺利进入预定轨道。\n"
    )
    assert [a.headline for a in page.articles] == [
        "江州至九岭城际铁路开工建设",
        "我国成功发射一颗新型遥感卫星",
    ]


_MALAYSIAN_TOP = "南岛日报\n2026年12月4日 星期五\n导读\n羽球混双闯进世巡赛总决赛 体育 C2\n"


def test_a_section_label_ending_on_news_under_the_papers_name_is_the_kicker() -> None:
    page = parse_page_text(
        _MALAYSIAN_TOP + "大马新闻\n"
        "首相宣布明年2月起\n"
        "最低薪金调至1900令吉\n"
        "惠及逾400万雇员 中小企业获半年宽限期\n"
        "本报记者 黄美玲\n"
        "首相今日宣布，全国最低薪金将从明年2月1日起调高至每月1900令吉。\n"
        "他说，这项调整是在多轮磋商后作出的决定，符合当前的生活成本。\n"
    )
    story = next(a for a in page.articles if a.kicker is not None)
    assert story.kicker == "大马新闻"
    assert story.headline == "首相宣布明年2月起最低薪金调至1900令吉"
    assert story.subheadline == "惠及逾400万雇员 中小企业获半年宽限期"
    assert "大马新闻" not in page.furniture
    # The paper's own name, first on the page, stays the masthead's, 新闻 or not.
    page = parse_page_text(
        "南岛新闻\n2026年12月4日 星期五\n首相宣布调薪\n首相今日宣布调高最低薪金。\n"
    )
    assert "南岛新闻" in page.furniture


def test_a_kicker_over_a_head_and_two_decks_is_no_head_over_two_lines() -> None:
    # (two lines of like width under a wider 引题, then a deck as wide as the second: a kicker,
    # a head and decks, as a city evening paper sets them)
    page = parse_page_text(
        "寒潮来袭 全市启动应急预案\n"
        "明起气温骤降十度\n"
        "市气象台发布寒潮蓝色预警\n"
        "全市暖心驿站全部开放\n"
        "晚报记者 李晓梅 通讯员 王刚\n"
        "记者昨日从市气象台获悉，受强冷空气影响，明天起我市将出现大风降温天气。\n"
    )
    [story] = page.articles
    assert story.kicker == "寒潮来袭 全市启动应急预案"
    assert story.headline == "明起气温骤降十度"
    # A short 引题 over a head much wider than it is a kicker, not the head's first line.
    page = parse_page_text(
        "民生实事\n"
        "幼儿园新增学位六千个\n"
        "今年新建改建公办幼儿园二十所 明年秋季全部投用\n"
        "本报记者 王 芳\n"
        "记者从市教育局获悉，今年我市新建改建公办幼儿园二十所，新增学位六千个。\n"
    )
    [story] = page.articles
    assert story.kicker == "民生实事" and story.headline == "幼儿园新增学位六千个"


def test_a_columnists_line_after_wen_and_a_slash_is_a_byline() -> None:
    assert is_byline_line("文／周志遠")
    assert is_byline_line("文/周志远")
    assert not is_byline_line("文/图")
    assert not is_byline_line("文／周志遠指出，捷運")


def test_a_jump_line_may_read_continued_on() -> None:
    found = match_continuation("應先改善服務品質（續見A3版）")
    assert found is not None
    link, rest = found
    assert link.direction == "to" and link.page == 3 and rest == "應先改善服務品質"
    found = match_continuation("（转见第5版）")
    assert found is not None and found[0].page == 5
    assert match_continuation("双方约定继续见面") is None


def test_a_notices_head_under_a_closed_paragraph_heads_a_notice() -> None:
    assert names_notice_head("仁心中醫診所遷址啟事")
    assert names_notice_head("寻物启事")
    assert not names_notice_head("根据市政府的公告，")
    assert not names_notice_head("市规划局今天在官方网站上发布了一则征地补偿公告")
    page = parse_page_text(
        "灣區華文書展週末開幕\n"
        "第十屆灣區華文書展本週六、日在聖荷西\n"
        "會議中心舉行，現場有多場作家座談會，\n"
        "免費入場。\n"
        "仁心中醫診所遷址啟事\n"
        "本診所自12月8日起遷至\n"
        "舊金山華盛頓街888號二樓\n"
        "敬請新舊病友垂注\n"
        "A1 要聞 責任編輯：王立德\n"
    )
    notice = page.articles[-1]
    assert notice.kind.value == "notice" and notice.headline == "仁心中醫診所遷址啟事"
    assert notice.paragraphs == (
        "本診所自12月8日起遷至",
        "舊金山華盛頓街888號二樓",
        "敬請新舊病友垂注",
    )
    # Display lines under no notice's head stay as they were read (teasers of a box).
    page = parse_page_text(
        "灣區華文書展週末開幕\n"
        "第十屆灣區華文書展本週六、日在聖荷西\n"
        "會議中心舉行，現場有多場作家座談會，\n"
        "免費入場。\n"
        "華埠商會改選 新會長上任\n"
        "中華會館舉辦冬令救濟\n"
        "A1 要聞 責任編輯：王立德\n"
    )
    assert all(a.kind.value != "notice" for a in page.articles)
