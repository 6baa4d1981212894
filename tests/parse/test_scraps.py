"""The survey of unmatched produced articles (tests/parse/scraps.py): where a piece's text went."""

from __future__ import annotations

from tests.parse.devset import DevPage, halves
from tests.parse.scraps import classify_scrap

_STORY = {
    "kind": "story",
    "headline": "COUNCIL VOTES NEW BRIDGE",
    "subheadline": "Work to Begin in the Spring",
    "paragraphs": [
        "The council voted last night to build the bridge over the river at Main street."
    ],
}
_AD = {
    "kind": "notice",
    "headline": "Smith & Son",
    "paragraphs": ["Groceries and dry goods at fair prices."],
}


def test_a_piece_of_a_storys_body_under_a_head_is_a_crosshead_piece() -> None:
    piece = {
        "kind": "brief",
        "headline": "Main Street",
        "paragraphs": ["build the bridge over the river"],
    }
    place, cls = classify_scrap(piece, [_STORY, _AD], ["THE DAILY NEWS"])
    assert (place, cls) == ("article #0 (story, body)", "crosshead")


def test_a_line_of_a_head_stack_is_a_cut_head() -> None:
    piece = {"kind": "teaser", "headline": "Work to Begin in the Spring"}
    assert classify_scrap(piece, [_STORY, _AD], [])[1] == "head"


def test_an_ads_line_furniture_and_noise() -> None:
    assert (
        classify_scrap(
            {"kind": "teaser", "headline": "Groceries and dry goods"}, [_STORY, _AD], []
        )[1]
        == "ad"
    )
    assert classify_scrap(
        {"kind": "brief", "paragraphs": ["THE DAILY NEWS"]}, [_STORY], ["THE DAILY NEWS"]
    ) == (
        "furniture",
        "furniture",
    )
    assert classify_scrap({"kind": "brief", "paragraphs": ["~~ ^^x Qz !!"]}, [_STORY], []) == (
        "unplaced",
        "noise",
    )


def test_halves_alternate_by_sha1_and_cover_every_page() -> None:
    pages = [DevPage.__new__(DevPage) for _ in range(5)]
    for n, page in enumerate(pages):
        object.__setattr__(page, "name", f"page-{n}")
    tune, check = halves(pages)
    assert (len(tune), len(check)) == (3, 2)
    assert {p.name for p in tune + check} == {p.name for p in pages}
