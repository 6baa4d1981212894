"""Bookmarks exported to Markdown and JSON, orphans included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.errors import ExportError
from reader.export import atomic
from reader.export.bookmarks import bookmarks_json, bookmarks_markdown, export_bookmarks
from reader.store.library import BookmarkState, ResolvedBookmark
from reader.store.userdata import UserData, anchor_for
from tests.store.store_helpers import make_issue


def _resolved() -> list[ResolvedBookmark]:
    data = UserData(":memory:")
    issue = make_issue()
    found_article = issue.articles[0]
    found = data.add_bookmark(
        anchor_for(found_article, "h"),
        headline=found_article.display_title,
        issue_title=issue.title,
        note="*重要* <b>note</b>\n第二行",
    )
    gone_article = issue.articles[1]
    gone = data.add_bookmark(
        anchor_for(gone_article, "h"), headline="# Bank rates rise", issue_title=issue.title
    )
    return [
        ResolvedBookmark(found, found_article, BookmarkState.FOUND),
        ResolvedBookmark(gone, None, BookmarkState.ORPHANED),
    ]


def test_json_has_state_and_current_article() -> None:
    items = json.loads(bookmarks_json(_resolved()))
    assert [i["state"] for i in items] == ["found", "orphaned"]
    assert items[0]["current_article_id"] == "p1-00000001"
    assert items[1]["current_article_id"] is None
    assert items[0]["note"] == "*重要* <b>note</b>\n第二行"
    assert items[1]["headline"] == "# Bank rates rise"


def test_markdown_escapes_text_and_marks_orphans() -> None:
    text = bookmarks_markdown(_resolved())
    assert text.startswith("# Bookmarks\n")
    assert "## 科技日报 · 2025-01-14" in text
    assert "**全国科技工作会议在京召开** — page 1" in text
    assert "\\*重要\\*" in text and "<b>" not in text
    assert "(orphaned)" in text and "\\# Bank rates rise" in text


def test_export_picks_the_format_by_extension_and_writes_whole_files(tmp_path: Path) -> None:
    items = _resolved()
    target = export_bookmarks(items, tmp_path / "bookmarks.MD")
    assert target.read_text(encoding="utf-8") == bookmarks_markdown(items)
    export_bookmarks(items, tmp_path / "bookmarks.json")
    assert json.loads((tmp_path / "bookmarks.json").read_text(encoding="utf-8"))[0]["state"]
    with pytest.raises(ExportError, match=r"bookmarks\.txt: bookmarks export to \.md or \.json"):
        export_bookmarks(items, tmp_path / "bookmarks.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bookmarks.MD", "bookmarks.json"]


def test_a_failed_export_leaves_the_older_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bookmarks.md"
    target.write_text("older export\n", encoding="utf-8")

    def disk_full(path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync", disk_full)
    with pytest.raises(ExportError, match=r"bookmarks\.md: cannot write: the disk is full"):
        export_bookmarks(_resolved(), target)
    assert target.read_text(encoding="utf-8") == "older export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["bookmarks.md"]  # no half file beside it


def test_a_bookmark_on_a_page_named_by_its_folio_names_it(tmp_path: Path) -> None:
    # The window heads the page "第A3版"; the export said "page 1".
    from reader.store import Library
    from tests.store.store_helpers import write_issue_folder

    page = "第A3版\n\n圖書館今日閉館\n\n市立圖書館今日閉館，颱風過後恢復開放，請讀者留意公告。\n"
    folder = write_issue_folder(tmp_path / "issues" / "2025-10-07", page)
    with Library(tmp_path / "c.sqlite3", tmp_path / "u.sqlite3") as library:
        opened = library.open_issue(folder)
        article = next(a for a in opened.issue.articles if a.headline == "圖書館今日閉館")
        library.toggle_bookmark(opened, article, note="查閱")
        [resolved] = library.resolve_bookmarks()
    assert resolved.state is BookmarkState.FOUND and resolved.page_name == "第A3版"
    assert "**圖書館今日閉館** — 第A3版, " in bookmarks_markdown([resolved])
    assert json.loads(bookmarks_json([resolved]))[0]["page_name"] == "第A3版"
    # A page with no printed name keeps its number.
    [plain, _gone] = _resolved()
    assert plain.page_name is None and plain.page_label == "page 1"
