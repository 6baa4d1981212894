"""B-cubed article membership: the measure itself, and floors for the pages parsed without
article structure (measured values in docs/formats.md; the floors sit a little below)."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_file
from tests.parse.bcubed import bcubed, measure

#: Floors of B-cubed F1, a little under what was measured (docs/formats.md).
FLOORS = {
    "BL 1811": 0.70,
    "BnF 1821": 0.87,
    "NY Tribune 1903 p1, ABBYY ALTO": 0.81,
    "Evening Star 1920 p1, Tesseract hOCR": 0.89,
    "Evening Star 1920 p1, Tesseract ALTO": 0.74,
    "Evening Star 1920 p1, Tesseract text": 0.78,
}


def test_bcubed_of_known_clusterings() -> None:
    truth = [["alpha", "bravo", "charlie"], ["delta", "echoe"]]
    assert bcubed(truth, truth).f1 == 1.0
    merged = bcubed(truth, [["alpha", "bravo", "charlie", "delta", "echoe"]])
    assert merged.recall == 1.0 and merged.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)
    split = bcubed(truth, [["alpha"], ["bravo", "charlie"], ["delta", "echoe"]])
    assert split.precision == 1.0 and split.recall == pytest.approx((1 / 3 + 2 * 2 / 3 + 2) / 5)
    # A word the parse left out of every article counts as an article of its own.
    assert bcubed(truth, [["alpha", "bravo"], ["delta", "echoe"]]).recall < 1.0


def test_geometry_parses_keep_their_membership_floors() -> None:
    corpus_file("mets/bnf-jdpl-1821-08-01/ALTO/18210801_1-0001.xml")
    scores = dict(measure())
    for prefix, floor in FLOORS.items():
        label = next(label for label in scores if label.startswith(prefix))
        assert scores[label].f1 >= floor, (label, scores[label])
