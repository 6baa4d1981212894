"""Search across the two Chinese scripts: a Simplified query finds a Traditional page and the
other way round, snippets keep the page's own characters, and an index written before the fold
(cache schema 2) is written again on the first open, bookmarks and notes kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import story, write_issue_folder

from reader.model import Issue, Page
from reader.parse import load_issue
from reader.store import Library
from reader.store.cache import CACHE_SCHEMA_VERSION, IssueCache
from reader.store.search import BigramScheme, bigram_text, unigram_text
from reader.text.segment import Segmenter

TRADITIONAL = ("颱風逼近東部沿海", "市立圖書館今日閉館，颱風過後恢復開放。理髮店與發電廠照常營業。")
SIMPLIFIED = ("台风过境", "市图书馆明日开馆，读者可借阅新书。")
ENGLISH = ("Library Hours", "The public library opens at nine.")


def fill(cache: IssueCache) -> None:
    articles = tuple(story(n, h, b) for n, (h, b) in enumerate((TRADITIONAL, SIMPLIFIED, ENGLISH)))
    cache.put("h", 1, Issue("Paper", "1950-08-01", (Page(1, None, articles),)))


def headlines(cache: IssueCache, query: str) -> set[str]:
    return {hit.headline for hit in cache.index.search(query)}


@pytest.fixture(params=["bigram", "jieba"])
def cache(request: pytest.FixtureRequest, tmp_path: Path) -> IssueCache:
    scheme: object = request.param
    if request.param == "jieba":
        from reader.store.search import JiebaScheme

        scheme = JiebaScheme(Segmenter(cache_dir=tmp_path / "jieba"))
    made = IssueCache(tmp_path / "cache.sqlite3", scheme=scheme)  # type: ignore[arg-type]
    fill(made)
    return made


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("图书馆", {TRADITIONAL[0], SIMPLIFIED[0]}),  # typed Simplified, printed Traditional too
        ("圖書館", {TRADITIONAL[0], SIMPLIFIED[0]}),  # and the other way round
        ("台风", {TRADITIONAL[0], SIMPLIFIED[0]}),  # 颱風 in a headline and a body
        ("颱風", {TRADITIONAL[0], SIMPLIFIED[0]}),
        ("东部沿海", {TRADITIONAL[0]}),
        ("library", {ENGLISH[0]}),
        ("图书馆 library", set()),
        ("发电厂", {TRADITIONAL[0]}),  # 發 → 发
        ("理发", {TRADITIONAL[0]}),  # 髮 → 发 as well: one-to-many folds to one form
    ],
)
def test_either_script_finds_both(cache: IssueCache, query: str, expected: set[str]) -> None:
    assert headlines(cache, query) == expected
    cache.close()


def test_one_character_query_in_the_other_script() -> None:
    cache = IssueCache(":memory:")
    fill(cache)
    assert headlines(cache, "馆") == {TRADITIONAL[0], SIMPLIFIED[0]}
    assert headlines(cache, "過") == {TRADITIONAL[0], SIMPLIFIED[0]}  # 过境 / 過後
    assert cache.check() == []


def test_snippet_shows_the_page_as_printed_with_the_hit_marked() -> None:
    cache = IssueCache(":memory:")
    fill(cache)
    [hit] = [h for h in cache.index.search("图书馆") if h.headline == TRADITIONAL[0]]
    assert "市立圖書館" in hit.snippet.text and "图" not in hit.snippet.text
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.spans]
    assert marked == ["圖書館"]


def test_removing_an_issue_takes_its_folded_rows_out_of_the_index() -> None:
    cache = IssueCache(":memory:")
    fill(cache)
    cache.delete("h")
    assert headlines(cache, "图书馆") == set()
    assert cache.check() == []


def _make_schema_2(path: Path) -> None:
    """Turn a cache file into what schema 2 wrote: the bigram index of the text unfolded."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE fts_bigram")
    BigramScheme().create(conn)
    for rowid, headline, body in conn.execute("SELECT id, headline, body FROM stories").fetchall():
        conn.execute(
            "INSERT INTO fts_bigram (rowid, headline, body, headline_chars, body_chars)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                rowid,
                bigram_text(headline),
                bigram_text(body),
                unigram_text(headline),
                unigram_text(body),
            ),
        )
    conn.execute("UPDATE schema_version SET version = 2 WHERE name = 'cache'")
    conn.commit()
    conn.close()


