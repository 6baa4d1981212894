"""The paper's volume alone on its line, wherever OCR set the ear (branch furniture16, issue 9):
"VOLUME FORTY-TWO", "VOL. 27.", "SIXTY-FIFTH YEAR. NO. 103." lower on the page were read as a
story's head, a teaser or a one-line brief; they are masthead furniture, and the story under
them keeps its own head. A label a story or a list may print ("No. 31." alone, a volume in a
head's words) stays text."""

from __future__ import annotations

import pytest

from reader.parse.masthead import is_masthead_line
from tests.parse.test_archive_rules import _STORY, _far_down, _parse


@pytest.mark.parametrize(
    "text",
    [
        "VOLUME FORTY-TWO",
        "VOLUME, FORTY-TWO",
        "VOLUME SIXTY-EIGHT",
        "VOLUME XXXIII",
        "VOL. 27.",
        ".VOL. XIII.",
        '"VOLUME IX.',
        "VOLUME XLVI. NUMBER 13.",
        "Vol. XXXIII—N o. 42",
        "Vol57 No. 49",
        "SIXTY-FIFTH YEAR. NO. 103.",
        "ELEVENTH YEAR. No. 34.",
        "THIRTEENTH YEAR-NO 3710",
    ],
)
def test_a_volume_label_alone_is_a_masthead_line_anywhere(text: str) -> None:
    assert is_masthead_line(text, 40)


@pytest.mark.parametrize(
    "text",
    [
        "No. 31.",  # a list's item as well
        "VOLUME",
        "VOLUME OF TRADE GROWS",
        "VOLUME 11 GRIFFITHS BOOSTERS WILL MEET",
        "EIGHTH YEAR",  # an ear near the top only (is_issue_label)
        "School District No. 36.",
        "Sonata, Op. 27, No. 2",
    ],
)
def test_other_lines_with_a_volume_or_number_stay_text_lower_down(text: str) -> None:
    assert not is_masthead_line(text, 40)


# (and the subscription terms of branch furniture17, test_terms_furniture.py)
@pytest.mark.parametrize(
    "label",
    [
        "VOLUME FORTY-TWO",
        "SIXTY-FIFTH YEAR. NO. 103.",
        "$1.00 PER YEAR",
        "81.50 PER YEAR IN ADVANCE",
    ],
)
def test_a_volume_label_over_a_head_is_no_part_of_it(label: str) -> None:
    page = _parse(_far_down(label, "GERMANS PLAN NEW OFFENSIVE", *_STORY))
    assert label in page.furniture
    assert [a.headline for a in page.articles] == [
        "MILL BURNS DOWN",
        "GERMANS PLAN NEW OFFENSIVE",
    ]


@pytest.mark.parametrize("label", ["VOLUME XXXIII", "$1.50 A YEAR."])
def test_a_volume_label_alone_is_no_teaser(label: str) -> None:
    page = _parse(_far_down(label, "", "STORM DELAYS TRAINS", *_STORY))
    assert label in page.furniture
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN", "STORM DELAYS TRAINS"]
