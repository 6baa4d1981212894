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
"""

from __future__ import annotations

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


def main(argv: Sequence[str] | None = None) -> int:
    args = survey_parser("tests.parse.kinds", __doc__).parse_args(argv)
    pages = survey_pages(args)
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
