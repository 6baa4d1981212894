"""Masthead, ear and edition lines that were read as teasers and briefs (issue 9, precision,
session 10): an edition label, a nameplate set lower on the page over its date line, the
paper's slogan beside its date line, a volume-and-number line garbled past the date patterns,
and a piece of the nameplate read between two masthead lines; on small pages written for each
rule, with the real story beside them kept a story."""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse.classify import is_furniture
from reader.parse.masthead import is_masthead_line
from tests.parse.test_archive_rules import _STORY, _far_down, _parse


def _headlines(text: str) -> list[str | None]:
    return [article.headline for article in _parse(text).articles]


def _over_the_mill_story(*top: str) -> Page:
    """A page opening on ``top`` lines, then the mill story under its head."""
    return _parse("\n".join([*top, "", "MILL BURNS DOWN", *_STORY]))


@pytest.mark.parametrize("text", ["DAILY EDITION", "WEEKLY EDITION", "SUNDAY EDITION"])
def test_an_edition_label_alone_is_furniture(text: str) -> None:
    assert is_furniture(text, None, 40)


def test_an_edition_label_over_the_masthead_heads_no_story() -> None:
    page = _over_the_mill_story(
        "DAILY EDITION", "VOL. VI., No. 137. GRANTS PASS, OREGON, MONDAY, FEBRUARY 28, 1916."
    )
    assert "DAILY EDITION" in page.furniture
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN"]


_LOWER_NAMEPLATE = [
    "The Tacoma Times",
    "THE ONLY INDEPENDENT NEWSPAPER IN TACOMA.",
    "25c a Home",
    "Month VOL. XIII. NO. 37. TACOMA, WASH., TUESDAY, FEBRUARY 1, 1916. Edition",
    "",
    "STORM DELAYS TRAINS",
]


def test_a_nameplate_over_its_date_line_low_on_the_page_is_furniture() -> None:
    page = _parse(_far_down(*_LOWER_NAMEPLATE) + "\n" + "\n".join(_STORY))
    assert {"The Tacoma Times", "THE ONLY INDEPENDENT NEWSPAPER IN TACOMA.", "25c a Home"} <= set(
        page.furniture
    )
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN", "STORM DELAYS TRAINS"]


def test_a_notice_over_a_date_in_lower_case_stays_text() -> None:
    """A society's name over its notice ("… UNION.") is no nameplate, and a date in a sentence
    ("on Wednesday, February 23, 1916,") is no masthead's date line."""
    notice = [
        "WOMEN'S PROGRESSIVE UNION.",
        "A special meeting of the W. P. U.",
        "will be held at the Library",
        "on Wednesday, February 23, 1916,",
        "at 3:30 p. m. All members are urged to be present.",
    ]
    page = _parse(_far_down(*notice))
    assert not {"WOMEN'S PROGRESSIVE UNION.", "A special meeting of the W. P. U."} & set(
        page.furniture
    )


def test_a_slogan_in_capitals_beside_a_date_line_is_furniture() -> None:
    page = _parse(
        _far_down(
            "PIONEER PAPER OF ARIZONA",
            "PRESCOTT, ARIZONA, WEDNESDAY, FEBRUARY 23, 1916.",
            "",
            "STORM DELAYS TRAINS",
        )
        + "\n"
        + "\n".join(_STORY)
    )
    assert "PIONEER PAPER OF ARIZONA" in page.furniture
    assert "PIONEER PAPER OF ARIZONA" not in _headlines(
        _far_down("PIONEER PAPER OF ARIZONA", "PRESCOTT, ARIZONA, WEDNESDAY, FEBRUARY 23, 1916.")
    )


def test_a_headline_piece_naming_a_paper_under_a_date_line_stays_text() -> None:
    lines = ["NORWICH, CONN., SATURDAY, FEBRUARY 19, 1916", "Other Paper, and Its"]
    page = _parse(_far_down(*lines, *_STORY))
    assert "Other Paper, and Its" not in page.furniture


def test_a_line_opening_on_its_volume_and_number_is_a_masthead_line_at_the_top() -> None:
    garbled = (
        "VOL. VI., No, 137. ' OIUNTS PASS, JOSEPHINE COUNTlf, OREGON, MONDAY, FEBItl'Anr 28, "
        "1019. WHOLE ITUMBER 1881."
    )
    assert is_masthead_line(garbled, 3)
    assert not is_masthead_line(garbled, 40)  # lower down only as before
    assert not is_masthead_line("Vol. 2, No. 3 of the series was read by the members", 3)


def test_a_nameplate_piece_between_two_masthead_lines_is_furniture() -> None:
    page = _over_the_mill_story(
        "HILP TFFICIAL PAPER OF",
        "VTHE ENTERPRISE. PIL P O",
        "PHIIP8 MALTA. MONTANAY THURSDAY FEBRUARY 10 1916 NO. 43",
    )
    assert "VTHE ENTERPRISE. PIL P O" in page.furniture
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN"]


def test_a_banner_over_the_masthead_stays_a_headline() -> None:
    """Only a line straight between two furniture lines is taken: a banner over the nameplate
    has none above it."""
    page = _parse(
        "\n".join(
            [
                "LABOR BODY POUNDS AT PHONE DEAL",
                "THURSDAY, FEBRUARY 10, 1916. VOL. 12, NO. 43",
                "",
                *_STORY,
            ]
        )
    )
    assert "LABOR BODY POUNDS AT PHONE DEAL" not in page.furniture
