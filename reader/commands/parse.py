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
    parser.add_argument(
        "path",
        help="a page (OCR text, ALTO, hOCR), a METS issue file, or a folder of pages; a folder "
        "of Chronicling America pages prints every issue in it (JSON: a list)",
    )
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO | None = None) -> int:
    from reader.parse.issue import load_issues

    issues = load_issues(args.path)
    warnings = err or sys.stderr
    for issue in issues:
        if issue.missing_pages:
            print(
                f"broadsheet: {issue.source}: pages named but not found: "
                + terminal_text(", ".join(issue.missing_pages), warnings),
                file=warnings,
            )
        for page in issue.pages:
            for span in page.damaged:
                line = f"{page.source}: {span}"
                print(f"broadsheet: {terminal_text(line, warnings)}", file=warnings)
    if args.format == "json":
        if len(issues) == 1:
            out.write(render_json(issues[0]))
        else:
            out.write(json_text([issue.to_json() for issue in issues]) + "\n")
    else:
        render = render_markdown if args.format == "markdown" else render_text
        out.write(terminal_text("\n".join(render(issue) for issue in issues), out))
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
