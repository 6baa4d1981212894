"""Survey matched articles given the wrong kind: ``python -m tests.parse.kinds [PATHS]``.

Issue 9, branch ``kinds22``: for each matched article of the pages named (default: the dev
set's historical-en pages) whose produced kind is not the expected one, this prints the pair
of kinds and a cause told from the two texts, which decides whether a kind rule can help:

- ``empty``: the produced article has no text under its head while the expected one has (a
  head or display line split from its text: a teaser or a bare title);
- ``merged``: less than ``SAME`` of the produced text is in the expected article (other text
  run in: an ad glued to news, a masthead, a neighbour);
- ``cut``: less than ``SAME`` of the expected text is in the produced article (part of it
  went to a neighbour or was lost);
- ``other``: both at once (matched to a piece of another text);
- ``kind``: the texts agree both ways: the body is right and the kind rule misjudged it.

The texts compared are the paragraphs when both articles have some, else every printed field
(a head's wrong line is another round's). ``--half tune|check`` keeps one half of the pages
(``tests.parse.devset.halves``), ``--list`` prints every article, not only the counts.

Branch ``notices25`` added ``--matrix``: the confusion matrix of kind over every matched
article (expected kind by row, produced by column, the right ones on the diagonal), the
expected notices no produced article matches, and with ``--list`` each notice read as a
story or a brief with the cues a reader sees it by (:func:`notice_cues`).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tests.parse.devset import DevPage, printed_fields, survey_pages, survey_parser
from tests.parse.score import bigrams, covered, score_page

#: Least share of one text's bigrams the other must hold for the two to count as one text.
SAME = 0.9
#: The causes, those a kind rule cannot help first.
CAUSES = ("empty", "merged", "cut", "other", "kind")
#: The kinds, in the order the matrix prints them.
KINDS = ("story", "brief", "teaser", "caption", "notice")
#: The cues a reader tells a notice by, each a name and a pattern searched in its text: a
#: price, a sale or a want, a street or a telephone, a medicine's cures, the legal formula, a
#: card of thanks or a resolution, a meeting's or a service's day and hour, a paid sign-off,
#: a shop speaking to its customers.
NOTICE_CUES = (
    ("price", re.compile(r"\$\s?\d|\b\d+\s?(?:c|cts?|cents)\b\.?")),
    ("sale/want", re.compile(r"(?i)\bfor\s+(?:sale|rent|trade)\b|\bwanted\b|\b(?:lost|found)\b")),
    (
        "address/phone",
        re.compile(
            r"\b(?:Phone|PHONE|Tel\.|Telephone)\b"
            r"|\b\d{1,5}\s+[A-Z]\w*\.?\s+(?:St|Street|Ave|Avenue)\b"
        ),
    ),
    (
        "medicine",
        re.compile(r"(?i)\b(?:druggists?|remedy|remedies|pills|tablets|cures?|tonic|ailments?)\b"),
    ),
    (
        "legal",
        re.compile(
            r"(?i)notice\s+is\s+hereby|\bestate\s+of\b|\bplaintiff|\bdefendant|\bsummons\b"
            r"|\bexecutor|\badministrat"
        ),
    ),
    (
        "thanks/resolved",
        re.compile(
            r"(?i)\bcard\s+of\s+thanks|\bwe\s+(?:wish|desire)\s+to\s+thank|\bresolved\b"
            r"|\bin\s+memoriam\b"
        ),
    ),
    (
        "meeting",
        re.compile(
            r"(?i)\b(?:will\s+meet|meeting|services|sunday\s+school|lodge|preaching)\b.{0,80}"
            r"\b\d{1,2}(?::\d\d|\s*o'?clock|\s*[ap]\.?\s?m\b)"
        ),
    ),
    ("advt", re.compile(r"\bAdv[tL]?\b")),
    (
        "shop voice",
        re.compile(
            r"(?i)\b(?:we\s+(?:sell|carry|have|invite|offer)|our\s+(?:store|stock|prices|goods)"
            r"|your\s+(?:patronage|order|trade))\b"
        ),
    ),
)


@dataclass(frozen=True)
class WrongKind:
    """A matched article whose produced kind is not the expected one."""

    page: str
    expected_kind: str
    produced_kind: str
    cause: str
    headline: str | None
    opening: str

    def __str__(self) -> str:
        head = repr(self.headline[:40]) if self.headline else "-"
        return (
            f"{self.page} {self.expected_kind}->{self.produced_kind} [{self.cause}] "
            f"head={head} text={self.opening!r}"
        )


def _texts(article: Mapping[str, Any], body_only: bool) -> str:
    if body_only:
        return " ".join(article.get("paragraphs") or ())
    return " ".join(printed_fields(article))


def wrong_kind_cause(expected: Mapping[str, Any], produced: Mapping[str, Any]) -> str:
    """Why a matched article's kind is wrong: one of :data:`CAUSES`."""
    if expected.get("paragraphs") and not produced.get("paragraphs"):
        return "empty"
    body_only = bool(expected.get("paragraphs")) and bool(produced.get("paragraphs"))
    want = bigrams(_texts(expected, body_only))
    got = bigrams(_texts(produced, body_only))
    inside = covered(got, sum(got.values()), want) >= SAME
    kept = covered(want, sum(want.values()), got) >= SAME
    if inside and kept:
        return "kind"
    if kept:
        return "merged"
    if inside:
        return "cut"
    return "other"


