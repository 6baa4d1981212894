"""Search: query parsing, Chinese substrings of every length, English words, ranking, snippets."""

from __future__ import annotations

import subprocess
import sys

import pytest
from store_helpers import story

from reader.errors import QueryError
from reader.model import Issue, Page
from reader.store.cache import IssueCache
from reader.store.search import bigram_query, bigram_text, make_snippet, parse_query

DOCS = {
    "zh1": (
        "全国科技工作会议在京召开",
        "量子信息和人工智能是今年的重点。会议要求推进科技强国建设。",
    ),
    "zh2": ("春运首日", "铁路部门加开列车，旅客出行平稳有序。"),
    "zh3": ("5G网络覆盖", "全国5G网络用户超过十亿，AI应用加快落地。"),
    "en1": ("Bank Rates Rise", "The Bank of England raised rates on Tuesday. Banking shares fell."),
    "en2": ("Café society", "Paris cafés reopened; the café owners cheered. New\nYork followed."),
    "mix": ("科技 工作", "两个词之间有空格：科技 工作。"),
}


def build(scheme: str) -> IssueCache:
    cache = IssueCache(":memory:", scheme=scheme)
    articles = tuple(story(n, h, b) for n, (h, b) in enumerate(DOCS.values(), 1))
    cache.put("h", 1, Issue("Paper", "2025-01-14", (Page(1, None, articles),)))
    return cache


def found(cache: IssueCache, query: str) -> set[str]:
    names = {h: k for k, (h, _b) in DOCS.items()}
    return {names[hit.headline] for hit in cache.index.search(query)}


# What a reader expects: a Chinese query finds every story containing it as a substring.
SUBSTRING_CASES = [
    ("科技", {"zh1", "mix"}),
    ("人工智能", {"zh1"}),
    ("量子信息", {"zh1"}),
    ("智能", {"zh1"}),
    ("工智", {"zh1"}),  # not a word, but it is in the text
    ("技工", {"zh1"}),  # in 科技工作 (and only across a space in "mix": not a substring there)
    ("科", {"zh1", "mix"}),
    ("旅", {"zh2"}),
    ("序", {"zh2"}),  # last character of a run
    ("5G网络", {"zh3"}),
    ("5g", {"zh3"}),
    ("网络用户", {"zh3"}),
    ("AI应用", {"zh3"}),
    ("用户 十亿", {"zh3"}),
    ("科技 春运", set()),
]
ENGLISH_CASES = [
    ("bank", {"en1"}),
    ("BANK RATES", {"en1"}),
    ('"raised rates"', {"en1"}),
    ('"rates raised"', set()),
    ("cafe", {"en2"}),
    ("Café", {"en2"}),
    ('"new york"', {"en2"}),
    ("bank café", set()),
]


@pytest.mark.parametrize(("query", "expected"), SUBSTRING_CASES + ENGLISH_CASES)
def test_bigram_scheme(query: str, expected: set[str]) -> None:
    assert found(build("bigram"), query) == expected


@pytest.mark.parametrize(("query", "expected"), SUBSTRING_CASES)
def test_trigram_scheme_with_short_term_path(query: str, expected: set[str]) -> None:
    assert found(build("trigram"), query) == expected


def test_jieba_scheme_misses_what_does_not_line_up_with_its_cuts() -> None:
    cache = build("jieba")
    assert found(cache, "人工智能") == {"zh1"}
    assert found(cache, "量子信息") == {"zh1"}
    # The measured reason the default is not jieba: substrings across its cuts are not found.
    assert found(cache, "工智") == set()
    assert found(cache, "序") == set()


def test_bigram_text_and_query_forms() -> None:
    assert bigram_text("人工智能 AI") == " 人工 工智 智能 能  AI"
    assert bigram_text("我") == " 我 "
    assert bigram_query("人工智能") == '"人工 工智 智能"'
    assert bigram_query("科") == '"科" *'
    assert bigram_query("科技AI") == '"科技 技 AI"'
    assert bigram_query('say "hi"') == '"say ""hi"""'


