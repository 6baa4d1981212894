"""Rules for the conventions of the Republican-era Chinese press (branch hz45): the paper's own
（本報訊） as a byline, （又訊） and △ opening a further report or item, a column's label between
ornaments over its items, a literary column's label over the work's title and its writer, a
serial's chapter heads. The snippets are our own wording in the shapes of the Jing bao page of
1939 and of own-rep-tj-daily; each rule has near misses that must not fire."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_literary_label, match_byline_lead, match_dateline
from reader.parse.lines import Line
from reader.parse.reflow import chapter_head, find_titles, labels_items, opens_follow_up
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
    assert not chapter_head(_lines("死去的母親。", "二　陶小姐與她的丈夫", "這樣的，"), 1)
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
