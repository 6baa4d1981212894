"""Survey interleaved columns on annotated pages: ``python -m tests.parse.interleave [PATHS]``.

Two forms of one fault of 1916 OCR (issue 9, branch ``interleave13``), found from the
annotation alone, never from the parse:

- a **cut head**: lines of another article's text stand between an expected headline's first
  line and the first line of its story, its byline, dateline or first paragraph (a head read
  with a few lines of the next column, or a row of heads read across the page over their
  stories);
- a **glued line**: one page line holds the text of two articles, the end of one column's line
  and the next column's line read as one (the annotation splits it at the seam).

For each page it prints both, then how the parse fares on the articles they touch (missed,
headline wrong, headline right), so the size of the fault can be set against the parser's
misses (``--lines`` also prints every line found).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tests.parse.devset import DevPage, load_available, plain_newlines, tool_parser
from tests.parse.score import score_page

#: Least letters and digits of a line for it to be told to one article's text.
MIN_KEY = 6
#: Least letters and digits of a line found in a headline for it to be the head's first line.
MIN_HEAD_KEY = 4
#: Letters and digits of a story's first paragraph its first line is told by.
LEAD_KEY = 25
#: Least letters and digits of a glued line, and of each of its two pieces.
MIN_GLUED_KEY = 16

_NOT_KEY = re.compile(r"[^a-z0-9]")


def text_key(text: str | None) -> str:
    """Lower-case letters and digits only: a line and the annotation's text of it agree on these
    (the annotation rejoins words broken at a line end and keeps OCR's letters)."""
    return _NOT_KEY.sub("", (text or "").lower())


def article_keys(articles: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each expected article's printed text (decks, byline, dateline, paragraphs) as one key."""
    keys = []
    for article in articles:
        fields = [article.get(name) for name in ("kicker", "headline", "subheadline")]
        fields += [
            article.get("byline"),
            article.get("dateline"),
            *(article.get("paragraphs") or ()),
        ]
        keys.append(text_key("".join(f for f in fields if f)))
    return keys


@dataclass(frozen=True)
class GluedLine:
    """A page line holding the text of two expected articles side by side."""

    number: int  #: 1-based line number
    text: str
    left: int  #: index of the expected article its first piece belongs to
    right: int  #: index of the expected article its second piece belongs to


@dataclass(frozen=True)
class CutHead:
    """An expected headline with lines of other articles between it and its story."""

    article: int  #: index of the expected article
    head_line: int  #: 1-based number of the head's first line
    body_line: int  #: 1-based number of the story's first line
    foreign: tuple[int, ...]  #: 1-based numbers of other articles' lines between them


def _owners(key: str, keys: Sequence[str]) -> set[int]:
    return {index for index, text in enumerate(keys) if key in text}


def owned_apart(left: str, right: str, keys: Sequence[str]) -> tuple[int, int] | None:
    """The first expected articles holding a line's left and right pieces (keys), when each
    piece is in some article and no article holds both; else None."""
    left_owners, right_owners = _owners(left, keys), _owners(right, keys)
    if left_owners and right_owners and not left_owners & right_owners:
        return min(left_owners), min(right_owners)
    return None


def glued_lines(lines: Sequence[str], keys: Sequence[str]) -> list[GluedLine]:
    """Lines no one article holds whole that split at a space into pieces of two articles."""
    found = []
    for number, line in enumerate(lines, 1):
        whole = text_key(line)
        if len(whole) < MIN_GLUED_KEY or _owners(whole, keys):
            continue
        words = line.split(" ")
        for cut in range(1, len(words)):
            left, right = text_key(" ".join(words[:cut])), text_key(" ".join(words[cut:]))
            if len(left) < MIN_KEY or len(right) < MIN_KEY:
                continue
            apart = owned_apart(left, right, keys)
            if apart is not None:
                found.append(GluedLine(number, line, *apart))
                break
    return found


def cut_heads(
    lines: Sequence[str], articles: Sequence[Mapping[str, Any]], keys: Sequence[str]
) -> list[CutHead]:
    """Expected heads whose story starts below lines of another article's text (the head's
    first line paired with the nearest line under it that opens the story)."""
    line_keys = [text_key(line) for line in lines]
    found = []
    for index, article in enumerate(articles):
        head, paragraphs = text_key(article.get("headline")), article.get("paragraphs") or ()
        if not head or not paragraphs:
            continue
        opening = (article.get(name) for name in ("byline", "dateline"))
        lead = text_key("".join(t for t in opening if t) + paragraphs[0])[:LEAD_KEY]
        heads = [
            n for n, k in enumerate(line_keys) if len(k) >= MIN_HEAD_KEY and head.startswith(k)
        ]
        leads = [
            n
            for n, k in enumerate(line_keys)
            if len(k) >= MIN_KEY and (lead.startswith(k[:LEAD_KEY]) or k.startswith(lead))
        ]
        pairs = [(body - top, top, body) for top in heads for body in leads if body > top]
        if not pairs:
            continue
        _gap, top, body = min(pairs)
        foreign = tuple(
            n + 1
            for n in range(top + 1, body)
            if len(line_keys[n]) >= MIN_KEY
            and line_keys[n] not in keys[index]
            and _owners(line_keys[n], keys) - {index}
        )
        if foreign:
            found.append(CutHead(index, top + 1, body + 1, foreign))
    return found


def outcomes(page: DevPage, indexes: set[int]) -> dict[str, int]:
    """How the parse fares on the given expected articles: missed, headline wrong or right."""
    score = score_page(page)
    tally = {"missed": 0, "headline wrong": 0, "headline right": 0}
    for index in indexes:
        match = score.matches.get(index)
        if match is None:
            tally["missed"] += 1
            continue
        same = text_key(score.produced[match].get("headline")) == text_key(
            page.articles[index].get("headline")
        )
        tally["headline right" if same else "headline wrong"] += 1
    return tally


def survey(page: DevPage) -> tuple[list[CutHead], list[GluedLine]]:
    """The page's cut heads and glued lines, read from its annotation."""
    lines = plain_newlines(page.text).split("\n")
    keys = article_keys(page.articles)
    return cut_heads(lines, page.articles, keys), glued_lines(lines, keys)


def main(argv: Sequence[str] | None = None) -> int:
    parser = tool_parser("tests.parse.interleave", __doc__)
    parser.add_argument("--lines", action="store_true", help="print every line found")
    args = parser.parse_args(argv)
    pages, skipped = load_available(args.paths)
    totals = {"cut heads": 0, "glued lines": 0}
    fates = {"missed": 0, "headline wrong": 0, "headline right": 0}
    for page in pages:
        cuts, glued = survey(page)
        if not cuts and not glued:
            continue
        touched = {cut.article for cut in cuts} | {g.left for g in glued} | {g.right for g in glued}
        fate = outcomes(page, touched)
        print(f"{page.name}: {len(cuts)} cut heads, {len(glued)} glued lines; {fate}")
        for cut in cuts if args.lines else ():
            head = page.articles[cut.article]["headline"]
            span = f"{len(cut.foreign)} lines of others from {cut.foreign[0]} to {cut.foreign[-1]}"
            print(f"  head {head[:50]!r} at {cut.head_line}, story at {cut.body_line}: {span}")
        for line in glued if args.lines else ():
            print(f"  glued {line.number}: {line.text[:90]!r}")
        totals["cut heads"] += len(cuts)
        totals["glued lines"] += len(glued)
        for name, count in fate.items():
            fates[name] += count
    print(f"{len(pages)} pages: {totals}; articles touched: {fates}")
    for name in skipped:
        print(f"skipped {name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
