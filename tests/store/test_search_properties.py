"""Property tests: a Chinese query finds exactly the stories that contain it, in both schemes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import Article, ArticleKind, Issue, Page
from reader.store.cache import IssueCache

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
