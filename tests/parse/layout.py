"""Layout generator: renders annotated articles as OCR-shaped page text, expected parse included.

The articles are our own writing (``tests/data/dev/articles/*.json``, in the fields of the
dev-set format). A :class:`Layout` says how the page is set: column width, blank-line style,
indentation, hyphenation and soft hyphens, block order, masthead, an INSIDE / 本版导读 box,
noise lines, CRLF. :func:`render_page` sets the articles that way and returns the page text
together with the expected articles and furniture, so the right answer is known by
construction, whatever the layout. The property test draws layouts with Hypothesis; the
``own-*`` pages of the development set are rendered from fixed layouts by::

    python -m tests.parse.layout --write-dev                 # rewrite tests/data/dev/own-*
    python -m tests.parse.score tests/data/dev/own-*.expect.json   # score the parser on them
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from reader.text.cjk import display_width
from tests.parse.devset import DevPage
from tests.parse.score import PageScore, score_page

DATA = Path(__file__).resolve().parent.parent / "data"
DEV_DIR = DATA / "dev"
ARTICLES_DIR = DEV_DIR / "articles"

#: The fields of an expected article, in the order the dev-set files list them.
ARTICLE_FIELDS = (
    "kind",
    "kicker",
    "headline",
    "subheadline",
    "dateline",
    "byline",
    "credit",
    "paragraphs",
    "continued_to",
)
#: Blank-line styles: a blank after every line (e-paper), none (Tesseract, PaddleOCR,
#: Chronicling America), blanks only between blocks, blanks between paragraphs too (ABBYY).
SPACINGS = ("e-paper", "single", "blocks", "paragraphs")
#: How title lines are led: flush left, by one space (the e-paper block mark), or centred.
TITLE_LEADS = ("none", "space", "center")
#: Line-end hyphenation of English words: none, "-", soft hyphen U+00AD, or the hyphen lost.
HYPHENS = ("none", "hard", "soft", "dropped")
SOFT_HYPHEN = "\u00ad"
_CJK_INDENT = "\u3000\u3000"
_LATIN_INDENT = "    "
# Characters a line may not begin with in Chinese typesetting (they stay on the line before).
_NO_LINE_START = frozenset("，。、；：？！”’）》」』】…·%")


@dataclass(frozen=True)
class Paper:
    """One file of our own articles: a made-up paper in one language, with its furniture."""

    name: str
    language: str
    newspaper: str
    date: str
    masthead: tuple[str, ...]
    inside_header: str
    noise: tuple[str, ...]
    articles: tuple[dict[str, Any], ...]

    @property
    def cjk(self) -> bool:
        return self.language.startswith("zh")

    def article(self, article_id: str) -> dict[str, Any]:
        for article in self.articles:
            if article["id"] == article_id:
                return article
        raise KeyError(f"{self.name}: no article {article_id!r}")


def load_paper(name: str) -> Paper:
    """Read ``tests/data/dev/articles/<name>.json``; missing article fields become None."""
    path = ARTICLES_DIR / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for raw in data["articles"]:
        article = {key: raw.get(key) for key in ("id", *ARTICLE_FIELDS)}
        article["paragraphs"] = list(raw.get("paragraphs") or [])
        articles.append(article)
    return Paper(
        name=name,
        language=data["language"],
        newspaper=data["newspaper"],
        date=data["date"],
        masthead=tuple(data["masthead"]),
        inside_header=data["inside_header"],
        noise=tuple(data["noise"]),
        articles=tuple(articles),
    )


def paper_names() -> list[str]:
    return sorted(p.stem for p in ARTICLES_DIR.glob("*.json"))


@dataclass(frozen=True)
class Layout:
    """How one page is set. Widths count characters: CJK characters for Chinese, else letters."""

    width: int = 14
    spacing: str = "e-paper"
    #: Paragraphs start with an indent (two full-width spaces, or four spaces in English).
    indent: bool = False
    title_lead: str = "space"
    #: Headlines may be this many columns wide before they wrap.
    title_span: int = 2
    hyphens: str = "hard"
    #: Blocks in reading order, or shuffled (headlines far from their bodies, as e-paper does).
    scrambled: bool = False
    masthead: bool = True
    inside_box: bool = False
    #: How many noise lines (OCR garbage, one-letter lines) go between blocks.
    noise: int = 0
    #: A photo credit is printed over two lines, broken at its space.
    split_credit: bool = False
    #: The longest body is broken into two blocks mid-paragraph (a column break).
    column_break: bool = False
    #: OCR put spaces between Chinese characters and digits ("13 日"), as it often does.
    ocr_spaces: bool = False
    crlf: bool = False
    seed: int = 0


@dataclass(frozen=True)
class RenderedPage:
    """A page's text and what a reader finds on it (the dev-set expected format)."""

    text: str
    expected: dict[str, Any]


