"""A court's records column keeps its sections (branch ``hists49``, issue 9).

A 1916 weekly prints the court house's news as one column under a court's head (``DISTRICT
COURT.``), its sections each under a one-line head of the convention (``Civil Actions
Commenced.``, ``Probate.``, ``Marriage Licenses.``, ``Naturalization.``): they were read as
items of their own. A section's head under any other story stays the head of an item.
"""

from __future__ import annotations

from reader.parse import parse_page_text
from tests.parse.test_archive_rules import _STORY, _parse

_ABOVE = ["MILL BURNS DOWN", *(_STORY * 4)]

_COLUMN = [
    "DISTRICT COURT.",
    "Civil Actions Commenced.",
    "Chas. Stonesifer vs. I. M. Raymond, action on account, J. W.",
    "Callicotte, attorney for plaintiff.",
    "Probate.",
    "F. W. Hall, administrator for the estate of John T. Couture,",
    "filed second account current and hearing for approval set",
    "for Feb. 21st.",
    "Marriage Licenses.",
    "Albert Imler, age 24, of Turner, and Catherine Streiff, age",
    "23, of Iowa.",
    "Naturalization.",
    "Paul Kemmer of Wagner, a native of U. S., naturalized in",
    "Canada, filed petition for final naturalization papers.",
]


def test_a_court_column_keeps_its_sections() -> None:
    page = _parse("\n".join([*_ABOVE, *_COLUMN]))
    assert [a.headline for a in page.articles] == ["MILL BURNS DOWN", "DISTRICT COURT."]
    column = page.articles[1]
    assert column.subheadline is None
    for head in ("Civil Actions Commenced.", "Probate.", "Marriage Licenses.", "Naturalization."):
        assert head in column.paragraphs


def test_a_record_section_under_another_story_heads_its_own_item() -> None:
    """Licenses printed under a wedding's story are the paper's next item."""
    wedding = [
        "POPULAR COUPLE WED.",
        "The many friends of J. H. Dudley and Miss Nell Perry were",
        "surprised on Tuesday to learn that the two had been married in",
        "Spokane on Saturday last, at the home of the bride's sister.",
    ]
    licenses = [
        "Marriage Licenses.",
        "Albert Imler, age 24, of Turner, and Catherine Streiff, age",
        "23, of Iowa.",
    ]
    page = parse_page_text("\n".join([*_ABOVE, *wedding, *licenses]))
    assert len(page.articles) == 3
    assert "Marriage Licenses." not in page.articles[1].paragraphs


def test_another_head_under_a_court_column_heads_its_own_item() -> None:
    lines = [
        *_ABOVE,
        *_COLUMN,
        "School Opens Monday.",
        "The Malta public school will open again Monday morning, and",
        "plenty of coal has been received for the rest of the winter.",
    ]
    page = _parse("\n".join(lines))
    assert "School Opens Monday." in [a.headline for a in page.articles]


def test_a_record_section_under_a_court_story_in_prose_heads_its_own_item() -> None:
    """A court's story told in prose is no column in sections: the licenses under it are the
    paper's next item."""
    lines = [
        *_ABOVE,
        "MUNICIPAL COURT",
        "The hearing of Arthur Anderson of Rail Prairie, charged with a",
        "statutory offense, which was to have been held Wednesday, was",
        "continued to Feb. 24.",
        "MARRIAGE LICENSES",
        "Marriage licenses have been issued the past week to Cecil Hall",
        "and Grace Brown and to Albert Zimmerman and May Hagen.",
    ]
    page = _parse("\n".join(lines))
    court = next(a for a in page.articles if a.headline == "MUNICIPAL COURT")
    assert "MARRIAGE LICENSES" not in court.paragraphs
