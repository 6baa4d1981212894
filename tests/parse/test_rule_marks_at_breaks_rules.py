"""Paragraph breaks on 1916 pages around what OCR read from a column rule or a misread initial
(branch ``histp50``, issue 9).

Counted on 1916 pages outside the dev set: a paragraph's last line whose stop OCR followed by a
column rule's small letter set apart ("… the country. j") lost its break, as the line seemed
to end on a word; and a line opening on a figure and a stop under a line that runs on into it
("… will be called July" / "5. Hearings …", "… greeted H. E. Behrens and" / "8. Moore, of …",
an initial's letter read as a figure) was cut off as a numbered item. Text here is our own.
"""

from __future__ import annotations

import pytest

from reader.parse.lines import Line
from reader.parse.reflow import _figure_runs_on_from, _weighed_breaks, without_any_speck


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, False, 1) for number, text in enumerate(texts, 1)]


def _breaks(*texts: str) -> list[bool]:
    return [brk for brk, _ in _weighed_breaks(_lines(*texts), historical=True)]


_COLUMN = (
    "The council met in the town hall",
    "on Tuesday evening and heard the",
    "report of the street committee.",
)


@pytest.mark.parametrize("speck", ["j", "i", "l", "t", "f", "r"])
def test_a_rule_speck_after_a_short_lines_stop_ends_its_paragraph(speck: str) -> None:
    breaks = _breaks(*_COLUMN, f"The bridge is finished. {speck}", "The mayor thanked the men who")
    assert breaks[-1]


@pytest.mark.parametrize(
    "above",
    [
        "The bridge is finished a",  # "a" is a word, and no stop stands before it
        "The bridge is finished j",  # no stop before the letter: the line runs on
        "The bridge is Mr. j",  # a title before the letter: no sentence ends
    ],
)
def test_a_rule_speck_near_miss_leaves_the_line_running_on(above: str) -> None:
    assert not _breaks(*_COLUMN, above, "the mayor thanked the men who")[-1]


def test_without_any_speck_takes_only_a_mark_set_apart_after_a_stop() -> None:
    assert without_any_speck("the country. j") == "the country."
    assert without_any_speck("on her trial trip. M") == "on her trial trip."
    assert without_any_speck("the country.j") == "the country.j"
    assert without_any_speck("the road to a") == "the road to a"
    assert without_any_speck("said Mr. i") == "said Mr."


@pytest.mark.parametrize(
    ("above", "line"),
    [
        ("The term of court will be called July", "5. Hearings on the claims will"),
        ("the prisoner was held until about", "2. o'clock this morning, when he"),
        ("copy be spread upon the minutes of the W.", "0. W. and one sent to the paper"),
        ("the visitors were greeted by H. E. Behrens and", "8. Moore, of Fargo, who spoke"),
        ("he lives in school district No.", "5. Ernest, his son, is at home"),
    ],
)
def test_a_figure_going_on_from_the_line_above_opens_no_item(above: str, line: str) -> None:
    assert _figure_runs_on_from(above, line)
    assert not _breaks(*_COLUMN, above, line)[-1]


@pytest.mark.parametrize(
    ("above", "line"),
    [
        ("The order of business is as follows:", "1. Reading of the minutes."),
        ("1. Reading of the minutes.", "2. Reports of the committees."),
        ("2. Reports of the committees;", "3. Election of officers."),
    ],
)
def test_a_numbered_item_under_a_closed_line_still_opens(above: str, line: str) -> None:
    assert not _figure_runs_on_from(above, line)
    assert _breaks(*_COLUMN, above, line)[-1]
