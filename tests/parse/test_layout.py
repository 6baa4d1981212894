"""The layout generator: its pages hold exactly what it expects, and the own-* files are fresh."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from reader.text.cjk import display_width
from tests.parse.devset import FAMILIES, REAL_ONLY_FAMILIES, load_dev_page
from tests.parse.layout import (
    DEV_DIR,
    DEV_PAGES,
    SOFT_HYPHEN,
    Layout,
    dump_expected,
    load_paper,
    paper_names,
    render_dev_page,
    render_page,
    wrap_cjk,
    wrap_latin,
)


@pytest.mark.parametrize("spec", DEV_PAGES, ids=lambda spec: spec.name)
def test_committed_own_pages_match_the_generator(spec: Any) -> None:
    text, expected = render_dev_page(spec)
    page = DEV_DIR / f"{spec.name}.txt"
    expect = DEV_DIR / f"{spec.name}.expect.json"
    hint = "stale: run python -m tests.parse.layout --write-dev"
    assert page.read_text(encoding="utf-8") == text, hint
    assert expect.read_text(encoding="utf-8") == dump_expected(expected), hint


@pytest.mark.parametrize("spec", DEV_PAGES, ids=lambda spec: spec.name)
def test_the_dev_set_loader_reads_own_pages_as_rendered(spec: Any) -> None:
    page = load_dev_page(DEV_DIR / f"{spec.name}.expect.json")
    rendered = render_page(load_paper(spec.paper), spec.articles, spec.layout)
    assert page.text == rendered.text
    assert list(page.articles) == rendered.expected["articles"]
    assert page.family == spec.family and not page.real


def test_no_stray_own_files() -> None:
    # The generator's pages carry its layout; a page written by hand (modern25's) has none.
    names = {spec.name for spec in DEV_PAGES}
    expects = {p.name.removesuffix(".expect.json"): p for p in DEV_DIR.glob("own-*.expect.json")}
    generated = {
        name
        for name, path in expects.items()
        if "layout" in json.loads(path.read_text(encoding="utf-8"))
    }
    assert generated == names
    # Every own page, generated or written by hand, is its text beside its expect file.
    texts = {p.name.removesuffix(".txt") for p in DEV_DIR.glob("own-*.txt")}
    assert texts == set(expects)
    assert {p.name.split(".")[0] for p in DEV_DIR.glob("own-*")} == set(expects)


def test_own_pages_cover_every_family_and_language() -> None:
    assert len(DEV_PAGES) >= 18
    assert {spec.family for spec in DEV_PAGES} == set(FAMILIES) - REAL_ONLY_FAMILIES
    languages = {load_paper(spec.paper).language for spec in DEV_PAGES}
    assert languages == {"zh", "zh-Hant", "en"}
    for spec in DEV_PAGES:
        cjk = load_paper(spec.paper).cjk
        if spec.family == "narrow":
            assert spec.layout.width <= (12 if cjk else 25)
        if spec.family == "wide":
            assert spec.layout.width >= (30 if cjk else 60)
        if spec.family == "scrambled":
            assert spec.layout.scrambled
        if spec.family == "inside-box":
            assert spec.layout.inside_box


def test_family_shapes_show_in_the_text() -> None:
    for spec in DEV_PAGES:
        text, _ = render_dev_page(spec)
        lines = text.splitlines()
        if spec.layout.spacing == "e-paper":
            assert all(not line for line in lines[1::2]), spec.name
        if spec.layout.spacing == "single":
            assert all(line.strip() for line in lines), spec.name


@pytest.mark.parametrize("name", paper_names())
def test_articles_are_annotated_consistently(name: str) -> None:
    for article in load_paper(name).articles:
        kind, paragraphs = article["kind"], article["paragraphs"]
        where = f"{name}/{article['id']}"
        if kind in ("story", "brief"):
            short = len(paragraphs) == 1 and len(paragraphs[0]) < 150
            assert short == (kind == "brief"), where
        if kind == "caption":
            assert article["credit"] and not article["headline"], where
        if kind == "teaser":
            assert not paragraphs and article["continued_to"]["page"], where
        for text in (*paragraphs, article["headline"] or ""):
            assert text == text.strip() and "  " not in text, where


def _visible(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def _expected_characters(expected: dict[str, Any]) -> Counter[str]:
    counter: Counter[str] = Counter()
    for article in expected["articles"]:
        for key in ("kicker", "headline", "subheadline", "dateline", "byline", "credit"):
            counter.update(_visible(article[key] or ""))
        for paragraph in article["paragraphs"]:
            counter.update(_visible(paragraph))
        if article["continued_to"]:
            counter.update(_visible(article["continued_to"]["text"]))
    for line in (*expected["furniture"], *expected["noise"]):
        counter.update(_visible(line))
    return counter


LAYOUTS = [
    Layout(),
    Layout(width=9, spacing="single", indent=True, title_lead="center", hyphens="soft"),
    Layout(width=40, spacing="paragraphs", scrambled=True, inside_box=True, noise=4, seed=7),
    Layout(width=18, spacing="blocks", hyphens="dropped", split_credit=True, crlf=True, seed=3),
    Layout(width=12, scrambled=True, column_break=True, ocr_spaces=True, seed=9),
    Layout(width=70, spacing="single", title_span=3, masthead=False, seed=11),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", paper_names())
def test_the_page_holds_exactly_what_is_expected(name: str, layout: Layout) -> None:
    """Every printed character is in the expected parse, save the hyphens that wrapping adds."""
    paper = load_paper(name)
    rendered = render_page(paper, [a["id"] for a in paper.articles], layout)
    printed = _visible(rendered.text)
    expected = _expected_characters(rendered.expected)
    assert not expected - printed
    assert set(printed - expected) <= {"-", SOFT_HYPHEN}
    if layout.crlf:
        assert "\r\n" in rendered.text and "\n" not in rendered.text.replace("\r\n", "")
    ids = [a["id"] for a in paper.articles]
    assert len(rendered.expected["articles"]) == len(ids)


def test_scrambled_order_lists_articles_where_their_bodies_are() -> None:
    paper = load_paper("zh")
    ids = ["zh-metro", "zh-school", "zh-library", "zh-river"]
    rendered = render_page(paper, ids, Layout(spacing="single", scrambled=True, seed=5))
    lines = rendered.text.splitlines()
    # The last line of each body, found in the text, comes in the order the articles are listed.
    starts = []
    for article in rendered.expected["articles"]:
        tail = article["paragraphs"][-1][-3:]
        starts.append(next(i for i, line in enumerate(lines) if line.endswith(tail)))
    assert starts == sorted(starts)
    assert [a["headline"] for a in rendered.expected["articles"]] != [
        paper.article(i)["headline"] for i in ids
    ]


@pytest.mark.parametrize("width", [8, 12, 20, 40])
def test_wrap_cjk_fills_the_column_and_rejoins(width: int) -> None:
    text = "记者从省农业农村厅获悉，截至3月16日，全省已完成春播粮食面积一千二百万亩。" * 3
    lines = wrap_cjk(text, width, "\u3000\u3000")
    assert "".join(lines).replace("\u3000", "") == text
    # A line may run one character over only to keep punctuation off the next line's start.
    assert all(display_width(line) <= 2 * width + 2 for line in lines)
    assert all(display_width(line) >= 2 * width - 4 for line in lines[:-1])
    assert not any(line[0] in "，。" for line in lines)


@pytest.mark.parametrize("hyphens", ["none", "hard", "soft", "dropped"])
@pytest.mark.parametrize("width", [18, 25, 40, 70])
def test_wrap_latin_fits_and_rejoins(width: int, hyphens: str) -> None:
    text = (
        "The shuttered Harlan Woolen Mill on Front Street will be turned into sixty-four "
        "apartments under a plan approved by the planning commission last week."
    )
    lines = wrap_latin(text, width, "    ", hyphens)
    assert all(len(line) <= width + 1 for line in lines)
    mark = {"hard": "-", "soft": SOFT_HYPHEN}.get(hyphens, "")
    rebuilt = ""
    for line in lines:
        line = line.strip()
        if rebuilt.endswith("\0"):
            rebuilt = rebuilt[:-1] + line
        elif rebuilt:
            rebuilt += " " + line
        else:
            rebuilt = line
        if hyphens != "none" and mark and line.endswith(mark) and line[-2].isalpha():
            rebuilt = rebuilt[: -len(mark)] + "\0"
    if hyphens == "dropped":
        assert rebuilt.replace(" ", "") == text.replace(" ", "")
    else:
        assert rebuilt == text


def test_expected_files_are_in_the_dev_set_format() -> None:
    for spec in DEV_PAGES:
        data = json.loads((DEV_DIR / f"{spec.name}.expect.json").read_text(encoding="utf-8"))
        assert data["real"] is False and data["family"] in FAMILIES
        assert data["source"]["file"] == f"{spec.name}.txt"
        for article in data["articles"]:
            assert article["kind"] in ("story", "brief", "caption", "teaser", "notice")
