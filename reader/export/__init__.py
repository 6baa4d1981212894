"""Export selected stories to PDF, Markdown, HTML or text; the extension picks the format."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ExportError
from reader.export.atomic import write_text_atomically
from reader.export.common import (
    FORMATS,
    PAGE_SIZES,
    CancelCheck,
    ExportCancelled,
    ExportItem,
    ExportOptions,
    ProgressCallback,
    check_cancel,
    format_for_path,
    normalize_selection,
)
from reader.model import Article, Issue

if TYPE_CHECKING:
    from reader.export.pdf import FontCoverage

__all__ = [
    "FORMATS",
    "PAGE_SIZES",
    "ExportCancelled",
    "ExportItem",
    "ExportOptions",
    "export_articles",
    "format_for_path",
    "normalize_selection",
]


def export_articles(
    selection: Issue | Iterable[Article | ExportItem],
    target: str | Path,
    options: ExportOptions | None = None,
    *,
    issue: Issue | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    coverage: FontCoverage | None = None,
) -> Path:
    """Export ``selection`` to ``target`` in the format its extension names; return the path.

    ``selection`` is a whole issue, articles of ``issue``, or :class:`ExportItem` s (stories from
    several issues). The file appears at ``target`` only when complete: a failure or a
    cancellation (``cancel()`` returning True, raising :class:`ExportCancelled`) leaves any
    earlier file there untouched and no partial file behind. PDF needs a QGuiApplication;
    ``coverage`` replaces Qt's font database when checking that fonts cover every character.
    """
    path = Path(target)
    kind = format_for_path(path)
    items = normalize_selection(selection, issue)
    if not items:
        raise ExportError("nothing to export: no stories selected", path)
    options = options or ExportOptions()
    if kind == "pdf":
        # Imported here so that the text formats never load Qt.
        from reader.export.pdf import export_pdf

        export_pdf(items, path, options, progress=progress, cancel=cancel, coverage=coverage)
    else:
        from reader.export import html, markdown, text

        render = {"markdown": markdown.render_markdown, "html": html.render_html}.get(
            kind, text.render_text
        )
        document = render(items, options, progress=progress, cancel=cancel)
        check_cancel(cancel)
        write_text_atomically(path, document)
    return path
