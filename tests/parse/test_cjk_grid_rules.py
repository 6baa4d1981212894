"""A Chinese page's columns as ``pdftotext -layout`` sets them (branch zh50, from
own-hant-tw-sports-layout, annotated blind): on its grid every character takes one cell, a
space or a Chinese character alike, so a column's start is a count of characters, not a display
width; neighbouring columns' lines whose baselines differ come on lines of their own; a
region's first line may be a paragraph's indented first line, or a label over a column beside a
box's head. Near-misses: a head centred over the columns, a Latin page, a date line set right
of a name. The snippets are our own wording."""

from __future__ import annotations

from collections import Counter

from reader.parse.glued import cell_width, layout_columns
from reader.text.cjk import display_width

LEFT = (
    "  全縣春耕生產進展順利，各鄉鎮",
    "組織農技人員下田指導，幫助農民",
    "解決灌溉和育苗中的實際困難。",
    "  縣農業局表示，今年將新建節水",
    "灌溉面積四萬畝，比去年增加三成",
)
RIGHT = (
    "  市立圖書館本週起延長開放時間",
    "，每天晚上開放到九時，週末全天",
    "開放，方便上班族和學生借閱。",
    "  館方同時增設自助借還書機十台",
    "，並開放線上預約座位服務。",
)


def _grid(left: tuple[str, ...], right: tuple[str, ...], at: int = 19) -> str:
    """Two columns on pdftotext's grid: the right column at character ``at`` of every line (a
    paragraph's indent inside it), counted in characters."""
    return "\n".join((a.ljust(at) + b).rstrip() for a, b in zip(left, right, strict=True))


def _texts(text: str) -> list[str]:
    lines = layout_columns(text)
    assert lines is not None
    return [line.strip() for _number, line in lines if line.strip()]


def test_columns_placed_by_characters_counted_are_read_left_then_right() -> None:
    text = "東岸日報\n\n" + _grid(LEFT, RIGHT) + "\n"
    # (by display width the right column's start wanders with the Chinese characters before it)
    starts = {display_width(row[: row.index(RIGHT[1][:3])]) for row in text.split("\n")[3:4]}
    assert starts != {19}
    assert _texts(text) == ["東岸日報", *(t.strip() for t in LEFT), *(t.strip() for t in RIGHT)]
    # (every character stays)
    got = "".join(line for _number, line in layout_columns(text) or [])
    assert Counter(text.replace(" ", "").replace("\n", "")) == Counter(got.replace(" ", ""))


def test_a_column_line_on_a_row_of_its_own_is_no_blank_line_of_the_other() -> None:
    rows = [LEFT[0].ljust(19) + RIGHT[0]]  # (one line holds both: it gives the gutter)
    for a, b in zip(LEFT[1:], RIGHT[1:], strict=True):
        rows.append(a)  # (the left column's baseline)
        rows.append(" " * 19 + b)  # (the right column's, a little lower)
    lines = layout_columns("\n".join(rows) + "\n")
    assert lines is not None
    left_part = [line for _number, line in lines][: len(LEFT)]
    assert [line.strip() for line in left_part] == [t.strip() for t in LEFT]


def test_a_region_may_open_on_a_label_over_a_column_beside_a_box_head() -> None:
    text = (
        "運動醫學\n"
        + " " * 30
        + "本報誠徵記者\n"
        + "春季路跑增加\n"
        + " " * 19
        + "本報誠徵運動線記者兩名，熟悉棒球賽事\n"
        + _grid(LEFT, RIGHT)
        + "\n"
    )
    got = _texts(text)
    assert got[:2] == ["運動醫學", "春季路跑增加"]
    assert got.index("本報誠徵記者") > got.index(LEFT[-1].strip())


def test_a_head_centred_over_the_columns_is_no_column_line() -> None:
    text = "      全縣二十萬畝夏菜完成定植\n" + _grid(LEFT, RIGHT) + "\n"
    got = _texts(text)
    assert got[0] == "全縣二十萬畝夏菜完成定植"
    assert got[1:] == [*(t.strip() for t in LEFT), *(t.strip() for t in RIGHT)]


def test_near_misses_on_the_grid() -> None:
    # (a name with its date set right: no two columns of text)
    assert layout_columns("東岸日報            2027年3月14日 星期日\n中華郵政登記\n") is None
    # (two rows only hold both columns)
    assert layout_columns(_grid(LEFT[:2], RIGHT[:2])) is None
    # (a Latin page is measured as before: a cell is two display columns either way)
    assert cell_width("abc") == 2 * display_width("abc")


def test_a_column_closed_by_a_signature_does_not_run_on_into_the_next() -> None:
    left = (
        "體壇短評",
        "優勢要靠實力撐起",
        "  中華隊昨晚的逆轉勝，讓人看",
        "見年輕球員的韌性，也看見主場",
        "球迷的力量。投手調度與守備細",
        "節，都是明晚必須補強的功課。",
        "          ◎王立德",
    )
    right = (
        "羽球名將周天成 晉級德國賽",
        "  周天成昨在德國公開賽八強戰",
        "以直落二擊敗地主選手，今晚將",
        "爭取決賽資格，對手是世界排名",
        "第三的日本好手。",
        "",
        "",
    )
    lines = layout_columns(_grid(left, right))
    assert lines is not None
    texts = [text.strip() for _number, text in lines]
    # (a blank line parts the signed column from the next column's head)
    at = texts.index("◎王立德")
    assert texts[at + 1] == ""
    # (near-miss: a column whose last line stops inside a sentence runs on into the next)
    cut = (*left[:5], "節，都是明晚必須補強的功課", "")
    lines = layout_columns(_grid(cut, right))
    assert lines is not None
    texts = [text.strip() for _number, text in lines if text.strip()]
    assert texts[texts.index("節，都是明晚必須補強的功課") + 1] == right[0]
