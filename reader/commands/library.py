"""``broadsheet library add|list|remove|bookmarks``: the library of every issue opened."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from reader.commands.parse import positive_int
from reader.commands.progress import ProgressReporter
from reader.store import Library
from reader.store.library import NoticeKind, needs_reindex
from reader.text.escape import json_text, terminal_text


def _pages(count: int) -> str:
    """1 page, 4 pages (a one-page archive file read "1 pages")."""
    return f"{count} page" if count == 1 else f"{count} pages"


def _stories(count: int) -> str:
    return f"{count} story" if count == 1 else f"{count} stories"


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
    add.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=None,
        metavar="N",
        help="parse in N processes (default: one per core)",
    )
    add.add_argument(
        "--report",
        metavar="FILE",
        type=Path,
        help="write what was added, skipped and failed (path and reason) to FILE as JSON",
    )
    add.add_argument(
        "--shards",
        action="store_true",
        help="the PATHs are JSON Lines shards (or folders of *.jsonl) written by "
        "`broadsheet parse --dask`: store their issues without parsing",
    )
    listing = actions.add_parser("list", help="list the issues in the library")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = actions.add_parser(
        "remove", help="forget issues (cache and library entry only; files are left alone)"
    )
    remove.add_argument("paths", nargs="+", metavar="PATH")
    remove.add_argument(
        "--json", action="store_true", help="print the issues removed as JSON (as list --json)"
    )
    actions.add_parser(
        "check",
        help="verify both databases (integrity, text, search index against its stories)",
        description="Verify the cache and the user database: SQLite's integrity check, text "
        "that is not UTF-8, and the search index against the stories it indexes. Prints each "
        "problem; exit status 1 when there is any.",
    )
    actions.add_parser(
        "rebuild",
        help="rebuild the cache and the search index from the library's files",
        description="Start the cache afresh and read every issue of the library into it again, "
        "with progress on stderr. Bookmarks and notes are not touched.",
    )
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
    marks.add_argument(  # every command that prints JSON takes --json
        "--json", dest="format", action="store_const", const="json", help="as --format json"
    )
    parser.set_defaults(run=run)


def warn(message: str) -> None:
    """One line on stderr, escaped for the terminal."""
    print(f"broadsheet: {terminal_text(message, sys.stderr)}", file=sys.stderr)


def progress_on_stderr(done: int, total: int, path: Path) -> None:
    """``[n/total] path`` on stderr, one line per issue."""
    print(f"[{done}/{total}] {terminal_text(str(path), sys.stderr)}", file=sys.stderr)


def open_library() -> Library:
    """The default Library; damage found at open is reported on stderr, one line each.

    A cache found damaged is rebuilt and re-filled from the library list at once (progress on
    stderr), so a search right after finds what it found before.
    """
    library = Library.open_default(on_notice=lambda notice: warn(notice.message))
    if needs_reindex(library.notices):
        try:
            report = library.reindex(progress_on_stderr)
        except BaseException:
            library.close()
            raise
        for _path, reason in report.failed:
            warn(reason)
    return library


def _write_failures(library: Library, since: int) -> int:
    """1 when a notice after ``since`` says the cache or the library list was not written."""
    failed = [n for n in library.notices[since:] if n.kind is NoticeKind.STORE_WRITE_FAILED]
    return 1 if failed else 0


def _add(library: Library, args: argparse.Namespace, out: TextIO) -> int:
    """``library add``: the bulk import, progress on stderr, one line per issue on ``out``."""
    if args.report is not None:
        from reader.export.atomic import check_target  # (not on every command's start)

        check_target(args.report)  # before the import, not after an hour of it
    since = len(library.notices)
    reporter = ProgressReporter(sys.stderr)
    try:
        if args.shards:
            report = library.import_shards(args.paths, progress=reporter)
        else:
            report = library.import_paths(args.paths, jobs=args.jobs, progress=reporter)
    finally:
        reporter.finish()
    for issue in report.issues:
        line = (
            f"{issue.status.value:9} {issue.title}: {_pages(issue.pages)}, "
            f"{_stories(issue.stories)} — {issue.path}"
        )
        out.write(terminal_text(line, out) + "\n")
    for _path, reason in report.failed:
        warn(reason)
    for path, reason in report.skipped:
        warn(f"{path}: skipped: {reason}")
    if report.issues or report.failed:
        warn(report.summary())
    if args.report is not None:  # after the summary, which a failure to write it keeps
        from reader.export.atomic import write_text_atomically

        write_text_atomically(args.report, json_text(report.to_json()) + "\n")
    if report.failed:
        return 2
    if not report.issues:
        warn(f"no issues found in {', '.join(map(str, args.paths))}")
        return 2
    return _write_failures(library, since)


def _remove(library: Library, args: argparse.Namespace, out: TextIO) -> int:
    """``library remove``: one line per issue forgotten on ``out`` (``--json``: a list of them,
    as ``list --json`` gives each), one warning per path not in the library."""
    removed = []
    status = 0
    for path in args.paths:
        entry = library.remove(path)
        if entry is None:
            warn(f"{path}: not in the library")
            status = 2
        else:
            removed.append(entry)
    if args.json:
        out.write(json_text([e.to_json() for e in removed]) + "\n")
    else:
        for entry in removed:
            out.write(terminal_text(f"{'removed':9} {entry.title} — {entry.path}", out) + "\n")
    return status


def run(args: argparse.Namespace, out: TextIO) -> int:
    with open_library() as library:
        if args.library_action == "add":
            return _add(library, args, out)
        if args.library_action == "check":
            problems = library.check()
            for problem in problems:
                out.write(terminal_text(problem, out) + "\n")
            if not problems:
                out.write("cache and user data: ok\n")
            return 1 if problems else 0
        if args.library_action == "rebuild":
            report = library.rebuild(progress_on_stderr)
            for _path, reason in report.failed:
                warn(reason)
            count = len(report.issues)
            issues = "issue" if count == 1 else "issues"  # (walk27: "1 issues")
            out.write(f"rebuilt: {count} {issues} read into the cache\n")
            return 2 if report.failed else 0
        if args.library_action == "bookmarks":
            from reader.export.bookmarks import bookmarks_json, bookmarks_markdown

            resolved = library.resolve_bookmarks()
            render = bookmarks_json if args.format == "json" else bookmarks_markdown
            out.write(render(resolved))
            return 0
        if args.library_action == "remove":
            return _remove(library, args, out)
        entries = library.entries()
        if args.json:
            out.write(json_text([e.to_json() for e in entries]) + "\n")
            return 0
        for entry in entries:
            last = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.last_opened))
            missing = "" if entry.present else "  [files missing]"
            line = (
                f"{terminal_text(entry.title, out)}\t{_pages(entry.pages)}"
                f"\t{_stories(entry.stories)}\topened {last}"
                f"\t{terminal_text(entry.path, out)}{missing}"
            )
            out.write(line + "\n")
        return 0
