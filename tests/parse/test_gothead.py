"""Tests for the survey of lost heads (tests/parse/gothead.py): where a head went."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from reader.model import Page
from tests.parse.devset import DevPage
from tests.parse.gothead import head_class, lost_heads, main, tuning_half, where_head_went


def _article(
    headline: str | None = None, paragraphs: tuple[str, ...] = (), kind: str = "story", **more: Any
) -> dict[str, Any]:
    return {"kind": kind, "headline": headline, "paragraphs": list(paragraphs), **more}


_HEAD = "SHIP SUNK OFF DOVER"
_BODY = "The steamer Maloja sank with all hands."


@pytest.mark.parametrize(
    ("others", "own", "page", "where"),
    [
        ([_article(_HEAD, ("Other text.",))], _article(None, (_BODY,)), Page(1), "another head"),
        (
            [_article("X", ("Other text. " + _HEAD,))],
            _article(None, (_BODY,)),
            Page(1),
            "another body",
        ),
        ([_article("X", subheadline=_HEAD)], _article(None, (_BODY,)), Page(1), "another deck"),
        (
            [_article(_HEAD, kind="teaser")],
            _article(None, (_BODY,)),
            Page(1),
            "teaser",
        ),
        ([], _article(None, (_HEAD + " " + _BODY,)), Page(1), "own first paragraph"),
        ([], _article(None, (_BODY, _HEAD)), Page(1), "own later body"),
        ([], _article(None, (_BODY,), kicker=_HEAD), Page(1), "own kicker/deck"),
        ([], _article(None, (_BODY,)), Page(1, furniture=(_HEAD,)), "furniture"),
        ([], _article(None, (_BODY,)), Page(1, unplaced=(_HEAD,)), "unplaced"),
        (
            [_article("X", ("the end. SHIP SUNK",))],
            _article(None, (_BODY,)),
            Page(1, unplaced=("OFF DOVER",)),
            "split: first 2 of 4 words in another body",
        ),
        ([], _article(None, (_BODY,)), Page(1), "not found"),
    ],
)
def test_where_head_went(
    others: list[dict[str, Any]], own: dict[str, Any], page: Page, where: str
) -> None:
    produced = [*others, own]
    assert where_head_went(_HEAD, len(others), produced, page) == where


def test_own_text_is_looked_at_before_other_articles() -> None:
    # The head in its own first paragraph and in another article's body: its own story wins.
    produced = [_article("X", (_HEAD,)), _article(None, (_HEAD + ". " + _BODY,))]
    assert where_head_went(_HEAD, 1, produced, Page(1)) == "own first paragraph"


def test_head_class_drops_the_word_counts() -> None:
    assert head_class("split: first 3 of 6 words in another body") == "split: in another body"
    assert head_class("another head") == "another head"


def _page(name: str, family: str = "historical-en", text: str = "", articles: Any = ()) -> DevPage:
    return DevPage(name, Path(name + ".txt"), family, "en", True, text, tuple(articles))


def test_tuning_half_alternates_by_sha1_within_each_family() -> None:
    names = ["a", "b", "c", "d", "e"]
    pages = [_page(n) for n in names] + [_page("z", family="narrow")]
    ordered = sorted(names, key=lambda n: hashlib.sha1(n.encode()).hexdigest())
    assert tuning_half(pages) == {*ordered[0::2], "z"}


_TEXT = "\n".join(
    [
        "The council met on Monday and voted the budget for the water plant.",
        "It passed by five votes to two after a long debate in the hall.",
    ]
)


def test_lost_heads_finds_a_head_read_as_the_first_paragraph() -> None:
    expected = [
        _article(
            "The council met on Monday and voted the budget for the water plant.",
            ("It passed by five votes to two after a long debate in the hall.",),
            kind="brief",
        )
    ]
    lost = lost_heads(_page("council", text=_TEXT, articles=expected))
    assert [(x.expected, x.where) for x in lost] == [(0, "own first paragraph")]
    assert str(lost[0]).startswith("council: #0 'The council met")


def test_lost_heads_ignores_a_head_less_expected_article() -> None:
    expected = [_article(None, (_TEXT.replace("\n", " "),), kind="brief")]
    assert lost_heads(_page("council", text=_TEXT, articles=expected)) == []


def test_main_lists_and_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip().endswith("0 lost heads:")
