"""Property tests: a Chinese query finds exactly the stories that contain it, in both schemes,
and in either Chinese script (the bigram index and the highlight alike)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import Article, ArticleKind, Issue, Page
from reader.store.cache import IssueCache
from reader.text.highlight import find_spans
from reader.text.script import fold_script

HANZI = "科技人工智能量子信息"
TEXT_CHARS = HANZI + " ，。a1"

texts = st.text(alphabet=TEXT_CHARS, min_size=0, max_size=30)
queries = st.text(alphabet=HANZI, min_size=1, max_size=5)


def _issue(bodies: list[str]) -> Issue:
    articles = tuple(
        Article(f"p1-{n:08x}", ArticleKind.STORY, headline=f"h{n}", paragraphs=(body,))
        for n, body in enumerate(bodies)
    )
    return Issue(pages=(Page(1, None, articles),))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(texts, min_size=1, max_size=6), query=queries)
def test_cjk_query_finds_exactly_the_stories_containing_it(bodies: list[str], query: str) -> None:
    expected = {f"p1-{n:08x}" for n, body in enumerate(bodies) if query in body}
    for scheme in ("bigram", "trigram"):
        cache = IssueCache(":memory:", scheme=scheme)
        cache.put("k", 1, _issue(bodies))
        found = {hit.article_id for hit in cache.index.search(query, limit=100)}
        cache.close()
        assert found == expected, (scheme, query, bodies)


@settings(max_examples=100, deadline=None)
@given(body=texts, first=queries, second=queries)
def test_two_terms_need_both(body: str, first: str, second: str) -> None:
    cache = IssueCache(":memory:")
    cache.put("k", 1, _issue([body]))
    found = bool(cache.index.search(f"{first} {second}"))
    cache.close()
    assert found == (first in body and second in body)


# Both scripts: characters written otherwise in Traditional, their Simplified forms, one-to-many
# folds (發 髮 → 发; 臺 颱 檯 → 台) and characters alike in both.
SCRIPTS = "台臺颱檯风風图圖书書馆館发發髮科技"
script_texts = st.text(alphabet=SCRIPTS + " ，。a", min_size=0, max_size=30)
script_queries = st.text(alphabet=SCRIPTS, min_size=1, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(script_texts, min_size=1, max_size=6), query=script_queries)
def test_a_query_in_either_script_finds_exactly_the_stories_holding_it_in_any(
    bodies: list[str], query: str
) -> None:
    expected = {
        f"p1-{n:08x}" for n, body in enumerate(bodies) if fold_script(query) in fold_script(body)
    }
    cache = IssueCache(":memory:")
    cache.put("k", 1, _issue(bodies))
    hits = cache.index.search(query, limit=100)
    cache.close()
    assert {hit.article_id for hit in hits} == expected, (query, bodies)
    for hit in hits:  # every marked span is the query in the page's own characters
        assert hit.snippet.spans
        for start, end in hit.snippet.spans:
            assert fold_script(hit.snippet.text[start:end]) == fold_script(query)
    for body in bodies:  # highlighting marks the same places the fold finds
        spans = [(s.start, s.end) for s in find_spans(body, [query])]
        folded, needle, at, expected_spans = fold_script(body), fold_script(query), 0, []
        while (at := folded.find(needle, at)) >= 0:
            expected_spans.append((at, at + len(needle)))
            at += len(needle)
        assert spans == expected_spans, (query, body)
