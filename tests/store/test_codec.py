"""The cache's lossless JSON for Issue objects."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from store_helpers import make_issue

from reader.model import Article, ArticleKind, ContinuationLink, Issue, IssueMeta, Page
from reader.store.codec import (
    CodecError,
    dump_issue,
    from_plain,
    load_issue_json,
    load_plain_in_pieces,
    to_plain,
)


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


def test_reading_in_pieces_gives_what_json_loads_gives() -> None:
    data = dump_issue(make_issue())
    assert load_plain_in_pieces(data) == json.loads(data)
    # Rows written before the compact encoder (json.dumps's spaces, escaped non-ASCII) and any
    # white space JSON allows read the same.
    for text in (json.dumps(json.loads(data)), json.dumps(json.loads(data), indent="\t")):
        assert load_plain_in_pieces(text) == json.loads(data)
    for odd in ("{}", "[]", ' { "a" : [ ] , "b" : { } } ', '"x"', "3", "[[[[[[1]]]]]]", "null"):
        assert load_plain_in_pieces(odd) == json.loads(odd), odd
    deep = '{"a":{"b":{"c":{"d":{"e":[1,{"f":2,"f":3}]}}}}}'  # deeper than the pieces go
    assert load_plain_in_pieces(deep) == json.loads(deep)


def test_old_rows_still_open() -> None:
    # The cache's rows before this version: json.dumps(to_plain(issue)) (ASCII, ", " and ": ").
    issue = make_issue()
    assert load_issue_json(json.dumps(to_plain(issue)).encode()) == issue


def test_no_decoder_call_reads_more_than_a_story(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.store.codec as codec

    issue = make_issue()
    data = dump_issue(issue).decode()
    read: list[int] = []
    real = codec._DECODER

    class Counting:
        def raw_decode(self, text: str, at: int) -> tuple[object, int]:
            value, end = real.raw_decode(text, at)
            read.append(end - at)
            return value, end

    monkeypatch.setattr(codec, "_DECODER", Counting())
    assert load_issue_json(data) == issue
    longest_story = max(len(dump_issue(a)) for a in issue.articles)  # type: ignore[arg-type]
    assert len(read) > len(issue.articles)
    assert max(read) <= longest_story < len(data) / 2


@pytest.mark.parametrize(
    "cut",
    [
        lambda d: d[: len(d) // 2],  # a row cut short
        lambda d: d[:-1],
        lambda d: d + b" ]",  # trailing garbage
        lambda d: d.replace(b":", b";", 3),
        lambda d: d.replace(b",", b" ", 5),
        lambda d: b"\xff" + d,  # not UTF-8
        lambda d: b"",
    ],
)
def test_damaged_rows_raise_codec_error(cut: Callable[[bytes], bytes]) -> None:
    with pytest.raises(CodecError, match="stored issue"):
        load_issue_json(cut(dump_issue(make_issue())))
