"""``broadsheet library add|list|remove|bookmarks``: the library of every issue opened."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TextIO

from reader.store import Library


def add_arguments(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "library",
        help="add issues to the library, list or remove them",
        description="The library: every issue opened, cached and searchable.",
    )
    actions = parser.add_subparsers(dest="library_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add page files, issue folders, or folders of issue folders",
        description="Add issues: page files, issue folders, or folders holding issue folders.",
    )
    add.add_argument("paths", nargs="+", metavar="PATH")
    listing = actions.add_parser("list", help="list the issues in the library")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = actions.add_parser(
        "remove", help="forget issues (cache and library entry only; files are left alone)"
    )
    remove.add_argument("paths", nargs="+", metavar="PATH")
    marks = actions.add_parser(
        "bookmarks", help="print every bookmark with its note (orphans included)"
    )
    marks.add_argument(
        "--format",
        "-f",
        choices=("markdown", "json"),
        default="markdown",
        help="output format (default: markdown)",
    )
    parser.set_defaults(run=run)


def open_library() -> Library:
    """The default Library; damage found at open is reported on stderr, one line each."""
    return Library.open_default(
        on_notice=lambda notice: print(f"broadsheet: {notice.message}", file=sys.stderr)
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    with open_library() as library:
        if args.library_action == "add":
            report = library.add(args.paths)
            for opened in report.added:
                issue = opened.issue
                out.write(
                    f"{'cached' if opened.from_cache else 'added '} {issue.title}: "
                    f"{len(issue.pages)} pages, {len(issue.articles)} stories — {opened.path}\n"
                )
            for _path, reason in report.failed:
                print(f"broadsheet: {reason}", file=sys.stderr)
            return 2 if report.failed else 0
        if args.library_action == "bookmarks":
            from reader.export.bookmarks import bookmarks_json, bookmarks_markdown

            resolved = library.resolve_bookmarks()
            render = bookmarks_json if args.format == "json" else bookmarks_markdown
            out.write(render(resolved))
            return 0
        if args.library_action == "remove":
            status = 0
            for path in args.paths:
                if not library.remove(path):
                    print(f"broadsheet: {path}: not in the library", file=sys.stderr)
                    status = 2
            return status
        entries = library.entries()
        if args.json:
            json.dump([e.to_json() for e in entries], out, ensure_ascii=False, indent=2)
            out.write("\n")
            return 0
        for entry in entries:
            last = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.last_opened))
            missing = "" if entry.present else "  [files missing]"
            out.write(
                f"{entry.title}\t{entry.pages} pages\t{entry.stories} stories\t"
                f"opened {last}\t{entry.path}{missing}\n"
            )
        return 0
