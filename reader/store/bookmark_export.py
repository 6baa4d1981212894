"""Bookmarks to Markdown and JSON, with each bookmark's state (found, orphaned, issue missing)."""

from __future__ import annotations

import time
from collections.abc import Sequence

from reader.export.markdown import escape_markdown
from reader.store.library import ResolvedBookmark
from reader.text.escape import json_text


def _when(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def bookmarks_json(resolved: Sequence[ResolvedBookmark]) -> str:
    """A JSON array: each bookmark's fields, its state and the current article id (or null)."""
    items = []
    for item in resolved:
        data = item.bookmark.to_json()
        data["state"] = item.state.value
        data["current_article_id"] = item.article.id if item.article else None
        items.append(data)
    return json_text(items) + "\n"


def bookmarks_markdown(resolved: Sequence[ResolvedBookmark]) -> str:
    """A Markdown list grouped by issue; page text and notes are escaped, orphans are marked."""
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
                f"- **{escape_markdown(headline)}** — page {b.anchor.page}, {_when(b.created)}"
                f"{state}"
            )
            if b.note:
                out.append("  " + escape_markdown(b.note).replace("\n", "\n  "))
        out.append("")
    return "\n".join(out)
