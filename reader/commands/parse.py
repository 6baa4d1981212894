"""``broadsheet parse PATH``: the parser's output as JSON, Markdown or text, for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from reader.model import Issue, Page
from reader.text.escape import json_text, terminal_text

FORMATS = ("json", "markdown", "text")


def add_arguments(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="rebuild the articles of a page file or issue folder and print them",
        description="Rebuild the articles of a page file or an issue folder and print them.",
    )
    parser.add_argument("path", help="a page of OCR text (.txt) or a folder of pages")
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from reader.parse import load_issue

    issue = load_issue(args.path)
    for page in issue.pages:
        for span in page.damaged:
            print(
                f"broadsheet: {terminal_text(f'{page.source}: {span}', sys.stderr)}",
                file=sys.stderr,
            )
    if args.format == "json":
        out.write(render_json(issue))
    elif args.format == "markdown":
        out.write(render_markdown(issue))
    else:
        out.write(terminal_text(render_text(issue), out))
    return 0


def render_json(issue: Issue) -> str:
    return json_text(issue.to_json()) + "\n"


def render_markdown(issue: Issue) -> str:
    """The whole issue page by page, with furniture and unplaced text after each page."""
    from reader.export.common import ExportItem, story_parts
    from reader.export.markdown import story_markdown
    from reader.text.escape import escape_markdown

    out = [f"# {escape_markdown(issue.title)}\n"]
    for page in issue.pages:
        out.append(f"## {escape_markdown(page.label)}\n")
        for article in page.articles:
            out.append(f"<!-- {article.id} · {article.kind.value} -->\n")
            out.append(story_markdown(story_parts(ExportItem(article, issue))))
        out.extend(_leftovers(page, lambda s: "- " + escape_markdown(s)))
    return "\n".join(out)


def render_text(issue: Issue) -> str:
    from reader.export.common import ExportItem, story_parts
    from reader.export.text import RULE, story_text

    out = [issue.title + "\n"]
    for page in issue.pages:
        out.append(f"== {page.label} ==\n")
        for article in page.articles:
            out.append(f"{RULE}\n[{article.id} · {article.kind.value}]\n")
            out.append(story_text(story_parts(ExportItem(article, issue))))
        out.extend(_leftovers(page, lambda s: "  " + s))
    return "\n".join(out)


def _leftovers(page: Page, bullet) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for heading, items in (("Furniture", page.furniture), ("Unplaced text", page.unplaced)):
        if items:
            out.append(f"{heading}:\n" + "\n".join(bullet(s) for s in items) + "\n")
    return out
