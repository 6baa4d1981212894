"""Rules for the conventions of the Republican-era Chinese press (branch hz45): the paper's own
（本報訊） as a byline, （又訊） and △ opening a further report or item, a column's label between
ornaments over its items, a literary column's label over the work's title and its writer, a
serial's chapter heads; an advertisement's brand line as its head and its display lines kept
from other stories, 啓事 and a notice's closing formula, two head lines read on after a verb
taking a clause or over a count, a run-in head in its notch, a head over a deck as wide as the
text. The snippets are our own wording in the shapes of the Jing bao page of
1939 and of own-rep-tj-daily; each rule has near misses that must not fire."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import Body, Title, _display_runs_as_ads, republican_head_reads_on
from reader.parse.classify import (
    ends_on_notice_formula,
    is_literary_label,
    looks_like_notice,
    match_byline_lead,
    match_dateline,
)
from reader.parse.lines import Line
from reader.parse.reflow import (
    chapter_head,
    find_titles,
    labels_items,
    opens_follow_up,
    paragraph_breaks,
)
from reader.text.cjk import display_width


def _lines(*texts: str) -> list[Line]:
    return [
        Line(number=n, text=t, indented=False, gap=0, width=display_width(t))
        for n, t in enumerate(texts, 1)
    ]


def test_the_papers_own_report_in_round_brackets_is_a_byline() -> None:
    for lead in (
        "（本報訊）本市各慈善團體、",
        "（本报讯）本市",
        "（本報特訊）昨日",
        "(本報專訊)昨",
    ):
        assert match_dateline(lead) is None, lead
        assert match_byline_lead(lead) is not None, lead
    # Near misses: a place's report in brackets stays a dateline; a bracket holding more is
    # neither.
    assert match_dateline("（新加坡讯）本地") is not None
    assert match_dateline("（吉隆坡4日讯）警方") is not None
    assert match_byline_lead("（本報昨日訊）") is None
    page = parse_page_text(
        "本市冬賑籌備就緒\n"
        "（本報訊）本市各慈善團體、以冬令已屆、貧民待賑\n"
        "孔亟、特於昨日下午二時、在商會大樓、召開聯席會\n"
        "議、公推商會會長主席云、\n"
    )
    story = page.articles[0]
    assert (story.byline, story.dateline) == ("（本報訊）", None)
    assert story.paragraphs[0].startswith("本市各慈善團體")


def test_a_further_report_and_an_item_mark_open_a_paragraph() -> None:
    assert opens_follow_up("（又訊）該路局以")
    assert opens_follow_up("（又電）")
    assert opens_follow_up("(又一電)據")
    assert opens_follow_up("△旅美華僑、鑒")
    # Near misses: 又 inside a bracket that is no report's mark, △ before no Chinese, prose.
    assert not opens_follow_up("（又名白河）")
    assert not opens_follow_up("△ABC")
    assert not opens_follow_up("又訊該路局")
    page = parse_page_text(
        "北寧路客車恢復\n"
        "（北平六日電）北\n"
        "寧鐵路局、决定自\n"
        "本月八日起、平津\n"
        "間加開快車兩次、\n"
        "票價照舊、各站均\n"
        "（又訊）該路局以\n"
        "冬令將屆、各站候\n"
        "車室、已裝設火爐\n"
        "、以便旅客云、\n"
    )
    story = page.articles[0]
    assert len(story.paragraphs) == 2
    assert story.paragraphs[1].startswith("（又訊）")


def test_a_label_between_ornaments_heads_the_items_under_it() -> None:
    assert labels_items("◇小消息◇", "△旅美華僑、鑒")
    assert labels_items("◆本市簡訊◆", "△市公安局以冬防")
    # Near misses: unmatched ornaments, a label over text with no item mark, a long line.
    assert not labels_items("◇小消息◆", "△旅美華僑、鑒")
    assert not labels_items("◇小消息◇", "旅美華僑、鑒")
    assert not labels_items("◇本市各界昨日舉行盛大集會◇", "△旅美華僑、鑒")
    page = parse_page_text(
        "平市電車工潮\n"
        "昨已平息\n"
        "（北平六日電）北平電車公司工人、前因要求增加\n"
        "工資、於本月三日起怠工、經社會局一再調解、工\n"
        "人已一律復工、各路電車、照常行駛云、\n"
        "◇本市簡訊◇\n"
        "△市公安局以冬防\n"
        "期近、定於十日起\n"
        "、實行夜間戒嚴、\n"
        "△南開中學定本月\n"
        "十五日、舉行校慶\n"
        "紀念、\n"
    )
    column = page.articles[-1]
    assert column.headline == "◇本市簡訊◇"
    assert [p[:4] for p in column.paragraphs] == ["△市公安", "△南開中"]
    assert all("簡訊" not in p for p in page.articles[0].paragraphs)


def test_an_item_mark_opens_no_title() -> None:
    flags = find_titles_of(
        "工作、", "△南開中學定本月", "十五日、舉行校慶", "紀念、並開遊藝大", "會、"
    )
    assert not flags[1]


def find_titles_of(*texts: str) -> list[bool]:
    from reader.parse.lines import segment_blocks, split_lines

    blocks = segment_blocks(split_lines("\n".join(texts) + "\n"))
    return [flag for block in blocks for flag in find_titles(block)]


def test_a_literary_columns_label_over_the_works_title_and_writer() -> None:
    for label in ("小說", "小说", "連載小說", "小品", "隨筆", "詩", "散文"):
        assert is_literary_label(label), label
    for other in ("社論", "小品文章", "本市", "說明"):
        assert not is_literary_label(other), other
    page = parse_page_text(
        "小品\n"
        "冬夜　望雲\n"
        "北風從窗縫裏鑽進來，爐子\n"
        "裏的煤已經快滅了。我披着\n"
        "舊棉袍，坐在燈下。\n"
        "母親在裏屋咳嗽，我知道她\n"
        "又沒有睡着。\n"
    )
    work = page.articles[0]
    assert (work.kicker, work.headline, work.byline) == ("小品", "冬夜", "望雲")
    # Near miss: with no label over it, a head whose two phrases a space parts is one head
    # and names no writer.
    page = parse_page_text(
        "冬夜　望雲\n北風從窗縫裏鑽進來，爐子\n裏的煤已經快滅了。我披着\n舊棉袍，坐在燈下。\n"
    )
    assert page.articles[0].byline is None
    assert page.articles[0].kicker is None


def test_a_serials_chapter_head_is_a_paragraph_of_it() -> None:
    text = (
        "死去的母親。",
        "二　陶小姐",
        "這樣的丈夫，自然無暇顧",
        "及家庭。",
    )
    assert chapter_head(_lines(*text), 1)
    # Near misses: a head over text with no comma or full stop (a Republican wire story's
    # 、-stopped text), under a line running on, or holding more than a name.
    assert not chapter_head(_lines("死去的母親。", "二　陶小姐", "這樣的丈夫、自然無暇"), 1)
    assert not chapter_head(_lines("死去的母親是", "二　陶小姐", "這樣的丈夫，自然無暇"), 1)
    assert not chapter_head(_lines("死去的母親。", "二　陶小姐與丈夫", "這樣的，"), 1)
    page = parse_page_text(
        "小說\n"
        "妹妹我愛你　卓呆\n"
        "一　睡態\n"
        "但是她今夜之夢，决不是\n"
        "那種歡樂之夢。\n"
        "二　陶小姐\n"
        "這樣的丈夫，自然無暇顧\n"
        "及家庭。\n"
    )
    assert len(page.articles) == 1
    serial = page.articles[0]
    assert (serial.kicker, serial.headline, serial.byline) == ("小說", "妹妹我愛你", "卓呆")
    assert len(serial.paragraphs) == 4
    assert serial.paragraphs[2].replace(" ", "") == "二陶小姐"


def test_an_ads_brand_line_printed_first_is_its_head() -> None:
    run: list[Title | Body] = [
        Title(text, "cjk", n, n, lines=[n])
        for n, text in enumerate(
            ("雙鶴牌牙粉", "潔齒香口", "每盒大洋一角", "中華化學工業社出品"), 1
        )
    ]
    (ad,) = _display_runs_as_ads(run)
    assert isinstance(ad, Body)
    assert [t.text for t in ad.titles] == ["雙鶴牌牙粉"]
    assert ad.paragraphs == ["潔齒香口", "每盒大洋一角", "中華化學工業社出品"]
    # Near misses: an ad opening on its price has no head; nor does one whose first title is
    # display lines read on into one (the brand's line is no longer told apart).
    priced: list[Title | Body] = [
        Title(text, "cjk", n, n, lines=[n])
        for n, text in enumerate(("每盒大洋一角", "潔齒香口", "中華化學工業社出品"), 1)
    ]
    (ad,) = _display_runs_as_ads(priced)
    assert isinstance(ad, Body) and not ad.titles and len(ad.paragraphs) == 3
    joined: list[Title | Body] = [
        Title("金字塔香煙煙中鉄軍", "cjk", 1, 3, lines=[1, 2, 3]),
        Title("福新煙公司出品", "cjk", 4, 4, lines=[4]),
    ]
    (ad,) = _display_runs_as_ads(joined)
    assert isinstance(ad, Body) and not ad.titles


def test_an_ads_display_lines_head_no_story() -> None:
    page = parse_page_text(
        "雙鶴牌牙粉\n"
        "潔齒香口\n"
        "每盒大洋一角\n"
        "天津中華化學工業社出品\n"
        "平安電影院\n"
        "今日起開映\n"
        "日夜三場　票價四角起\n"
        "地址法租界二十一號路\n"
        "綏東戰事漸緊\n"
        "晉綏軍增防平地泉\n"
        "（太原六日專電）據此間軍事方面消息、綏東一帶、近日\n"
        "情勢漸趨緊張、晉綏軍當局、已急調步兵兩團、增防平\n"
        "地泉、嚴密戒備云、\n"
    )
    toothpowder, cinema, story = page.articles
    assert (toothpowder.kind.value, toothpowder.headline) == ("notice", "雙鶴牌牙粉")
    assert (cinema.kind.value, cinema.headline) == ("notice", "平安電影院")
    assert cinema.paragraphs[-1] == "地址法租界二十一號路"
    assert (story.headline, story.subheadline) == ("綏東戰事漸緊", "晉綏軍增防平地泉")
    # Near miss: over modern text the stack is read as before (no ad's line is looked for).
    modern = parse_page_text(
        "地址迁至高新区\n"
        "市民服务中心启用\n"
        "本报讯 市民服务中心今天在高新区新址启用，可办理业务三百余项。\n"
    )
    assert modern.articles[0].headline is not None


def test_a_notices_head_and_its_closing_formula() -> None:
    for head in ("永記洋行遷移啓事", "褚民誼啓事", "招聘启事", "董事會通啓"):
        assert looks_like_notice(head, "本行原設日租界旭街"), head
    assert not looks_like_notice("啓事之後", "本行原設日租界旭街")
    for line in (
        "照常交易特此奉吿諸希公鑒",
        "用特鄭重啓事敬希公鑒",
        "此啓",
        "董事會謹啓",
        "特此聲明",
    ):
        assert ends_on_notice_formula(line), line
    # Near misses: the words inside a line, or a line ending on another word.
    for line in ("諸希公鑒本行", "啓事如下", "公司聲明", "特此說明"):
        assert not ends_on_notice_formula(line), line
    # The formula ends the notice's paragraph; a line ending on other words runs on.
    notice = _lines(
        "本行原設日租界旭街現因業務擴充遷至法租界二十四號路",
        "四十五號新址營業自十一月十日起照常交易特此奉吿諸希公鑒",
        "本行經理人王君因事辭職所有一切事務均由李君接辦",
    )
    assert paragraph_breaks(notice) == [False, True]
    notice[1] = _lines("四十五號新址營業自十一月十日起照常交易特此奉吿諸希知照")[0]
    assert paragraph_breaks(notice) == [False, False]


def test_two_head_lines_read_on_after_a_verb_or_over_a_count() -> None:
    lead = "冀察政務委員會、昨日上午十時、舉行例會、出席委員九人、"
    assert republican_head_reads_on("冀察政會决定", "設立經濟委員會", lead)
    assert republican_head_reads_on("市府擬", "整頓全市交通", lead)
    assert republican_head_reads_on("猶太難民", "八千多名在滬", lead)
    assert republican_head_reads_on("各地災民", "三百餘人待賑", lead)
    # Near misses: a head that stands alone over a deck, 兩 naming its own subject, 命令 (the
    # order the head names), and modern text under the lines.
    assert not republican_head_reads_on("綏東戰事漸緊", "晉綏軍增防平地泉", lead)
    assert not republican_head_reads_on("英法商談地中海問題", "兩國海軍當局交換意見", lead)
    assert not republican_head_reads_on("國府命令", "任命李世軍爲委員", lead)
    assert not republican_head_reads_on(
        "冀察政會决定", "設立經濟委員會", "冀察政务委员会昨日举行例会，出席委员九人。"
    )


def test_a_run_in_head_in_its_notch_and_a_head_over_a_deck_as_wide_as_the_text() -> None:
    page = parse_page_text(
        "本市冬賑籌備就緒\n"
        "各慈善團體昨開聯席會\n"
        "（本報訊）本市各慈善團體、以\n"
        "冬令已屆、貧民待賑孔亟、特於\n"
        "昨日下午二時、在商會大樓、召\n"
        "開聯席會議、公推會長主席、\n"
        "决定辦法\n"
        "如下、（一）本年冬\n"
        "賑、自十二月一日起\n"
        "、至明年二月底止、\n"
        "（二）在河東河北南開西沽、設\n"
        "立粥廠四處、每日施粥兩次、\n"
        "又該會以今冬物價昂貴、貧戶較\n"
        "往年爲多、已函請市政府、酌撥\n"
        "賑欵、以資挹注云、\n"
        "津市金融平穩\n"
        "銀根漸鬆拆息回落\n"
        "本市金融、近日以\n"
        "各銀行存欵增加、\n"
        "銀根漸形鬆動、昨\n"
        "日銀行公會拆息、\n"
        "市面尚稱平穩云、\n"
    )
    relief, money = page.articles
    assert relief.headline == "本市冬賑籌備就緒"
    assert relief.paragraphs[1].startswith("决定辦法如下、")
    assert (money.headline, money.subheadline) == ("津市金融平穩", "銀根漸鬆拆息回落")
    assert money.paragraphs[0].startswith("本市金融、")


def test_a_head_over_text_in_a_narrower_column_is_no_run_in_head() -> None:
    # Near miss: the text under a story's head stays at one width (its own column's), so no
    # notch beside the head: it is the story's head, as it was.
    page = parse_page_text(
        "本市各慈善團體、以冬令已屆、貧民待賑孔亟、特於\n"
        "昨日下午二時、在商會大樓、召開聯席會議云、\n"
        "往虹口\n"
        "日方規定、自今\n"
        "日起、不論中外\n"
        "人士、如須通過\n"
        "虹口各區地帶、\n"
        "須添備證明文件\n"
        "、否則不予通過\n"
        "、逐一檢查云、\n"
    )
    assert page.articles[-1].headline == "往虹口"
