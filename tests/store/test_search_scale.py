"""Search at the edges of its bounds: more matches than it ranks, one-character Chinese terms in
their own columns, the bm25 of the candidates, and a version-1 cache upgraded to schema 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import story

from reader.model import Issue, Page
from reader.store.cache import CACHE_SCHEMA_VERSION, IssueCache
from reader.store.search import CANDIDATES, rank_texts, unigram_text
from reader.text.highlight import count_term, fold_for_count


def fill(cache: IssueCache, bodies: list[str], per_issue: int = 100) -> None:
    for start in range(0, len(bodies), per_issue):
        articles = tuple(
            story(n, f"标题{n}", body)
            for n, body in enumerate(bodies[start : start + per_issue], start)
        )
        cache.put(f"issue-{start}", 1, Issue("Paper", "1916-02-01", (Page(1, None, articles),)))


@pytest.fixture(scope="module")
def crowded() -> IssueCache:
    """CANDIDATES + 150 stories with 芯 (the oldest 150 also with 芯片 in the body twice)."""
    cache = IssueCache(":memory:")
    total = CANDIDATES + 150
    bodies = [
        ("芯片芯片产业。" if n < 150 else "国产芯与设备。") + ("" if n % 7 else "Chip works.")
        for n in range(total)
    ]
    fill(cache, bodies)
    return cache


def test_more_matches_than_candidates_gives_the_limit_from_the_newest(crowded: IssueCache) -> None:
    hits = crowded.index.search("芯")
    assert len(hits) == 50
    newest = {f"p1-{n:08x}" for n in range(150, CANDIDATES + 150)}
    assert {h.article_id for h in hits} <= newest
    assert all("芯" in h.snippet.text for h in hits)
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)


def test_a_limit_past_the_candidates_ranks_every_match(crowded: IssueCache) -> None:
    hits = crowded.index.search("芯", limit=10**6)
    assert len(hits) == CANDIDATES + 150
    # Two hits in a short story beat one: the oldest 150 come first once all are ranked.
    assert {h.article_id for h in hits[:150]} == {f"p1-{n:08x}" for n in range(150)}
    assert len(crowded.index.search("芯片", limit=10**6)) == 150
    assert len(crowded.index.search("chip works", limit=10**6)) == len(
        [n for n in range(CANDIDATES + 150) if n % 7 == 0]
    )


@pytest.mark.parametrize("limit", [1, 49, 50, CANDIDATES, CANDIDATES + 1])
def test_limits_at_the_boundaries(crowded: IssueCache, limit: int) -> None:
    assert len(crowded.index.search("芯", limit=limit)) == limit


def test_one_character_terms_use_the_character_columns() -> None:
    cache = IssueCache(":memory:")
    articles = (
        story(1, "海上", "无关。"),
        story(2, "新闻", "大海。"),
        story(3, "新闻", "海"),
        story(4, "新闻", "上海 English"),
        story(5, "新闻", "sea only"),
    )
    cache.put("k", 1, Issue("P", "2025-01-01", (Page(1, None, articles),)))
    hits = cache.index.search("海")
    assert sorted(h.article_id for h in hits) == [a.id for a in articles[:4]]
    assert hits[0].article_id == articles[0].id  # the headline hit first
    assert unigram_text("上海 AI 新闻") == "上 海 新 闻"


def test_rank_texts_is_bm25_over_the_texts_given() -> None:
    texts = [("", "bank " * 3 + "x " * 10), ("", "bank " + "x " * 10), ("bank", "x " * 10)]
    scores = rank_texts(texts, ["bank"])
    assert scores[2] > scores[0] > scores[1] > 0  # headline weight, then term frequency
    long_text = [("", "bank " + "x " * 200), ("", "bank " + "x " * 5)]
    short_wins = rank_texts(long_text, ["bank"])
    assert short_wins[1] > short_wins[0]
    assert rank_texts([("", "banking")], ["bank"]) == [0.0]  # whole words only
    assert rank_texts([("", "banking")], ["bank"], whole_words=False)[0] > 0
    assert rank_texts([], ["x"]) == []


def test_count_term_counts_whole_latin_words_and_any_chinese_substring() -> None:
    folded = fold_for_count("Bank banks BANK, embankment\nNew\n York 科技科技")
    assert count_term(folded, "bank", latin_word=True) == 2
    assert count_term(folded, "bank") == 4
    assert count_term(folded, fold_for_count("new york"), latin_word=True) == 1
    assert count_term(folded, "科技") == 2
    assert count_term(folded, "") == 0


def test_a_version_1_cache_is_upgraded_and_finds_one_character_terms(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = IssueCache(path)
    fill(cache, ["量子信息。", "其他。"])
    cache.close()
    conn = sqlite3.connect(path)  # make it the version-1 layout: a two-column bigram index
    conn.execute("DROP TABLE fts_bigram")
    conn.execute(
        "CREATE VIRTUAL TABLE fts_bigram USING fts5(headline, body, content='',"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("UPDATE schema_version SET version = 1 WHERE name = 'cache'")
    conn.commit()
    conn.close()
    cache = IssueCache(path)
    version = cache.conn.execute("SELECT version FROM schema_version WHERE name='cache'")
    assert version.fetchone()[0] == CACHE_SCHEMA_VERSION == 4
    assert [h.article_id for h in cache.index.search("量")] == ["p1-00000000"]
    assert [h.article_id for h in cache.index.search("量子")] == ["p1-00000000"]
    assert len(cache.index.search("标")) == 2
    assert cache.check() == []
    cache.close()
