"""``broadsheet parse PATH``: the parser's output as JSON, Markdown or text, for scripts."""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path
from shlex import quote
from typing import TextIO

from reader.errors import BroadsheetError, InputError
from reader.model import Issue, Page
from reader.text.escape import escape_controls, json_text, terminal_text

FORMATS = ("json", "markdown", "text")


def add_arguments(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="rebuild the articles of a page file or issue folder and print them",
        description="Rebuild the articles of a page file or an issue folder and print them.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a page (OCR text, ALTO, hOCR), a METS issue file, or a folder of pages; a folder "
        "of Chronicling America pages prints every issue in it (JSON: a list). With --jsonl: "
        "any number of these, folders of issue folders, globs, or - to read paths from stdin",
    )
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument(  # every command that prints JSON takes --json
        "--json", dest="format", action="store_const", const="json", help="as --format json"
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON object per page on stdout (its issue's source, newspaper and date, and "
        "the page as --format json gives it), for any engine to map over a collection",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=None,
        metavar="N",
        help="with --jsonl: parse in N processes (default: one per core)",
    )
    parser.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="parse on a dask.distributed cluster (tcp://host:8786) and write JSON Lines shards "
        "to --shards for `broadsheet library add --shards` (needs broadsheet[cluster])",
    )
    parser.add_argument(
        "--shards", metavar="FOLDER", type=Path, help="with --dask: an empty folder for the shards"
    )
    parser.set_defaults(run=run)


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return value


def expand_paths(paths: list[str], stdin: TextIO) -> list[str]:
    """The paths named: ``-`` reads one path a line from ``stdin``; a pattern that names no
    file (``pages/*.txt`` quoted, or on a shell that does not expand) is expanded here."""
    out: list[str] = []
    for path in paths:
        if path == "-":
            out.extend(line.rstrip("\r\n") for line in stdin if line.strip())
        elif glob.has_magic(path) and not Path(path).exists():
            matches = sorted(glob.glob(path, recursive=True))
            out.extend(matches or [path])  # no match: the path's own error says so
        else:
            out.append(path)
    return out


def page_records(issue: Issue) -> list[dict[str, object]]:
    """The --jsonl objects of an issue: one per page, as ``--format json`` gives the page,
    with the issue it belongs to."""
    whole = issue.to_json()
    head = {k: v for k, v in whole.items() if k != "pages"}
    return [
        {**head, "page_count": len(issue.pages), "page": page}
        for page in whole["pages"]  # type: ignore[union-attr]
    ]


def _jsonl_of(path: str) -> tuple[list[str], list[str]]:
    """In a worker: ``(JSON lines, warnings)`` for one issue; a failure is one warning."""
    from reader.parse import load_issue

    try:
        issue = load_issue(Path(path))
    except BroadsheetError as err:
        return [], [str(err)]
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in page_records(issue)]
    return lines, issue.warnings


def run_jsonl(args: argparse.Namespace, out: TextIO, warnings: TextIO, stdin: TextIO) -> int:
    """``--jsonl``: every issue under the paths, parsed in a pool, one line per page."""
    from reader.parse.pool import default_jobs, process_map
    from reader.store.importer import find_issues

    found, failed, skipped = find_issues(expand_paths(args.paths, stdin))
    status = 2 if failed else 0
    for _path, reason in failed:
        print(f"broadsheet: {terminal_text(reason, warnings)}", file=warnings)
    for path, reason in skipped:
        print(f"broadsheet: {terminal_text(f'{path}: skipped: {reason}', warnings)}", file=warnings)
    for lines, problems in process_map(_jsonl_of, found, args.jobs or default_jobs(), ordered=True):
        for line in lines:
            out.write(escape_controls(line, json=True) + "\n")
        for problem in problems:
            print(f"broadsheet: {terminal_text(problem, warnings)}", file=warnings)
        if not lines:
            status = 2
    if not found and not failed:
        print("broadsheet: no issues found", file=warnings)
        status = 2
    return status


def run(
    args: argparse.Namespace, out: TextIO, err: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    warnings = err or sys.stderr
    if args.dask:
        return run_dask(args, warnings, stdin or sys.stdin)
    if args.jsonl:
        return run_jsonl(args, out, warnings, stdin or sys.stdin)
    if len(args.paths) != 1:
        raise InputError("one PATH at a time without --jsonl", Path(args.paths[1]))
    issues = _load_one(Path(args.paths[0]))
    for issue in issues:
        for problem in issue.warnings:
            print(f"broadsheet: {terminal_text(problem, warnings)}", file=warnings)
    if args.format == "json":
        if len(issues) == 1:
            out.write(render_json(issues[0]))
        else:
            out.write(json_text([issue.to_json() for issue in issues]) + "\n")
    else:
        render = render_markdown if args.format == "markdown" else render_text
        out.write(terminal_text("\n".join(render(issue) for issue in issues), out))
    return 0


def _load_one(path: Path) -> list[Issue]:
    """The issues plain ``parse`` prints for ``path`` (as ``load_issues`` reads them). A folder
    with no issue of its own but issues in its folders (a Chronicling America title or batch,
    a folder of issue folders) is named with how many it holds and what reads them all, found
    as ``--jsonl`` and ``library add`` find them."""
    from reader.parse.issue import load_issues

    try:
        return load_issues(path)
    except InputError:
        if not path.is_dir():
            raise
        from reader.store.importer import find_issues

        found, _failed, _skipped = find_issues([path])
        if not found or str(path.resolve()) in found:
            raise
    if len(found) == 1:
        raise InputError(
            f"folder holds 1 issue, in a folder inside it: `broadsheet parse {quote(found[0])}`",
            path,
        ) from None
    named = quote(str(path))
    raise InputError(
        f"folder holds {len(found)} issues, not one: parse them all with `broadsheet parse "
        f"--jsonl {named}`, or add them with `broadsheet library add {named}`",
        path,
    ) from None


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


def run_dask(args: argparse.Namespace, warnings: TextIO, stdin: TextIO) -> int:
    """``--dask``: the same parse on a dask.distributed cluster, into shards for the library."""
    from reader.store.bulk import parse_on_cluster

    if args.shards is None:
        raise InputError("--dask writes shards: name an empty folder with --shards", None)
    report = parse_on_cluster(expand_paths(args.paths, stdin), args.dask, args.shards)
    for _path, reason in report.failed:
        print(f"broadsheet: {terminal_text(reason, warnings)}", file=warnings)
    print(f"broadsheet: {terminal_text(report.summary(), warnings)}", file=warnings)
    return 2 if report.failed else 0
