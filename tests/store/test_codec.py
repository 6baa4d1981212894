"""The cache's lossless JSON for Issue objects."""

from __future__ import annotations

import json

import pytest
from store_helpers import make_issue

from reader.model import Article, ArticleKind, ContinuationLink, Issue, IssueMeta, Page
from reader.store.codec import CodecError, dump_issue, from_plain, load_issue_json, to_plain


def test_issue_round_trips_every_field() -> None:
    issue = make_issue()
    article = Article(
        id="p1-1",
        kind=ArticleKind.TEASER,
        kicker="引题",
        headline="标题",
        byline_names=("张伟", "李娜"),
        continued_to=ContinuationLink("to", 2, "下转第二版"),
        continued_from=ContinuationLink("from", None, "Continued from Page ?"),
        source_lines=(3, 9),
        page_number=2,
        confidence=0.45,
    )
    page = Page(3, "第3版", (article,), furniture=("x",), source="p3.txt")
    issue = Issue(issue.newspaper, issue.date, (*issue.pages, page), issue.source, issue.language)
    assert load_issue_json(dump_issue(issue)) == issue
    assert from_plain(Article, to_plain(article)) == article
    assert from_plain(Article, to_plain(article)).kind is ArticleKind.TEASER


def test_cache_written_before_confidence_reads_as_sure() -> None:
    article = Article(id="p1-1", kind=ArticleKind.STORY, headline="标题", confidence=0.5)
    plain = to_plain(article)
    del plain["confidence"]
    back = from_plain(Article, plain)
    assert back.confidence == 1.0
    assert not back.doubtful


def test_fields_public_json_leaves_out_are_kept() -> None:
    issue = make_issue()
    back = load_issue_json(dump_issue(issue))
    assert back.language == "zh"
    assert back.pages[1].removed_hyphens == 1
    assert back.pages[1].source == "issue/02.txt"
    assert back.pages[1].articles[0].page_number == 2


def test_dict_with_int_keys() -> None:
    meta = IssueMeta(page_names={1: "第1版", 12: "Sports"})
    assert from_plain(IssueMeta, json.loads(json.dumps(to_plain(meta)))) == meta


@pytest.mark.parametrize(
    "data",
    [b"not json", b'{"pages": [{"number": 1, "articles": [{"id": "x"}]}]}', b'{"pages": 3}'],
)
def test_data_that_does_not_fit_raises_codec_error(data: bytes) -> None:
    with pytest.raises(CodecError):
        load_issue_json(data)
