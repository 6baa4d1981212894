"""CJK widths, spacing repair and line joining."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.text.cjk import (
    FIRST_WIDE,
    cjk_ratio,
    display_width,
    ends_sentence,
    full_width_marks_in_han,
    is_wide,
    join_lines,
    joins_without_space,
    letter_counts,
    page_vocabulary,
    repair_spacing,
    repair_title_spacing,
)


def test_display_width_counts_cjk_double() -> None:
    assert display_width("科技") == 4
    assert display_width("2025年") == 6
    assert display_width("AI眼镜") == 6


def test_repair_spacing() -> None:
    assert repair_spacing("科技工作会议 13 日在京召开") == "科技工作会议13日在京召开"
    assert repair_spacing("2024 年 6 月") == "2024年6月"
    assert repair_spacing("1月 14日") == "1月14日"
    assert repair_spacing("PCT filings in New York") == "PCT filings in New York"
    assert repair_spacing("a  b") == "a b"


def test_repair_title_spacing_keeps_the_space_between_a_headlines_phrases() -> None:
    assert (
        repair_title_spacing("颱風逼近東部沿海  花蓮縣宣布停班停課")
        == "颱風逼近東部沿海 花蓮縣宣布停班停課"
    )
    assert repair_title_spacing("外銷訂單連3月成長 創同期新高 ") == "外銷訂單連3月成長 創同期新高"
    assert (
        repair_title_spacing("中颱逼近 氣象署：最快今晚發海警") == "中颱逼近 氣象署：最快今晚發海警"
    )
    # OCR's stray spaces: a part under four characters, three gaps or more, a Latin side.
    assert repair_title_spacing("全 国 科 技 工作会议") == "全国科技工作会议"
    assert repair_title_spacing("科技工作会议 13 日在京召开") == "科技工作会议13日在京召开"
    assert (
        repair_title_spacing("一二三四 五六七八 九十一二 三四五六")
        == "一二三四五六七八九十一二三四五六"
    )
    assert repair_title_spacing("苹果发布会 iPhone 新品") == "苹果发布会iPhone新品"
    assert repair_title_spacing("WINTER STORM  HITS") == "WINTER STORM HITS"


@given(st.text(alphabet="科技会议年 AB1", max_size=30))
def test_repair_title_spacing_only_ever_keeps_what_repair_spacing_drops(text: str) -> None:
    """The two agree but for the spaces kept: same characters, and never a space at the ends."""
    title = repair_title_spacing(text)
    assert title.replace(" ", "") == repair_spacing(text).replace(" ", "")
    assert title == title.strip()


def test_ends_sentence() -> None:
    assert ends_sentence("变为现实。")
    assert ends_sentence("国际大科学计划。”")
    assert ends_sentence("the hands.")
    assert not ends_sentence("中央科技")
    assert not ends_sentence("本报讯（记者张伟）")


def test_join_cjk_without_space_latin_with_space() -> None:
    assert join_lines(["全国科技", "工作会议"]) == ("全国科技工作会议", 0)
    assert join_lines(["研发人员总量、PCT", "国际专利"]) == ("研发人员总量、PCT国际专利", 0)
    assert join_lines(["The blaze was", "discovered"]) == ("The blaze was discovered", 0)


def test_dehyphenation_uses_page_evidence() -> None:
    vocab = page_vocabulary("a well-known firm\nthe harbor front is long\n")
    assert join_lines(["no informa-", "tion was given"], vocab) == ("no information was given", 1)
    assert join_lines(["the well-", "known aviator"], vocab) == ("the well-known aviator", 0)
    assert join_lines(["of New-", "York"], vocab) == ("of New-York", 0)
    assert join_lines(["in the Har", "bor today"], vocab) == ("in the Harbor today", 0)
    assert join_lines(["the best", "harbor"], vocab) == ("the best harbor", 0)


def test_vocabulary_skips_line_edges() -> None:
    vocab = page_vocabulary("Har\nbor of the city\n")
    assert "har" not in vocab and "bor" not in vocab and "of" in vocab


def test_soft_hyphen_at_line_end_joins_the_word_and_is_never_printed() -> None:
    assert join_lines(["moved from Bis\u00ad", "marck, as any"]) == (
        "moved from Bismarck, as any",
        0,
    )
    # A soft hyphen joins even before a capital or a compound the page knows, unlike "-".
    vocab = page_vocabulary("a well-known firm\n")
    assert join_lines(["the well\u00ad", "known"], vocab) == ("the wellknown", 0)
    assert join_lines(["Far\u00ad", "Go"]) == ("FarGo", 0)
    # One left at the very end of the text is dropped as well.
    assert join_lines(["the ma\u00ad"]) == ("the ma", 0)


def test_line_joining_cost_is_linear_in_the_text() -> None:
    # 100,000 hyphenated halves make one word: every seam looks back a bounded distance only.
    text, removed = join_lines(["ab-"] * 100_000)
    assert removed == 99_999
    assert text == "ab" * 100_000 + "-"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aZé É1 \tß中。ǅ", max_size=30))
def test_letter_counts_count_as_the_str_methods_do(text: str) -> None:
    letters = [ch for ch in text if ch.isalpha()]
    assert letter_counts(text) == (len(letters), sum(ch.isupper() for ch in letters))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \t\u00a0\u3000中", max_size=30))
def test_spacing_repair_short_cut_for_ascii_gives_the_full_repair(text: str) -> None:
    full = re.sub(r"[ \t\u00a0\u3000]+", " ", text).strip(" ")
    if not full.isascii():
        full = re.sub(r" (?=[中])|(?<=[中]) ", "", full)
    assert repair_spacing(text) == full
    assert display_width(text) == len(text) + text.count("中") + text.count("\u3000")


def test_no_character_below_the_first_wide_one_is_wide() -> None:
    # joins_without_space decides a seam of two characters below FIRST_WIDE with no look-up.
    assert is_wide(FIRST_WIDE)
    assert not any(is_wide(chr(code)) for code in range(ord(FIRST_WIDE)))


@settings(max_examples=300, deadline=None)
@given(left=st.text(max_size=3), right=st.text(max_size=3))
def test_seams_join_without_space_where_a_side_is_wide(left: str, right: str) -> None:
    # (a number broken at the seam between wide characters joins as one, "完成35" / "00万标箱":
    # test_a_number_broken_inside_chinese_text_joins; hypothesis found "⺀0" / "0⺀" here once
    # that rule came in, branch zh46)
    assume(not (left[-1:].isdigit() and right[:1].isdigit()))
    assume(not (left[-1:] == "." and right[:1].isdigit()))
    expected = not left or not right or is_wide(left[-1]) or is_wide(right[0])
    assert joins_without_space(left, right) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="a 中。\u3000\u2003\n\U00020000", max_size=30))
def test_wide_width_and_ratio_count_each_character(text: str) -> None:
    # Counted by removing runs of them, as they were by listing each character (findall).
    wide = sum(is_wide(ch) for ch in text)
    visible = sum(not ch.isspace() for ch in text)
    assert display_width(text) == len(text) + wide
    assert cjk_ratio(text) == (0.0 if text.isascii() or not visible else wide / visible)


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet="aBz-'. \n\t\rK\u212aİé中\u00ad", max_size=40))
def test_vocabulary_read_from_bytes_is_the_inner_words_a_pattern_finds(text: str) -> None:
    # The page's bytes are read with every character but an ASCII letter, a hyphen or a line end
    # made a space; the words are those this pattern finds on each line but its first and last,
    # lowered one by one (the Kelvin sign and the dotted İ are no ASCII letters).
    inner_word = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?:-[A-Za-z]+)*(?![A-Za-z-])")
    words = set()
    for line in text.split("\n"):
        words.update(map(str.lower, inner_word.findall(line)[1:-1]))
    assert page_vocabulary(text) == frozenset(words)


def test_ascii_stops_between_chinese_characters_become_full_width() -> None:
    # (Tesseract's chi_tra model sets ASCII marks in Chinese text: "公布,今年")
    assert full_width_marks_in_han("公布,今年") == "公布，今年"
    assert full_width_marks_in_han("衛生廳:新增") == "衛生廳：新增"
    assert full_width_marks_in_han("緊張,\n要求") == "緊張，\n要求"
    assert full_width_marks_in_han("會 ,預計") == "會 ,預計"  # (a space before: left as read)
    assert full_width_marks_in_han("是嗎?是的") == "是嗎？是的"
    # (near-misses: figures, Latin text and a mark not between two characters keep theirs)
    for kept in ("1,000人", "每份2.00澳元", "Hello, world", "电话:0571", "中文, English"):
        assert full_width_marks_in_han(kept) == kept


@given(st.text(alphabet="公布今年,;:!? \n1aA", max_size=60))
@settings(max_examples=200)
def test_full_width_marks_keep_the_texts_length(text: str) -> None:
    out = full_width_marks_in_han(text)
    assert len(out) == len(text)
    assert [c for c in out if c not in "，；：！？"] == [
        c for c, d in zip(text, out, strict=True) if c == d
    ]


def test_a_number_broken_inside_chinese_text_joins() -> None:
    assert joins_without_space("完成35", "00万标箱")
    assert joins_without_space("控制在0.", "2%以下")
    # (near-miss: figures at a Latin seam are two words)
    assert not joins_without_space("page 35", "00 more")
