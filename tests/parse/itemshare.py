"""A page's share of head-less local items, and where a page prior would split: ``python -m
tests.parse.itemshare [PATHS] [--half tune|check] [--text FILE ...] [--list]``.

Issue 9, branch ``weekly21`` (measured, no rule; see docs/parser-accuracy.md). A small weekly's
front page is mostly local items, one paragraph each, and the parse runs many of them into one
article. This tool measures, per page, the *item share*: the characters of the page's story
and brief paragraphs that are item-shaped (see :func:`item_shaped`) over all of them. It then
lists the *split points* a page prior would cut (see :func:`split_points`): an item-shaped
paragraph after one that closes a sentence, inside a produced article that is no labelled or
place column (those keep their items, the dev set's convention), and, with the guards of
:func:`guarded`, one that is no list row and names no one the article above it names (items10's
test of a story going on).

On the dev pages (default: the historical-en family) each split point is checked against the
annotation: ``opens`` (it opens an expected article: the split is right), ``continues`` (it is
a later paragraph of one: wrong) or ``unmatched``. ``--text FILE ...`` reads unseen page files
instead (no annotation): the share, the split points and, with ``--list``, each point's
article head, paragraph above and paragraph, to read by hand.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.parse.assemble import (
    _ANY_WORD,
    _CAPITALISED,
    _ITEM_FORMULA,
    _NO_NAMES,
    names_a_column,
    names_a_place,
)
from reader.parse.classify import opens_local_item
from reader.parse.formats import read_page
from tests.parse.devset import family_pages, halves, tool_parser
from tests.parse.score import produced_dict, score_page

#: An item-shaped paragraph has at least ITEM_MIN and at most ITEM_MAX characters.
ITEM_MIN = 25
ITEM_MAX = 350
#: A page of fewer story and brief characters than this has no share (a scrap of a page).
PAGE_MIN = 3000
_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_FIGURES = re.compile(r"\d+")
_SMALL_WORD = re.compile(r"\b[a-z]{3,}\b")

Article = Mapping[str, Any]


def item_shaped(paragraph: str) -> bool:
    """Whether a paragraph has a weekly local item's shape: short, closing on a stop, opening on
    a person ("Mrs. George Houston visited …") or a birth's, marriage's or death's formula."""
    text = paragraph.strip()
    return (
        ITEM_MIN <= len(text) <= ITEM_MAX
        and _STOP.search(text) is not None
        and (opens_local_item(text) or _ITEM_FORMULA.match(text) is not None)
    )


def item_share(articles: Sequence[Article]) -> float | None:
    """The share of a page's story and brief characters in item-shaped paragraphs (None for a
    page of fewer than PAGE_MIN such characters)."""
    total = items = 0
    for article in articles:
        if article.get("kind") == "notice":
            continue
        for paragraph in article.get("paragraphs") or ():
            total += len(paragraph)
            items += len(paragraph) if item_shaped(paragraph) else 0
    return items / total if total >= PAGE_MIN else None


def split_points(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """(article, paragraph) indexes where a page prior would start an item: an item-shaped
    paragraph after one closing a sentence, in a story or brief not under a column's label
    or a place's name."""
    points = []
    for a, article in enumerate(articles):
        head = article.get("headline")
        if article.get("kind") == "notice" or (
            head and (names_a_column(head) or names_a_place(head))
        ):
            continue
        paragraphs = article.get("paragraphs") or ()
        for i in range(1, len(paragraphs)):
            if _STOP.search(paragraphs[i - 1].strip()) and item_shaped(paragraphs[i]):
                points.append((a, i))
    return points


def list_row(paragraph: str) -> bool:
    """A row of a list, not an item: two figures or more (a deed, a bill, a market's price) or
    fewer than three words in small letters (names and offices)."""
    return len(_FIGURES.findall(paragraph)) >= 2 or len(_SMALL_WORD.findall(paragraph)) < 3


def names_someone_new(article: Article, index: int) -> bool:
    """Whether a paragraph names someone (a capitalised word, not a title, day or month) and no
    one its article's head and earlier paragraphs name."""
    paragraphs = article.get("paragraphs") or ()
    names = {w for w in _CAPITALISED.findall(paragraphs[index]) if w not in _NO_NAMES}
    told = set(_ANY_WORD.findall(article.get("headline") or ""))
    for paragraph in paragraphs[:index]:
        told.update(_ANY_WORD.findall(paragraph))
    return bool(names) and not names & told


def guarded(
    articles: Sequence[Article], points: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The split points left by the guards: no list row, someone new named."""
    return [
        (a, i)
        for a, i in points
        if not list_row(articles[a]["paragraphs"][i]) and names_someone_new(articles[a], i)
    ]


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:40]


@dataclass(frozen=True)
class Check:
    """A page's split points checked against its annotation."""

    opens: int
    continues: int
    unmatched: int


def check_points(
    produced: Sequence[Article], expected: Sequence[Article], points: Sequence[tuple[int, int]]
) -> Check:
    """How many split points open an expected article, continue one, or match none (a
    paragraph is found by its first 40 letters and figures)."""
    opens = {_key(a["paragraphs"][0]) for a in expected if a.get("paragraphs")}
    later = {_key(p) for a in expected for p in (a.get("paragraphs") or [])[1:]}
    keys = [_key(produced[a]["paragraphs"][i]) for a, i in points]
    n_open = sum(k in opens for k in keys)
    n_later = sum(k not in opens and k in later for k in keys)
    return Check(n_open, n_later, len(keys) - n_open - n_later)


def _share_text(share: float | None) -> str:
    return "-" if share is None else f"{share:.2f}"


def _print_points(articles: Sequence[Article], points: Sequence[tuple[int, int]]) -> None:
    for a, i in points:
        paragraphs = articles[a]["paragraphs"]
        print(f"  #{a} [{articles[a].get('headline')}] paragraph {i} of {len(paragraphs)}")
        print(f"    above: {paragraphs[i - 1][-120:]}")
        print(f"    split: {paragraphs[i][:200]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = tool_parser("tests.parse.itemshare", __doc__)
    parser.add_argument("--family", default="historical-en", help="dev family ('' = all)")
    parser.add_argument("--half", choices=("tune", "check"), help="one half of the dev pages")
    parser.add_argument("--text", nargs="+", metavar="FILE", help="unseen page files instead")
    parser.add_argument("--list", action="store_true", help="print every split point")
    args = parser.parse_args(argv)
    if args.text:
        for name in args.text:
            path = Path(name)
            articles = [produced_dict(a) for a in read_page(path.read_bytes(), path).articles]
            points = split_points(articles)
            kept = guarded(articles, points)
            share = _share_text(item_share(articles))
            print(f"{name} share={share} points={len(points)} guarded={len(kept)}")
            if args.list:
                _print_points(articles, kept)
        return 0
    pages = family_pages(args.paths, args.family)
    if args.half:
        tune, check = halves(pages)
        pages = tune if args.half == "tune" else check
    for page in pages:
        produced = score_page(page).produced
        points = split_points(produced)
        every, kept = check_points(produced, page.articles, points), guarded(produced, points)
        left = check_points(produced, page.articles, kept)
        print(
            f"{page.name} share={_share_text(item_share(produced))} points={len(points)} "
            f"(opens {every.opens}, continues {every.continues}, unmatched {every.unmatched}) "
            f"guarded={len(kept)} (opens {left.opens}, continues {left.continues}, "
            f"unmatched {left.unmatched})"
        )
        if args.list:
            _print_points(produced, kept)
    return 0


if __name__ == "__main__":
    sys.exit(main())
