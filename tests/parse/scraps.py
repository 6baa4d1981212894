"""Survey small produced pieces that match no article: ``python -m tests.parse.scraps [PATHS]``.

Issue 9, branch ``scraps15``: on the historical-en pages about a quarter of the produced
articles match no expected article. For each unmatched produced article of the pages named
(default: the dev set's historical-en pages) this prints its size, kind, head and first words,
where its text went in the annotation (inside which expected article, furniture, or unplaced:
text the annotation left out) and a class told from those:

- ``crosshead``: a head-less or short piece whose text lies inside one expected story's body,
  with the produced article matched to that story around it (a story split at a line read as
  a head);
- ``ad``: its text lies in an expected notice (an ad's fragment);
- ``head``: most of its text is an expected article's headline or deck (a cut head stack);
- ``furniture``: most of its text is furniture (masthead, folio, ear);
- ``noise``: most of its text is in no expected article nor furniture;
- ``tail``: its text lies inside one expected story's body but no crosshead split it there
  (a column's tail or a piece read out of order);
- ``mixed``: its text is spread over more than one expected article.

``--half tune|check`` keeps the tuning or checking half of the historical pages (sorted by
the sha1 of the page name, alternate), ``--list`` prints every piece, not only the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tests.parse.devset import DevPage, printed_fields, survey_pages, survey_parser
from tests.parse.score import bigrams, covered, printed_grams, score_page

#: Least share of a piece's bigrams found in one place for the piece to be told to that place.
PLACED = 0.6
#: A piece of at most this many characters is "small".
SMALL = 400


@dataclass(frozen=True)
class Scrap:
    """An unmatched produced article and where its text went."""

    page: str
    index: int
    kind: str
    size: int
    headline: str | None
    opening: str
    #: Where the text went: "article #i (kind, field)", "furniture", "unplaced" or "spread".
    place: str
    cls: str

    def __str__(self) -> str:
        head = repr(self.headline[:40]) if self.headline else "-"
        return (
            f"{self.page} #{self.index} {self.kind} {self.size}c [{self.cls}] head={head} "
            f"text={self.opening!r} -> {self.place}"
        )


def classify_scrap(
    produced: Mapping[str, Any],
    expected: Sequence[Mapping[str, Any]],
    furniture: Sequence[str],
) -> tuple[str, str]:
    """Where an unmatched produced article's text went, and its class."""
    grams = bigrams("".join(printed_fields(produced)))
    size = sum(grams.values())
    if not size:
        return "empty", "noise"
    best, where = 0.0, -1
    for i, article in enumerate(expected):
        share = covered(grams, size, bigrams("".join(printed_fields(article))))
        if share > best:
            best, where = share, i
    furn = covered(grams, size, bigrams("".join(furniture)))
    if furn >= PLACED and furn >= best:
        return "furniture", "furniture"
    if best < PLACED:
        if covered(grams, size, printed_grams(expected, furniture)) >= PLACED:
            return "spread", "mixed"
        return "unplaced", "noise"
    owner = expected[where]
    heads = "".join(t for t in (owner.get("headline"), owner.get("subheadline")) if t)
    in_head = covered(grams, size, bigrams(heads))
    kind = owner.get("kind")
    place = f"article #{where} ({kind}, {'head' if in_head >= PLACED else 'body'})"
    if in_head >= PLACED:
        return place, "head"
    if kind == "notice":
        return place, "ad"
    if produced.get("headline"):
        return place, "crosshead"
    return place, "tail"


def page_scraps(page: DevPage) -> list[Scrap]:
    score = score_page(page)
    taken = set(score.matches.values())
    out = []
    for j, got in enumerate(score.produced):
        if j in taken:
            continue
        text = " ".join(printed_fields(got))
        place, cls = classify_scrap(got, page.articles, page.furniture)
        out.append(
            Scrap(
                page.name,
                j,
                str(got.get("kind")),
                len(text),
                got.get("headline"),
                " ".join((got.get("paragraphs") or [text])[0].split())[:60],
                place,
                cls,
            )
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = survey_parser("tests.parse.scraps", __doc__).parse_args(argv)
    pages = survey_pages(args)
    counts: Counter[str] = Counter()
    small: Counter[str] = Counter()
    for page in pages:
        for scrap in page_scraps(page):
            counts[scrap.cls] += 1
            small[scrap.cls] += scrap.size <= SMALL
            if args.list:
                print(scrap)
    print(f"{len(pages)} pages, {sum(counts.values())} unmatched produced articles")
    print(f"| class | all | ≤ {SMALL} chars |\n|---|---|---|")
    for cls, n in counts.most_common():
        print(f"| {cls} | {n} | {small[cls]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
