"""The item-share survey (tests/parse/itemshare.py): item shape, a page's share, split points,
their guards and their check against an annotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.itemshare import (
    PAGE_MIN,
    check_points,
    guarded,
    item_shaped,
    item_share,
    main,
    split_points,
)

_ITEMS = [
    "Mrs. George Houston visited Mrs. Clarence Wheeler Friday afternoon.",
    "Miss Lottie Perry and brother William were Sumas visitors Saturday.",
    "Frank Johnson is able to be out after several weeks' illness with grip.",
]
_STORY_PARAGRAPH = (
    "The council voted last night to build the bridge over the river at Main street, and the "
    "work will begin as soon as the frost is out of the ground, the mayor said after the "
    "meeting. The contract calls for a steel span of two hundred feet resting on stone piers "
    "sunk to the rock, with a roadway of twenty feet and a walk on either side of it."
)


def _story(head: str | None, paragraphs: list[str], kind: str = "story") -> dict[str, object]:
    return {"kind": kind, "headline": head, "paragraphs": paragraphs}


def test_an_item_is_short_closes_on_a_stop_and_opens_on_a_person() -> None:
    assert all(item_shaped(item) for item in _ITEMS)
    assert item_shaped("Born, to Mr. and Mrs. John Smith, Monday, a daughter.")
    assert not item_shaped(_STORY_PARAGRAPH)  # too long, and opens on no one
    assert not item_shaped("Mrs. George Houston visited Mrs. Clarence Wheeler")  # no stop
    assert not item_shaped("The council voted last night to build the bridge.")
    assert not item_shaped("Mr. Smith left.")  # too short to tell


def test_a_weekly_of_items_has_a_high_share_and_a_daily_a_low_one() -> None:
    weekly = [_story(None, _ITEMS * 20)]
    daily = [_story("Council Votes to Build the Bridge.", [_STORY_PARAGRAPH] * 10 + [_ITEMS[0]])]
    weekly_share, daily_share = item_share(weekly), item_share(daily)
    assert weekly_share is not None and weekly_share == pytest.approx(1.0)
    assert daily_share is not None and daily_share < 0.05
    # a scrap of a page has no share, and notices are not counted
    assert item_share([_story(None, _ITEMS)]) is None
    assert item_share([_story(None, _ITEMS * 20, kind="notice")]) is None
    assert sum(map(len, _ITEMS * 20)) >= PAGE_MIN


def test_split_points_skip_labelled_columns_notices_and_open_sentences() -> None:
    articles = [
        _story("Council Votes to Build the Bridge.", [_STORY_PARAGRAPH, *_ITEMS]),
        _story("LOCAL DRIFT", list(_ITEMS)),  # a labelled column keeps its items
        _story("ROSE LODGE", list(_ITEMS)),  # so does a place's column
        _story("Smith & Son", list(_ITEMS), kind="notice"),
        _story(None, ["The roads are bad and", _ITEMS[0]]),  # no stop above: runs on
    ]
    assert split_points(articles) == [(0, 1), (0, 2), (0, 3)]


def test_the_guards_keep_a_story_going_on_and_drop_list_rows() -> None:
    articles = [
        _story(
            "Mrs. Houston Is Home Again.",
            [
                _STORY_PARAGRAPH,
                "Mrs. Houston visited the council on her way home from the city.",  # named above
                "John F Summers, w hf se qr, se qr se qr, lot 6, 16-9.",  # a deed's row
                _ITEMS[1],
            ],
        )
    ]
    points = split_points(articles)
    assert points == [(0, 1), (0, 2), (0, 3)]
    assert guarded(articles, points) == [(0, 3)]


def test_split_points_are_checked_against_the_annotation() -> None:
    produced = [
        _story(
            "Council Votes to Build the Bridge.",
            [_STORY_PARAGRAPH, _ITEMS[0], _ITEMS[1], _ITEMS[2]],
        )
    ]
    expected = [
        _story("Council Votes to Build the Bridge.", [_STORY_PARAGRAPH, _ITEMS[0]]),
        _story(None, [_ITEMS[1]], kind="brief"),
    ]
    check = check_points(produced, expected, split_points(produced))
    assert (check.opens, check.continues, check.unmatched) == (1, 1, 1)


def test_the_tool_reads_a_page_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "weekly.txt"
    lines = []
    for n in range(60):
        lines += [f"Mrs. George Houston{n} visited Mrs. Clarence", "Wheeler Friday afternoon.", ""]
    page.write_text("\n".join(lines), encoding="utf-8")
    assert main(["--text", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{page} share=")
    share = float(out.split("share=")[1].split()[0])
    assert share > 0.9
