"""Where did a story's head go (issue 9): ``python -m tests.parse.gothead [PATHS]``.

Lists each matched article expected with a headline that came out with none, and says where
the expected head's text went in the parse: into another article's head or body, into a
teaser, into the same article's kicker, first paragraph or later body, into page furniture or
unplaced text, or nowhere whole (then where its longest line went). Ends with a count by class.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reader.model import Page
from tests.parse.devset import DevPage, family_pages, halves, normalise, tool_parser
from tests.parse.score import score_page


@dataclass(frozen=True)
class LostHead:
    """A matched article expected with a headline, produced with none."""

    page: str
    family: str
    expected: int
    produced: int
    headline: str
    #: Where the head's text went (see :func:`where_head_went`).
    where: str
    #: The first 60 characters of the produced article, to read it by.
    start: str

    def __str__(self) -> str:
        return (
            f"{self.page}: #{self.expected} {self.headline!r} -> produced #{self.produced} "
            f"[{self.where}] starts {self.start!r}"
        )


def _place(key: str, j: int, produced: Sequence[Mapping[str, Any]], page: Page) -> str | None:
    """Where the normalised text `key` is in the parse, or None."""
    own = produced[j]
    if key in normalise(own.get("kicker")) or key in normalise(own.get("subheadline")):
        return "own kicker/deck"
    paragraphs = list(own.get("paragraphs") or ())
    if paragraphs and key in normalise(paragraphs[0]):
        return "own first paragraph"
    if any(key in normalise(p) for p in paragraphs[1:]):
        return "own later body"
    for k, other in enumerate(produced):
        if k == j:
            continue
        teaser = other.get("kind") == "teaser"
        if key in normalise(other.get("headline")) or key in normalise(other.get("kicker")):
            return "teaser" if teaser else "another head"
        if key in normalise(other.get("subheadline")):
            return "another deck"
        if any(key in normalise(p) for p in other.get("paragraphs") or ()):
            return "teaser" if teaser else "another body"
    if any(key in normalise(t) for t in page.furniture):
        return "furniture"
    if any(key in normalise(t) for t in page.unplaced):
        return "unplaced"
    return None


def where_head_went(
    headline: str, j: int, produced: Sequence[Mapping[str, Any]], page: Page
) -> str:
    """The class of a lost head: where its whole text is; else where its longest opening run
    of words (two or more) is, as "split: first N of M words in …"; else "not found"."""
    where = _place(normalise(headline), j, produced, page)
    if where is not None:
        return where
    words = headline.split()
    for n in range(len(words) - 1, 1, -1):
        part = _place(normalise(" ".join(words[:n])), j, produced, page)
        if part is not None:
            return f"split: first {n} of {len(words)} words in {part}"
    return "not found"


def head_class(where: str) -> str:
    """The class a place counts under: a split head by where its opening went, whatever N."""
    return re.sub(r"first \d+ of \d+ words ", "", where)


def lost_heads(page: DevPage) -> list[LostHead]:
    """The page's matched articles expected with a headline and produced with none."""
    score = score_page(page)
    produced, parsed = score.produced, score.parsed
    assert parsed is not None  # (score_page keeps its parse)
    out: list[LostHead] = []
    for i, j in score.matches.items():
        headline = page.articles[i].get("headline")
        if not normalise(headline) or normalise(produced[j].get("headline")):
            continue
        start = "".join(
            t for t in (produced[j].get("kicker"), *(produced[j].get("paragraphs") or ())) if t
        )
        out.append(
            LostHead(
                page.name,
                page.family,
                i,
                j,
                headline or "",
                where_head_went(headline or "", j, produced, parsed),
                start[:60],
            )
        )
    return out


def tuning_half(pages: Sequence[DevPage]) -> set[str]:
    """The names of the tuning half of each family's pages (:func:`devset.halves` within each
    family); the rest is the checking half."""
    by_family: dict[str, list[DevPage]] = {}
    for page in pages:
        by_family.setdefault(page.family, []).append(page)
    return {page.name for family in by_family.values() for page in halves(family)[0]}


class _Placed(Protocol):
    """A surveyed head: printed as a line, counted by where its text is."""

    @property
    def where(self) -> str: ...


def list_and_count(
    pages: Sequence[DevPage], found: Callable[[DevPage], Sequence[_Placed]], noun: str
) -> None:
    """Print each head ``found`` on ``pages``, tagged with its page's half (tune or check, by
    :func:`tuning_half`), then how many there are by class (:func:`head_class`)."""
    tuning = tuning_half(pages)
    counts: Counter[str] = Counter()
    for page in pages:
        for head in found(page):
            tag = "tune" if page.name in tuning else "check"
            print(f"- [{tag}] {head}")
            counts[head_class(head.where)] += 1
    classes = ", ".join(f"{where} {n}" for where, n in counts.most_common())
    print(f"{sum(counts.values())} {noun}: {classes}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = tool_parser("tests.parse.gothead", __doc__)
    parser.add_argument("--family", default="historical-en", help="only this family ('' = all)")
    args = parser.parse_args(argv)
    list_and_count(family_pages(args.paths, args.family), lost_heads, "lost heads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
