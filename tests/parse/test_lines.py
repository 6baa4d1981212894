"""Lines and blocks: the spacing style decides where blocks break."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.lines import is_double_spaced, segment_blocks, split_lines


def texts(page: str) -> list[list[str]]:
    return [[line.text for line in block.lines] for block in segment_blocks(split_lines(page))]


def test_split_lines_keeps_numbers_gaps_and_leading_space() -> None:
    lines = split_lines(" 标题\n\n正文一\n正文二\n")
    assert [(x.number, x.text, x.indented, x.gap) for x in lines] == [
        (1, "标题", True, 0),
        (3, "正文一", False, 1),
        (4, "正文二", False, 0),
    ]
    assert lines[0].width == 4


def test_double_spaced_lines_form_one_block_until_a_leading_space() -> None:
    page = " 第一行文字\n\n第二行文字\n\n第三行文字\n\n 新的文字块\n\n第五行文字\n"
    assert is_double_spaced(split_lines(page))
    assert texts(page) == [["第一行文字", "第二行文字", "第三行文字"], ["新的文字块", "第五行文字"]]


def test_tight_runs_inside_double_spaced_text_are_their_own_blocks() -> None:
    body = "".join(f"正文{n}\n\n" for n in "一二三四五六七八九")
    page = body + "新华社记者\n张端/摄\n 加快形成一批\n政策成果\n\n万物智联\n中枢神经\n"
    assert texts(page) == [
        [f"正文{n}" for n in "一二三四五六七八九"],
        ["新华社记者", "张端/摄"],
        ["加快形成一批", "政策成果"],
        ["万物智联", "中枢神经"],
    ]
    blocks = segment_blocks(split_lines(page))
    assert blocks[0].double_spaced and not blocks[1].double_spaced
    assert blocks[1].followed_tight and not blocks[2].followed_tight


def test_single_spaced_text_breaks_at_blank_lines() -> None:
    page = "FIRE SWEEPS DOCKS\nThree Lost\n\nBOSTON, Sept. 17 —\nFire broke out.\n"
    assert not is_double_spaced(split_lines(page))
    assert texts(page) == [
        ["FIRE SWEEPS DOCKS", "Three Lost"],
        ["BOSTON, Sept. 17 —", "Fire broke out."],
    ]


def test_soft_hyphens_are_dropped_inside_lines_and_marked_at_line_ends() -> None:
    lines = split_lines("Bost\u00ad on is\u00ad\nfar\u00ad \u00ad\n\u00ad\nend")
    assert [line.text for line in lines] == ["Bost on is\u00ad", "far\u00ad", "end"]
    assert [line.gap for line in lines] == [0, 0, 1]  # a line of soft hyphens alone is blank


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="ab 中\t\u3000\u00a0.", max_size=12))
def test_line_width_is_the_repaired_display_width(text: str) -> None:
    # The ASCII shortcut in Line gives what display_width(repair_spacing(...)) gives.
    from reader.parse.lines import Line
    from reader.text.cjk import display_width, repair_spacing

    assert Line(1, text, False, 0).width == display_width(repair_spacing(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab 中\t\u3000\u00a0\u00ad.\n", max_size=40))
def test_split_lines_builds_the_records_the_dataclass_builds(text: str) -> None:
    # split_lines builds each Line without calling the class (faster): every field, those left
    # out of comparison too, is what Line(number, text, indented, gap) gives. A field added to
    # Line and not to the fast builder fails here.
    from dataclasses import fields

    from reader.parse.lines import Line

    for line in split_lines(text):
        made = Line(line.number, line.text, line.indented, line.gap)
        assert type(line) is Line
        for field in fields(Line):
            assert getattr(line, field.name) == getattr(made, field.name), field.name
