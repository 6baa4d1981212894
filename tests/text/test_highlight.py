"""Term matching for highlights (substring, whole-word; Chinese, English) and the jieba wrapper."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from reader.model import Article, ArticleKind
from reader.text.highlight import (
    Span,
    count_hits,
    find_spans,
    mostly_cjk,
    parse_terms,
    shown_offsets,
)
from reader.text.segment import Segmenter

ZH = "全国科技工作会议在京召开。会议要求发展高科技产业。"
EN = "Art and the smart artist: ART lovers met in Paris."


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    seg = Segmenter(cache_dir=tmp_path_factory.mktemp("jieba"))
    seg.load()
    return seg


def hits(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_chinese_substring_matches_inside_longer_words() -> None:
    spans = find_spans(ZH, ["科技"])
    assert [(s.start, s.end) for s in spans] == [(2, 4), (20, 22)]
    assert hits(ZH, spans) == ["科技", "科技"]


def test_chinese_whole_word_uses_jieba_cuts(segmenter: Segmenter) -> None:
    # jieba cuts 高科技 as one word, so only the first 科技 stands alone.
    spans = find_spans(ZH, ["科技"], whole_words=True, boundaries=segmenter.boundaries)
    assert [(s.start, s.end) for s in spans] == [(2, 4)]
    # A term spanning two jieba words still matches when both its ends are cuts.
    spans = find_spans(ZH, ["科技工作"], whole_words=True, boundaries=segmenter.boundaries)
    assert hits(ZH, spans) == ["科技工作"]
    # 技工 starts in the middle of 科技: never a whole word here.
    assert find_spans(ZH, ["技工"], whole_words=True, boundaries=segmenter.boundaries) == []
    assert len(find_spans(ZH, ["技工"])) == 1


def test_chinese_whole_word_without_dictionary_falls_back_to_substring() -> None:
    assert len(find_spans(ZH, ["科技"], whole_words=True, boundaries=None)) == 2


def test_english_is_case_insensitive_substring_by_default() -> None:
    assert hits(EN, find_spans(EN, ["art"])) == ["Art", "art", "art", "ART"]


def test_english_whole_word() -> None:
    assert hits(EN, find_spans(EN, ["art"], whole_words=True)) == ["Art", "ART"]
    assert hits(EN, find_spans(EN, ["paris"], whole_words=True)) == ["Paris"]


def test_latin_word_next_to_chinese_counts_as_whole_word() -> None:
    text = "发展AI技术，AIDS防治"
    assert hits(text, find_spans(text, ["ai"], whole_words=True)) == ["AI"]
    assert len(find_spans(text, ["ai"])) == 2


def test_phrase_matches_across_line_breaks() -> None:
    text = "She moved to New\nYork in May."
    assert hits(text, find_spans(text, ["new york"])) == ["New\nYork"]


def test_several_terms_keep_their_index_and_never_overlap() -> None:
    text = "人工智能和智能制造"
    spans = find_spans(text, ["智能", "人工智能"])
    assert [(text[s.start : s.end], s.term) for s in spans] == [("人工智能", 1), ("智能", 0)]
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


def test_markup_characters_are_matched_as_text() -> None:
    text = 'a <img src="x"> b'
    assert hits(text, find_spans(text, ["<img"])) == ["<img"]
    assert find_spans(text, [".*"]) == []


def test_parse_terms() -> None:
    assert parse_terms('科技  "New York", art') == ("科技", "New York", "art")
    assert parse_terms("科技，创新、科技 Art ART") == ("科技", "创新", "Art")
    assert parse_terms('"unbalanced') == ("unbalanced",)
    assert parse_terms("   ") == ()


def test_count_hits_covers_every_shown_field() -> None:
    article = Article(
        id="p1-x",
        kind=ArticleKind.STORY,
        kicker="科技前沿",
        headline="科技强国建设",
        byline="本报记者 张伟",
        paragraphs=("推进科技强国建设。", "高科技产业。"),
        credit="科技日报记者 摄",
    )
    assert count_hits(article, ["科技", "记者"]) == [5, 2]
    assert count_hits(article, []) == []


def test_mostly_cjk() -> None:
    assert mostly_cjk(ZH)
    assert not mostly_cjk(EN)
    assert mostly_cjk("新华社北京1月13日电 AI 技术")


def test_segmenter_is_lazy_and_caches_under_user_cache_dir(private_dirs: Path) -> None:
    code = (
        "import sys, reader.text.segment, reader.text.highlight\n"
        "s = reader.text.segment.Segmenter()\n"
        "assert not s.ready and 'jieba' not in sys.modules, 'jieba loaded too early'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    segmenter = Segmenter()
    assert not segmenter.ready
    segmenter.load()
    assert segmenter.ready
    assert segmenter.cut("人工智能技术") == ["人工智能", "技术"]
    cache = private_dirs / "cache" / "broadsheet" / "jieba" / "words.pieces"
    assert cache.is_file()


def test_issue_hits_are_counted_per_row_and_per_term_without_qt() -> None:
    from reader.model import Issue, Page
    from reader.text.highlight import count_issue_hits

    first = Article(
        id="p1-a", kind=ArticleKind.STORY, headline="科技会议", paragraphs=("科技，科技。会议",)
    )
    second = Article(id="p1-b", kind=ArticleKind.STORY, paragraphs=("no hits here",))
    issue = Issue(
        pages=(
            Page(number=1, articles=(first, second)),
            Page(number=2, unplaced=("科技 in the gutter", "会议")),
        )
    )
    counts = count_issue_hits(7, issue, ("科技", "会议"), whole_words=False, boundaries=None)
    assert counts.generation == 7
    assert counts.per_row == {"p1-a": 5, "p1-b": 0, "p2-unplaced": 2}
    assert counts.per_term == [4, 3]
    code = "import sys, reader.text.highlight\nprint('PySide6' in sys.modules)\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_shown_offsets_map_page_text_onto_its_laid_out_paragraph() -> None:
    assert shown_offsets("科技日报", "科技日报") == [0, 1, 2, 3, 4]
    # A line break is U+2028 in the layout; \r\n is one break.
    assert shown_offsets("a\nb", "a\u2028b") == [0, 1, 2, 3]
    assert shown_offsets("a\r\nb", "a\u2028b") == [0, 1, 1, 2, 3]
    # Runs of white space collapse to one; leading and trailing space goes.
    offsets = shown_offsets("  big   deal ", "big deal")
    assert offsets is not None
    source, shown = "  big   deal ", "big deal"
    start = source.index("deal")
    assert shown[offsets[start] : offsets[start + 4]] == "deal"
    assert shown[offsets[source.index("big")] : offsets[source.index("big") + 3]] == "big"
    assert offsets[-1] == len(shown)
    tab = shown_offsets("a\tb", "a b")
    assert tab is not None and "a b"[tab[2] : tab[3]] == "b"


def test_shown_offsets_refuse_a_text_that_is_not_the_same() -> None:
    assert shown_offsets("科技", "科学") is None
    assert shown_offsets("abc", "ab") is None
    assert shown_offsets("ab", "abc") is None
    assert shown_offsets("", "") == [0]


def test_a_term_in_one_script_marks_the_other_at_the_page_own_offsets() -> None:
    text = "颱風逼近，市立圖書館閉館。台风过后图书馆开放。"
    spans = find_spans(text, ["台风", "图书馆"])
    assert hits(text, spans) == ["颱風", "圖書館", "台风", "图书馆"]
    assert [s.term for s in spans] == [0, 1, 0, 1]
    assert hits(text, find_spans(text, ["圖書館"])) == ["圖書館", "图书馆"]
    assert hits(text, find_spans(text, ["發"])) == []  # no 发 / 發 / 髮 in it
    assert hits("理髮店與發電廠", find_spans("理髮店與發電廠", ["发"])) == ["髮", "發"]


def test_cross_script_whole_words_use_the_cuts_of_the_printed_text(segmenter: Segmenter) -> None:
    text = "市立圖書館今日閉館"
    spans = find_spans(text, ["图书馆"], whole_words=True, boundaries=segmenter.boundaries)
    assert hits(text, spans) == ["圖書館"]
    spans = find_spans(text, ["书馆"], whole_words=True, boundaries=segmenter.boundaries)
    assert spans == []


def test_count_hits_across_scripts() -> None:
    article = Article(
        id="a", kind=ArticleKind.STORY, headline="颱風警報", paragraphs=("台风来袭，颱風過境。",)
    )
    assert count_hits(article, ["台风", "颱"]) == [3, 0]  # 颱 inside a 台风 hit loses the overlap
