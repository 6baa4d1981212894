"""Rules for the Chinese press of the 1920s-40s (branches jingbao25 and jingbao30): 、 as the
text's only stop, a bracketed dateline a narrow column broke over three lines, a line opening
on a clause mark; heads stacked over 、-stopped text, a two-line headline read on, run-in heads,
small crossheads set two characters a line and the notch the text wraps round them, the
Republic's folio and masthead date line. The snippets are our own wording in the shapes of the
Jing bao page of 1939 (tests/data/dev/real-ecpo-jingbao-1939-04-26)."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.assemble import Body, Title, _display_runs_as_ads
from reader.parse.lines import Line, segment_blocks, split_lines
from reader.parse.masthead import is_masthead_line, republican_folio
from reader.parse.reflow import _run_in_heads, dun_stop, dun_stopped, find_titles
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


#: A story closed by 、 over the next one's stack (wide measure).
_CLOSED = (
    "閘北大火\n"
    "（上海廿五日電）閘北昨晚失火、延燒民房十餘間、救火會聞警趕到、施救甚力、\n"
    "歷二小時始熄、幸無死傷云、\n"
)
#: A Republican-era stack of four lines over a wire dispatch set with 、 alone.
_STACK_OVER_DISPATCH = _CLOSED + (
    "蘇州河道疏濬完竣\n"
    "輪船公司恢復班次\n"
    "沿河商民咸稱交通從此便利\n"
    "支流亦將續浚以利灌溉\n"
    "（蘇州廿五日電）據此間消息、蘇州河道、經數月疏濬、業已完竣、各輪船公司、\n"
    "定期恢復開行、沿河商民、均稱便利、當局並擬於秋後、續浚支流、以利農田灌溉云、\n"
)


def _modern(text: str) -> str:
    """The same text punctuated as modern Chinese is: commas, and a full stop at the ends."""
    return text.replace("、\n", "。\n").replace("、", "，")


def test_dun_stopped_reads_a_texts_first_hundred_characters() -> None:
    assert dun_stopped("據此間消息、蘇州河道、經數月疏濬、業已完竣、")
    assert not dun_stopped("據此間消息，蘇州河道、經數月疏濬、業已完竣。")
    assert not dun_stopped("蘇州河道、經數月疏濬、業已完竣")  # two marks are too few


def test_a_stack_over_a_dun_stopped_dispatch_is_a_headline_and_its_decks() -> None:
    page = parse_page_text(_STACK_OVER_DISPATCH)
    story = page.articles[-1]
    assert story.headline == "蘇州河道疏濬完竣"
    assert story.subheadline == "輪船公司恢復班次\n沿河商民咸稱交通從此便利\n支流亦將續浚以利灌溉"
    assert story.dateline == "（蘇州廿五日電）"
    assert len(page.articles) == 2
    # Modern punctuation under the same lines: no Republican stack (three titles at most).
    modern = parse_page_text(_modern(_STACK_OVER_DISPATCH))
    assert all("沿河商民咸稱交通從此便利" not in (a.subheadline or "") for a in modern.articles)


def test_a_stack_over_plain_dun_stopped_text_is_set_off_its_measure() -> None:
    text = _CLOSED + (
        "菜市場遷移新址\n"
        "定期實行\n"
        "舊菜場因年久失修、地方狹小、市府已擇定新址、\n"
        "定於下月一日遷移、屆時舊場卽行封閉、\n"
        "各攤販均須遷入新場營業云、\n"
    )
    story = parse_page_text(text).articles[-1]
    assert (story.headline, story.subheadline) == ("菜市場遷移新址", "定期實行")
    assert story.paragraphs[0].startswith("舊菜場")

    # A line as long as the column's full lines runs on into the text under it: no head,
    # though no mark ends it and 、 closes the line above it.
    (block,) = segment_blocks(
        split_lines(
            "據此間人士宣稱、\n華軍甚爲活躍、該\n區日軍已受威脅、\n衆料日軍將大舉增\n援、以資頑抗云、\n"
        )
    )
    assert not any(find_titles(block))


def test_two_head_lines_read_on_as_one_headline() -> None:
    lines = "浙東形勢\n又趨緊張\n沿海各地日艦騷擾\n"
    text = (
        "浙東沿海各地、形勢甚爲緊張、駐在華軍、嚴密戒備、\n枕戈待命、日軍如欲進犯、决難得逞云、\n"
    )
    story = parse_page_text(lines + text).articles[0]
    assert (story.headline, story.subheadline) == ("浙東形勢又趨緊張", "沿海各地日艦騷擾")
    clause = parse_page_text("商輪於必要時\n請軍艦保護\n沿海各地日艦騷擾\n" + text).articles[0]
    assert clause.headline == "商輪於必要時請軍艦保護"
    # A second line that can stand alone is a deck; over modern text nothing is joined.
    deck = parse_page_text(lines.replace("又趨緊張", "形勢緊張") + text).articles[0]
    assert deck.headline == "浙東形勢"
    modern = parse_page_text(_modern(lines + text)).articles[0]
    assert modern.headline == "浙東形勢"


def test_a_short_line_the_text_goes_on_from_is_a_run_in_head() -> None:
    text = (
        "浙東沿海各地、形勢甚爲緊張、駐在華軍、嚴密戒備、",
        "温州昨日",
        "又爲日機三架投彈十二枚、均落城區、毀",
        "民屋頗多、幸無死傷、甌江口外、昨日又",
        "有炮戰、幸地方無損失云、",
    )
    flags = [False, True, False, False, False]
    _run_in_heads(_lines(*text), flags)
    assert flags == [False] * 5
    # Under a line read as a title too, it is a stack's head ("國旗案" / "昨已解决").
    stack = [False, True, True, False, False]
    _run_in_heads(_lines(*text[:2], "昨已解决", *text[3:]), stack)
    assert stack == [False, True, True, False, False]
    # Over modern text it stays a title.
    modern = [False, True, False, False, False]
    _run_in_heads(_lines(*(_modern(line + "\n").strip() for line in text)), modern)
    assert modern == [False, True, False, False, False]


#: A narrow column: a stack of three over a dispatch broken over lines, then a small crosshead
#: set two characters a line over a further dispatch.
_CROSSHEAD_PAGE = _CLOSED + (
    "前線克復兩鎭\n華軍分路進擊\n東鄉日軍有動搖勢\n"
    "（長沙廿五\n日電）華軍連日\n猛攻、已克復兩\n鎭、日軍傷亡甚\n重、殘部向北潰\n退云、\n"
)
_FURTHER = "（樟樹廿五日電\n）華軍向東鄉挺\n進、現已迫近城\n郊、東鄉日軍、\n已有動搖之勢、\n"


def test_a_small_crosshead_and_its_dispatch_are_paragraphs_of_the_story() -> None:
    page = parse_page_text(_CROSSHEAD_PAGE + "贛北\n戰訊\n" + _FURTHER)
    story = page.articles[-1]
    assert len(page.articles) == 2
    # The deck naming 東鄉 stays in the stack though the further dispatch tells of 東鄉.
    assert (story.headline, story.subheadline) == ("前線克復兩鎭", "華軍分路進擊\n東鄉日軍有動搖勢")
    assert story.paragraphs[1:] == (
        "贛北戰訊",
        "（樟樹廿五日電）華軍向東鄉挺進、現已迫近城郊、東鄉日軍、已有動搖之勢、",
    )
    # A head set on one line is a story's own.
    page = parse_page_text(_CROSSHEAD_PAGE + "政府命令\n" + _FURTHER)
    assert page.articles[-1].headline == "政府命令"
    # Modern text holds no such crosshead.
    modern = parse_page_text(_modern(_CROSSHEAD_PAGE + "贛北\n戰訊\n" + _FURTHER))
    assert modern.articles[-1].headline == "贛北戰訊"


def test_the_text_wraps_round_a_small_crosshead_in_a_notch() -> None:
    page = parse_page_text(
        "輪船公司恢復航線\n"
        "英商各公司所有船隻、向以行駛\n沿海各線爲主、今受阻撓、以致\n"
        "行業大受影響、惟爲維持航線起\n見、决定仍派輪行駛云、\n"
        "擴充\n航業\n日本竭力\n擴充在華\n航業、排擠外商、\n企圖獨霸、日商各\n"
        "公司、新闢上海厦\n門航線、並擴張內\n地航線云、\n"
    )
    [story] = page.articles
    assert story.paragraphs[1:] == (
        "擴充航業",
        "日本竭力擴充在華航業、排擠外商、企圖獨霸、日商各公司、新闢上海厦門航線、並擴張內地航線云、",
    )


def test_a_run_in_head_set_large_opens_its_paragraph() -> None:
    # "地方銀行" runs on from "沿海各省之" as a sentence, but is set large: its own paragraph.
    text = (
        "銀行統制辦法\n（重慶廿四日電）\n政府爲增强經濟力\n量、擬定辦法數種\n、各銀行有隨時撤\n"
        "囘法幣之權、並令\n沿海各省之\n地方銀行\n應調查當地之經\n濟資源報吿政府\n"
        "、經核准後、由政\n府投資開發云、\n"
    )
    [story] = parse_page_text(text).articles
    assert [p[:4] for p in story.paragraphs] == ["政府爲增", "地方銀行"]
    [modern] = parse_page_text(_modern(text)).articles
    assert [p[:4] for p in modern.paragraphs] == ["政府爲增"]


def test_the_republics_folio_and_masthead_date_lines_are_furniture() -> None:
    assert republican_folio("中華民國二十八年四月廿六日　晶報　星期三　第四版")
    assert republican_folio("民國廿七年十月十日　星期一")
    assert is_masthead_line("中華民國貳拾捌年四月廿六日　星期三　今日兩全張售國幣貳分四厘", 40)
    # A sentence naming such a date, or the date alone, is no folio.
    assert not republican_folio("民國二十八年四月廿六日星期三、本市各界開會紀念")
    assert not republican_folio("民國二十八年四月廿六日")
    page = parse_page_text(
        "新報\n發行人　張某\n館址上海漢口路三號\n"
        "中華民國二十八年四月廿六日　星期三　本報創刊於民國八年\n"
        "閘北大火\n（上海廿五日電）閘北昨晚失火、延燒民房十餘間、救火會聞警趕到、\n"
        "施救甚力、歷二小時始熄、幸無死傷云、\n"
    )
    assert page.furniture[:3] == ("新報", "發行人張某", "館址上海漢口路三號")
    assert [a.headline for a in page.articles] == ["閘北大火"]


def _teasers(*texts: str) -> list[Title | Body]:
    return [Title(text, "cjk", n, n, lines=[n]) for n, text in enumerate(texts, 1)]


def test_a_run_of_display_lines_with_a_price_or_maker_is_one_advertisement() -> None:
    story = Body(["市政府昨日開會、議決整頓交通云、"], 9, 9)
    ordered = [
        *_teasers("長城牌香皂", "潔白芬芳", "華美化學工業社出品"),
        *_teasers("美麗照相館", "地址靜安寺路", "電話三二一〇五號"),
        story,
        *_teasers("止咳露", "大瓶二元小瓶一元", "中法大藥房發行"),
    ]
    kept = _display_runs_as_ads(ordered)
    assert [type(item).__name__ for item in kept] == ["Body", "Body", "Body", "Body"]
    soap, studio, _story, syrup = kept
    assert isinstance(soap, Body) and soap.ad_piece
    # (the brand's line, printed first and alone with no ad's mark, is the ad's head: branch
    # hz45, tests/parse/test_republican_press_rules.py)
    assert [t.text for t in soap.titles] == ["長城牌香皂"]
    assert soap.paragraphs == ["潔白芬芳", "華美化學工業社出品"]
    assert isinstance(studio, Body) and studio.paragraphs[-1] == "電話三二一〇五號"
    assert kept[2] is story
    assert isinstance(syrup, Body) and syrup.lines == [2, 3]


def test_display_lines_without_an_ads_mark_or_with_stops_stay_as_read() -> None:
    # A contents box's entries printed without page numbers carry no price, no maker.
    entries = _teasers("華軍收復新街站", "浙東形勢又趨緊張", "滬浙交通斷絕")
    assert _display_runs_as_ads(list(entries)) == entries
    # A line with a sentence's stop is no display line; a lone line is no advertisement.
    prose = _teasers("本報訊、米價每石三十元", "華美化學工業社出品")
    assert _display_runs_as_ads(list(prose)) == prose
    lone = _teasers("大瓶二元小瓶一元")
    assert _display_runs_as_ads(list(lone)) == lone
    # English titles, and teasers with a page pointer, are other rules' business.
    english = [Title("PRICES CUT 10c", "caps", 1, 1), Title("Sold by Druggists", "mixed", 2, 2)]
    assert _display_runs_as_ads(list(english)) == english