@dataclass
class _Block:
    """Lines printed together; ``owner`` is the article the block belongs to (None: furniture)."""

    lines: list[str]
    owner: int | None = None
    #: Indices in ``lines`` after which a paragraph ends (for the "paragraphs" spacing).
    breaks: set[int] = field(default_factory=set)
    is_body: bool = False


# --- wrapping -------------------------------------------------------------------------------


def _cjk_units(text: str) -> list[str]:
    """Characters, with runs of ASCII letters, digits and signs kept whole (never broken)."""
    units: list[str] = []
    for ch in text:
        joins = units and ch.isascii() and units[-1][-1].isascii()
        if joins and " " not in (ch, units[-1][-1]):
            units[-1] += ch
            continue
        units.append(ch)
    return units


def wrap_cjk(text: str, width: int, first_indent: str = "") -> list[str]:
    """Wrap Chinese text at ``width`` characters (2·width display columns)."""
    limit = 2 * width
    lines: list[str] = []
    line = first_indent
    for unit in _cjk_units(text):
        full = display_width(line + unit) > limit and line.strip()
        if full and unit not in _NO_LINE_START:
            lines.append(line)
            line = ""
        line += unit
    if line.strip():
        lines.append(line)
    return lines


_VOWELS = frozenset("aeiouy")
# Consonant pairs that make one sound and are never split by a compositor.
_DIGRAPHS = frozenset(("ch", "ck", "gh", "ng", "ph", "sh", "th", "wh", "qu"))


def _hyphen_point(word: str, room: int) -> int:
    """Where to break ``word`` so that its head (plus the hyphen) fits in ``room``; 0: nowhere.

    A rough syllable rule, as compositors broke words: between two consonants ("mar-ket",
    not inside "th"), or after a vowel before a consonant and vowel ("re-port").
    """
    if not word.isalpha() or not word.islower() or len(word) < 6:
        return 0
    for cut in range(min(room - 1, len(word) - 3), 2, -1):
        left, right = word[cut - 1], word[cut]
        if left in _VOWELS or right in _VOWELS:
            if left in _VOWELS and right not in _VOWELS and word[cut + 1] in _VOWELS:
                return cut
            continue
        if word[cut - 1 : cut + 1] not in _DIGRAPHS:
            return cut
    return 0


def wrap_latin(text: str, width: int, first_indent: str = "", hyphens: str = "none") -> list[str]:
    """Greedy word wrap at ``width`` letters, breaking long words at line ends as told."""
    mark = {"hard": "-", "soft": SOFT_HYPHEN, "dropped": ""}.get(hyphens)
    lines: list[str] = []
    line = first_indent
    for word in text.split(" "):
        while True:
            sep = " " if line.strip() else ""
            if len(line) + len(sep) + len(word) <= width or not line.strip():
                line += sep + word
                break
            cut = _hyphen_point(word, width - len(line) - len(sep)) if mark is not None else 0
            if cut:
                lines.append(line + sep + word[:cut] + mark)
                word = word[cut:]
            else:
                lines.append(line)
            line = ""
    if line.strip():
        lines.append(line)
    return lines


# --- rendering ------------------------------------------------------------------------------


def _lead_join(lead: str, text: str, cjk: bool) -> str:
    """A dateline or byline printed at the start of the first paragraph."""
    if not cjk and lead.endswith(("—", "--")) and not lead.endswith(" —"):
        return lead + text
    return f"{lead} {text}"


def _is_lead_byline(byline: str | None, cjk: bool) -> bool:
    """本报讯… bylines run into the first paragraph; others stand on a line of their own."""
    return bool(byline) and cjk and byline.startswith(("本报讯", "本報訊"))


