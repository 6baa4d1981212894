"""Rules for the Chinese press of the 1920s-40s (branch jingbao25): 、 as the text's only stop,
a bracketed dateline a narrow column broke over three lines, a line opening on a clause mark."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.lines import Line, segment_blocks, split_lines
from reader.parse.reflow import dun_stop, find_titles
from reader.text.cjk import display_width


def _lines(*texts: str) -> list[Line]:
    return [
        Line(number=n, text=t, indented=False, gap=0, width=display_width(t))
        for n, t in enumerate(texts, 1)
    ]


def test_dun_stop_is_the_texts_only_mark_ending_a_line() -> None:
    wire = _lines(
        "本市米價、連日續漲、每石",
        "已達三十元以上、各米行存",
        "貨無多、市民頗感恐慌云、",
    )
    assert dun_stop(wire, 2)
    assert not dun_stop(wire, 1)  # the line ends on no 、
    # Modern text: 、 lists words, and a comma or a full stop is close by.
    modern = _lines(
        "今年，全市新建学校、医院",
        "、图书馆、体育馆、公园、",
        "养老院等公共设施二十余处。",
    )
    assert not dun_stop(modern, 1)
    # Two marks are too few to tell the text's punctuation.
    assert not dun_stop(_lines("米行存貨無多", "市民頗感恐慌云、", "另訊"), 1)


def test_a_head_under_a_story_closed_by_a_dun_stop_starts_a_story() -> None:
    page = parse_page_text(
        "滬市米價續漲\n"
        "（上海廿五日電）本市米價、連日續漲、每石已達三十元\n"
        "以上、各米行存貨無多、市民頗感恐慌、當局已\n"
        "設法平抑云、\n"
        "工部局佈告\n"
        "防疫注射\n"
        "工部局衞生處、以時屆春令、疫癘易生、特於\n"
        "各區設立注射站、免費施行防疫注射、\n"
    )
    assert [a.headline for a in page.articles] == ["滬市米價續漲", "工部局佈告"]
    assert page.articles[0].paragraphs[-1].endswith("當局已設法平抑云、")
    assert "工部局衞生處" in page.articles[1].paragraphs[0]


def test_a_short_line_closed_by_a_dun_stop_ends_its_paragraph() -> None:
    page = parse_page_text(
        "各業均受影響\n"
        "滬市各業、如柴炭紙張生漆、向賴甬温兩地、\n"
        "轉口來滬、自禁航後、來源斷絕、價格上漲、\n"
        "各業均受重大影響、\n"
        "至於堆積甬温兩地之土貨、則爲數頗多、各\n"
        "業均希望能於短期內復航、以利交通、\n"
    )
    [story] = page.articles
    assert [p[:4] for p in story.paragraphs] == ["滬市各業", "至於堆積"]


def test_a_line_over_a_paragraphs_short_last_line_is_no_title() -> None:
    # "自應靜待整個之辦" has no mark and the line above ends on 、, but it fills its column
    # and runs into the short line closing the paragraph: no head.
    page = parse_page_text(
        "國旗問題\n"
        "法捕房取去國旗\n"
        "、由納稅華人會、\n"
        "派員領囘、至被取\n"
        "去國旗之各商號、\n"
        "請於三日內報吿、\n"
        "法當局尚無若何具\n"
        "體結果、尚待交涉、\n"
        "自應靜待整個之辦\n"
        "法云、\n"
    )
    [story] = page.articles
    assert story.headline == "國旗問題"
    assert story.paragraphs[-1].endswith("尚待交涉、自應靜待整個之辦法云、")


def test_a_bracketed_dateline_broken_over_three_lines_opens_the_story() -> None:
    page = parse_page_text(
        "南翔劇戰\n（南翔\n廿四日\n電）華軍向南翔進\n擊、經一晝夜之劇\n戰、已迫近城郊、\n"
    )
    [story] = page.articles
    assert story.headline == "南翔劇戰"
    assert story.dateline == "（南翔廿四日電）"
    assert story.paragraphs == ("華軍向南翔進擊、經一晝夜之劇戰、已迫近城郊、",)


def test_a_line_opening_on_a_clause_mark_runs_on_from_the_line_above() -> None:
    # No typesetter starts a line with 、, but a narrow column's OCR or transcription does:
    # the short line above runs on into it and is no title.
    def titles(text: str) -> list[bool]:
        (block,) = segment_blocks(split_lines(text))
        return find_titles(block)

    page = "本校今春招收新生二百餘名。\n其中女生\n、佔三分之一。\n開學典禮定於下週舉行。\n"
    assert titles(page) == [False, False, False, False]
    assert titles(page.replace("、佔", "佔")) == [False, True, False, False]