def test_headline_hits_rank_first() -> None:
    cache = IssueCache(":memory:")
    body_only = story(1, "其他新闻", "今天谈到了芯片。")
    in_headline = story(2, "芯片产业加速", "产业链持续完善。")
    cache.put("h", 1, Issue(pages=(Page(1, None, (body_only, in_headline)),)))
    hits = cache.index.search("芯片")
    assert [h.article_id for h in hits] == [in_headline.id, body_only.id]
    assert hits[0].rank < hits[1].rank


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ('"科技', "unbalanced quote"),
        ("“科技", "unbalanced quote"),
        ("，。、!?", "only punctuation"),
        ("x" * 600, "too long"),
    ],
)
def test_malformed_queries_raise_query_error(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


@pytest.mark.parametrize(
    "query", ["AND", "OR NOT", "a*", "col:x", "NEAR(a b)", "(", ")", "^x", '"a" + "b"', "-x"]
)
def test_fts_syntax_in_queries_is_just_text(query: str) -> None:
    cache = build("bigram")
    try:
        cache.index.search(query)  # never an OperationalError: every term is quoted
    except QueryError as err:
        assert "only punctuation" in str(err)


def test_parse_query_splits_on_chinese_commas_and_keeps_phrases() -> None:
    assert parse_query("科技，人工智能、量子").terms == ("科技", "人工智能", "量子")
    assert parse_query('"New York" bank').terms == ("New York", "bank")
    assert parse_query("ＡＩ").terms == ("AI",)


def test_snippet_is_plain_text_with_spans() -> None:
    text = "开头" * 40 + "<b>人工智能</b> & 更多 " + "结尾" * 80
    snippet = make_snippet(text, ["人工智能"])
    assert "<b>" in snippet.text  # not escaped: that is the view's job
    [(start, end)] = snippet.spans
    assert snippet.text[start:end] == "人工智能"
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert len(snippet.text) <= 122


ZH_FILLER = "本报记者在现场看到，市民们排队等候，秩序井然，气氛热烈。"
EN_FILLER = "The council met on Tuesday evening and heard reports from every ward. "


@pytest.mark.parametrize(
    ("filler", "term", "reps"),
    [(ZH_FILLER, "人工智能", 12), (EN_FILLER, "quantum", 8)],
    ids=["zh", "en"],
)
@pytest.mark.parametrize("where", [0.0, 0.01, 0.5, 0.99, 1.0])
def test_snippet_is_centred_on_the_hit_wherever_it_is(
    filler: str, term: str, reps: int, where: float
) -> None:
    """The hit near the start, the middle and the end of a long story (5,000+ characters)."""
    story = filler * reps * 10
    cut = int(len(story) * where)
    if filler is EN_FILLER:  # between words, as a word
        cut = story.rfind(" ", 0, cut) + 1 if cut else 0
    text = story[:cut] + term + (" " if filler is EN_FILLER else "") + story[cut:]
    snippet = make_snippet(text, [term])
    start, end = snippet.spans[0]
    assert snippet.text[start:end] == term
    assert len(snippet.text) <= 122
    before, after = start, len(snippet.text) - end
    flat_before, flat_after = cut, len(" ".join(text.split())) - cut - len(term)
    # Centred, unless the story's start or end is nearer than half a snippet.
    if flat_before > 70 and flat_after > 70:
        assert abs(before - after) <= 2 * 12 + 4, snippet.text
    else:
        assert min(before, after) <= min(flat_before, flat_after) + 1
    if filler is EN_FILLER:  # Latin ends fall between words, not inside one
        body = snippet.text.strip("…")
        assert f" {body.split()[0]}" in f" {text}" and text.find(body.split()[-1] + " ") >= 0


def test_snippet_of_a_short_text_is_all_of_it() -> None:
    snippet = make_snippet("AI 来了。", ["AI"])
    assert snippet.text == "AI 来了。" and snippet.spans == ((0, 2),)


def test_snippet_without_a_hit_in_the_body_is_its_start() -> None:
    snippet = make_snippet("正文第一句。第二句。", ["标题词"])
    assert snippet.text == "正文第一句。第二句。" and snippet.spans == ()


def test_english_snippet_spans_are_whole_words() -> None:
    snippet = make_snippet("Banking is not the bank.", ["bank"])
    assert [snippet.text[s:e] for s, e in snippet.spans] == ["bank"]


def test_store_search_never_loads_jieba() -> None:
    code = (
        "import sys\n"
        "from reader.store import Library\n"
        "from reader.store.cache import IssueCache\n"
        "c = IssueCache(':memory:')\n"
        "c.index.search('科技 AI')\n"
        "assert 'jieba' not in sys.modules, 'jieba was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_jieba_cache_goes_under_the_user_cache_dir(private_dirs) -> None:  # type: ignore[no-untyped-def]
    cache = build("jieba")
    found(cache, "人工智能")
    assert (private_dirs / "cache" / "broadsheet" / "jieba" / "words.pieces").is_file()
