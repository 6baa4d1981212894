"""The parsed-issue cache: hits, parser versions, damaged files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import make_issue

from reader.store import db
from reader.store.cache import IssueCache


def test_put_then_get_returns_the_same_issue(tmp_path: Path) -> None:
    cache = IssueCache(tmp_path / "c.sqlite3")
    issue = make_issue()
    cache.put("h1", 1, issue)
    assert cache.get("h1", 1) == issue
    assert cache.get("h1", 2) is None
    assert cache.get("h2", 1) is None
    assert cache.story_count() == 3
    cache.close()


def test_survives_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    IssueCache(path).put("h1", 1, make_issue())
    again = IssueCache(path)
    assert again.recovered_from is None
    assert again.get("h1", 1) == make_issue()


def test_new_parse_replaces_old_parser_version_and_its_index(tmp_path: Path) -> None:
    cache = IssueCache(":memory:")
    cache.put("h1", 1, make_issue(paper="Old"))
    cache.put("h1", 2, make_issue(paper="New"))
    assert cache.get("h1", 1) is None
    issue = cache.get("h1", 2)
    assert issue is not None and issue.newspaper == "New"
    assert cache.story_count() == 3
    assert [h.newspaper for h in cache.index.search("科技")] == ["New"]


def test_delete_and_prune_drop_stories_from_search() -> None:
    cache = IssueCache(":memory:")
    cache.put("a", 1, make_issue(paper="A"))
    cache.put("b", 1, make_issue(paper="B"))
    assert sorted(h.newspaper or "" for h in cache.index.search("bank")) == ["A", "B"]
    assert cache.delete("a")
    assert not cache.delete("a")
    assert [h.newspaper for h in cache.index.search("bank")] == ["B"]
    assert cache.prune({"a"}) == 1
    assert cache.index.search("bank") == []
    assert cache.story_count() == 0


def test_row_that_no_longer_fits_the_model_is_a_miss() -> None:
    cache = IssueCache(":memory:")
    cache.put("h", 1, make_issue())
    cache.conn.execute("UPDATE issues SET data = ?", (b'{"pages": [{"articles": [{}]}]}',))
    assert cache.get("h", 1) is None


def test_row_cut_short_in_the_file_is_a_miss_told_in_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # (the issue is then parsed from its files again, as for any miss)
    path = tmp_path / "c.sqlite3"
    IssueCache(path).put("h", 1, make_issue())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE issues SET data = substr(data, 1, length(data) / 2)")
    again = IssueCache(path)
    with caplog.at_level("WARNING", logger="reader.store.cache"):
        assert again.get("h", 1) is None
    (record,) = caplog.records
    message = record.getMessage()
    assert message.startswith(f"cache row in {path} does not read (stored issue is not JSON: ")
    assert message.endswith("); parsing the issue again")
    again.close()


def test_garbage_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    junk = b"this is not a database at all " * 200
    path.write_bytes(junk)
    cache = IssueCache(path)
    assert cache.recovered_from is not None
    assert cache.recovered_from.read_bytes() == junk
    assert cache.recovered_from.name.startswith("c.sqlite3.corrupt-")
    cache.put("h", 1, make_issue())
    assert cache.get("h", 1) == make_issue()
    assert db.integrity_check(cache.conn) == ["ok"]


def test_damaged_pages_are_detected_by_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = IssueCache(path)
    for n in range(40):
        cache.put(f"h{n}", 1, make_issue(paper=f"P{n}"))
    cache.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cache.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for offset in range(3 * page, 6 * page, 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    rebuilt = IssueCache(path)
    assert rebuilt.recovered_from is not None
    assert rebuilt.get("h1", 1) is None
    assert db.is_healthy(rebuilt.conn)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    IssueCache(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = 99 WHERE name = 'cache'")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="schema 99 is newer"):
        IssueCache(path)


def test_wal_mode_and_busy_timeout(tmp_path: Path) -> None:
    cache = IssueCache(tmp_path / "c.sqlite3")
    assert cache.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cache.conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_TIMEOUT_MS