def test_a_schema_2_cache_is_written_again_on_first_open(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = IssueCache(path)
    fill(cache)
    cache.close()
    _make_schema_2(path)
    conn = sqlite3.connect(path)  # what schema 2 answered, read from the file as it is
    old_hits = conn.execute(
        "SELECT count(*) FROM fts_bigram WHERE fts_bigram MATCH '\"图书 书馆\"'"
    ).fetchone()[0]
    conn.close()
    assert old_hits == 1  # only the Simplified story: the old index did not fold
    cache = IssueCache(path)
    version = cache.conn.execute("SELECT version FROM schema_version WHERE name = 'cache'")
    assert version.fetchone()[0] == CACHE_SCHEMA_VERSION == 4
    assert cache.recovered_from is None  # migrated, not moved aside as damaged
    assert headlines(cache, "图书馆") == {TRADITIONAL[0], SIMPLIFIED[0]}
    assert headlines(cache, "馆") == {TRADITIONAL[0], SIMPLIFIED[0]}
    assert cache.check() == []
    cache.close()


def test_a_schema_2_jieba_index_is_written_again_on_first_open(tmp_path: Path) -> None:
    from reader.store.search import JiebaScheme

    path = tmp_path / "cache.sqlite3"
    scheme = JiebaScheme(Segmenter(cache_dir=tmp_path / "jieba"))
    cache = IssueCache(path, scheme=scheme)
    fill(cache)
    cache.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = 2 WHERE name = 'cache'")
    conn.commit()
    conn.close()
    cache = IssueCache(path, scheme=scheme)
    assert headlines(cache, "图书馆") == {TRADITIONAL[0], SIMPLIFIED[0]}
    assert cache.check() == []
    cache.close()


TW_PAGE = "臺灣晨報\n\n颱風逼近東部沿海\n\n市立圖書館今日閉館，颱風過後恢復開放，請讀者留意公告。\n"


def test_library_upgrade_keeps_bookmarks_and_notes_and_parses_nothing_again(
    tmp_path: Path,
) -> None:
    calls: list[Path] = []

    def loader(path: Path) -> Issue:
        calls.append(path)
        return load_issue(path)

    folder = write_issue_folder(tmp_path / "issues" / "1950-08-01", TW_PAGE)
    cache_path = tmp_path / "cache" / "c.sqlite3"
    data_path = tmp_path / "data" / "u.sqlite3"
    with Library(cache_path, data_path, loader=loader, parser_version=1) as library:
        library.add([folder])
        opened = library.open_issue(folder)
        article = next(a for a in opened.issue.articles if "圖書館" in " ".join(a.display_texts))
        library.toggle_bookmark(opened, article, note="查閱 图书馆")
    _make_schema_2(cache_path)
    parsed = len(calls)
    with Library(cache_path, data_path, loader=loader, parser_version=1) as library:
        [hit] = library.search("图书馆")
        assert "圖書館" in hit.snippet.text
        [bookmark] = library.userdata.bookmarks()
        assert bookmark.note == "查閱 图书馆"
        assert len(calls) == parsed  # the index was written from the cached stories


def test_ranking_counts_hits_in_either_script() -> None:
    cache = IssueCache(":memory:")
    articles = (
        story(1, "市政新闻", "本市图书馆一处。" + "其他消息。" * 5),
        story(2, "圖書館週年", "圖書館舉辦活動。" + "其他消息。" * 5),
    )
    cache.put("r", 1, Issue("Paper", "1950-08-02", (Page(1, None, articles),)))
    # The Traditional headline's hit weighs as a headline hit (counted as printed: unfolded,
    # story 2 would score nothing and come second).
    assert [hit.headline for hit in cache.index.search("图书馆")] == ["圖書館週年", "市政新闻"]


def test_snippet_of_a_long_story_is_centred_on_a_hit_in_the_other_script() -> None:
    cache = IssueCache(":memory:")
    body = "其他消息，" * 80 + "市立圖書館今日閉館。" + "其他消息，" * 80
    cache.put("s", 1, Issue("Paper", "1950-08-03", (Page(1, None, (story(1, "消息", body),)),)))
    [hit] = cache.index.search("图书馆")
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.spans] == ["圖書館"]
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
