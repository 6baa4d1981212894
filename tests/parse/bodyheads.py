"""Survey matched articles headed by a text that is no head of theirs: ``python -m
tests.parse.bodyheads [PATHS]``.

Issue 9, branch ``bodyhead24``: for each matched article of the pages named (default: the dev
set's historical-en pages) whose produced headline is wrong, is not another expected article's
head (``--shifts`` of tests.parse.score lists those) and holds no line of the expected head nor
is held by it (a head cut or run on: other rounds'), this prints where the produced head comes
from and where the expected head went, which decides which rule can help:

- ``deck``: a line of the article's own decks, kicker, dateline or byline;
- ``body``: a line of the article's own text;
- ``garble``: neither, and OCR garble (:func:`is_garble`), wherever the annotation put it;
- ``neighbour``: none of those, a line of another expected article's text or decks (a
  neighbour's tail, an ad's display line);
- ``furniture``: none of those, a line of the page's expected furniture (masthead, folio);
- ``other``: none of those (text the annotation left out).

Where the expected head went (``SENT``): ``none`` (the article has no head), ``deck`` (into
the produced article's decks or kicker), ``body`` (into its text), ``elsewhere`` (into another
produced article or the page's furniture or unplaced text) or ``lost`` (nowhere whole: OCR
lines of it split among pieces). ``--half tune|check`` keeps one half of the pages
(``tests.parse.devset.halves``), ``--list`` prints every article, not only the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from reader.parse.classify import READABLE_WORD as _READABLE_WORD
from reader.parse.classify import noise_share
from tests.parse.devset import DevPage, normalise, survey_pages, survey_parser
from tests.parse.score import score_page

#: Where a wrong head comes from, the classes a rule can tell first.
SOURCES: Final = ("deck", "body", "garble", "neighbour", "furniture", "other")
#: Where the expected head went.
SENT: Final = ("none", "deck", "body", "elsewhere", "lost")
#: A text at least this share of OCR noise (classify.noise_share) is garble.
GARBLE_NOISE: Final = 0.5
_DECK_FIELDS: Final = ("kicker", "subheadline", "dateline", "byline")


def is_garble(text: str) -> bool:
    """Whether a head is OCR garble: no readable word (the parser's ``_READABLE_WORD``: three
    Latin letters or more, one a vowel), or at least GARBLE_NOISE of noise."""
    return _READABLE_WORD.search(text) is None or noise_share(text) >= GARBLE_NOISE


@dataclass(frozen=True)
class WrongHead:
    """A matched article headed by a text that is no head of its own."""

    page: str
    source: str
    sent: str
    expected: str | None
    produced: str

    def __str__(self) -> str:
        want = repr(self.expected[:40]) if self.expected else "-"
        return f"{self.page} [{self.source}/{self.sent}] want={want} got={self.produced[:60]!r}"


def _text(article: Mapping[str, Any], fields: Iterable[str] = _DECK_FIELDS) -> str:
    parts = [str(article[f]) for f in fields if article.get(f)]
    return normalise(" ".join(parts))


def _body(article: Mapping[str, Any]) -> str:
    return normalise(" ".join(article.get("paragraphs") or ()))


def head_source(
    head: str,
    own: Mapping[str, Any],
    others: Sequence[Mapping[str, Any]],
    furniture: Sequence[str],
) -> str:
    """Where a wrong produced head's text comes from: one of :data:`SOURCES`."""
    text = normalise(head)
    if text in _text(own):
        return "deck"
    if text in _body(own):
        return "body"
    if is_garble(head):
        return "garble"
    if any(text in _body(a) or text in _text(a, ("headline", *_DECK_FIELDS)) for a in others):
        return "neighbour"
    if any(text in normalise(line) for line in furniture):
        return "furniture"
    return "other"


def head_sent(
    want: str | None,
    got: Mapping[str, Any],
    others: Sequence[Mapping[str, Any]],
    rest: Sequence[str],
) -> str:
    """Where the expected head went in the parse: one of :data:`SENT`."""
    if not want:
        return "none"
    text = normalise(want)
    if text in _text(got):
        return "deck"
    if text in _body(got):
        return "body"
    if any(text in _text(a, ("headline", *_DECK_FIELDS)) or text in _body(a) for a in others):
        return "elsewhere"
    if any(text in normalise(line) for line in rest):
        return "elsewhere"
    return "lost"


def page_wrong_heads(page: DevPage) -> list[WrongHead]:
    """The matched articles of ``page`` headed by a text that is no head of theirs."""
    score = score_page(page)
    heads = {normalise(a.get("headline")) for a in score.expected if a.get("headline")}
    furniture = page.furniture
    parsed = score.parsed
    rest = [*(parsed.furniture if parsed else ()), *(parsed.unplaced if parsed else ())]
    out = []
    for i, j in score.matches.items():
        want, got = score.expected[i], score.produced[j]
        head = got.get("headline")
        expected = normalise(want.get("headline"))
        produced = normalise(head)
        if not head or produced == expected or produced in heads:
            continue
        if expected and (expected in produced or produced in expected):
            continue
        others = [a for k, a in enumerate(score.expected) if k != i]
        made = [a for k, a in enumerate(score.produced) if k != j]
        out.append(
            WrongHead(
                page.name,
                head_source(head, want, others, furniture),
                head_sent(want.get("headline"), got, made, rest),
                want.get("headline"),
                head,
            )
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = survey_parser("tests.parse.bodyheads", __doc__).parse_args(argv)
    pages = survey_pages(args)
    table: Counter[tuple[str, str]] = Counter()
    for page in pages:
        for wrong in page_wrong_heads(page):
            table[(wrong.source, wrong.sent)] += 1
            if args.list:
                print(wrong)
    print(f"{len(pages)} pages, {sum(table.values())} matched articles headed by no head of theirs")
    print("| head from | " + " | ".join(SENT) + " | all |\n|---|" + "---|" * (len(SENT) + 1))
    for source in SOURCES:
        row = [table[(source, sent)] for sent in SENT]
        print(f"| {source} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
