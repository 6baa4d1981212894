"""Patterns for datelines, bylines, credits, jump lines, furniture and titles."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.parse.classify import (
    box_entry,
    byline_names,
    ends_title_cased,
    is_agency_tag,
    is_box_header,
    is_byline_line,
    is_clean_capitals_head,
    is_credit,
    is_desk_from_place,
    is_furniture,
    is_handle_byline,
    is_place_signature,
    is_see_story_pointer,
    is_title_cased,
    is_title_like,
    match_byline_lead,
    match_continuation,
    match_dateline,
    match_modern_dateline,
    match_teaser_pointer,
    may_hold_story_opening,
    name_over_place,
    names_page,
    names_story_opening,
    office_under_by_line,
    opens_on_month_day,
    opens_story_alone,
    parse_page_number,
    split_closing_credit,
    split_story_opening,
    trailing_signature,
)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("新华社北京1月13日电 全国科技工作会议", "新华社北京1月13日电"),
        ("本报北京3月17日电 记者17日从", "本报北京3月17日电"),
        ("新华社上海3月17日电（记者 王明） 论坛", "新华社上海3月17日电（记者 王明）"),
        ("据新华社报道，今年", "据新华社报道，"),
        ("WASHINGTON, Jan. 13 (AP) — The Senate", "WASHINGTON, Jan. 13 (AP) —"),
        ("NEW YORK, Sept. 17.—Before a crowd", "NEW YORK, Sept. 17.—"),
        ("MINEOLA, N. Y., Sept. 17.—The fair", "MINEOLA, N. Y., Sept. 17.—"),
        ("HARBOR POINT — The City Council put off", "HARBOR POINT —"),
        ("SEATTLE (AP) — Officials said Wednesday", "SEATTLE (AP) —"),
        ("PORTLAND, Ore. — A man was", "PORTLAND, Ore. —"),
        ("NEW YORK – 12 people were hurt", "NEW YORK –"),
        # 1916 dailies as OCR reads them (branch dates11):
        # The dash lost and the story's first word set straight against the day's stop.
        ("Washington, Feb. 28.Experi- mental long range firing", "Washington, Feb. 28."),
        ("St. Paul, Minn., Feb. 28.W. J. Stevenson, assistant", "St. Paul, Minn., Feb. 28."),
        # "Ill." read as figures or closed by a hyphen; a comma read as a low quote.
        ("Lake Forest, 111., Feb. 28.—Before calling", "Lake Forest, 111., Feb. 28.—"),
        ("Chicago, III-, Feb. 28.—Uneasiness over", "Chicago, III-, Feb. 28.—"),
        ("Fargo, N. D„ Feb. 28.—The North Dakota", "Fargo, N. D„ Feb. 28.—"),
        # The wire's route after the city, its capital misread.
        ("Berlin, via liondon, Feb. 28.—The German", "Berlin, via liondon, Feb. 28.—"),
        ("Petrograd, via London, Feb. 4.—The Novoe", "Petrograd, via London, Feb. 4.—"),
        # Missing datelines of 1916 pages (branch dates13): a stray mark before the place.
        (".ROME, Italy,. Feb. 28.ACcording to press", ".ROME, Italy,. Feb. 28."),
        ('"Washington, Feb. 2. Felix Diaz has', '"Washington, Feb. 2.'),
        ("'New York, Feb. 8.—Jess Willard", "'New York, Feb. 8.—"),
        # A 1-like mark among a place word's capitals or closing it.
        ("Corpus Christ!, Tex., Feb. 28.—Sheriff Baker", "Corpus Christ!, Tex., Feb. 28.—"),
        ("ST. LOL1S, Feb. 3. Following in part", "ST. LOL1S, Feb. 3."),
        ("LONDON1, Feb. 8.?An official", "LONDON1, Feb. 8.?"),
        # The first word "A", or two capitals, set against the day's stop.
        ("New York, Feb. 28.A course of training", "New York, Feb. 28."),
        # (branch months13) a month OCR damaged past its letters, between the place's comma
        # and the day, with the dash: its first two letters, its last two, one letter wrong.
        ("Washington, Fe•!. 28.—The navy", "Washington, Fe•!. 28.—"),
        ('Washington, "eb. 28-—In a note', 'Washington, "eb. 28-—'),
        ("Washington, Feh. 28.—The", "Washington, Feh. 28.—"),
        ("LONDON, Ja». 2S.—The", "LONDON, Ja». 2S.—"),
        # (branch dates14) the place closed by a stop, and the dash lost after the day's stop
        # before a capital.
        ('Dover. F"eb. 28.—The', 'Dover. F"eb. 28.—'),
        ("Philadelphia, Pa.. F'eb. 19.-A man", "Philadelphia, Pa.. F'eb. 19.-"),
        ("WASHINGTON. Fab. 17.—", "WASHINGTON. Fab. 17.—"),
        ("Washington, Feh. 28. The", "Washington, Feh. 28."),
        ("London. Keb. 3. Sir John", "London. Keb. 3."),
        ('Chicago. Fob. 2. "The movies', "Chicago. Fob. 2."),
        # (branch months15) a comma after the month, damaged or not, before the day.
        ("Washington, Fob, 28. Germany", "Washington, Fob, 28."),
        ("Berlin, Feb, 4.—The Austro-Hungarian", "Berlin, Feb, 4.—"),
        ("PHILADELPHIA, Feb., 24.—President", "PHILADELPHIA, Feb., 24.—"),
        ("CLAREMORE, Okla., Peb, 7. The body", "CLAREMORE, Okla., Peb, 7."),
    ],
)
def test_datelines(text: str, dateline: str) -> None:
    match = match_dateline(text)
    assert match is not None and match.text == dateline
    assert text.startswith(dateline) and match.rest == text[len(dateline) :].lstrip()


@pytest.mark.parametrize(
    "text",
    [
        "新华社记者",
        "本报讯（记者张伟） 1月14日",
        "New York is big.",
        # A dash after capitals with no sentence after it: a headline and its deck.
        "GERMANS ADVANCE — Berlin Says Troops Take Town",
        "WAR — THE END",
        "A — The",
        # 1916 forms that are no datelines (branch dates11):
        # A stop against a word in small letters, or against a quote, is no lost dash.
        "Washington, Feb. 28.the senate",
        'WASHINGTON, Feb. 12."The note',
        # A figure that is no "Ill." is no state.
        "Lake Forest, 112., Feb. 28.—Before",
        # "via" needs its route.
        "Berlin, via, Feb. 28.—The",
        # (branch dates13) a "1" among small letters is a prize list's ordinal, not a place's
        # letter; two marks before the place are no stray mark; "A" against a capital word,
        # and three capitals against the stop, open no story.
        "Fife Wheat1st, Marshall. A. D. Vansickle",
        "Fife Wheat1st, Feb. 28.—A. D. Vansickle",
        '."Washington, Feb. 2. Felix',
        "New York, Feb. 28.A Course",
        "New York, Feb. 28.USA today",
        # (branch months13) a damaged month needs a place before it, the dash after the day
        # or its stop before a capital (dates14), and a token like a month; a number's word
        # is none, and neither is a day with no stop, or a stop before a small letter.
        "the fee. 28.—of the clerk",
        "He went to Dover. Feb. 28 was cold",
        "Dover. Feh. 28 was cold",
        "Washington, Feh. 28. the",
        "Street, Springfield, Mass. '61 Years",
        "Smith, No. 28.—Gone",
        "Township, Sec. 28.—Lots",
        "Washington, Yes. 28.—The",
        # (branch months15) the comma form in running prose, or with no stop and capital or
        # dash after the day, stays prose; so does a word that is no month before the comma.
        "the fee, 28 of them",
        "the fee, 28.—of the clerk",
        "Dover, Feb, 28 was cold",
        "Washington, Feh, 28. the",
        "Smith, No, 28.—Gone",
        "Washington, Yes, 28.—The",
    ],
)
def test_not_datelines(text: str) -> None:
    assert match_dateline(text) is None


def test_bylines() -> None:
    lead = match_byline_lead("本报讯（记者张伟） 1月14日，全国")
    assert (
        lead is not None and lead.text == "本报讯（记者张伟）" and lead.rest.startswith("1月14日")
    )
    assert is_byline_line("本报记者 陈静")
    assert is_byline_line("By JANE DOE")
    assert is_byline_line("By Margaret Ellis")
    assert not is_byline_line("By the river the mayor spoke at length.")
    assert byline_names("本报讯（记者张伟）") == ("张伟",)
    assert byline_names("By JANE DOE") == ("JANE DOE",)
    assert byline_names("记者 张三 李四") == ("张三", "李四")


@pytest.mark.parametrize(
    "text",
    [
        "张端/摄",
        "新华社记者 张端/摄",
        "本报记者 王芳摄",
        "Photo: Gazette Staff",
        "图：本报记者",
        "day. (Photo: JENNY PARK/Ledger)",
        "(AP Photo/Jane Doe)",
    ],
)
def test_credits(text: str) -> None:
    assert is_credit(text)


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "clean the beach on Saturday. (Photo: JENNY PARK/Ledger)",
            ("clean the beach on Saturday.", "(Photo: JENNY PARK/Ledger)"),
        ),
        (
            "Crews work late. (Staff photo by Tom Wells)",
            ("Crews work late.", "(Staff photo by Tom Wells)"),
        ),
        ("(Photo: JENNY PARK/Ledger)", None),  # nothing but the credit: a credit line
        ("The mayor (photo: page 3) spoke.", None),  # not at the end
        ("He took the photo (with a friend)", None),
    ],
)
def test_closing_credit_comes_off_the_caption(text: str, split: tuple[str, str] | None) -> None:
    assert split_closing_credit(text) == split


def test_not_credit() -> None:
    assert not is_credit("他在现场拍摄了很多照片，并表示这次活动十分成功，值得记录下来。")


@pytest.mark.parametrize(
    ("text", "direction", "page"),
    [
        ("（下转第二版）", "to", 2),
        ("下转第3版", "to", 3),
        ("（上接第一版）", "from", 1),
        ("Continued on Page 4", "to", 4),
        ("Continued from Page Three.", "from", 3),
        ("控制住了局面。（下转第十二版）", "to", 12),
        ("Please see PARKING on Page 6", "to", 6),
        ("See COUNCIL, Page A4", "to", None),
    ],
)
def test_continuations(text: str, direction: str, page: int | None) -> None:
    found = match_continuation(text)
    assert found is not None
    link, rest = found
    assert (link.direction, link.page) == (direction, page)
    assert link.text in text and link.text not in rest


@pytest.mark.parametrize(
    "text", ["See Page 4", "Farm prices rise, See Page 4", "See the mayor, Page 2"]
)
def test_teaser_pointers_are_no_jump_lines(text: str) -> None:
    assert match_continuation(text) is None


def test_teaser_pointer() -> None:
    found = match_teaser_pointer("春灌用水实现“一网统管”（见第2版）")
    assert found is not None
    assert found[0].page == 2 and found[1] == "春灌用水实现“一网统管”"


def test_page_numbers() -> None:
    assert [parse_page_number(t) for t in ["3", "三", "十", "十二", "二十一", "Four", "x"]] == [
        3, 3, 10, 12, 21, 4, None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "2025年3月18日 星期二",
        "第2版",
        "第3版 科技",
        "今日8版",
        "责任编辑：赵敏",
        "国内统一连续出版物号 CN11-0078",
        "VOL. XLII.—NO. 261.",
        "NEW YORK, MONDAY, SEPTEMBER 18, 1911.",
        "U. S. CAPITOL, MONDAY, FEBRUARY 1, 1916.",
        "FIVE CENTS",
        "PAGE 2",
    ],
)
def test_furniture(text: str) -> None:
    assert is_furniture(text)


def test_paper_name_is_furniture_only_when_given() -> None:
    assert is_furniture("THE MORNING GAZETTE", "The Morning Gazette")
    assert not is_furniture("THE MORNING GAZETTE")


@pytest.mark.parametrize("text", ["今年气温比往年高2度，农民说。", "第2版的文章说，会议召开了。"])
def test_prose_is_not_furniture(text: str) -> None:
    assert not is_furniture(text)


def test_title_like() -> None:
    assert is_title_like("全国科技工作会议在京召开")
    assert is_title_like("AI眼镜能否成为“杀手级”产品")
    assert is_title_like("——多地探索小规模、渐进式城市更新")
    assert is_title_like("FIRE SWEEPS HARBOR DOCKS")
    assert is_title_like("Three Warehouses Lost in Night Blaze")
    assert not is_title_like("丁薛祥指出，党的二十大明")
    assert not is_title_like("印把宏伟蓝图变为现实。")
    assert not is_title_like("out shortly after midnight in a cotton")


def test_every_jump_pattern_needs_the_page_hint() -> None:
    # match_continuation skips its patterns when the text names no page (a speed short cut):
    # every pattern must then require 版, Page (PAGE) or a tabloid's short "P4-5", or the short
    # cut would hide its matches. A slug jump by section page (tabloid30: "Please see WATER,
    # A6") names no Page: names_a_page finds it by its own guard.
    # So does a jump to a section letter's page (bbb42: "Continued on A3"), and one to a named
    # section's page by its letter (en45: "SEE TOP OF THE NEWS A4"); a Chinese jump to a
    # section letter's page with no 版 is found by its 见 (zh47: "續見A3"). A contents entry's
    # bare "见第3版" (zh49, _SEE_PAGE_ZH) holds its 版 and needs no exemption.
    from reader.parse.classify import (
        _CONTINUATION_PATTERNS,
        _SECTION_CONTINUED,
        _SECTION_SEE_ZH,
        _SECTION_SLUG_JUMP,
        _SEE_SECTION,
        names_a_page,
    )

    for pattern, _ in _CONTINUATION_PATTERNS:
        if (
            pattern is _SECTION_SLUG_JUMP
            or pattern is _SECTION_CONTINUED
            or pattern is _SEE_SECTION
            or pattern is _SECTION_SEE_ZH
        ):
            continue
        bare = (
            pattern.pattern.replace("版", "")
            .replace("[Pp]age", "")
            .replace("Page", "")
            .replace("PAGE", "")
        )
        # (a pattern's "[Pp]age" names a page in either case: "See RAIL on page 3")
        spelled = pattern.pattern.replace("[Pp]age", "Page")
        assert bare != pattern.pattern and names_a_page(spelled), pattern
    for jump in ("Please see WATER, A6", "See MAYOR, B2", "(See SCHOOLS, C12)"):
        assert _SECTION_SLUG_JUMP.match(jump) and names_a_page(jump), jump
    for jump in ("Continued on A3", "(Cont. on B2)", "Continued on C12."):
        assert _SECTION_CONTINUED.match(jump) and names_a_page(jump), jump
    assert names_a_page("(Continued on PAGE 4)") and names_a_page("下转第二版")
    assert names_a_page("See RAIL on page 3")
    # (and a teaser's pointer alone under its head, 版 or not: bb48's "詳見A5版", "详见B1")
    for jump in ("續見A3", "（转见B2）", "续见A12", "詳見A5版", "详见B1"):
        assert _SECTION_SEE_ZH.match(jump) and names_a_page(jump), jump
    for jump in ("SEE TOP OF THE NEWS A4", "SEE WORLD A12"):
        assert _SEE_SECTION.match(jump) and names_a_page(jump), jump
    assert names_a_page("FULL STORY P4-5") and names_a_page("TURN TO P6")
    assert not names_a_page("Continued on the next sheet")


# --- the speed short cuts give what the plain tests give -------------------------------------

_PATTERN_TEXT = st.text(
    alphabet="ab AB.,—-/:摄影()VOLNo12 \tPhotobyEDITION版", min_size=0, max_size=40
)


@settings(max_examples=300, deadline=None)
@given(text=_PATTERN_TEXT)
def test_joined_patterns_match_what_the_list_matches(text: str) -> None:
    from reader.parse.classify import (
        _CREDIT_PATTERNS,
        _DATELINE,
        _DATELINE_PATTERNS,
        _FURNITURE_PATTERNS,
        _credit_search,
        _furniture_search,
        either,
    )

    # match: what the first pattern of the list to match finds; search: whether any finds.
    first = next((m for p in _DATELINE_PATTERNS if (m := p.match(text))), None)
    joined = _DATELINE.match(text)
    assert (joined and joined.group(0)) == (first and first.group(0))
    assert _furniture_search(text) == any(p.search(text) for p in _FURNITURE_PATTERNS)
    assert _credit_search(text) == any(p.search(text) for p in _CREDIT_PATTERNS)
    flagged = [re.compile("ab", re.IGNORECASE), re.compile("^a.b", re.DOTALL), re.compile("b$")]
    found = either(flagged).search(text) is not None
    assert found == any(p.search(text) for p in flagged)


def test_only_patterns_starting_with_a_caret_in_every_branch_are_tried_at_the_start() -> None:
    from reader.parse.classify import _anchored

    assert _anchored(re.compile("^EXTRA$|^LATE EDITION$"))
    assert _anchored(re.compile("^(?:a|b)c"))
    assert not _anchored(re.compile("^EXTRA|EDITION"))
    assert not _anchored(re.compile("^a", re.MULTILINE))
    assert not _anchored(re.compile("[|^]a"))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="中文字。，“”·—_a1²Ⅷ!?.-\u3000 \t\n\u2003\u00a0\u00ad#", max_size=30))
def test_noise_share_of_cjk_text_counts_each_character(text: str) -> None:
    # Counted in C (runs removed, token lengths), as the loop over each character counted it.
    from reader.parse.classify import noise_share
    from reader.text.cjk import cjk_ratio

    if not text.split() or cjk_ratio(text) < 0.5:
        return
    visible = [ch for ch in text if not ch.isspace()]
    odd = sum(1 for ch in visible if not (ch.isalnum() or ch in "，。、；：？！“”‘’（）《》—…·"))
    assert noise_share(text) == odd / len(visible)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aZ.$1,'\"()-— \t\u00a0&s", max_size=30))
def test_noise_share_counts_the_tokens_of_str_split(text: str) -> None:
    from reader.parse.classify import _CLEAN_TOKEN, noise_share

    tokens = text.split()
    if not tokens:
        assert noise_share(text) == 1.0
        return
    bad = sum(1 for token in tokens if not re.fullmatch(_CLEAN_TOKEN, token))
    assert noise_share(text) == bad / len(tokens)


def test_dateline_broken_over_two_lines() -> None:
    from reader.parse.classify import dateline_reaches_past

    assert dateline_reaches_past("CEDAR FALLS, Iowa, Feb.", "9.—Harold Smith was")
    assert not dateline_reaches_past("WASHINGTON, Feb. 9.—The", "Senate met")
    assert not dateline_reaches_past("the council met", "on Tuesday")


def test_title_case_needs_two_capitals() -> None:
    assert not is_title_like("Fire on the hill")
    assert is_title_like("Fire on the Hill")


#: Pieces of furniture, box headings and prose, joined at random: the exact guards below must
#: never rule out a line that one of the patterns they stand for would match.
_GUARD_WORDS = (
    "VOL vol. Volume No. NO 12 1916 XII PAGE Page page PAGES ONE FIVE CENTS cent Price PRICE "
    "MONDAY Monday FEBRUARY NEW YORK EXTRA EXTRA! WEATHER THE LAST EDITION CN 11 - 年 第 版 期 "
    "合刊 星期一 INSIDE Inside In this issue INDEX CONTENTS TABLE OF : the and a , . ' —"
)
_GUARD_PIECES = st.sampled_from([*_GUARD_WORDS.split(), " ", "  ", "   ", "\t", "Ō", "ſ", "K"])
_GUARD_TEXT = st.lists(_GUARD_PIECES, max_size=9).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_GUARD_TEXT)
def test_furniture_guards_rule_out_only_lines_no_pattern_matches(text: str) -> None:
    from reader.parse.classify import _BOX_HEADER, _FURNITURE_PATTERNS, may_be_furniture

    if not may_be_furniture(text):
        assert not any(p.search(text) for p in _FURNITURE_PATTERNS)
    if _BOX_HEADER.match(text.strip()):
        assert is_box_header(text)


#: Month stems and their near misses, in either case, among words, marks and wide text.
_MONTH_WORDS = (
    "Jan Feb Mar May Ma Ju Jun Jul Aug Sep Oct Nov Dec jan MAY Dece Ap Apr r y l n . 年 K Ō"
)
_MONTH_PIECES = st.sampled_from([*_MONTH_WORDS.split(), " "])


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(_MONTH_PIECES, max_size=12).map("".join), cut=st.integers(0, 500))
def test_may_name_month_is_a_stem_among_the_first_characters(text: str, cut: int) -> None:
    from reader.parse.classify import _MONTH_STEMS, LEAD_REACH, may_name_month

    text = text * (1 + cut // max(1, len(text)))  # (some past LEAD_REACH)
    head = text[:LEAD_REACH]
    assert may_name_month(text) == (
        not head.isascii() or any(stem in head for stem in _MONTH_STEMS)
    )


@pytest.mark.parametrize(
    "text",
    [
        "VOL. XII NO. 4",
        "vol 3 no. 12",
        "Page 3",
        "PAGE 12",
        "ONE CENT",
        "price two cents",
        "NEW YORK, MONDAY, SEPTEMBER 18, 1911.",
        "U. S. CAPITOL, MONDAY, FEBRUARY 1, 1916.",
        "MONDAY, FEBRUARY 1, 1916.",
        "LAST EDITION",
        "EXTRA!",
        "THE WEATHER Fair tonight",
        "CN 11-0001",
        "第3版",
        "2024年3月1日 星期五",
    ],
)
def test_furniture_guards_let_furniture_through(text: str) -> None:
    from reader.parse.classify import _FURNITURE_PATTERNS, may_be_furniture

    assert any(p.search(text) for p in _FURNITURE_PATTERNS)
    assert may_be_furniture(text)
    assert is_furniture(text)


def test_furniture_guards_on_real_lines() -> None:
    from reader.parse.classify import _BOX_HEADER, _FURNITURE_PATTERNS, may_be_furniture
    from reader.parse.decode import decode_page
    from reader.parse.lines import split_lines
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    pages = [f"{day}/2010270504-ed-1_seq-1.txt", f"{day}/46032385-ed-1_seq-1.txt"]
    ruled_out = 0
    for page in pages:
        for line in split_lines(decode_page(corpus_file(page).read_bytes())):
            text = line.text.strip()
            if not may_be_furniture(text):
                ruled_out += 1
                assert not any(p.search(text) for p in _FURNITURE_PATTERNS), text
            assert is_box_header(text) == (_BOX_HEADER.match(text) is not None), text
    assert ruled_out > 500  # the guard does rule out most prose lines


_OPENING_PIECES = st.sampled_from(
    [
        *"([{|IiBbSsTtAaUuCcDdWwPpKk-—.' 1\t",
        *"ıİſK本新记記通特据",
        "By ",
        "BY ",
        "the ",
        "Associated Press",
        "united press",
        "Special to The Times.",
        "Leased Wire",
        "WASHINGTON, Feb. 1.—",
        "Madrid, Dec. 29.— ",
        "本报讯（记者张伟）",
        "新华社北京1月13日电",
        "(重慶廿五日海通電)",
        "（香港廿五日路透社電）",
        "【本報訊】",
        "记者 张伟",
        "JOHN SMITH",
        "J. H. Brown.",
        "Aaaoclatad Praia. 1",
        "t'liltcil Prcss Service",
    ]
)
_OPENING_TEXT = st.lists(_OPENING_PIECES, max_size=6).map("".join)


@settings(max_examples=800, deadline=None)
@given(text=_OPENING_TEXT)
def test_opening_guards_rule_out_only_lines_no_pattern_matches(text: str) -> None:
    from reader.parse.classify import (
        _BYLINE_LEADS,
        _BYLINE_LINES,
        _DATELINE_PATTERNS,
        _SIGNATURE,
        DATELINE_OPENINGS,
        may_open,
        may_open_wire,
    )

    if not may_open(text, DATELINE_OPENINGS):
        assert not any(p.match(text) for p in _DATELINE_PATTERNS)
    if not may_open_wire(text):
        # The wire credits are among the byline leads (the guard lets a garbled credit opening
        # with any mark through by its GARBLED_AGENCY: ".By Aaaoclatad Praia. 1").
        assert not any(p.match(text) for p in [*_BYLINE_LEADS, *_BYLINE_LINES])
    if not text.strip().endswith("."):
        assert not _SIGNATURE.match(text.strip())


@settings(max_examples=800, deadline=None)
@given(text=_OPENING_TEXT, opening=st.sampled_from(["", *"tabuicTAUCBI", "the ", "The ", "by "]))
def test_wire_guard_rules_out_only_lines_no_pattern_matches(text: str, opening: str) -> None:
    from reader.parse.classify import _BYLINE_LEADS, _BYLINE_LINES, may_open_wire

    line = opening + text  # most lines it rules out open with one of these
    if not may_open_wire(line):
        assert not any(p.match(line) for p in [*_BYLINE_LEADS, *_BYLINE_LINES]), line


_MONTH_PIECES = st.sampled_from(
    [", Feb. 9.-", ", Jan. 1. The", "Sept.", "Dec", "Ma", "y", "JAN", "june", " ", ",", "9", "I"]
)


@settings(max_examples=800, deadline=None)
@given(first=_OPENING_TEXT, second=_OPENING_TEXT, months=st.lists(_MONTH_PIECES, max_size=6))
def test_month_guard_rules_out_only_lines_no_dateline_matches(
    first: str, second: str, months: list[str]
) -> None:
    from reader.parse.classify import _DATELINE, dateline_reaches_past, may_name_month

    first += "".join(months)  # a place and a month cut anywhere ("CEDAR FALLS, Iowa, Fe")
    second = "".join(months) + second
    if not may_name_month(first):
        assert _DATELINE.match(first) is None, first
    if not (may_name_month(first) or may_name_month(second.lstrip())):
        assert _DATELINE.match(f"{first.rstrip()} {second.lstrip()}") is None
        assert not dateline_reaches_past(first, second)


def test_month_guard_lets_datelines_through() -> None:
    from reader.parse.classify import dateline_reaches_past, may_name_month

    assert not may_name_month("The meeting was held in the hall")
    assert match_dateline("LEADVILLE, Colo., Sept. 16.-The") is not None
    assert dateline_reaches_past("CEDAR FALLS, Iowa,", "Feb. 9.-Harold Brown")
    assert may_name_month("（重慶廿五日海通電）")  # not ASCII: the Chinese patterns are tried


def test_wire_guard_rules_out_prose_opening_in_lower_case() -> None:
    from reader.parse.classify import may_open_wire

    assert not may_open_wire("the meeting was held in the hall")
    assert not may_open_wire("and the")
    assert not may_open_wire("The meeting")
    assert may_open_wire("THE UNITED PRESS")
    assert may_open_wire("I By Aaaoclatad Praia. 1")  # OCR's "(By Associated Press.)"
    assert may_open_wire("t'liltcil Prcss Service")  # OCR's "United Press Service"
    assert may_open_wire("the associated press")  # the case-blind agency pattern
    assert may_open_wire("the Unıted Press")  # not ASCII: the full path (ı is i case-blind)
    assert may_open_wire("By JANE DOE")
    # "(By Associated Press.)" garbled past "By": any opening, a space before the agency's "A".
    assert may_open_wire("117 AaanHated Preaa.)") and may_open_wire("My Aaaoelatrd Preaa.)")
    assert not may_open_wire("117 acres of land")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("WASHINGTON, Feb. 1.—The Senate", "dateline"),
        ("本报讯（记者张伟） 昨天", "lead"),
        ("(By Associated Press.)", "byline"),
        ("I By Aaaoclatad Praia. 1", "byline"),
        ("the associated press", "byline"),
        ("United Press Service", "byline"),
        ("Special to The Tribune.", "byline"),
        ("By JANE DOE", "byline"),
        ("记者 张伟", "byline"),
        ("J. H. Brown.", "signature"),
    ],
)
def test_opening_guards_let_the_lines_through(text: str, kind: str) -> None:
    from reader.parse.classify import is_signature

    if kind == "dateline":
        assert match_dateline(text) is not None
    elif kind == "lead":
        assert match_byline_lead(text) is not None
    elif kind == "byline":
        assert is_byline_line(text)
    else:
        assert is_signature(text)


_RULE_CHARS = "—–-_=*·•~.■□▪▫●○◆◇★☆| \toO0aZ9中"


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=_RULE_CHARS, max_size=8), item=_OPENING_TEXT)
def test_rule_and_numbered_item_guards_rule_out_only_lines_no_pattern_matches(
    text: str, item: str
) -> None:
    from reader.parse.classify import _NUMBER_OPENINGS, _NUMBERED_ITEM, may_open
    from reader.parse.formats.text import _RULE, _may_be_rule

    if not _may_be_rule(text):
        assert not _RULE.match(text)
    for line in (item, f"（一）{item}", f"(3){item}", f"二、{item}", f"12. {item}", f"2.5{item}"):
        if not may_open(line.strip(), _NUMBER_OPENINGS):
            assert not _NUMBERED_ITEM.match(line.strip())


_CREDIT_WORDS = (
    "Photo PHOTOGRAPH photos Picture pictures By : — - ( ) Jane x 图 ： 张端/ 摄 攝影 ı Pıcture"
)
_CREDIT_PIECES = st.sampled_from([*_CREDIT_WORDS.split(), " by ", " "])


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_CREDIT_PIECES, max_size=7).map("".join))
def test_credit_guard_rules_out_only_lines_no_pattern_matches(text: str) -> None:
    from reader.parse.classify import _CREDIT_PATTERNS

    stripped = text.strip()
    if stripped and any(p.search(stripped) for p in _CREDIT_PATTERNS) and len(stripped) <= 30:
        assert is_credit(text)


@pytest.mark.parametrize(
    "text",
    ["Picture by Jane Doe", "PHOTOS: Jane Doe", "(Photo by J. Doe)", "—Photograph by X", "张端/摄"],
)
def test_credit_guard_lets_credits_through(text: str) -> None:
    assert is_credit(text)


#: Price, shop and reader words of advertisements, to be joined at random.
_AD_WORDS = (
    "$ 5 12c 25 cents per cent Phone Tel. PRICES SALE Props. Agents Sold by sold Druggists "
    "druggist Bargains Guaranteed Call on at the a . , x Proprietors patronage annum send for "
    "write us orders taken filled special sale prices offer come early cut price your order "
    "account trade brands try our Shipment ask get bottle box we sell carry pay invite solicit "
    "furnish have just are still now also holding ready showing offering selling You YOUR Advt "
    "AGENT PHONES Reg. regular reduced lowest popular right is while they last up this store "
    "stock goods customers patrons mail today promptly look see examine come in save money "
    "tickets f. o. b. $3.75"
).split()


@settings(max_examples=800, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*_AD_WORDS, " ", "\n", "\t", " by ", "you", "YOU", "yOu", "Yours"]),
        max_size=30,
    )
)
def test_the_notice_and_shop_bounds_are_never_below_the_hits(text: list[str]) -> None:
    from reader.parse.classify import (
        _NOTICE_WORDS,
        _READER_WORDS,
        _SHOP_WORDS,
        _most_notice_words,
        _most_shop_words,
    )

    joined = "".join(text)
    assert len(_NOTICE_WORDS.findall(joined)) <= _most_notice_words(joined)
    assert len(_SHOP_WORDS.findall(joined)) <= _most_shop_words(joined)
    # Each word to the reader holds "you" in lower case (looks_like_notice's bound).
    assert len(_READER_WORDS.findall(joined)) <= joined.lower().count("you")


#: _SHOP_WORDS as one flat alternation, its words in order (the module groups them by their
#: first letter: the two must find the same words).
_FLAT_SHOP_WORDS = re.compile(
    r"\b(?:proprietors?\b|patronage\b|per\s+annum\b|(?:send|write)\s+(?:for|us|today|in)\b|"
    r"orders?\s+(?:taken|filled)\b|special\s+(?:sale|prices?|offer)\b|come\s+early\b|"
    r"cut\s+prices?\b|your\s+(?:patronage|order|account|trade)\b|brands?\b|try\s+our\b|"
    r"shipment\b|ask\s+your\s+(?:druggist|grocer|dealer|doctor)\b|get\s+a\s+(?:bottle|box)\b|"
    r"we\s+(?:sell|carry|pay|invite|solicit|offer|furnish|have\s+just|"
    r"are\s+(?:still\s+|now\s+|also\s+)?(?:holding|ready|showing|offering|selling))|"
    r"reg(?:ular|\.)?\s*prices?\b|sale\s+prices?\b|(?:reduced|lowest|popular)\s+prices\b|"
    r"prices?\s+(?:are\s+|is\s+)?right\b|while\s+they last\b|"
    r"\d+\s?c\.? (?:and )?up\b|"
    r"(?:this|our)\s+(?:store|stock|prices|goods|customers|patrons)\b|"
    r"(?:mail\s+)?orders?\s+(?:today|now|promptly)\b|mail\s+orders\b|"
    r"(?:call|come\s+in) and (?:see|look|get|examine|inspect)\b|save\s+money\b|"
    r"tickets\s+on\s+sale\b|f\. ?o\. ?b\b)"
    r"|\$\s?[\d.,]*\d\.? (?:and )?up\b",
)


@settings(max_examples=1500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*_AD_WORDS, " ", "  ", "\n", "-", "x", "1", "$", "s", "c", "up", "and "]),
        max_size=30,
    )
)
def test_the_shop_words_grouped_by_letter_are_the_flat_alternation(text: list[str]) -> None:
    from reader.parse.classify import _SHOP_WORDS

    for joined in ("".join(text), " ".join(text)):
        lower = joined.lower()
        assert _SHOP_WORDS.findall(lower) == _FLAT_SHOP_WORDS.findall(lower)


def test_the_shop_words_grouped_by_letter_on_real_pages() -> None:
    from reader.parse.classify import _SHOP_WORDS
    from reader.parse.decode import decode_page
    from tests.conftest import corpus_file

    day = "chronam-1916-02/19160201"
    for page in (f"{day}/2010270504-ed-1_seq-1.txt", f"{day}/46032385-ed-1_seq-1.txt"):
        lower = decode_page(corpus_file(page).read_bytes()).lower()
        assert _SHOP_WORDS.findall(lower) == _FLAT_SHOP_WORDS.findall(lower)


_AILMENTS = "liver cures relief bottle remedy tonic".split()


def _notice_by_counting(headline: str | None, text: str) -> bool:
    """looks_like_notice with every count made by its pattern (no bound spares one)."""
    from reader.parse.classify import (
        _ADVT,
        _NOTICE_TITLE,
        _NOTICE_WORDS,
        _READER_WORDS,
        _SHOP_WORDS,
        _medicine_reader,
        _signed_by_a_firm,
        bank_card_to_reader,
        opens_as_notice,
        speaks_as_shop_to_reader,
    )

    if opens_as_notice(headline, text) or (headline and _NOTICE_TITLE.search(headline)):
        return True
    if _ADVT.search(text) or _signed_by_a_firm(text) or _medicine_reader(text):
        return True
    # The shop's "we" to the reader and a bank's card are rules of their own, with no bound.
    if speaks_as_shop_to_reader(text) or bank_card_to_reader(text):
        return True
    hits = len(_NOTICE_WORDS.findall(text))
    if hits >= 3 and hits * 60 >= len(text):
        return True
    shop = len(_SHOP_WORDS.findall((headline or "").lower())) + len(
        _SHOP_WORDS.findall(text.lower())
    )
    reader_words = len(_READER_WORDS.findall(text))
    if shop < 2 and (shop + hits < 1 or reader_words < 3) and (shop + hits < 3 or reader_words < 2):
        return False
    found = shop + hits + reader_words
    if found * 100 >= len(text):
        return True
    # The shop's own voice, with no reported speech, needs a hit for every 150 characters.
    said = re.search(r"\b(?:said|says|stated|told|declared|announced|according\s+to)\b", text, re.I)
    voiced = shop >= 1 and shop + hits >= 2 and reader_words >= 2
    return voiced and found * 150 >= len(text) and said is None


@settings(max_examples=800, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [*_AD_WORDS, " ", "\n", " by ", "you", "YOU", "The", *_AILMENTS, *_AILMENTS]
        ),
        max_size=40,
    ),
    readers=st.integers(0, 8),
    filler=st.integers(0, 1200),
    headline=st.sampled_from([None, "Bargains", "Council meets", "SPECIAL SALE"]),
)
# A shop's "we" and "our" to the reader, which the counting reference once left out.
@example(pieces=["PRICES", "PRICES", "our", "we"], readers=2, filler=0, headline=None)
def test_the_notice_bounds_change_no_answer(
    pieces: list[str], readers: int, filler: int, headline: str | None
) -> None:
    """The bounds in looks_like_notice (counts of the patterns' marks, "you" for the reader
    words) only spare patterns whose hits could not change the answer: padded with prose to
    every density, the answer is the one the patterns give when all are run."""
    from reader.parse.classify import looks_like_notice

    text = " ".join(pieces) + " you" * readers + " and the town" * (filler // 13)
    assert looks_like_notice(headline, text) == _notice_by_counting(headline, text)


def test_an_advertisement_dense_with_prices_is_a_notice() -> None:
    from reader.parse.classify import looks_like_notice

    assert looks_like_notice("Bargains", "Shoes $2. Hats 50c. Coats $5. Phone 12. Sold by Smith.")
    assert not looks_like_notice("Council meets", "The council met on Tuesday. " * 5)


def test_a_shop_speaking_to_its_customers_is_a_notice() -> None:
    from reader.parse.classify import looks_like_notice

    text = "We pay cash for eggs. Your patronage is asked. Try our coffee, you will like it."
    assert looks_like_notice("Grocery", text)
    assert looks_like_notice("Church", "Services next Sunday at ten.—Advt.")


def test_a_shop_in_its_own_voice_is_a_notice_at_a_lower_density() -> None:
    from reader.parse.classify import looks_like_notice

    # A dry-goods store's card as a 1916 daily printed it and OCR read it (Maysville, 15
    # February 1916): two shop words and the reader addressed three times in 627 characters,
    # no price; "wo are selling", "our pricos" are OCR's.
    text = (
        "Six months ago we placed our order for tobacco cotton. Today the mill would have been "
        "very glad to pay us a nice profit and not ship same. However you will find same now on "
        "sale at our store. We can not promise the low prices that wo are selling same to last "
        "very long. When our original purchase is exhausted our pricos will have to advance in "
        "accordance with today's market.\n"
        "The tobacco cottons wo sell aro exceptionally good, having a fme selvage. No other "
        "store in Maysville can buy our brands, which aro confined to us.\n"
        "Vh n you compare prices, compare quality and you will como back horo to buy."
    )
    assert looks_like_notice("Tobacco Cottons", text)
    # The same words reported as said are news: a merchant quoted in a story.
    quoted = text.replace("Six months ago", "The merchant said that six months ago")
    assert not looks_like_notice("Tobacco Cottons", quoted)
    # A seller's offer with its price: one shop word ("we offer"), a price, the reader three
    # times, in 542 characters (a hit for every 100 would need six).
    offer = (
        "For the next thirty days we offer the new phonograph, a machine just put on the "
        "market, which will play records of every make and every size. The Review one year "
        "and one machine, only $4.98, with twelve records of your selection. This offer is "
        "open to old and new subscribers alike. If your subscription is already paid in "
        "advance, it will be extended another year from the day it runs out. Come to the "
        "office of the paper and see the machine played for you, any day of the week but "
        "Sunday, from eight in the morning until six in the evening."
    )
    assert looks_like_notice("A WONDERFUL OFFER", offer)
    # And news that names a store once and the reader twice stays news at any length.
    news = "The store on Main street burned. If you saw it, you will not forget it. " * 4
    assert not looks_like_notice("FIRE ON MAIN STREET", news)


def test_a_paid_notice_signed_off_before_a_speck_of_dirt_is_a_notice() -> None:
    from reader.parse.classify import looks_like_notice

    # OCR reads a column rule or a speck after the sign-off (a 1903 reading notice).
    text = "and every night there Is a fast train to Buffalo. Tickets 1.183 Broadway.-AdvL ; 1"
    assert looks_like_notice(None, text)
    assert looks_like_notice(None, "Services next Sunday at ten.— Advt. |")
    assert not looks_like_notice(None, "The Advent season opens on Sunday, said the rector.")


def test_a_head_naming_a_business_speaks_as_the_shop() -> None:
    from reader.parse.classify import looks_like_notice

    text = "Phone 465 First and Wynne\nSolicits your patronage while in Spokane."
    assert looks_like_notice("HOTEL TOURAINE", text)
    assert not looks_like_notice("TOURAINE", text)
    # A head naming a business over news is no advertisement without the shop's words.
    news = "The hotel was sold on Tuesday to J. H. Smith for $4,000, the clerk reports."
    assert not looks_like_notice("HOTEL CHANGES HANDS", news)


@pytest.mark.parametrize(
    ("headline", "notice"),
    [
        ("WANTED—Girl for general housework", True),
        ("WANTED?SHEEP", True),  # (a dash as OCR reads it)
        ("WANTED To buy ewes", True),
        ("LOST: A gold watch", True),
        ("LOST Feb. 14, on Monument Ave", True),
        ("FOUND, between the depot and", True),
        ("LOST", True),
        # News heads opening on the same words
        ("LOST MILLION JUST PADDING", False),
        ("FOUND GUILTY OF MURDER", False),
        ("FOUND MOTHER IN MISSOURI", False),
        ("WANTED BY POLICE", False),
        ("LOST Mayor Smith's dog", False),
    ],
)
def test_want_and_lost_words_open_a_notice_only_as_an_ad_sets_them(
    headline: str, notice: bool
) -> None:
    from reader.parse.classify import opens_as_notice

    assert opens_as_notice(headline, "He was seen on Tuesday evening.") is notice


@pytest.mark.parametrize(
    "phrase",
    [
        "$5",
        "per cent",
        "Phone",
        "Tel.",
        "PRICE",
        "SALE",
        "5c",
        "25 cents",
        "Props.",
        "Agents",
        "Sold by",
        "druggists",
        "bargain",
        "Guaranteed",
        "Call at",
        "proprietor",
        "patronage",
        "per annum",
        "send for",
        "write today",
        "orders filled",
        "special offer",
        "come early",
        "cut prices",
        "your trade",
        "brands",
        "try our",
        "shipment",
        "ask your doctor",
        "get a bottle",
        "we sell",
        "we carry",
        "we pay",
        "we invite",
        "we solicit",
        "we offer",
        "we furnish",
        "we have just",
        "we are now holding",
        "we are ready",
        "we are showing",
    ],
)
def test_every_advertising_phrase_counts_towards_its_bound(phrase: str) -> None:
    from reader.parse.classify import (
        _NOTICE_WORDS,
        _SHOP_WORDS,
        _most_notice_words,
        _most_shop_words,
    )

    hits = len(_NOTICE_WORDS.findall(phrase)) + len(_SHOP_WORDS.findall(phrase))
    assert hits >= 1
    for text in (phrase, phrase.upper(), f"x {phrase} x", f"x {phrase.title()} x"):
        assert len(_NOTICE_WORDS.findall(text)) <= _most_notice_words(text)
        assert len(_SHOP_WORDS.findall(text)) <= _most_shop_words(text)


def test_an_index_line_ending_in_a_page_is_a_teaser_pointer() -> None:
    found = match_teaser_pointer("Closing New York Stocks, Page 27.")
    assert found is not None
    link, title = found
    assert (link.page, title) == (27, "Closing New York Stocks")
    assert match_teaser_pointer("Page 2") is None  # a folio, not a pointer
    assert match_teaser_pointer("Story of the Page") is None


#: The notice and reader patterns as they were written before led_by_first_character (the
#: classify module's comments quote them): the led forms must find exactly what these find.
_NOTICE_WORDS_AS_WRITTEN = (
    r"\$\s?\d|\b(?:per\s+(?:cent|dozen|pound|yard|lb)\b|Phone\b|Tel\.|PRICES?\b|SALE\b|"
    r"\d+\s?c\b|\d+\s+cents\b|Props?\.|Agents?\b|AGENTS?\b|PHONES?\b|[Ss]old\s+by\b|"
    r"[Dd]ruggists?\b|[Bb]argains?\b|Guaranteed\b|Call\s+(?:on|at)\b)|"
    r"电话|電話|热线|熱線|地址[：:]|联系人|聯絡人|元/|优惠|優惠|"
    r"\d+\s?折|[满滿]\s?\d+\s?[减減]\s?\d+|限[时時][抢搶][购購]|[周週]年[庆慶]|特[价價]|"
    r"[一二三四五六七八九]折(?![叠疊])|[减減][价價]"
)
_READER_WORDS_AS_WRITTEN = r"\b(?:[Yy]ou|[Yy]our|YOU|YOUR)\b"
_LED_PIECES = [
    *_AD_WORDS,
    *"YOU YOUR you your Yours yOu 5c 12 c 3cents ４c ٣c x$ $ $x a5c _Phone".split(),
    *"电话 電话 電話 聯系人 聯絡人 地址： 地址: 元/ 优惠 優惠 热线 熱線 - _ é".split(),
    *"折 95折 满 满200减30 滿5 減1 限时抢购 限時搶購 周年庆 週年慶 特价 特價 c5折".split(),
    *"五折 八五折 三折疊 九折叠 減價 减价 減 价 五".split(),
    " ",
    "\n",
    "",
]


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(_LED_PIECES), max_size=25))
def test_patterns_led_by_their_first_characters_find_what_they_did(text: list[str]) -> None:
    # Same matches (texts and places) as the patterns written with \b and classes first,
    # found with the pieces glued as well as spaced (word boundaries inside runs of words).
    from reader.parse.classify import _NOTICE_WORDS, _READER_WORDS, _zh

    notice, reader = _zh(_NOTICE_WORDS_AS_WRITTEN), re.compile(_READER_WORDS_AS_WRITTEN)
    for joined in ("".join(text), " ".join(text)):
        for new, old in ((_NOTICE_WORDS, notice), (_READER_WORDS, reader)):
            found = [(m.span(), m.group()) for m in new.finditer(joined)]
            assert found == [(m.span(), m.group()) for m in old.finditer(joined)]


def test_led_by_first_character_keeps_the_order_of_alternatives() -> None:
    from reader.parse.classify import led_by_first_character

    # "5 c" then a word character is no "\d+\s?c\b": the second alternative finds "5 cents".
    pattern = led_by_first_character([(r"\d", r"\d*\s?c\b", True), (r"\d", r"\d*\s+cents\b", True)])
    assert pattern.findall("5 cents, 10c, x5c") == ["5 cents", "10c"]
    assert led_by_first_character([("a", "b", False), ("a", "bc", False)]).findall("abc") == ["ab"]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="aZ.$1,'\"()-— \t\n\u00a0&s\u2003", max_size=30))
def test_clean_tokens_are_counted_as_the_lookbehind_pattern_counted_them(text: str) -> None:
    from reader.parse.classify import _CLEAN_AFTER_SPACE, _CLEAN_FIRST, _CLEAN_TOKEN

    before = len(re.findall(rf"(?<!\S)(?:{_CLEAN_TOKEN})(?!\S)", text))
    assert len(_CLEAN_AFTER_SPACE.findall(text)) + (_CLEAN_FIRST.match(text) is not None) == before


def test_abbreviation_reach_is_the_longest_match() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from reader.parse.classify import _ABBREVIATION, ABBREVIATION_REACH, ends_with_abbreviation

    assert _parser.parse(_ABBREVIATION.pattern).getwidth()[1] == ABBREVIATION_REACH
    assert ends_with_abbreviation("the letter of Messrs.")
    assert not ends_with_abbreviation("the letter of xMessrs.")
    assert ends_with_abbreviation("signed J.") and not ends_with_abbreviation("signed XJ.")


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            "Messrs Mr Sept Ft J x . , ( - 版 page Page PAGE See On 3 第 见 （ ） é".split()
        ),
        max_size=12,
    ).map(" ".join)
)
def test_guarded_line_tests_answer_as_their_patterns(text: str) -> None:
    from reader.parse.classify import (
        _ABBREVIATION,
        _CJK_SIGNATURE,
        _DIGEST_POINTER,
        _EN_TEASER_POINTER,
        _SIGNATURE,
        _TEASER_POINTER,
        ends_with_abbreviation,
        is_signature,
        match_teaser_pointer,
    )

    for line in (text, text.replace(" ", ""), text + ".", "—" + text):
        stripped = line.strip()
        signature = _SIGNATURE if stripped.endswith(".") else _CJK_SIGNATURE
        assert is_signature(line) == (signature.match(stripped) is not None)
        found = [p.search(line) for p in (_TEASER_POINTER, _EN_TEASER_POINTER, _DIGEST_POINTER)]
        first = next((match for match in found if match and match.start() > 0), None)
        result = match_teaser_pointer(line)
        assert (result and result[0].text) == (first and first.group(0).strip())
        stripped = line.rstrip()
        expected = stripped.endswith(".") and _ABBREVIATION.search(stripped) is not None
        assert ends_with_abbreviation(line) == expected


def test_teaser_pointers_pass_the_guard() -> None:
    from reader.parse.classify import match_teaser_pointer

    for title in (
        "新闻发布（见第3版）",
        "Mayor Speaks See Page 4",
        "Mayor speaks SEE PAGE 4",
        "He dies. Page 3",
    ):
        assert match_teaser_pointer(title) is not None, title
    assert match_teaser_pointer("Mayor speaks on the budget") is None


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("据新华社电 某地发生地震。", "据新华社电"),
        ("据新华社华盛顿5月3日电 美国国会……", "据新华社华盛顿5月3日电"),
        ("据中新社电，", "据中新社电，"),
        ("据《科技日报》报道，研究人员……", "据《科技日报》报道，"),
        ("据统计全国发电量增长百分之五。", None),
        ("据了解该项目的供电方案已经确定。", None),
    ],
)
def test_a_dispatch_led_by_ju_names_its_source(text: str, dateline: str | None) -> None:
    # 据…电 is a dispatch when an agency, paper, site, station or day comes before the 电; a
    # sentence opening 据统计 / 据了解 that happens to hold 电 is no dateline.
    found = match_dateline(text)
    assert (found.text if found else None) == dateline


def test_the_month_guard_of_datelines_names_every_month_as_datelines_spell_it() -> None:
    """may_name_month spells out its twelve stems (classify._MONTH_STEMS), case-sensitive."""
    from reader.parse.classify import _MONTH_STEMS, may_name_month

    assert len(_MONTH_STEMS) == 12
    for stem in _MONTH_STEMS:
        assert may_name_month(f"HOUSTON, {stem}. 3.-The")
        assert may_name_month(f"x{stem}x")
        assert not may_name_month(f"HOUSTON, {stem.upper()}. 3.-The")
    assert not may_name_month("The meeting was held in the hall")


def test_the_line_memos_stay_bounded_and_are_emptied_together() -> None:
    from reader.parse.classify import LINE_MEMOS, MEMO_LINES, is_byline_line, remember
    from reader.parse.reflow import starts_story

    memo: dict[str, object] = {}
    for number in range(MEMO_LINES + 5):
        assert remember(memo, str(number), number) == number
        assert len(memo) <= MEMO_LINES
    assert starts_story("WASHINGTON, Jan. 13.—The") and is_byline_line("By JANE DOE")
    assert any(LINE_MEMOS.memos)
    LINE_MEMOS.cache_clear()
    assert not any(LINE_MEMOS.memos)
    assert starts_story("WASHINGTON, Jan. 13.—The")  # the same answer, worked out again


@pytest.mark.parametrize(
    ("test", "text", "expected"),
    [
        # A month and a day near a text's start: a dispatch's dateline, perhaps garbled.
        (
            opens_on_month_day,
            "London, Feb. 4, 2:40 p. m. A British official communication says",
            True,
        ),
        (opens_on_month_day, "Ct.ickaslta, Okla.. Feb. 11. The funeral of P. H. Steele", True),
        (opens_on_month_day, "The owners say the strike cost the mill less than feared.", False),
        (
            opens_on_month_day,
            "The strike that kept four hundred spinners out since Feb. 3 ended.",
            False,
        ),
        # A paragraph closing on a head and decks read into it.
        (
            ends_title_cased,
            "… in the Antipodes. Maui Now to Have One Full Regiment Three New Companies For "
            "Lahaina, Two For Wailuku, One For Puu nene. Good Band Now Assured.",
            True,
        ),
        (
            ends_title_cased,
            "The city and county authorities are watching the weather today.",
            False,
        ),
        (ends_title_cased, "Sewers are filled to capacity with slush and water, he says.", False),
        # A 1916 headline's line in title case; a modern one in sentence case.
        (is_title_cased, "Drop Bombs on Milan", True),
        (is_title_cased, "Is Sold by Government", True),
        (is_title_cased, "Council delays vote on downtown parking", False),
        (is_title_cased, "the rest of it", False),
        # A story's opening read into a deck: a dateline, a wire credit, a copyright line.
        (may_hold_story_opening, "BERLIN (Via London), Feb. . Tho", True),
        (may_hold_story_opening, "Washington, Feb. I-!. Count Yon", True),
        (may_hold_story_opening, "Men Given Raise of Ten Per Cent SIOVX CITT.", True),
        (may_hold_story_opening, "Against This Country NEW YORK. Jan. .-Unlted . States", True),
        (may_hold_story_opening, "Good Showing Republican A. P. Leased Wire", True),
        (may_hold_story_opening, "Memorandum (Copyright 1916 by the New York", True),
        (may_hold_story_opening, "Filling For Soup, International News Service:", True),
        (may_hold_story_opening, "Drop Bombs on Milan", False),
        (may_hold_story_opening, "U. S. and Korea Is Asked of Wilson by Senate", False),
        # A capitals title naming a story's opening, not what the story tells (heads10).
        (names_story_opening, "WASHINGTON, D. C Feb. 14.", True),
        (names_story_opening, "PAWTFCKET, R. I.. Feb. l4.", True),
        (names_story_opening, "(BY ASSOCIATED RACES)", True),
        (names_story_opening, "' V AtSOCIATtn PRESS)", True),
        (names_story_opening, '"MY DEAR SIR:', True),
        (names_story_opening, "ARE UNDER GUARD", False),
        (names_story_opening, "THE WAR TODAY", False),
        # A contents box's page label (heads10).
        (names_page, "PAGE ONE.", True),
        (names_page, "Pages 2 and 3", True),
        (names_page, "PAGEANT AT THE ARMORY", False),
        (names_page, "FRONT PAGE NEWS", False),
        # A headline set in capitals and read cleanly (heads10).
        (is_clean_capitals_head, "CLERGY PENSION PLAN", True),
        (is_clean_capitals_head, "NEEDS $200,000 FOR BRIDGES.", True),
        (is_clean_capitals_head, "GRAHAM E-WH ITE HURT", True),
        (is_clean_capitals_head, "'WILL GET SOME BISHOP HERE'", True),
        (is_clean_capitals_head, "UsSiS SfOVER I", False),
        (is_clean_capitals_head, "VOLUME EX", False),
        (is_clean_capitals_head, "ST. JOSEPH, . . LOUISIAN", False),
        (is_clean_capitals_head, "1916.-?TEN PAGES. PRICE, 2 CENTS", False),
    ],
)
def test_heads_and_sections_on_old_pages(
    test: Callable[[str], bool], text: str, expected: bool
) -> None:
    assert test(text) is expected


def test_a_line_that_opens_a_story_alone() -> None:
    for line in (
        "SANTA BARBARA, Cal., Feb. 3.",
        "NEWPORT NEWS. February 4.?",
        "WASHINGTON, D C, Feb. 7",
        "SALT LAKE CITY. Feb. 20.",
        "Berlin (via Sayville Wireless), Feb. 21.",
        "BERNE. Switzerland. Feb. 5. (Via",
    ):
        assert opens_story_alone(line) == "dateline", line
    for line in (
        "(BY ASSOCIATED PRESS)",
        "( V ASSOCIATED PRESS)",
        "Republican A. P. Leased Wire",
        "[By Carl W. Ackerman, United Press",
        "Herald Special Service.",
        # garbled: "by Federal Wireless", and "(BY ASSOCIATED PRESS)" in capitals
        "(AjMdaUd Press ty Fdtrl Wlreleu",
        "Auociatd Pru by Fadaral Wiralaai",
        "(IV AMOCIATKO V.IK",
        "<BV At IOCIATCO PAIS )",
    ):
        assert opens_story_alone(line) == "byline", line
    for line in (
        # a deck's words run into the place, or stand before the credit
        "AVIATORS BRING NEWS PARIS, Feb. 7.",
        "Under Constant Bandit Fire | By Associated Press",
        # decks that name a month, a day, a service or the press
        "Tickets on Sale Daily February 28 to March 6, Inclusive",
        "WARSHIP SUNK FEBRUARY 8",
        "Held at Hawesville February 12.",
        "Public Service Commission",
        "British Press Urges Sending of Envoy",
        "Odd Items of News in Day's Wire Messages",
        "Visit to Fort Wayne Planned",
        "(Special to The Star.)",
    ):
        assert opens_story_alone(line) is None, line


def test_a_dateline_in_a_title_over_a_story() -> None:
    for title, parts in (
        (
            "Boiler on River Tow Boat Blows ITp. Huntington, W. Va.. Feb. 2.?",
            ("Boiler on River Tow Boat Blows ITp.", "Huntington, W. Va.. Feb. 2.?", ""),
        ),
        (
            "Claimed He Had Insulted Her; Victim Will Die. Sherman Tex., Feb. 8. llev. C. JI.",
            (
                "Claimed He Had Insulted Her; Victim Will Die.",
                "Sherman Tex., Feb. 8.",
                "llev. C. JI.",
            ),
        ),
        ("New York, Feb. 9 The New York", ("", "New York, Feb. 9", "The New York")),
        ("Portland. Ore., Feb. 10.? Vice", ("", "Portland. Ore., Feb. 10.?", "Vice")),
    ):
        assert split_story_opening(title) == parts, title
    for title in (
        # an initial's stop, a garbled place's: no deck ends there
        "TWELVE OUT FOR MANY HOURS PROVIDENCE, R. I., Feb. 5.",
        "' ' Atsociatad PrtM W Tadiral Wiraleai ' ViotSTERDAM. Netherlands, Feb. 23.",
        # a sale's day, a deck's clause
        "Begins Friday, Feby 4 and",
        "Convention Opens Feb. 22.",
        "Held at Hawesville February 12. Splendid Program Was Rendered.",
    ):
        assert split_story_opening(title) is None, title


@pytest.mark.parametrize(
    ("token", "month"),
    [
        ("Fe•!", True),
        ('"eb', True),
        ("Feh", True),
        ("Fob.", True),
        ("J^b", False),
        ("No", False),
        ("Sec", False),
        ("Yes", False),
        ("F", False),
        ("Febru", False),
    ],
)
def test_may_be_damaged_month(token: str, month: bool) -> None:
    from reader.parse.classify import may_be_damaged_month

    assert may_be_damaged_month(token) is month


# --- zh41: a Chinese front page's furniture, credits, contents box, jumps and sale words ---


def test_a_weather_ears_lines_are_furniture_and_news_is_not() -> None:
    from reader.parse.classify import is_furniture

    for line in (
        "明日天气",
        "天氣預報",
        "晴转多云 -3℃～6℃",
        "阴有小雨 5℃/11℃",
        "西北风4级 空气质量 轻度污染",
        "偏南風2～3級",
    ):
        assert is_furniture(line), line
    for line in ("天气转冷后，市民出行请注意保暖", "北风4级以上的天气将持续三天", "气温将降至5℃"):
        assert not is_furniture(line), line


def test_an_edition_line_and_the_editors_after_the_folio_are_furniture() -> None:
    from reader.parse.classify import is_furniture

    for line in (
        "今日出刊6大張 每份新台幣20元",
        "本期出刊32版",
        "零售价2.00元",
        "B03 体育 责任编辑：郑 凯 美术编辑：林 夕",
        "8 评论 本版编辑：马 力",
    ):
        assert is_furniture(line), line
    assert not is_furniture("这家商店的牛奶每份售价12元，比去年贵了")
    assert not is_furniture("编辑部的同事们都认为这篇文章写得好")


def test_a_credit_led_by_its_role_word_is_a_credit() -> None:
    from reader.parse.classify import is_credit

    for line in ("摄影 本报记者 刘 畅", "攝影／陳志明", "摄影：特约记者 马晓军", "摄 吴 凡"):
        assert is_credit(line), line
    for line in ("摄影展昨天在市美术馆开幕，展出作品两百幅", "摄影师说"):
        assert not is_credit(line), line


def test_a_picture_source_closing_a_caption_is_its_credit() -> None:
    from reader.parse.classify import split_closing_credit

    assert split_closing_credit("游人在湖边观赏初冬的红叶。（图片来源：新华社）") == (
        "游人在湖边观赏初冬的红叶。",
        "（图片来源：新华社）",
    )
    assert split_closing_credit("救援人員在現場搜尋。（圖／消防局提供）") is not None
    # Not after running words: a sentence's own bracket is no credit.
    assert split_closing_credit("他说这张照片（图片来源不明）") is None


def test_focus_heads_a_contents_box_and_one_ellipsis_parts_an_entry() -> None:
    from reader.parse.classify import is_box_header

    assert is_box_header("焦點") and is_box_header("今日焦点")
    assert not is_box_header("焦点问题")
    from reader.parse.classify import box_entry

    found = box_entry("高鐵南延屏東 環評過關…A5")
    assert found is not None and found[0] == "高鐵南延屏東 環評過關" and found[1].page == 5
    assert box_entry("雨势增强⋯B2") is not None
    # One ellipsis before a bare number is a sentence's trailing off, not a leader.
    assert box_entry("他说，等了很久…3") is None


def test_a_related_news_pointer_line_is_a_jump() -> None:
    from reader.parse.classify import match_continuation

    for line, page in (("（相關新聞見A3）", 3), ("（相关报道见A05版）", 5), ("（详见第7版）", 7)):
        found = match_continuation(line)
        assert found is not None, line
        assert found[0].direction == "to" and found[0].page == page and found[1] == ""
    # A contents box's bare pointer closes a teaser: not a jump line.
    assert match_continuation("（见第2版）") is None
    assert match_continuation("老旧小区加装电梯新规出台（见第2版）") is None


def test_a_chinese_sale_is_an_advertisement() -> None:
    from reader.parse.classify import looks_like_notice

    assert looks_like_notice("百货大楼 店庆", "家电满1000减100 服饰7折起 限时抢购")
    assert looks_like_notice("家樂福 週年慶", "生鮮商品8折 限時搶購")
    # News of a sale's numbers is no advertisement.
    assert not looks_like_notice(
        "双十一销售额创新高",
        "据统计，今年双十一期间全市商场销售额同比增长12%，多家商场推出打折活动，市民消费热情高涨。",
    )


# --- branch tab41: a West African daily's bylines, a compound after a dateline's dash -------


@pytest.mark.parametrize(
    "text",
    [
        "By Ngozi Eze, Enugu",  # the city the reporter filed from, after a comma
        "By Kwame Mensah, Port Harcourt",
        "By Fatima Bello and Sani Musa, Kano",
        "From Our Correspondent, Jos",  # our own stringer, by role, from a city
        "Our Reporter, Ibadan",
        "From Our Own Correspondent",
    ],
)
def test_a_byline_naming_the_city_it_was_filed_from(text: str) -> None:
    assert is_byline_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "By the river, Lagos",  # a small word: prose, no name
        "Our Correspondent in Jos said the",  # a sentence naming the role
        "From Our Correspondent, Jos. Police",  # the story runs on after a stop
        "Our markets, Lagos",  # no role
        "By Hiram Cole, Secretary.",  # a notice's signer and his office
        "By John Hale, Deputy",
        "By HIRAM COLE, Mount Vernon",  # a name in capitals: no city's byline
    ],
)
def test_near_misses_of_a_byline_from_a_city(text: str) -> None:
    assert not is_byline_line(text)
    assert not is_desk_from_place(text)


def test_a_modern_dateline_before_a_compound_word() -> None:
    found = match_modern_dateline("GUELPH — A 19-year-old driver was")
    assert found is not None and found.text == "GUELPH —"
    found = match_modern_dateline("BARRIE — Long-term care homes will")
    assert found is not None and found.text == "BARRIE —"
    # near miss: a title-cased head after a dash, every word capitalised
    assert match_modern_dateline("STORM — Two-Day Closure Ordered For Highway") is None
    # near miss: a compound of capitalised parts is a name, as in a list of meetings by hall
    assert match_modern_dateline("HARLOW — Anglo-Irish hall, Front st.") is None


def test_a_writer_over_the_news_organisation_is_a_name_over_a_place() -> None:
    assert name_over_place("Sam Hollis", "The Canadian Press")
    assert name_over_place("Sam Hollis", "The Tribune")
    assert name_over_place("Sam Hollis", "Associated Press")
    assert name_over_place("Anna Weiss", "Berlin")
    # near misses: a small word in the organisation's place, a head's word in the name
    assert not name_over_place("Sam Hollis", "The press office")
    assert not name_over_place("The Mayor", "The Tribune")


# --- bbb42: a credit with a spaced slash; a jump line to a section letter's page ---


@pytest.mark.parametrize("text", ["Photo / Ana Reid", "PHOTO / ANA REID", "Photos / Supplied"])
def test_a_photo_credit_with_a_spaced_slash(text: str) -> None:
    assert is_credit(text)


def test_a_line_naming_a_photo_with_no_slash_is_no_credit() -> None:
    assert not is_credit("Photo finish decides the cup")
    assert not is_credit("The photo was taken in 1915.")


@pytest.mark.parametrize(
    ("text", "page"), [("Continued on A3", 3), ("Continued on B12.", 12), ("(Cont. on C2)", 2)]
)
def test_a_jump_line_to_a_section_letters_page(text: str, page: int) -> None:
    found = match_continuation(text)
    assert found is not None
    assert (found[0].direction, found[0].page, found[1]) == ("to", page, "")


@pytest.mark.parametrize(
    "text", ["Continued on A3 of the ballot", "He continued on B2 road", "Continued on Lot 4"]
)
def test_no_jump_line_to_a_section_letter_inside_prose(text: str) -> None:
    assert match_continuation(text) is None


# --- branch fresh42: blind modern fronts


def test_a_commentators_signature_may_carry_his_name() -> None:
    assert is_byline_line("本报评论员 李 峰")
    assert is_byline_line("经济日报特约评论员 王晓东")
    assert is_byline_line("本报评论员")
    # (run against its next word, a sentence: no signature)
    assert not is_byline_line("本报评论员认为")
    assert not is_byline_line("本报评论员指出，明年")


def test_an_agency_tag_after_a_dash_closes_a_story() -> None:
    assert is_agency_tag("— Reuters")
    assert is_agency_tag("—AFP")
    assert is_agency_tag("Reuters")
    assert not is_agency_tag("— Reuters said")
    assert not is_agency_tag("— Staff")


def test_an_agency_in_brackets_run_into_the_last_line_is_its_byline() -> None:
    assert trailing_signature("ten people were hurt, police said. (AFP)") == "(AFP)"
    assert trailing_signature('"We will appeal," he said." (Reuters)') == "(Reuters)"
    # (inside the sentence, before its stop: a source named, no credit)
    assert trailing_signature("the figures reported by the agency (AFP).") is None
    assert trailing_signature("police said (AFP)") is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Harbour tolls to rise in March Page 5", ("Harbour tolls to rise in March", 5)),
        ("Letters: Keep the beach open Page 12", ("Letters: Keep the beach open", 12)),
        # A sentence's pointer, a capitals head, a teaser's own "See": no index entry here.
        ("the full report appears on Page 5", None),
        ("FIRE AT THE MILL Page 5", None),
        ("Farm prices slip again See Page 5", None),
    ],
)
def test_an_index_entry_closed_by_page_and_its_number(
    text: str, entry: tuple[str, int] | None
) -> None:
    found = box_entry(text)
    if entry is None:
        assert found is None or found[0] != text.rsplit(" Page", 1)[0]
    else:
        assert found is not None
        assert (found[0], found[1].page) == entry


def test_an_agency_dispatch_in_lenticular_brackets_is_a_dateline() -> None:
    # A Hong Kong daily's 【agency place day 電】 names where and when, as （中央社…3日專電）
    # does: the dateline. 【本報訊】 names no day: a byline lead, no dateline.
    match = match_dateline("【中通社廣州五日電】廣東省政府昨日公布")
    assert match is not None and match.text == "【中通社廣州五日電】"
    assert match_dateline("【新華社上海12日電】")  # (figures for the day too)
    assert match_dateline("【本報訊】港鐵公司昨日表示") is None
    assert match_dateline("【明報專訊】政府昨日") is None


def test_a_chinese_agency_in_brackets_after_the_last_stop_is_the_byline() -> None:
    assert trailing_signature("市場關注美聯儲下周會否減息。（路透社）") == "（路透社）"
    assert trailing_signature("官員說，談判仍在進行中。」（法新社）") == "（法新社）"
    assert trailing_signature("市場關注美聯儲下周會否減息（路透社）") is None  # no stop before it
    assert trailing_signature("兩人被捕。（記者 陳大文 攝）") is None  # a photographer, no agency


def test_a_hong_kong_weather_ear_is_furniture() -> None:
    assert is_furniture("天文台預測")
    assert is_furniture("氣溫18至23度 濕度65至85%")
    assert is_furniture("气温5至12度")
    assert not is_furniture("氣溫驟降至8度，市民注意保暖。")
    assert not is_furniture("天文台預測明日氣溫下降")


@pytest.mark.parametrize(
    ("above", "office", "expected"),
    [
        ("By MARIA SANTOS", "Senior Reporter", True),
        ("By Tom Hale", "STAFF WRITER", True),
        ("By JOSE REYES", "Chief Political Correspondent", True),
        # near misses: no "By" line above (a paper's name in a masthead), no office
        ("THE DAILY", "Senior Reporter", False),
        ("By MARIA SANTOS", "Quezon City", False),
        ("By MARIA SANTOS", "Evening Reporter Company", False),
    ],
)
def test_an_office_under_a_by_line(above: str, office: str, expected: bool) -> None:
    # Branch en43: "By MARIA SANTOS" / "Senior Reporter" is one byline set over two lines.
    assert office_under_by_line(above, office) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Dizon @anadizonMMC", True),
        ("TAN HUI MIN @huimintan", True),
        ("Juan dela Cruz @jdc_ph", True),
        ("By Leo Tan @leotan", True),
        # near misses: a price's "@", an address's, a sentence
        ("10 bushels @ 95c", False),
        ("Oats @ 40 cents", False),
        ("Write to us at news @ the office", False),
    ],
)
def test_a_handle_byline(text: str, expected: bool) -> None:
    # Branch en43: a name and the writer's handle is a byline, as any byline line is.
    assert is_handle_byline(text) is expected
    if expected:
        assert is_byline_line(text)


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("SEE STORY ON A4", 4),
        ("See story on Page 4", 4),
        ("SEE FULL STORY ON PAGE A6", 6),
        # near misses: a sentence's words, a story's own jump (read as before)
        ("to see the story on TV", None),
        ("see story on the radio", None),
    ],
)
def test_a_see_story_pointer(text: str, page: int | None) -> None:
    # Branch en43: a teaser's or a picture's pointer to the story it promotes.
    found = match_continuation(text)
    if page is None:
        assert found is None
        assert not is_see_story_pointer(text)
    else:
        assert found is not None and found[0].page == page and not found[1]
        assert is_see_story_pointer(text)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("► Business B1", ("Business", 1)),
        ("• Opinion A6", ("Opinion", 6)),
        ("■ Sports C1", ("Sports", 1)),
        # near miss: a mark glued to a word is no list mark
        ("►Business news today", None),
    ],
)
def test_a_box_entry_after_its_list_mark(text: str, entry: tuple[str, int] | None) -> None:
    # Branch en43: a contents box's list mark before an entry is not the entry's title.
    found = box_entry(text)
    if entry is None:
        assert found is None
    else:
        assert found is not None and (found[0], found[1].page) == entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Janet Morrow, Millbrook", True),
        ("Ramon dela Cruz, Quezon City", True),
        ("John W. Smith, New York City", True),
        # near misses: an age, a suffix with a stop, a four-word deck line, one name alone
        ("Margaret Ann Holloway, 87", False),
        ("John Smith, Jr.", False),
        ("Window Fell Upon Boy, Breaking", False),
        ("Smith, Jones", False),
    ],
)
def test_a_letters_place_signature(text: str, expected: bool) -> None:
    # Branch en43: a letter's signature of name and town, no stop.
    assert is_place_signature(text) is expected
