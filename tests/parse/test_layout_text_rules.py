"""A page's columns set side by side by a PDF's text export (the lead's round 47, from
own-en-ws-layout, annotated blind, and from real ``pdftotext -layout`` output of a PDF drawn
here): each region of two columns is read left column first, then right, every character and
line number kept; a table's or an index's short cells, a running head and centred lines are no
region; Latin ligatures (ﬁ) are their letters; a head wrapped on a small word may end on a
proper name alone over its byline. The snippets are our own wording."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from reader.parse import parse_page_text
from reader.parse.glued import layout_columns
from reader.text.cjk import normalise_width

LEFT = (
    "By Tom Oduya",
    "Ferry fares across the bay will rise",
    "by a fifth in February, the island's",
    "transport board said on Monday after",
    "a rise in the price of fuel.",
)
RIGHT = (
    "Clinic opens night shift",
    "By Alice Mwale",
    "The Harbour Street clinic will open",
    "a night shift for shift workers from",
)


def _side_by_side(left: tuple[str, ...], right: tuple[str, ...], at: int = 42) -> str:
    rows = []
    for index in range(max(len(left), len(right))):
        a = left[index] if index < len(left) else ""
        b = right[index] if index < len(right) else ""
        rows.append((a.ljust(at) + b).rstrip())
    return "\n".join(rows)


def test_two_columns_side_by_side_are_read_left_then_right() -> None:
    text = "THE HARBOUR TIMES\n\n" + _side_by_side(LEFT, RIGHT) + "\n"
    lines = layout_columns(text)
    assert lines is not None
    texts = [line for _number, line in lines if line]
    assert texts == ["THE HARBOUR TIMES", *LEFT, *RIGHT]
    # (each line keeps its source line's number; the right column's first is line 3 again)
    assert [number for number, line in lines if line == RIGHT[0]] == [3]
    # (every character stays)
    assert Counter(text.replace(" ", "").replace("\n", "")) == Counter(
        "".join(line for _number, line in lines).replace(" ", "")
    )


def test_no_region_where_no_two_columns_of_text_stand_side_by_side() -> None:
    assert layout_columns("Ferry fares to rise\nBy Tom Oduya\nFerry fares across the bay\n") is None
    # (an index's short cells)
    index = "\n".join(f"{name:<12}{page}" for name, page in (("Arts", "B6"), ("Sport", "C1"))) * 3
    assert layout_columns(index) is None
    # (a running head alone, and centred lines)
    assert layout_columns("THE RIVERTON GAZETTE      TUESDAY, JANUARY 14      PAGE 1\n") is None
    assert layout_columns("          THE HARBOUR TIMES\n     Tuesday, December 8, 2026\n") is None
    # (two rows only hold both columns)
    assert layout_columns(_side_by_side(LEFT[:2], RIGHT[:2])) is None


def test_latin_ligatures_are_their_letters() -> None:
    assert normalise_width("a ﬁfth of the ﬂeet, ﬀ ﬃ ﬄ") == "a fifth of the fleet, ff ffi ffl"


def test_a_head_wrapped_on_a_small_word_over_a_proper_name_and_its_byline() -> None:
    page = parse_page_text(
        "THE APIA OBSERVER\nThursday, December 10, 2026\n\n"
        "Ferry wharf upgrade to open in\nApia\nBy Pita Ioane\n"
        "Work on a new passenger terminal at\nthe wharf will start in March and\n"
        "take eighteen months, the authority said.\n"
    )
    [story] = page.articles
    assert story.headline == "Ferry wharf upgrade to open in Apia"
    assert story.byline == "By Pita Ioane"


#: Stories of our own wording: (head, byline, paragraphs).
STORIES = (
    (
        "Ferry fares to rise by a fifth from February",
        "By Tom Oduya",
        (
            "Ferry fares across the bay will rise by a fifth in February, the island's "
            "transport board said on Monday after a rise in the price of fuel.",
            "Passengers' groups said they would ask the board to phase the rise in over a year.",
        ),
    ),
    (
        "Clinic opens night shift for workers",
        "By Alice Mwale",
        (
            "The Harbour Street clinic will open a night shift for shift workers from January, "
            "its board said, after a year of complaints about queues.",
            "Two nurses and a doctor will work from 8 p.m. to midnight on weekdays.",
        ),
    ),
    (
        "Library to close for repairs",
        "By Sam Okafor",
        (
            "The town library will close for six weeks from January while its roof is "
            "replaced, the council said.",
            "Books can be returned to the school library in Mill Road meanwhile.",
        ),
    ),
)


def _draw_columns(path: Path, stories: tuple, banner: bool) -> None:
    """A page of our own drawn as a PDF: the nameplate and date, then one story a column (the
    first story's head across the page over its column when ``banner``)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)

    def text(x: float, y: float, width: float, words: str, size: int, bold: bool = False) -> float:
        font = QFont("DejaVu Serif", size)
        font.setBold(bold)
        painter.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = painter.boundingRect(QRectF(x, y, width, 2000), flags, words)
        painter.drawText(QRectF(x, y, width, box.height()), flags, words)
        return y + box.height() + 4

    y = text(40, 30, 515, "THE HARBOUR TIMES", 22, True)
    top = text(40, y, 515, "Tuesday, December 8, 2026", 10) + 10
    if banner:
        top = text(40, top, 515, stories[0][0], 18, True) + 6
    step = 515 / len(stories)
    for column, (head, byline, paragraphs) in enumerate(stories):
        x = 40 + column * step
        y = top if banner and column == 0 else text(x, top, step - 20, head, 12, True)
        y = text(x, y, step - 20, byline, 9, True)
        for words in paragraphs:
            y = text(x, y, step - 20, words, 9)
    painter.end()


def _laid_out(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")


@pytest.mark.parametrize(("columns", "banner"), [(2, True), (3, False)])
def test_a_real_pdftotext_layout_page_reads_as_its_stories(
    qapp, tmp_path: Path, columns: int, banner: bool
) -> None:
    pdf = tmp_path / "page.pdf"
    stories = STORIES[:columns]
    _draw_columns(pdf, stories, banner)
    laid_out = _laid_out(pdf)
    assert "By Tom Oduya" in laid_out and "   " in laid_out  # (the columns side by side)
    page = parse_page_text(normalise_width(laid_out.replace("\r\n", "\n")))
    read = {article.headline: article for article in page.articles}
    assert set(read) == {head for head, _byline, _paragraphs in stories}
    for head, byline, paragraphs in stories:
        assert read[head].byline == byline
        text = " ".join(read[head].paragraphs)
        assert all(" ".join(words.split()) in text for words in paragraphs)


def test_a_head_wrapped_after_two_small_words() -> None:
    from reader.parse.reflow import _wrapped_head_line

    assert _wrapped_head_line("Ferry fares to rise by a")
    assert _wrapped_head_line("Council votes to cut the")
    # (near-misses: too few words kept, a line closed, one in title case throughout)
    assert not _wrapped_head_line("Rise of the")
    assert not _wrapped_head_line("Fares rise. By a")
    assert not _wrapped_head_line("Ferry Fares To Rise By A")
