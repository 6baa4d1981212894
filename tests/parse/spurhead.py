"""Where did a spurious head come from (issue 9): ``python -m tests.parse.spurhead [PATHS]``.

The mirror of ``tests.parse.gothead``: lists each matched article expected with no headline
that came out with one, and says where the produced head's text is in the *expected* page —
the same article's first paragraph (its first line or sentence read as a head) or a later one
(a display line or crosshead inside it), another article's head, deck or text (a neighbour's
line or head given to this item), a teaser, the page furniture, or nowhere whole (then where
its longest opening run of words is). Ends with a count by class. ``--half tune|check`` keeps
one half of the pages (``devset.halves``), ``--family`` one family (historical-en by default).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Page
from tests.parse.devset import DevPage, normalise, survey_pages, survey_parser
from tests.parse.gothead import LostHead, list_and_count, where_head_went
from tests.parse.score import score_page


@dataclass(frozen=True)
class SpuriousHead(LostHead):
    """A matched article expected with no headline, produced with one: ``headline`` is the
    produced head, ``where`` where its text is in the expected page, ``start`` the first 60
    characters of the expected article."""

    def __str__(self) -> str:
        return (
            f"{self.page}: produced #{self.produced} {self.headline!r} -> expected "
            f"#{self.expected} [{self.where}] starts {self.start!r}"
        )


def spurious_heads(page: DevPage) -> list[SpuriousHead]:
    """The page's matched articles expected with no headline and produced with one, each with
    where its head's text stands in the expected articles and furniture."""
    score = score_page(page)
    expected = page.articles
    annotated = Page(1, furniture=page.furniture)
    out: list[SpuriousHead] = []
    for i, j in score.matches.items():
        headline = score.produced[j].get("headline") or ""
        if normalise(expected[i].get("headline")) or not normalise(headline):
            continue
        start = "".join(
            t for t in (expected[i].get("kicker"), *(expected[i].get("paragraphs") or ())) if t
        )
        where = where_head_went(headline, i, expected, annotated)
        out.append(SpuriousHead(page.name, page.family, i, j, headline, where, start[:60]))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = survey_parser("tests.parse.spurhead", __doc__).parse_args(argv)
    list_and_count(survey_pages(args), spurious_heads, "spurious heads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
