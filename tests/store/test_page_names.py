"""A search hit names its page as the window heads it: the page's printed name ("第A3版") when
it has one (cache schema 4 keeps each issue's page names), else its number; a cache made
before schema 4 is moved forward without a rewrite, and its hits say "page N" until the issue
is stored again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from store_helpers import story

from reader.model import Issue, Page
from reader.store.cache import CACHE_SCHEMA_VERSION, IssueCache, page_names_json, stored_issue
from reader.store.importer import Prepared, Status, read_shard_line, shard_line


def issue() -> Issue:
    return Issue(
        "臺灣晨報",
        "2025-10-07",
        (
            Page(1, "第A1版 要聞", (story(1, "颱風逼近東部沿海", "花蓮縣宣布停班停課。", page=1),)),
            Page(2, None, (story(2, "港口復工", "颱風過後港口今日復工。", page=2),)),
            Page(3, "第A3版", (story(3, "圖書館閉館", "市立圖書館因颱風閉館。", page=3),)),
        ),
    )


def places(cache: IssueCache, query: str) -> dict[str, tuple[int, str | None]]:
    return {h.headline: (h.page, h.page_name) for h in cache.index.search(query)}


@pytest.mark.parametrize("scheme", ["bigram", "trigram"])
def test_hits_carry_the_printed_page_name(tmp_path: Path, scheme: str) -> None:
    cache = IssueCache(tmp_path / "c.sqlite3", scheme=scheme)
    cache.put("k", 1, issue())
    # (a three-character term is matched through the index, a two-character one through the
    # trigram scheme's scan of the text: both name the page)
    assert places(cache, "颱風逼近") == {"颱風逼近東部沿海": (1, "第A1版 要聞")}
    assert places(cache, "颱風") == {
        "颱風逼近東部沿海": (1, "第A1版 要聞"),
        "港口復工": (2, None),
        "圖書館閉館": (3, "第A3版"),
    }
    [hit] = cache.index.search("圖書館")
    assert hit.to_json()["page_name"] == "第A3版"
    cache.close()


def test_an_issue_without_names_stores_none(tmp_path: Path) -> None:
    plain = Issue("Paper", "1916-02-01", (Page(1, None, (story(1, "Harbor", "Ships."),)),))
    assert page_names_json(plain) is None
    cache = IssueCache(tmp_path / "c.sqlite3")
    cache.put("k", 1, plain)
    [hit] = cache.index.search("harbor")
    assert (hit.page, hit.page_name) == (1, None)
    (stored,) = cache.conn.execute("SELECT page_names FROM issues").fetchone()
    assert stored is None
    cache.close()


def test_a_schema_3_cache_moves_forward_without_a_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = IssueCache(path)
    cache.put("k", 1, issue())
    cache.close()
    conn = sqlite3.connect(path)  # what schema 3 wrote: no page_names column
    conn.execute("ALTER TABLE issues DROP COLUMN page_names")
    conn.execute("UPDATE schema_version SET version = 3 WHERE name = 'cache'")
    conn.commit()
    conn.close()
    cache = IssueCache(path)
    version = cache.conn.execute("SELECT version FROM schema_version WHERE name = 'cache'")
    assert version.fetchone()[0] == CACHE_SCHEMA_VERSION == 4
    assert cache.recovered_from is None  # moved forward, not set aside as damaged
    assert places(cache, "圖書館")["圖書館閉館"] == (3, None)  # stored before: the number
    cache.put("k", 1, issue())  # stored again (a new parser version, changed bytes)
    assert places(cache, "圖書館")["圖書館閉館"] == (3, "第A3版")
    assert cache.check() == []
    cache.close()


def test_shards_carry_the_page_names_and_older_shards_read_without_them() -> None:
    stored = stored_issue("k", 4, issue(), "h")
    prepared = Prepared("/x", Status.ADDED, "sig", "h", "k", stored)
    line = shard_line(prepared)
    assert read_shard_line(line, "s:1", 4) == prepared
    assert json.loads(stored.page_names or "") == ["第A1版 要聞", None, "第A3版"]
    record = json.loads(line)
    del record["page_names"]  # a shard written before the names were kept
    older = read_shard_line(json.dumps(record, ensure_ascii=False), "s:2", 4)
    assert older.stored is not None and older.stored.page_names is None
    record["page_names"] = 3
    bad = read_shard_line(json.dumps(record), "s:3", 4)
    assert bad.status is Status.FAILED and "page_names" in bad.reason
