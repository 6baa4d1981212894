"""Bookmark export: bookmarks to Markdown and JSON, each with its state (found, orphaned, issue
missing). Written through ``reader.export.atomic`` by whoever saves it to a file."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ExportError
from reader.export.atomic import write_text_atomically
from reader.text.escape import escape_markdown, json_text

if TYPE_CHECKING:
    from reader.store.library import ResolvedBookmark


def _when(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def bookmarks_json(resolved: Sequence[ResolvedBookmark]) -> str:
    """A JSON array: each bookmark's fields, its state and the current article id (or null)."""
    items = []
    for item in resolved:
        data = item.bookmark.to_json()
        data["state"] = item.state.value
        data["current_article_id"] = item.article.id if item.article else None
        data["page_name"] = item.page_name
        items.append(data)
    return json_text(items) + "\n"


def bookmarks_markdown(resolved: Sequence[ResolvedBookmark]) -> str:
    """A Markdown list grouped by issue; page text and notes are escaped, orphans are marked.
    A page is named as the window heads it ("第A3版"), else "page N"."""
    out = ["# Bookmarks", ""]
    by_issue: dict[str, list[ResolvedBookmark]] = {}
    for item in resolved:
        by_issue.setdefault(item.bookmark.issue_title, []).append(item)
    for title, items in by_issue.items():
        out += [f"## {escape_markdown(title)}", ""]
        for item in items:
            b = item.bookmark
            headline = item.article.display_title if item.article else b.headline
            state = "" if item.state.value == "found" else f" ({item.state.value})"
            out.append(
                f"- **{escape_markdown(headline)}** — {escape_markdown(item.page_label)},"
                f" {_when(b.created)}"
                f"{state}"
            )
            if b.note:
                out.append("  " + escape_markdown(b.note).replace("\n", "\n  "))
        out.append("")
    return "\n".join(out)


def export_bookmarks(resolved: Sequence[ResolvedBookmark], target: str | Path) -> Path:
    """Write ``resolved`` to ``target``: Markdown for .md or .markdown, JSON for .json.

    Written beside the target and renamed into place (``reader.export.atomic``): a failure
    leaves no half file and an older file at the target untouched.
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == ".json":
        text = bookmarks_json(resolved)
    elif suffix in (".md", ".markdown"):
        text = bookmarks_markdown(resolved)
    else:
        raise ExportError("bookmarks export to .md or .json", target)
    write_text_atomically(target, text)
    return target
