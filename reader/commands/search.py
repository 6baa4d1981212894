"""``broadsheet search QUERY``: search every story in the library, as text or JSON."""

from __future__ import annotations

import argparse
from typing import TextIO

from reader.errors import QueryError
from reader.store.records import Hit
from reader.text.escape import json_text, terminal_text


def add_arguments(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search every story in the library",
        description='Search every story in the library. All words are required; "quote" a '
        "phrase. Chinese matches any part of the text: 科技, 人工智能, 量子信息.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    parser.set_defaults(run=run)


def marked(hit: Hit, left: str = "[", right: str = "]") -> str:
    """The snippet with its hits between ``left`` and ``right`` (for a terminal)."""
    text, pieces, pos = hit.snippet.text, [], 0
    for start, end in hit.snippet.spans:
        pieces += [text[pos:start], left, text[start:end], right]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from reader.commands.library import open_library

    query = " ".join(args.query)
    with open_library() as library:
        try:
            hits = library.search(query, limit=max(1, args.limit))
        except QueryError as error:  # the terminal shows no query box: say which query it was
            raise QueryError(f"search {json_text(query)}: {error}") from None
    if args.json:
        out.write(json_text([h.to_json() for h in hits]) + "\n")
        return 0
    if not hits:
        out.write(f"no stories match {terminal_text(query, out)}\n")
        return 0
    for hit in hits:
        page = hit.page_name or f"p.{hit.page}"
        where = " ".join(p for p in (hit.newspaper, hit.date, page) if p)
        line = f"{hit.headline}  ({where})  {hit.article_id}\n    {marked(hit)}"
        out.write(terminal_text(line, out) + "\n")
    return 0
