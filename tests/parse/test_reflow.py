"""Column widths, paragraph ends and standalone titles."""

from __future__ import annotations

from reader.parse.lines import Block, split_lines
from reader.parse.reflow import estimate_column_width, find_titles, paragraph_breaks, reflow_block


def test_column_width_ignores_short_lines_and_one_long_outlier() -> None:
    widths = [24, 28, 28, 26, 28, 28, 22, 28, 28, 40]
    assert estimate_column_width(widths) == 28
    assert estimate_column_width([10, 30]) == 30
    assert estimate_column_width([]) == 0


def test_cjk_paragraph_ends_at_short_last_line_and_indented_first_line() -> None:
    lines = split_lines(
        "丁薛祥指出，党的二十大明\n确提出2035年建成科技强国，\n习近平总书记在全国科技大会\n"
        "印把宏伟蓝图变为现实。\n丁薛祥表示，要准确把握我\n国科技工作的总体格局，坚持全\n"
        "策措施、重大任务、科研力量、资\n创造性落实好党中央决策部署。\n各省区市和新疆生产建设\n"
        "兵团、中央和国家机关有关部门\n有关科技界代表参加会议。\n"
    )
    breaks = paragraph_breaks(lines)
    starts = [lines[0].text] + [
        line.text for line, brk in zip(lines[1:], breaks, strict=True) if brk
    ]
    assert starts == [
        "丁薛祥指出，党的二十大明",
        "丁薛祥表示，要准确把握我",
        "各省区市和新疆生产建设",
    ]


def test_latin_paragraph_ends_where_the_next_word_would_have_fitted() -> None:
    lines = split_lines(
        "The blaze was discovered by a night\nwatchman, who saw smoke rising.\n"
        "A stiff northeast wind carried sparks\nacross the slip to the sheds.\n"
    )
    assert paragraph_breaks(lines) == [False, True, False]


def test_where_words_are_hyphenated_a_long_words_first_syllable_would_have_fitted() -> None:
    # "Supporters" does not fit after "three meetings." but "Sup-" does: a column that breaks
    # words would have set it there, so the sentence ended a paragraph.
    text = (
        "The city council voted\nto set aside $4.2 mil-\nlion for a new filtra-\n"
        "tion building, ending\nthree meetings.\nSupporters said the\nplant was too old.\n"
    )
    assert paragraph_breaks(split_lines(text)) == [False, False, False, False, True, False]
    # Without broken words on the page, the same lines are one paragraph.
    unbroken = text.replace("mil-\nlion", "mil\nlion").replace("filtra-\ntion", "filtra\ntion")
    assert paragraph_breaks(split_lines(unbroken)) == [False] * 6
    # A stop after a stray letter or a misread hyphen ("an n.") ends no paragraph.
    misread = text.replace("three meetings.", "three meet n.")
    assert paragraph_breaks(split_lines(misread)) == [False] * 6


def test_titles_found_from_context() -> None:
    lines = split_lines(
        " 全国科技工作会议召开\n\n新华社北京1月13日电 全国科\n\n技工作会议13日在京召开。\n"
    )
    block = Block(tuple(lines), double_spaced=True)
    assert find_titles(block) == [True, False, False]
    units = reflow_block(block, 0)
    assert [u.kind for u in units] == ["title", "paragraph"]
    assert units[1].first == 3 and units[1].last == 5


def test_credit_lines_at_block_end() -> None:
    lines = split_lines("新华社记者\n张端/摄\n")
    units = reflow_block(Block(tuple(lines), double_spaced=False), 0)
    assert [u.kind for u in units] == ["credit"]