def page_wrong_kinds(page: DevPage) -> list[WrongKind]:
    """The matched articles of ``page`` whose produced kind is wrong, with their causes."""
    score = score_page(page)
    out = []
    for i, j in score.matches.items():
        want, got = score.expected[i], score.produced[j]
        if want.get("kind") == got.get("kind"):
            continue
        text = " ".join(printed_fields(got))
        out.append(
            WrongKind(
                page.name,
                str(want.get("kind")),
                str(got.get("kind")),
                wrong_kind_cause(want, got),
                got.get("headline"),
                " ".join(text.split())[:60],
            )
        )
    return out


def notice_cues(text: str) -> tuple[str, ...]:
    """The names of the :data:`NOTICE_CUES` found in ``text`` (none: the reader needs more than
    the words, the display type or the place on the page)."""
    return tuple(name for name, pattern in NOTICE_CUES if pattern.search(text))


@dataclass(frozen=True)
class KindMatrix:
    """The kinds of a set of pages' matched articles, and their notices no article matched."""

    #: (expected kind, produced kind) -> matched articles.
    cells: Counter[tuple[str, str]]
    #: Expected notices matched by no produced article.
    missed_notices: int
    #: The notices read as a story or a brief: page, produced kind, opening and cues.
    notices_as_news: tuple[tuple[str, str, str, tuple[str, ...]], ...]

    def table(self) -> str:
        """The matrix as a Markdown table, expected kind by row, produced kind by column."""
        kinds = [k for k in KINDS if any(k in pair for pair in self.cells)]
        kinds += sorted({k for pair in self.cells for k in pair} - set(kinds))
        rows = ["| expected \\ produced | " + " | ".join(kinds) + " | right |"]
        rows.append("|---|" + "---|" * (len(kinds) + 1))
        for want in kinds:
            total = sum(self.cells[(want, got)] for got in kinds)
            if total:
                cells = " | ".join(str(self.cells[(want, got)] or "") for got in kinds)
                rows.append(f"| {want} | {cells} | {self.cells[(want, want)]} of {total} |")
        return "\n".join(rows)


def kind_matrix(pages: Sequence[DevPage]) -> KindMatrix:
    """The confusion matrix of kind over the matched articles of ``pages``."""
    cells: Counter[tuple[str, str]] = Counter()
    missed = 0
    news = []
    for page in pages:
        score = score_page(page)
        for i, want in enumerate(score.expected):
            j = score.matches.get(i)
            if j is None:
                missed += want.get("kind") == "notice"
                continue
            got = score.produced[j]
            pair = (str(want.get("kind")), str(got.get("kind")))
            cells[pair] += 1
            if pair[0] == "notice" and pair[1] in ("story", "brief"):
                text = " ".join(printed_fields(want))
                opening = " ".join(text.split())[:60]
                news.append((page.name, pair[1], opening, notice_cues(text)))
    return KindMatrix(cells, missed, tuple(news))


def main(argv: Sequence[str] | None = None) -> int:
    parser = survey_parser("tests.parse.kinds", __doc__)
    parser.add_argument("--matrix", action="store_true", help="the confusion matrix of kind")
    args = parser.parse_args(argv)
    pages = survey_pages(args)
    if args.matrix:
        matrix = kind_matrix(pages)
        print(f"{len(pages)} pages, {sum(matrix.cells.values())} matched articles")
        print(matrix.table())
        print(f"expected notices matched by no article: {matrix.missed_notices}")
        for name, kind, opening, cues in matrix.notices_as_news if args.list else ():
            print(f"{name} notice->{kind} cues={','.join(cues) or '-'} text={opening!r}")
        return 0
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for page in pages:
        for wrong in page_wrong_kinds(page):
            counts[wrong.cause] += 1
            pairs[(f"{wrong.expected_kind}->{wrong.produced_kind}", wrong.cause)] += 1
            if args.list:
                print(wrong)
    print(f"{len(pages)} pages, {sum(counts.values())} matched articles of the wrong kind")
    print("| kinds | " + " | ".join(CAUSES) + " |\n|---|" + "---|" * len(CAUSES))
    for kinds in sorted({k for k, _ in pairs}, key=lambda k: -sum(pairs[(k, c)] for c in CAUSES)):
        print(f"| {kinds} | " + " | ".join(str(pairs[(kinds, c)]) for c in CAUSES) + " |")
    print("| all | " + " | ".join(str(counts[c]) for c in CAUSES) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
