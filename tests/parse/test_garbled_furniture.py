"""A volume label or price line OCR garbled past the clean patterns (branch furniture19,
measured again on version 18 by masthead23, issue 9): "VOLUME XIV, HO. 53.", "TOL. XXVI, NO.
264", "PRICE FIVE CEKTj", "PRICK, OXK CEXT.", "SINGLE COPY TWO CENTS." were read as heads and
one-line briefs; they are furniture wherever the clean line would be, and never mark the
masthead's end (a banner over the nameplate stays text). Lines that only share a letter or two
with the shapes stay text, and so does a label that lost its volume word ("LXXXV— No. 32")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse import masthead
from reader.parse.classify import is_furniture
from reader.parse.masthead import NAME_LINES, is_garbled_issue_line
from tests.parse.test_archive_rules import _STORY, _far_down, _parse


@pytest.mark.parametrize(
    "text",
    [
        "VOLUME XIV, HO. 53.",  # HO for NO
        "TOL. XXVI, NO. 264",  # TOL for VOL
        "VOL. XLV XO. 209.",
        "VOU XTiV-NO. 212.",
        "VOLl'Mlî XXIII.",
        "Volume .XXXI. Numbw 25.",
        "VOLXX1I1, NO 7",
        "SIXTY-FIFTH YEAR. XO. 107.",
        "PRICE FIVE CEKTj",
        "PRICK TWO CENTS.",
        "PKICE ONE CENT",
        "PRICE, ONE CENT.",
        # masthead23: the count of cents garbled, PRICE's R read as B, a number run into the
        # Roman volume, the price as a paper words it
        "PRICK, OXK CEXT.",
        "PRICE, OXE CENT.",
        "PRICE TV0 CENTS",
        "FTVE CKNT",
        "PBICE ONE CENT.",
        "VOL. XIXNO. 2S6.",
        "VOL. XLVXO. 202.",
        "SINGLE COPY TWO CENTS.",
        "SINGLE COPIES 2 CENTS.",
        "THIS EDITION 2 CENTS",
    ],
)
def test_a_garbled_volume_label_or_price_is_furniture_anywhere(text: str) -> None:
    assert is_garbled_issue_line(text)
    assert is_furniture(text, None, 40)


@pytest.mark.parametrize("text", ["XXII No. 36", "LXXXV— No. 32"])
def test_a_label_that_lost_its_word_stays_text(text: str) -> None:
    # Measured by masthead23: near the top it took a head's first line into the banner over
    # the nameplate, or a weekly's items into the house ad, as often as it freed a head.
    assert not is_furniture(text, None, 2)
    assert not is_furniture(text, None, NAME_LINES + 5)


@pytest.mark.parametrize(
    "text",
    [
        "COL. REGINER",
        "Col. House in London.",
        "Von A. Gray.",
        "VOTE NO. 5",
        "CIVIL NO. 5",
        "VOLUNTEERS",
        "VOUCHER 5",
        "PRICES FOR CORN",
        "PRIZE 5 CENTS",
        "TWO CENTS A WEEK",
        "Price of Plate Will Be Increased",
        # masthead23: an ad's price of two figures, a head's words, a rate
        "PRICK 3S CENTS",
        "ONE PRICE TO ALL",
        "STANDS FIVE CENTS",
        "THIS EDITION 2 CENTS A COPY",
        "SINGLE COPY OF THE BILL",
        "TEN CENTS",
    ],
)
def test_lines_near_the_shapes_stay_text(text: str) -> None:
    assert not is_garbled_issue_line(text)
    assert not is_furniture(text, None, 40)


@pytest.mark.parametrize(
    "label", ["VOLUME XIV, HO. 53.", "PRICE FIVE CEKTj", "PRICK, OXK CEXT.", "THIS EDITION 2 CENTS"]
)
def test_a_garbled_label_over_a_head_is_no_part_of_it(label: str) -> None:
    page = _parse(_far_down(label, "GERMANS PLAN NEW OFFENSIVE", *_STORY))
    assert label in page.furniture
    assert [a.headline for a in page.articles] == [
        "MILL BURNS DOWN",
        "GERMANS PLAN NEW OFFENSIVE",
    ]


def test_a_garbled_label_does_not_carry_a_banner_into_the_masthead() -> None:
    banner = "Threat to Sink Armed Merchantmen Delays Lusitania Settlement Again Today"
    text = "\n".join(
        [banner, "HARRISBURG TELEGRAPH", "VOL. XLV XO. 209.", "", "MILL BURNS DOWN", *_STORY]
    )
    page = _parse(text)
    assert "VOL. XLV XO. 209." in page.furniture
    assert banner not in page.furniture


_ISSUE_PIECES = [
    "VOL",
    "vol.",
    "YOL",
    "TOL.",
    "V0L",
    "VOLUME",
    "XIV",
    "HO.",
    "NO.",
    "53",
    "2S6",
    "SIXTY-FIFTH",
    "EIGHTH",
    "NINTH",
    "FORTY",
    "YEAR.",
    "PRICE",
    "PRICK,",
    "PBICE",
    "OXK",
    "FIVE",
    "TWO",
    "CENTS",
    "CEKTj",
    "SINGLE",
    "COPY",
    "THIS",
    "EDITION",
    "—",
    "'",
    "*",
    ".",
    "_",
    "é",
    "1",
]


@settings(max_examples=2000, deadline=None)
@given(
    text=st.lists(st.sampled_from(_ISSUE_PIECES), max_size=8).map(" ".join)
    | st.lists(st.sampled_from(_ISSUE_PIECES), max_size=8).map("".join)
    | st.text(max_size=40)
)
def test_the_opening_guard_never_spares_a_garbled_issue_line(text: str) -> None:
    """speed: ``may_be_garbled_issue_line`` is False only where neither pattern can match."""
    stripped = text.strip()
    if not masthead.may_be_garbled_issue_line(stripped):
        assert masthead._VOLUME_GARBLED.match(stripped) is None
        assert masthead._PRICE_GARBLED.match(stripped) is None


@pytest.mark.parametrize(
    "line",
    [
        "VOLUME XIV, HO. 53.",
        "vol. XXI, No. 88",
        "YOL. XXVI, NO. 264",
        "TOL. XXVI, NO. 264",
        "* VOL. XIXNO. 2S6.",
        "SIXTY-FIFTH YEAR. XO. 107.",
        "EIGHTH YEAR. HO. 53.",
        "NINTH YEAR, N0. 12",
        "FORTIETH YEAR. XO. 7",
        "PRICK, OXK CEXT.",
        "SINGLE COPY TWO CENTS.",
        "THIS EDITION 2 CENTS",
        "ONE CENT.",
        "0NE CENT",
        "FIVE CEKTj",
        "TWO CENTS",
        "THREE CENTS",
    ],
)
def test_every_opening_of_the_shapes_passes_the_guard(line: str) -> None:
    assert masthead.may_be_garbled_issue_line(line)
    assert masthead._VOLUME_GARBLED.match(line) or masthead._PRICE_GARBLED.match(line), line
