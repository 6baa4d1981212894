"""PDF export read back with poppler (pdftotext, pdffonts, pdfinfo) and QtPdf's bookmark model."""

from __future__ import annotations

import gc
import itertools
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from export_helpers import (
    PdfLine,
    need_tool,
    pdf_body_text,
    pdf_fonts,
    pdf_lines,
    pdf_pages_text,
    squash,
    story_fields,
)
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument

from reader.errors import ExportError
from reader.export import ExportCancelled, ExportItem, ExportOptions, export_articles
from reader.export.pdf import INSTALL_HINT, QtFontCoverage, choose_fonts, visible_chars
from reader.export.pdf_outline import OutlineEntry, add_outline
from reader.model import Article, ArticleKind, Issue, Page, Zone

pytestmark = pytest.mark.usefixtures("qapp")


def _bookmarks(path: Path) -> list[tuple[str, int]]:
    """(title, 0-based page) of each top-level outline entry, as QtPdf reads them."""
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    model = QPdfBookmarkModel()
    model.setDocument(doc)
    page_role = int(QPdfBookmarkModel.Role.Page)
    marks = [
        (model.index(r, 0).data(), model.index(r, 0).data(page_role))
        for r in range(model.rowCount())
    ]
    doc.close()
    return marks


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [need_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    return {k.strip(): v.strip() for k, _s, v in (line.partition(":") for line in out.splitlines())}


def _assert_in_order(text: str, fields: Iterable[str]) -> int:
    """Every character of every field appears, field after field, ignoring whitespace."""
    flat = squash(text)
    pos = 0
    for field in fields:
        found = flat.find(squash(field), pos)
        assert found >= 0, f"not found in order after {pos}: {field!r}"
        pos = found + len(squash(field))
    return pos


def test_pdf_has_every_character_of_every_story_in_order(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.pdf")
    body = pdf_body_text(target)
    _assert_in_order(body, [f for a in sample_issue.articles for f in story_fields(a)])
    for article in sample_issue.articles:
        item = ExportItem(article, sample_issue)
        assert squash(f"{item.paper}") in squash(pdf_pages_text(target)[0])
        assert squash(f"第{article.page_number}版") in squash(body)
    assert "<img src=x onerror=alert(1)>" in body


def test_pdf_fonts_are_embedded_and_cover_chinese(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.pdf")
    fonts = pdf_fonts(target)
    assert fonts, "no fonts in the PDF"
    assert all(embedded == "yes" for _name, _type, embedded in fonts), fonts


def test_pdf_outline_has_one_entry_per_story_on_its_page(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.pdf", ExportOptions(font_size=14))
    marks = _bookmarks(target)
    assert [t for t, _p in marks] == [a.display_title for a in sample_issue.articles]
    pages = pdf_pages_text(target)
    assert len(pages) >= 2  # 14 pt makes the first story run over a page
    for title, page in marks:
        assert squash(title) in squash(pages[page])


def test_pdf_metadata_and_page_furniture(sample_issue: Issue, tmp_path: Path):
    options = ExportOptions(title="科技要闻选", page_size="Letter", font_size=14)
    target = export_articles(sample_issue, tmp_path / "out.pdf", options)
    info = _pdfinfo(target)
    assert info["Title"] == "科技要闻选"
    assert info["Creator"] == "Broadsheet"
    assert info["Page size"].startswith("612 x 792")
    pages = pdf_pages_text(target)
    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "人民日报 · 2024-01-14"
        assert squash(lines[-1]) == f"{number}/{len(pages)}"


def test_pdf_one_story_per_page_with_contents(sample_issue: Issue, tmp_path: Path):
    options = ExportOptions(one_per_page=True, contents=True)
    target = export_articles(sample_issue, tmp_path / "out.pdf", options)
    pages = pdf_pages_text(target)
    marks = _bookmarks(target)
    assert len(pages) == 1 + len(sample_issue.articles)
    assert [p for _t, p in marks] == [1, 2, 3, 4]
    contents = squash(pages[0])
    assert "目录" in contents and "Contents" not in contents  # a Chinese issue
    for title, page in marks:
        # The contents line shows the 1-based page number right after the title.
        assert squash(title) + str(page + 1) in contents
        body = "\n".join([line for line in pages[page].splitlines() if line.strip()][2:])
        first = next(f for f in story_fields(_article(sample_issue, title)))
        assert squash(body).startswith(squash(first))


def _article(issue: Issue, title: str) -> Article:
    return next(a for a in issue.articles if a.display_title == title)


def _highlight_pixels(path: Path) -> int:
    doc = QPdfDocument()
    doc.load(str(path))
    image = doc.render(0, QSize(600, 848))
    doc.close()
    wanted = QColor("#fff0a0")
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - 255) < 6 and abs(c.green() - 240) < 6 and abs(c.blue() - 160) < 10:
                count += 1
    assert wanted.isValid()
    return count


def test_pdf_keeps_highlighted_terms(sample_issue: Issue, tmp_path: Path):
    plain = export_articles(sample_issue, tmp_path / "plain.pdf")
    marked = export_articles(
        sample_issue, tmp_path / "marked.pdf", ExportOptions(highlight_terms=("科技",))
    )
    assert _highlight_pixels(plain) == 0
    assert _highlight_pixels(marked) > 100
    assert squash(pdf_body_text(plain)) == squash(pdf_body_text(marked))


class _NoFonts:
    """A font database in which no font has any glyph."""

    def candidates(self) -> list[str]:
        return ["Fake Sans", "Fake Serif"]

    def missing(self, family: str, chars: Iterable[str]) -> set[str]:
        return set(chars)


def test_missing_font_stops_with_the_characters_and_writes_nothing(
    sample_issue: Issue, tmp_path: Path
):
    target = tmp_path / "out.pdf"
    with pytest.raises(ExportError) as caught:
        export_articles(sample_issue, target, coverage=_NoFonts())
    message = str(caught.value)
    assert re.search(
        r"no installed font has \d+ character\(s\) of the selection: # \(U\+0023\)", message
    )
    assert re.search(r"and \d+ more", message)
    assert "fonts-noto-cjk" in message and "fonts-wqy-microhei" in message
    assert list(tmp_path.iterdir()) == []


def test_character_no_installed_font_has_is_named(sample_issue: Issue, tmp_path: Path):
    odd = Article(
        id="p9-odd",
        kind=ArticleKind.STORY,
        headline="私用区字符",
        paragraphs=("正文里有一个 \U0010fffd 字符。",),
    )
    target = tmp_path / "out.pdf"
    target.write_bytes(b"earlier export")
    with pytest.raises(ExportError, match=r"U\+10FFFD") as caught:
        export_articles([odd], target, issue=sample_issue)
    assert INSTALL_HINT in str(caught.value)
    assert "U+6B63" not in str(caught.value)  # 正 is covered and must not be blamed
    assert target.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


class _SplitFonts:
    """Two families: one with only CJK ideographs, one with only ASCII."""

    def candidates(self) -> list[str]:
        return ["Han Only", "Ascii Only"]

    def missing(self, family: str, chars: Iterable[str]) -> set[str]:
        if family == "Han Only":
            return {c for c in chars if not "\u4e00" <= c <= "\u9fff"}
        return {c for c in chars if not c.isascii()}


def test_choose_fonts_prefers_one_family_then_combines():
    qt = QtFontCoverage()
    family = choose_fonts(visible_chars(["全国科技 AI"]), qt)
    assert len(family) == 1
    assert not qt.missing(family[0], "全国科技AI")
    assert choose_fonts(visible_chars(["科技 AI"]), _SplitFonts()) == ["Han Only", "Ascii Only"]
    with pytest.raises(ExportError, match=r"1 character\(s\).*， \(U\+FF0C\)"):
        choose_fonts(visible_chars(["科技，AI"]), _SplitFonts())


def test_visible_chars_ignores_spaces_and_format_marks():
    assert visible_chars(["a b\u3000\n\u200b\ufeffc"]) == {"a", "b", "c"}


def test_cancel_during_pages_leaves_no_file(sample_issue: Issue, tmp_path: Path):
    target = tmp_path / "out.pdf"
    steps: list[tuple[int, int]] = []

    def cancel() -> bool:
        # Let the story markup finish and one page be drawn, then cancel.
        return bool(steps) and steps[-1][0] > len(sample_issue.articles)

    with pytest.raises(ExportCancelled):
        export_articles(
            sample_issue,
            target,
            ExportOptions(one_per_page=True),
            progress=lambda *p: steps.append(p),
            cancel=cancel,
        )
    assert steps and steps[-1][0] < steps[-1][1]
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_total(sample_issue: Issue, tmp_path: Path):
    steps: list[tuple[int, int]] = []
    export_articles(sample_issue, tmp_path / "out.pdf", progress=lambda *p: steps.append(p))
    assert steps[-1][0] == steps[-1][1] == 2 * len(sample_issue.articles)
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)


def test_outline_can_be_replaced_and_rejects_non_pdf(sample_issue: Issue, tmp_path: Path):
    target = export_articles(sample_issue, tmp_path / "out.pdf")
    add_outline(target, [OutlineEntry("第二套 «书签» (1)", 0, 10.0)])
    assert _bookmarks(target) == [("第二套 «书签» (1)", 0)]
    assert len(pdf_pages_text(target)) >= 1  # poppler still reads the updated file
    with pytest.raises(ExportError, match="past the last page"):
        add_outline(target, [OutlineEntry("x", 99)])
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(ExportError, match="cannot add bookmarks"):
        add_outline(junk, [OutlineEntry("x", 0)])


@pytest.mark.corpus
def test_seed_page_stories_and_caption_to_pdf(seed_page: Path, tmp_path: Path):
    from reader.parse import load_issue

    issue = load_issue(seed_page)
    stories = [a for a in issue.articles if a.kind is ArticleKind.STORY][:2]
    caption = next(a for a in issue.articles if a.kind is ArticleKind.CAPTION)
    chosen = [*stories, caption]
    assert len(stories) == 2
    target = export_articles(chosen, tmp_path / "seed.pdf", issue=issue)
    body = pdf_body_text(target)
    for article in chosen:
        _assert_in_order(body, story_fields(article))
    _assert_in_order(body, [f for a in chosen for f in story_fields(a)])
    assert all(embedded == "yes" for _n, _t, embedded in pdf_fonts(target))
    assert [t for t, _p in _bookmarks(target)] == [a.display_title for a in chosen]


def test_export_does_not_lower_none_refcount(sample_issue: Issue, tmp_path: Path):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call; export pins None."""
    gc.collect()
    before = sys.getrefcount(None)
    options = ExportOptions(contents=True, one_per_page=True)
    for n in range(5):
        export_articles(sample_issue, tmp_path / f"out{n}.pdf", options)
    gc.collect()
    # Unpinned on 6.12, these exports take about 500 references; pytest moves a few dozen.
    assert sys.getrefcount(None) >= before - 60


def _sample_items(count: int) -> list[ExportItem]:
    """The bundled sample issues' articles, cycled to ``count`` stories with distinct ids."""
    from dataclasses import replace

    from reader.parse import load_issue

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    pool = [
        ExportItem(a, issue)
        for issue in (load_issue(sample / "zh-daily"), load_issue(sample / "en-gazette"))
        for a in issue.articles
    ]
    return [
        ExportItem(replace(pool[n % len(pool)].article, id=f"s{n}"), pool[n % len(pool)].issue)
        for n in range(count)
    ]


def test_many_stories_no_line_twice_headings_kept_with_text(tmp_path: Path):
    """Across many page breaks: every story whole and in order (a line painted on two pages
    breaks the order), bookmarks and contents agree, no headline is left alone at a page foot."""
    items = _sample_items(70)
    target = export_articles(items, tmp_path / "many.pdf", ExportOptions(contents=True))
    pages = pdf_pages_text(target)
    marks = _bookmarks(target)
    assert [t for t, _p in marks] == [i.article.display_title for i in items]
    first_story_page = marks[0][1]
    contents = squash("".join(pages[:first_story_page]))
    bodies = [
        "\n".join([line for line in page.splitlines() if line.strip()][2:-1]) for page in pages
    ]

    def flat(text: str) -> str:
        # pdftotext drops a hyphen that ends a line ("to-" "night" → "tonight").
        return squash(text).replace("-", "")

    stories = flat("\n".join(bodies[first_story_page:]))
    pos = 0
    for item, (title, page) in zip(items, marks, strict=True):
        assert flat(title) + str(page + 1) in flat(contents), title
        assert flat(title)[:8] in flat(bodies[page]), (title, page)
        if item.article.paragraphs:
            assert flat(item.article.paragraphs[0])[:8] in flat(bodies[page]), (title, page)
        for field in story_fields(item.article):
            found = stories.find(flat(field), pos)
            assert found >= 0, (item.article.id, field[:40])
            pos = found + len(flat(field))


def test_running_header_names_the_paper_at_the_top_of_each_page(tmp_path: Path):
    long_story = Article(
        id="a", kind=ArticleKind.STORY, headline="长篇报道", paragraphs=("科技工作会议。" * 60,) * 6
    )
    short_story = Article(id="b", kind=ArticleKind.BRIEF, headline="Short", paragraphs=("One.",))
    chinese = Issue(newspaper="人民日报", date="2024-01-14")
    english = Issue(newspaper="The Daily", date="1999-12-31")
    target = export_articles(
        [ExportItem(long_story, chinese), ExportItem(short_story, english)], tmp_path / "h.pdf"
    )
    pages = pdf_pages_text(target)
    marks = _bookmarks(target)
    assert marks[1][1] == len(pages) - 1 > 0  # the brief starts on the last page, below the end
    headers = [next(line for line in page.splitlines() if line.strip()) for page in pages]
    assert headers == ["人民日报 · 2024-01-14"] * len(pages)


def test_pdf_without_a_gui_application_fails_cleanly(tmp_path: Path):
    """A process with only a QCoreApplication gets an ExportError, not a crash or a file."""
    target = tmp_path / "core.pdf"
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from reader.errors import ExportError\n"
        "from reader.export import export_articles\n"
        "from reader.model import Article, ArticleKind\n"
        "a = Article(id='a', kind=ArticleKind.STORY, headline='标题', paragraphs=('正文',))\n"
        "try:\n"
        f"    export_articles([a], {str(target)!r})\n"
        "except ExportError as err:\n"
        "    print(err)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "needs a running QGuiApplication" in done.stdout
    assert not target.exists()


def _pdf_image_rows(path: Path) -> list[list[str]]:
    out = subprocess.run(
        [need_tool("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _pdf_images(path: Path) -> list[tuple[int, int]]:
    """(width, height) of every picture in the PDF, as ``pdfimages -list`` reports them."""
    return [(int(row[3]), int(row[4])) for row in _pdf_image_rows(path)]


def _pdf_image_pages(path: Path) -> list[int]:
    """The page each picture of the PDF is drawn on, as ``pdfimages -list`` reports them."""
    return [int(row[0]) for row in _pdf_image_rows(path)]


def _pdf_images_drawn(path: Path) -> list[tuple[float, float]]:
    """(width, height) in inches at which every picture of the PDF is drawn on its page."""
    return [
        (int(row[3]) / int(row[12]), int(row[4]) / int(row[13])) for row in _pdf_image_rows(path)
    ]


#: A4's text block in inches (210 × 297 mm less the 18 mm margins).
A4_BODY = ((210 - 36) / 25.4, (297 - 36) / 25.4)


@pytest.mark.parametrize(
    ("zones", "crop"),
    [
        # a story in two blocks, 400 × 600 zone pixels: 800 × 1200 scan pixels and a margin
        ((Zone(1, 100, 150, 400, 300), Zone(1, 100, 450, 400, 300)), ((800, 900), (1200, 1300))),
        # a story down one narrow column, as on a real front page (1 : 2.6)
        ((Zone(1, 100, 100, 200, 520),), ((400, 500), (1040, 1140))),
    ],
    ids=["two-blocks", "one-column"],
)
def test_pdf_page_crop_of_the_storys_zones(
    tmp_path: Path,
    zones: tuple[Zone, ...],
    crop: tuple[tuple[int, int], tuple[int, int]],
):
    from PIL import Image, ImageDraw

    scan = tmp_path / "page.png"
    picture = Image.new("L", (2000, 2800), 255)
    ImageDraw.Draw(picture).rectangle((200, 300, 999, 1499), fill=0)
    picture.save(scan)
    placed = Article(
        id="p1-placed",
        kind=ArticleKind.STORY,
        headline="Placed on the page",
        paragraphs=("It has zones.",),
        zones=zones,
    )
    loose = Article(id="p1-loose", kind=ArticleKind.STORY, headline="Nowhere", paragraphs=("No.",))
    page = Page(number=1, articles=(placed, loose), image=str(scan), image_size=(1000, 1400))
    issue = Issue(newspaper="Gazette", date="1920-11-15", pages=(page,), source=str(scan))
    items = [ExportItem(placed, issue), ExportItem(loose, issue)]

    plain = tmp_path / "plain.pdf"
    export_articles(items, plain, ExportOptions())
    assert _pdf_images(plain) == []

    cropped = tmp_path / "cropped.pdf"
    export_articles(items, cropped, ExportOptions(page_crops=True))
    images = _pdf_images(cropped)
    # The placed story's zones (scan pixels plus a margin), cut across into slices when taller
    # than a page; none for the story without zones. The text is all still there, with its
    # page cited.
    ((low_w, high_w), (low_h, high_h)) = crop
    width = images[0][0]
    height = sum(h for _w, h in images)
    assert all(w == width for w, _h in images)
    assert low_w <= width <= high_w and low_h <= height <= high_h
    text = squash(pdf_body_text(cropped))
    assert squash("Placed on the page") in text and squash("Gazette · 1920-11-15") in text
    # Drawn as wide as the text, or at 100 scan pixels an inch when that is narrower, at one
    # scale (the aspect kept), each slice within a page (drawn in the PDF's device pixels, the
    # picture ran 6× too large, off the page, and left blank pages after it).
    drawn = _pdf_images_drawn(cropped)
    assert len(drawn) == len(images) == len(set(_pdf_image_pages(cropped)))
    for (drawn_w, drawn_h), (w, h) in zip(drawn, images, strict=True):
        assert abs(drawn_w - min(A4_BODY[0], width / 100)) < 0.05
        assert drawn_h <= A4_BODY[1] and abs(drawn_w / drawn_h - w / h) < 0.02
    # (the first slice on the stories' page when it fits there, each other on a page of its own)
    pages = _pdf_image_pages(cropped)
    assert pages == list(range(pages[0], pages[0] + len(images)))
    assert int(_pdfinfo(cropped)["Pages"]) == pages[-1]


def test_a_tall_narrow_page_crop_is_drawn_readable_and_split_over_pages(tmp_path: Path):
    """walk27: a crop was sized by its aspect to about half a page high, so a story down one
    narrow column (1 : 8) came out 0.7 in wide in the PDF, its print unreadable. Now it is
    drawn at 100 scan pixels an inch (as wide as the text at most), cut into slices a page
    each, and the slices together are the whole crop (read back with ``pdftoppm``)."""
    from PIL import Image, ImageDraw

    scan = tmp_path / "page.png"
    picture = Image.new("L", (2000, 4000), 255)
    draw = ImageDraw.Draw(picture)
    for top in range(400, 3600, 40):  # a column of "lines", 400 × 3200 scan pixels
        draw.rectangle((200, top, 599, top + 19), fill=0)
    picture.save(scan)
    story = Article(
        id="p1-column",
        kind=ArticleKind.STORY,
        headline="Down one column",
        paragraphs=("It runs the page's height.",),
        zones=(Zone(1, 100, 200, 200, 1600),),
    )
    page = Page(number=1, articles=(story,), image=str(scan), image_size=(1000, 2000))
    issue = Issue(newspaper="Gazette", date="1916-02-01", pages=(page,), source=str(scan))
    target = tmp_path / "column.pdf"
    export_articles([ExportItem(story, issue)], target, ExportOptions(page_crops=True))
    images = _pdf_images(target)
    drawn = _pdf_images_drawn(target)
    assert len(images) >= 4  # (~34 in high: four or five pages of ~9.6 in)
    width = images[0][0]
    assert 400 <= width <= 500 and 3200 <= sum(h for _w, h in images) <= 3300
    for (drawn_w, drawn_h), (w, h) in zip(drawn, images, strict=True):
        assert abs(drawn_w - w / 100) < 0.05 and drawn_w >= 4.0  # (was 0.7 in)
        assert drawn_h <= 0.95 * A4_BODY[1] and abs(drawn_w / drawn_h - w / h) < 0.02
    # One slice a page, and every slice painted there: the column's dark lines cover each of
    # those pages (rendered back at 20 dpi).
    pages = _pdf_image_pages(target)
    assert pages == list(range(pages[0], pages[0] + len(images)))
    assert int(_pdfinfo(target)["Pages"]) == pages[-1]
    subprocess.run(
        [need_tool("pdftoppm"), "-r", "20", "-gray", str(target), str(tmp_path / "p")], check=True
    )
    for number in pages:
        with Image.open(next(tmp_path.glob(f"p-*{number}.pgm"))) as rendered:
            dark = sum(rendered.convert("L").histogram()[:128])
            assert dark > 0.04 * rendered.width * rendered.height, number


def test_pdf_page_crop_of_an_unreadable_scan_is_left_out(tmp_path: Path):

    scan = tmp_path / "page.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 broken" * 10)
    story = Article(
        id="p1-a",
        kind=ArticleKind.STORY,
        headline="Still exported",
        paragraphs=("Text.",),
        zones=(Zone(1, 0, 0, 10, 10),),
    )
    issue = Issue(pages=(Page(number=1, articles=(story,), image=str(scan), image_size=(10, 10)),))
    target = tmp_path / "out.pdf"
    export_articles([ExportItem(story, issue)], target, ExportOptions(page_crops=True))
    assert _pdf_images(target) == [] and "Stillexported" in squash(pdf_body_text(target))


def _typeset(tmp_path: Path, paragraphs: tuple[str, ...], name: str) -> list[PdfLine]:
    """The lines of the body paragraphs of a one-story PDF, each paragraph opening with its
    marker ("甲" "乙" "丙", or "Alpha" …), grouped by paragraph."""
    article = Article(id="p1-a", kind=ArticleKind.STORY, headline="新桥通车", paragraphs=paragraphs)
    issue = Issue(newspaper="晨报", date="2025-03-18", pages=(Page(number=1, articles=(article,)),))
    target = export_articles(issue, tmp_path / name, ExportOptions())
    return pdf_lines(target)


def _paragraph_lines(lines: list[PdfLine], markers: list[str]) -> list[list[PdfLine]]:
    starts = [next(i for i, line in enumerate(lines) if line.text.startswith(m)) for m in markers]
    ends = [*starts[1:], next(i for i, line in enumerate(lines) if "晨报," in line.text)]
    return [lines[s:e] for s, e in zip(starts, ends, strict=True)]


@pytest.mark.parametrize(
    ("markers", "text", "indent_ems", "pitch"),
    [
        (
            ["甲", "乙", "丙"],
            "市民们一早便在桥头排队等候通行，秩序井然，气氛热烈，交警在路口疏导车流。",
            2.0,
            (1.6, 1.8),
        ),
        (
            ["Alpha", "Beta"],
            " the council met on Tuesday evening and heard reports from every ward of the city.",
            0.0,
            (1.2, 1.5),
        ),
    ],
    ids=["zh", "en"],
)
def test_paragraphs_are_indented_justified_and_leaded_for_their_language(
    tmp_path: Path,
    markers: list[str],
    text: str,
    indent_ems: float,
    pitch: tuple[float, float],
):
    """Chinese: the two-character first-line indent and 1.6-1.8 × the type size from line to
    line; Latin text: no indent, 1.2-1.5. Both justified."""
    size = ExportOptions().font_size
    lines = _typeset(tmp_path, tuple(m + text * 4 for m in markers), "out.pdf")
    paragraphs = _paragraph_lines(lines, markers)
    left = min(line.x_min for p in paragraphs for line in p)
    right = max(line.x_max for p in paragraphs for line in p)
    for paragraph in paragraphs:
        first, *rest = paragraph
        assert len(rest) >= 2
        assert abs(first.x_min - left - indent_ems * size) < 1.5, first
        assert all(abs(line.x_min - left) < 0.5 for line in rest)
        # Justified: every line but the last reaches the right margin.
        assert all(right - line.x_max < 3 for line in paragraph[:-1])
        for upper, lower in itertools.pairwise(paragraph):
            assert pitch[0] * size <= lower.y_min - upper.y_min <= pitch[1] * size


def test_a_chinese_pdf_has_no_english_labels(tmp_path: Path):
    caption = Article(id="p1-c", kind=ArticleKind.CAPTION, paragraphs=("市长为新桥剪彩。",))
    story = Article(id="p1-a", kind=ArticleKind.STORY, headline="新桥通车", paragraphs=("通车。",))
    issue = Issue(pages=(Page(number=1, articles=(story, caption)),))
    target = export_articles(issue, tmp_path / "zh.pdf", ExportOptions(contents=True))
    text = "\n".join(pdf_pages_text(target))
    assert "目录" in text and "无标题，标题取自正文" in text and "日期不详" in text
    assert "2 篇" in text and "第1版" in text
    english = re.findall(r"[A-Za-z]{3,}", text)
    assert set(english) <= {"Broadsheet"}, english


def test_no_pdf_page_holds_only_the_contents_heading(tmp_path: Path):
    """Around the count where the contents list runs onto a second page."""
    for count in (31, 32, 33):
        target = export_articles(
            _sample_items(count), tmp_path / f"c{count}.pdf", ExportOptions(contents=True)
        )
        for page in pdf_pages_text(target):
            body = [line for line in page.splitlines() if line.strip()][2:-1]
            assert (body and any(ch.isdigit() for ch in "".join(body[-1:]))) or len(body) > 2, (
                count,
                body,
            )


def test_a_traditional_document_is_set_in_a_traditional_face(sample_issue: Issue, tmp_path: Path):
    from PySide6.QtGui import QFontDatabase

    from reader.export.pdf import TRADITIONAL_FAMILIES
    from reader.model import Article, ArticleKind, Page

    if not set(TRADITIONAL_FAMILIES) & set(QFontDatabase.families()):
        pytest.skip("no Traditional Chinese face installed (apt install fonts-noto-cjk)")
    story = Article(
        id="p1-a",
        kind=ArticleKind.STORY,
        headline="颱風逼近東部沿海",
        paragraphs=("花蓮縣政府宣布，明日停止上班上課，這是今年第一個颱風。",),
    )
    issue = Issue(newspaper="臺灣晨報", date=None, pages=(Page(number=1, articles=(story,)),))
    target = export_articles(issue, tmp_path / "tw.pdf")
    names = [name for name, _type, _emb in pdf_fonts(target)]
    # Its full-width punctuation centred, as Taiwan prints it, not the mainland face's.
    assert names and all(re.search(r"(TC|tc|HK|hk|TW)\b|Ming", n) for n in names), names
    assert "日期不詳" in pdf_pages_text(target)[0]  # its citation, in its own script
    simplified = [
        name for name, _type, _emb in pdf_fonts(export_articles(sample_issue, tmp_path / "cn.pdf"))
    ]
    assert not any(re.search(r"(TC|tc)\b", n) for n in simplified), simplified
