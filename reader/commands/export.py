"""``broadsheet export PATH -o OUT``: chosen stories to PDF, Markdown, HTML or text by extension."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader.errors import ExportError
from reader.export import PAGE_SIZES, ExportItem, ExportOptions, export_articles, format_for_path
from reader.export.common import DEFAULT_FONT_SIZE
from reader.model import Article, Issue

if TYPE_CHECKING:
    from reader.store.search import Query


def add_arguments(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export stories of a page or issue to PDF, Markdown, HTML or text",
        description="Export stories of a page file or issue folder. The format follows OUT's "
        "extension: .pdf, .md, .html or .txt. The file appears only when complete.",
    )
    parser.add_argument(
        "path",
        help="a page (OCR text, ALTO, hOCR), a METS issue file, or a folder of pages",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every story of the issue")
    which.add_argument(
        "--story",
        nargs="+",
        action="extend",
        metavar="ID",
        help="stories by id (as `broadsheet parse` prints them), in the order given",
    )
    which.add_argument(
        "--query",
        metavar="Q",
        help="stories containing every word of Q (the library search's rules: Chinese as "
        'substrings, English as whole words, "quotes" for a phrase)',
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    parser.add_argument("--page-size", choices=PAGE_SIZES, help="PDF page size (default A4)")
    parser.add_argument(
        "--font-size",
        type=float,
        help=f"PDF body size in points (default {DEFAULT_FONT_SIZE:g})",
    )
    parser.add_argument(
        "--one-per-page", action="store_true", help="PDF: start every story on a new page"
    )
    parser.add_argument("--contents", action="store_true", help="add a contents list")
    parser.add_argument(
        "--page-crops",
        action="store_true",
        help="PDF: follow each story with the part of its page scan that holds its zones "
        "(stories of pages with a picture and positions: ALTO, hOCR, METS)",
    )
    parser.add_argument(
        "--highlight",
        metavar="TERMS",
        help="mark these words (default with --query: the query's words; '' for none)",
    )
    parser.add_argument("--title", help="document title (default: paper, date and story count)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from reader.parse import load_issue

    target = Path(args.output)
    kind = format_for_path(target)  # a wrong extension fails before the issue is read
    _refuse_pdf_options(args, kind, target)
    issue = load_issue(args.path)
    query = _parse_query(args.query) if args.query is not None else None
    articles = select_articles(issue, all_stories=args.all, ids=args.story, query=query)
    if not articles and args.query is not None:
        raise ExportError(f"no story matches {args.query!r}", args.path)
    if not articles:  # (--all on an issue of none: it said "no story matches None")
        raise ExportError("the issue has no stories to export", args.path)
    options = ExportOptions(
        page_size=args.page_size or "A4",
        font_size=DEFAULT_FONT_SIZE if args.font_size is None else args.font_size,
        one_per_page=args.one_per_page,
        contents=args.contents,
        page_crops=args.page_crops,
        highlight_terms=_highlight_terms(args.highlight, query),
        title=args.title,
    )
    items = [ExportItem(a, issue) for a in articles]
    app = ensure_gui_application() if kind == "pdf" else None
    export_articles(items, target, options)
    del app
    noun = "story" if len(items) == 1 else "stories"
    out.write(f"{target}: {len(items)} {noun} exported as {kind}\n")
    return 0


#: The options only a PDF has, by their ``args`` name.
PDF_ONLY = {
    "page_size": "--page-size",
    "font_size": "--font-size",
    "one_per_page": "--one-per-page",
    "page_crops": "--page-crops",
}


def _refuse_pdf_options(args: argparse.Namespace, kind: str, target: Path) -> None:
    """A PDF's options given for another format are refused, not ignored without a word."""
    given = [flag for name, flag in PDF_ONLY.items() if getattr(args, name) not in (None, False)]
    if kind != "pdf" and given:
        raise ExportError(f"{', '.join(given)}: only for a PDF, not {kind}", target)


def _parse_query(text: str) -> Query:
    from reader.store.search import parse_query

    return parse_query(text)


def _highlight_terms(option: str | None, query: Query | None) -> tuple[str, ...]:
    from reader.text.highlight import parse_terms

    if option is not None:
        return parse_terms(option)
    return query.terms if query is not None else ()


def select_articles(
    issue: Issue,
    *,
    all_stories: bool = False,
    ids: Sequence[str] | None = None,
    query: Query | None = None,
) -> list[Article]:
    """The stories to export: all, the given ids in order, or those matching ``query``."""
    if all_stories:
        return list(issue.articles)
    if ids:
        chosen = []
        for article_id in ids:
            article = issue.article(article_id)
            if article is None:
                raise ExportError(
                    f"no story {article_id!r} (list ids with `broadsheet parse`)", issue.source
                )
            chosen.append(article)
        return chosen
    if query is not None:
        return [a for a in issue.articles if matches_query(a, query)]
    return []


def matches_query(article: Article, query: Query) -> bool:
    """True when every term of ``query`` occurs in the story as the library search indexes it.

    The same text (``story_texts``), width folding and term rule (CJK substrings, Latin whole
    words) as the library's default index, applied directly so that exporting never writes to
    the library.
    """
    from reader.store.cache import story_texts
    from reader.text.cjk import normalise_width
    from reader.text.highlight import find_spans

    headline, body = story_texts(article)
    text = normalise_width(f"{headline}\n{body}")
    return all(find_spans(text, [term], whole_words=True) for term in query.terms)


def ensure_gui_application() -> Any:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["broadsheet"])
