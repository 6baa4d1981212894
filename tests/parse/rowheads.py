"""Survey rows of heads in parses: ``broadsheet parse --jsonl … | python -m tests.parse.rowheads``.

A 1916 page sometimes sets the heads of two to four neighbouring columns side by side, and OCR
reads them one after another before the stories (issue 9, branch ``rowheads13``). This tool looks
in the parser's own output (never an annotation, so it runs on unseen pages) for the shapes a rule
giving each head of such a row to its story would fire on, and prints every candidate to be read
against the page text:

- ``teasers``: two or more title-only articles in a row (no body between them) followed by at
  least as many head-less bodies — the row as the brief describes it;
- ``echo``: a head-less body right under a story whose lead echoes one of that story's decks
  (``reader.parse.echo.title_score`` at least ``ECHO``) better than the story's own lead does —
  the row read as one story's stack, the next story's head among its decks;
- ``bank``: the same, for a capitals deck set after a mixed-case one and the decks under it (a
  second head and its decks), when the story's own head and first decks echo its lead no worse.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Any

from reader.parse.echo import title_score

Article = Mapping[str, Any]

#: Least echo of a deck in the next head-less body's lead for the ``echo`` and ``bank`` shapes.
ECHO = 0.5
BANK_ECHO = 0.4
#: Characters of a story's text read as its lead.
LEAD_CHARS = 400


def lead(article: Article) -> str:
    """A body's dateline and the start of its text."""
    text = " ".join(article.get("paragraphs") or ())[:LEAD_CHARS]
    return f"{article.get('dateline') or ''} {text}".strip()


def decks(article: Article) -> list[str]:
    """A story's decks, one a line."""
    return [d for d in (article.get("subheadline") or "").split("\n") if d.strip()]


def is_title_only(article: Article) -> bool:
    """A teaser, or a head with no text under it."""
    return article["kind"] == "teaser" or bool(
        article.get("headline") and not article.get("paragraphs")
    )


def is_headless_body(article: Article) -> bool:
    """A story or brief with text and no head."""
    return (
        article["kind"] in ("story", "brief")
        and not article.get("headline")
        and bool(article.get("paragraphs"))
    )


def is_capitals(text: str) -> bool:
    """Six letters or more, four in five of them capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def teaser_rows(articles: Sequence[Article]) -> Iterator[tuple[int, int]]:
    """(first, count) of each run of two or more title-only articles followed by as many head-less
    bodies or more."""
    i = 0
    while i < len(articles):
        j = i
        while j < len(articles) and is_title_only(articles[j]):
            j += 1
        bodies = j
        while bodies < len(articles) and is_headless_body(articles[bodies]):
            bodies += 1
        if j - i >= 2 and bodies - j >= j - i:
            yield i, j - i
        i = max(j, i + 1)


def stories_over_headless(articles: Sequence[Article]) -> Iterator[tuple[int, Article, Article]]:
    """(index, story, body): each headed story with text straight over a head-less body."""
    for i, (story, body) in enumerate(pairwise(articles)):
        if story.get("headline") and story.get("paragraphs") and is_headless_body(body):
            yield i, story, body


def echo_rows(articles: Sequence[Article]) -> Iterator[tuple[int, str]]:
    """(story, deck) where the head-less body under the story echoes that deck better."""
    for i, story, body in stories_over_headless(articles):
        for deck in decks(story):
            below = title_score(deck, lead(body))
            if below >= ECHO and below > title_score(deck, lead(story)):
                yield i, deck
                break


def bank_rows(articles: Sequence[Article]) -> Iterator[tuple[int, str]]:
    """(story, second head and its decks) where the head-less body under the story echoes them."""
    for i, story, body in stories_over_headless(articles):
        stack = decks(story)
        for k in range(1, len(stack)):
            if is_capitals(stack[k - 1]) or not is_capitals(stack[k]):
                continue
            second, first = " ".join(stack[k:]), " ".join([story["headline"], *stack[:k]])
            below = title_score(second, lead(body))
            if (
                below >= BANK_ECHO
                and below > title_score(second, lead(story))
                and title_score(first, lead(story)) >= title_score(first, lead(body))
            ):
                yield i, second
                break


def in_order(articles: Iterable[Article]) -> list[Article]:
    """Articles in the order of their source lines."""
    return sorted(articles, key=lambda a: tuple(a.get("source_lines") or (0, 0)))


def _show(article: Article) -> str:
    head = article.get("headline") or ""
    return f"{article.get('source_lines')} {article['kind']} {head[:60]!r} | {lead(article)[:80]!r}"


def survey(source: str, articles: Sequence[Article]) -> dict[str, int]:
    """Print each candidate of one page; return the count of each shape."""
    counts = {"teasers": 0, "echo": 0, "bank": 0}
    for first, count in teaser_rows(articles):
        counts["teasers"] += 1
        print(f"teasers {source}")
        for article in articles[first : first + 2 * count]:
            print(f"  {_show(article)}")
    for name, found in (("echo", echo_rows(articles)), ("bank", bank_rows(articles))):
        for i, deck in found:
            counts[name] += 1
            print(f"{name} {source}: {deck[:70]!r}")
            print(f"  {_show(articles[i])}\n  {_show(articles[i + 1])}")
    return counts


def jsonl_parser(module: str, description: str | None) -> argparse.ArgumentParser:
    """The command line of a survey of parses: ``python -m MODULE [JSONL]``."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    parser.add_argument(
        "jsonl", nargs="?", help="output of broadsheet parse --jsonl (default: stdin)"
    )
    return parser


def records(jsonl: str | None) -> Iterator[dict[str, Any]]:
    """The pages of a ``broadsheet parse --jsonl`` output (a file, or stdin when None)."""
    with open(jsonl, encoding="utf-8") if jsonl else sys.stdin as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def main(argv: Sequence[str] | None = None) -> int:
    args = jsonl_parser("tests.parse.rowheads", __doc__).parse_args(argv)
    totals = {"teasers": 0, "echo": 0, "bank": 0}
    pages = 0
    for record in records(args.jsonl):
        pages += 1
        found = survey(record["source"], in_order(record["page"]["articles"]))
        for name, count in found.items():
            totals[name] += count
    print(f"{pages} pages: {totals}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