class _Renderer:
    def __init__(self, paper: Paper, layout: Layout) -> None:
        self.paper = paper
        self.layout = layout
        self.cjk = paper.cjk
        self.rng = random.Random(layout.seed)

    def wrap(self, text: str, width: int, indent: str = "", hyphens: str = "none") -> list[str]:
        if self.cjk:
            return wrap_cjk(text, width, indent)
        return wrap_latin(text, width, indent, hyphens)

    def title_lines(self, text: str) -> list[str]:
        span = self.layout.width * self.layout.title_span
        lines = [line.strip() for line in self.wrap(text, span)]
        if self.layout.title_lead == "space":
            return [" " + line for line in lines]
        if self.layout.title_lead == "center":
            columns = 2 * span if self.cjk else span
            return [
                " " * max(1, (columns - display_width(line)) // (4 if self.cjk else 2)) + line
                for line in lines
            ]
        return lines

    def paragraph_block(self, paragraphs: Sequence[str], owner: int) -> _Block:
        block = _Block([], owner, is_body=True)
        indent = (_CJK_INDENT if self.cjk else _LATIN_INDENT) if self.layout.indent else ""
        for text in paragraphs:
            block.lines.extend(self.wrap(text, self.layout.width, indent, self.layout.hyphens))
            block.breaks.add(len(block.lines) - 1)
        return block

    def article_blocks(self, article: dict[str, Any], owner: int) -> list[_Block]:
        titles: list[str] = []
        for key in ("kicker", "headline"):
            if article[key]:
                titles += self.title_lines(article[key])
        for deck in (article["subheadline"] or "").split("\n"):
            if deck:
                titles += self.title_lines(deck)
        byline, dateline = article["byline"], article["dateline"]
        paragraphs = list(article["paragraphs"])
        if byline and not _is_lead_byline(byline, self.cjk):
            titles.append(byline)
        if paragraphs and dateline:
            paragraphs[0] = _lead_join(dateline, paragraphs[0], self.cjk)
        if paragraphs and _is_lead_byline(byline, self.cjk):
            paragraphs[0] = _lead_join(byline, paragraphs[0], self.cjk)
        body = self.paragraph_block(paragraphs, owner)
        if article["credit"]:
            credit = article["credit"]
            head, _, tail = credit.rpartition(" ")
            if self.layout.split_credit and head:
                body.lines += [head, tail]
            else:
                body.lines.append(credit)
        if not titles:
            return [body]
        if article["kind"] == "notice":
            # An advertisement is set as one piece: its heading never strays from its text.
            offset = len(titles)
            return [_Block(titles + body.lines, owner, {i + offset for i in body.breaks}, True)]
        return [_Block(titles, owner), body]

    def teaser_block(self, article: dict[str, Any], owner: int) -> _Block:
        pointer = article["continued_to"]["text"]
        text = f"{article['headline']}{'' if self.cjk else ' '}{pointer}"
        return _Block(self.title_lines(text), owner)

    def inside_box(self, teasers: list[tuple[int, dict[str, Any]]]) -> list[_Block]:
        """An INSIDE / 本版导读 box: one line per teaser, its page number right-aligned."""
        columns = (2 if self.cjk else 1) * self.layout.width * self.layout.title_span
        right = max(columns, 28 if self.cjk else 40)
        blocks = [_Block([self.paper.inside_header])]
        for owner, article in teasers:
            title, page = article["headline"], str(article["continued_to"]["page"])
            gap = max(3, right - display_width(title) - len(page))
            blocks.append(_Block([f"{title}{' ' * gap}{page}"], owner))
        return blocks


def render_page(
    paper: Paper,
    article_ids: Sequence[str],
    layout: Layout,
    family: str = "synthetic",
    note: str = "",
) -> RenderedPage:
    """Set the chosen articles of ``paper`` as ``layout`` says; return text and expected parse."""
    renderer = _Renderer(paper, layout)
    rng = renderer.rng
    articles = [paper.article(article_id) for article_id in article_ids]
    units: list[list[_Block]] = []
    teasers: list[tuple[int, dict[str, Any]]] = []
    for owner, article in enumerate(articles):
        if article["kind"] == "teaser":
            if layout.inside_box:
                teasers.append((owner, article))
            else:
                units.append([renderer.teaser_block(article, owner)])
        else:
            units.append(renderer.article_blocks(article, owner))
    if teasers:
        units.insert(rng.randrange(len(units) + 1), renderer.inside_box(teasers))
    if layout.column_break:
        _break_column(units, rng)
    blocks = [block for unit in units for block in unit]
    if layout.scrambled:
        rng.shuffle(blocks)
    noise = [rng.choice(paper.noise) for _ in range(layout.noise)]
    for line in noise:
        blocks.insert(rng.randrange(len(blocks) + 1), _Block([line]))
    if layout.masthead:
        blocks.insert(0, _Block(list(paper.masthead)))
    text = _page_text(blocks, layout)
    if layout.ocr_spaces and renderer.cjk:
        text = _CJK_DIGIT_SEAM.sub(lambda m: " " if rng.random() < 0.5 else "", text)
    expected = _expected(paper, articles, blocks, layout, noise, family, note)
    return RenderedPage(text, expected)


_CJK_DIGIT_SEAM = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")


def _break_column(units: list[list[_Block]], rng: random.Random) -> None:
    """Break the longest body into two blocks at a line inside a paragraph."""
    bodies = [(len(b.lines), i, j) for i, unit in enumerate(units) for j, b in enumerate(unit)]
    bodies = [item for item in bodies if units[item[1]][item[2]].is_body and item[0] >= 4]
    if not bodies:
        return
    _, i, j = max(bodies)
    block = units[i][j]
    inside = [n for n in range(1, len(block.lines) - 2) if n not in block.breaks] or [1]
    cut = rng.choice(inside) + 1
    head = _Block(block.lines[:cut], block.owner, {n for n in block.breaks if n < cut}, True)
    tail = _Block(block.lines[cut:], block.owner, {n - cut for n in block.breaks if n >= cut}, True)
    units[i][j : j + 1] = [head, tail]


def _page_text(blocks: list[_Block], layout: Layout) -> str:
    out: list[str] = []
    for index, block in enumerate(blocks):
        if index and layout.spacing in ("blocks", "paragraphs"):
            out.append("")
        last = len(block.lines) - 1
        for number, line in enumerate(block.lines):
            if number == 0 and block.is_body and layout.title_lead == "space":
                # E-paper text marks the start of every block with a leading space.
                line = line if line.startswith((" ", "\u3000")) else " " + line
            out.append(line)
            if layout.spacing == "e-paper" or (
                layout.spacing == "paragraphs" and number in block.breaks - {last}
            ):
                out.append("")
    text = "\n".join(out).rstrip("\n") + "\n"
    return text.replace("\n", "\r\n") if layout.crlf else text


def _expected_article(article: dict[str, Any], layout: Layout) -> dict[str, Any]:
    expected = {key: article[key] for key in ARTICLE_FIELDS}
    expected["paragraphs"] = list(article["paragraphs"])
    pointer = article["continued_to"]
    if pointer and article["kind"] == "teaser" and layout.inside_box:
        expected["continued_to"] = {"page": pointer["page"], "text": str(pointer["page"])}
    return expected


def _expected(
    paper: Paper,
    articles: list[dict[str, Any]],
    blocks: list[_Block],
    layout: Layout,
    noise: list[str],
    family: str,
    note: str,
) -> dict[str, Any]:
    # Reading order: a story where its body is printed, a teaser (no body) where it is.
    placed: list[int] = []
    for block in blocks:
        owner = block.owner
        if owner is None or owner in placed:
            continue
        if block.is_body or articles[owner]["kind"] == "teaser":
            placed.append(owner)
    furniture = [line.strip() for line in paper.masthead] if layout.masthead else []
    if layout.inside_box and any(a["kind"] == "teaser" for a in articles):
        furniture.append(paper.inside_header)
    layout_json = asdict(layout)
    return {
        "family": family,
        "language": paper.language,
        "real": False,
        "source": {},
        "note": note,
        "newspaper": paper.newspaper if layout.masthead else None,
        "date": paper.date if layout.masthead else None,
        "articles": [_expected_article(articles[i], layout) for i in placed],
        "furniture": furniture,
        "noise": [line.strip() for line in noise],
        "layout": {"paper": paper.name, **layout_json},
    }


# --- scoring --------------------------------------------------------------------------------


def dev_page(rendered: RenderedPage, name: str = "generated") -> DevPage:
    """A rendered page as the dev-set scorer takes it (tests/parse/score.py)."""
    expected = rendered.expected
    return DevPage(
        name=name,
        path=Path(f"<{name}>"),
        family=expected["family"],
        language=expected["language"],
        real=False,
        text=rendered.text,
        articles=tuple(expected["articles"]),
        furniture=tuple(expected["furniture"]),
        newspaper=expected["newspaper"],
        date=expected["date"],
    )


def score_rendered(rendered: RenderedPage, name: str = "generated") -> PageScore:
    """Parse a rendered page as the app does and score it with the dev-set scorer."""
    return score_page(dev_page(rendered, name))


# --- the committed own-* pages of the development set ---------------------------------------


@dataclass(frozen=True)
class OwnPage:
    """One page of our own writing in the development set, rendered from a fixed layout."""

    name: str
    family: str
    paper: str
    articles: tuple[str, ...]
    layout: Layout
    note: str = ""


_ZH_TEASERS = tuple(f"zh-teaser-{i}" for i in range(1, 6))
_HANT_TEASERS = tuple(f"hant-teaser-{i}" for i in range(1, 5))
_EN_TEASERS = tuple(f"en-teaser-{i}" for i in range(1, 6))

DEV_PAGES: tuple[OwnPage, ...] = (
    OwnPage(
        "own-zh-epaper", "e-paper", "zh",
        ("zh-metro", "zh-xinhua-grain", "zh-caption-bridge", *_ZH_TEASERS[:3]),
        Layout(width=14, spacing="e-paper", split_credit=True, seed=101),
    ),
    OwnPage(
        "own-zh-epaper-noise", "e-paper", "zh",
        ("zh-numbered", "zh-brief-marathon", "zh-notice-hire"),
        Layout(width=16, spacing="e-paper", noise=2, crlf=True, masthead=False, seed=102),
    ),
    OwnPage(
        "own-hant-epaper", "e-paper", "zh-Hant",
        ("hant-ferry", "hant-hospital", "hant-caption", *_HANT_TEASERS[:2]),
        Layout(width=14, spacing="e-paper", seed=103),
    ),
    OwnPage(
        "own-en-epaper", "e-paper", "en",
        ("en-storm", "en-council", "en-caption-skaters", *_EN_TEASERS[:2]),
        Layout(width=34, spacing="e-paper", title_span=1, seed=104),
    ),
    OwnPage(
        "own-zh-single", "single-spaced", "zh",
        ("zh-numbered", "zh-library", "zh-brief-water", "zh-caption-flowers"),
        Layout(width=16, spacing="single", title_lead="none", masthead=False, seed=201),
    ),
    OwnPage(
        "own-hant-single", "single-spaced", "zh-Hant",
        ("hant-numbered", "hant-market", "hant-brief-rain", "hant-notice"),
        Layout(width=17, spacing="single", title_lead="none", indent=True, seed=202),
    ),
    OwnPage(
        "own-en-single", "single-spaced", "en",
        ("en-mill", "en-wire", "en-brief-library", "en-brief-bridge", "en-caption-plow"),
        Layout(width=40, spacing="single", title_lead="none", noise=1, seed=203),
    ),
    OwnPage(
        "own-zh-blocks", "blank-between-blocks", "zh",
        ("zh-river", "zh-school", "zh-brief-marathon", "zh-notice-hire"),
        Layout(width=18, spacing="blocks", title_lead="none", indent=True, seed=301),
    ),
    OwnPage(
        "own-en-blocks", "blank-between-blocks", "en",
        ("en-hospital", "en-storm", "en-notice-sale"),
        Layout(width=45, spacing="blocks", title_lead="none", indent=True, seed=302),
    ),
    OwnPage(
        "own-zh-columns", "blank-between-blocks", "zh",
        ("zh-metro", "zh-numbered", "zh-caption-bridge", "zh-brief-water"),
        Layout(width=15, spacing="blocks", title_lead="none", column_break=True,
               ocr_spaces=True, split_credit=True, seed=303),
    ),
    OwnPage(
        "own-zh-narrow", "narrow", "zh",
        ("zh-metro", "zh-brief-marathon", "zh-caption-flowers"),
        Layout(width=10, spacing="blocks", title_lead="none", title_span=1, seed=401),
    ),
    OwnPage(
        "own-hant-narrow", "narrow", "zh-Hant",
        ("hant-ferry", "hant-brief-rain"),
        Layout(width=12, spacing="single", title_lead="none", title_span=1, seed=402),
    ),
    OwnPage(
        "own-en-narrow", "narrow", "en",
        ("en-council", "en-brief-bridge"),
        Layout(width=22, spacing="single", title_lead="none", hyphens="soft", seed=403),
    ),
    OwnPage(
        "own-zh-wide", "wide", "zh",
        ("zh-xinhua-grain", "zh-numbered", "zh-notice-lost"),
        Layout(width=36, spacing="single", title_lead="none", title_span=1, indent=True, seed=501),
    ),
    OwnPage(
        "own-en-wide", "wide", "en",
        ("en-mill", "en-wire", "en-notice-legal"),
        Layout(width=68, spacing="paragraphs", title_lead="none", title_span=1, seed=502),
    ),
    OwnPage(
        "own-zh-scrambled", "scrambled", "zh",
        ("zh-library", "zh-river", "zh-caption-bridge", *_ZH_TEASERS[3:]),
        Layout(width=13, spacing="e-paper", scrambled=True, split_credit=True, seed=601),
    ),
    OwnPage(
        "own-en-scrambled", "scrambled", "en",
        ("en-hospital", "en-council", "en-caption-plow", *_EN_TEASERS[2:4]),
        Layout(width=30, spacing="e-paper", scrambled=True, title_span=1, seed=602),
    ),
    OwnPage(
        "own-hant-scrambled", "scrambled", "zh-Hant",
        ("hant-ferry", "hant-market", "hant-caption", *_HANT_TEASERS[2:]),
        Layout(width=15, spacing="e-paper", scrambled=True, column_break=True, ocr_spaces=True,
               seed=603),
    ),
    OwnPage(
        "own-zh-inside", "inside-box", "zh",
        ("zh-school", "zh-brief-water", *_ZH_TEASERS),
        Layout(width=15, spacing="blocks", title_lead="none", inside_box=True, seed=701),
    ),
    OwnPage(
        "own-hant-inside", "inside-box", "zh-Hant",
        ("hant-hospital", "hant-market", *_HANT_TEASERS),
        Layout(width=20, spacing="paragraphs", title_lead="none", inside_box=True, seed=702),
    ),
    OwnPage(
        "own-en-inside", "inside-box", "en",
        ("en-storm", "en-brief-library", *_EN_TEASERS),
        Layout(width=36, spacing="single", title_lead="none", inside_box=True, seed=703),
    ),
    OwnPage(
        "own-hist-bank", "historical-en", "en-1910s",
        ("h-bank", "h-cold", "h-trip", "h-ad-ford"),
        Layout(width=32, spacing="single", title_lead="center", title_span=1, hyphens="soft",
               noise=4, seed=801),
    ),
    OwnPage(
        "own-hist-school", "historical-en", "en-1910s",
        ("h-war", "h-school", "h-personal", "h-notice-sheriff"),
        Layout(width=36, spacing="single", title_lead="none", title_span=1, noise=3, seed=802),
    ),
    OwnPage(
        "own-hist-wire", "historical-en", "en-1910s",
        ("h-mine", "h-special", "h-personal", "h-notice-sheriff"),
        Layout(width=30, spacing="single", title_lead="center", title_span=1, hyphens="soft",
               noise=2, seed=804),
    ),
    OwnPage(
        "own-hist-dropped", "historical-en", "en-1910s",
        ("h-cold", "h-war", "h-teaser-1", "h-teaser-2", "h-ad-ford"),
        Layout(width=28, spacing="single", title_lead="center", title_span=1,
               hyphens="dropped", noise=3, masthead=False, seed=803),
    ),
)  # fmt: skip


def render_dev_page(spec: OwnPage) -> tuple[str, dict[str, Any]]:
    """The file text and expected JSON of one own-* page, exactly as committed."""
    layout = replace(spec.layout, crlf=False)
    note = (
        "Our own writing, rendered by tests/parse/layout.py (python -m tests.parse.layout "
        "--write-dev) from tests/data/dev/articles/" + spec.paper + ".json; expected output "
        "comes from the articles as written, not from the parser."
    )
    rendered = render_page(load_paper(spec.paper), spec.articles, layout, spec.family, note)
    expected = rendered.expected
    source: dict[str, Any] = {"file": f"{spec.name}.txt"}
    if spec.layout.crlf:
        # Git keeps text files with LF; the loader puts the CRLF back.
        source["transform"] = {"crlf": True}
    expected["source"] = source
    expected["layout"]["crlf"] = spec.layout.crlf
    return rendered.text, expected


def dump_expected(expected: dict[str, Any]) -> str:
    return json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def write_dev_pages(folder: Path = DEV_DIR) -> list[Path]:
    written = []
    for spec in DEV_PAGES:
        text, expected = render_dev_page(spec)
        page_path = folder / f"{spec.name}.txt"
        expect_path = folder / f"{spec.name}.expect.json"
        page_path.write_text(text, encoding="utf-8", newline="\n")
        expect_path.write_text(dump_expected(expected), encoding="utf-8", newline="\n")
        written += [page_path, expect_path]
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.parse.layout", description=__doc__)
    parser.add_argument("--write-dev", action="store_true", help="rewrite tests/data/dev/own-*")
    args = parser.parse_args(argv)
    if args.write_dev:
        for path in write_dev_pages():
            print(path.relative_to(DATA.parent.parent))
    if not args.write_dev:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
