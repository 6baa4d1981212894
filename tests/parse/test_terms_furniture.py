"""The paper's subscription terms alone on their line, wherever OCR set the ear (branch
furniture17, issue 9): "$1.00 PER YEAR", "$1.50 A YEAR IN ADVANCE.", "81.50 PER YEAR" (OCR's
figure for the dollar sign) lower on the page were read as a story's head or joined to it; they
are masthead furniture, and the story under them keeps its own head. A price a year that a
head or a sentence ends on ("$50.00 Per Year." under "… From $300.00 to") stays text."""

from __future__ import annotations

import pytest

from reader.parse.masthead import is_masthead_line


@pytest.mark.parametrize(
    "text",
    [
        "$1.00 PER YEAR",
        "$1.50 A YEAR.",
        "$1.50 Per Year",
        "$1.50 Per Annum",
        "$1.00 Per Year, In Advance",
        "$1.50 PER YEAR IN ADVANCE.",
        "1.00 PER YEAR, IN ADVANCE",
        "1,00 PER YEAR; IN ADVANCE",
        "81.50 PER YEAR",
        "51.50 PER YEAR.",
        "11.50 PER YEAR IN ADVANCE^",
        ";$1.00 PER YEAR",
        "SUBSCRIPTION $1.50 A YEAR IN ADVANCE",
    ],
)
def test_subscription_terms_alone_are_a_masthead_line_anywhere(text: str) -> None:
    assert is_masthead_line(text, 40)


@pytest.mark.parametrize(
    "text",
    [
        "$50.00 Per Year.",  # a salary, the end of a head
        "$300.00 a year",
        "$9.87 a year ago and $9.37 five years",
        "$1.50 A YEAR FOR THE FARMER'S WIFE AND HER SEWING",
        "Subscribe now at $1.00 per year.",
    ],
)
def test_other_prices_a_year_stay_text_lower_down(text: str) -> None:
    assert not is_masthead_line(text, 40)


# Terms over a head and alone under the masthead: test_volume_furniture.py (one test for both).
