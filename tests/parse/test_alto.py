"""ALTO pages: words, hyphenation, units, styles and confidences into the one parsing path."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest

from reader.parse import load_issue
from reader.parse.audit import page_characters, visible_characters
from reader.parse.formats.alto import alto_layout
from reader.parse.formats.xml import parse_xml
from reader.store.codec import dump_issue, load_issue_json
from tests.conftest import corpus_file

TRIBUNE = "alto/chronam-nytribune-1903-05-01-p1.alto.xml"
NS = {
    "v2": "http://www.loc.gov/standards/alto/ns-v2#",
    "v4": "http://www.loc.gov/standards/alto/ns-v4#",
    "ccs": "http://schema.ccs-gmbh.com/ALTO",
    "none": None,
}


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def line(y: int, words: list[str], style: str = "BODY", wc: str = "0.95") -> str:
    strings = []
    x = 100
    for word in words:
        strings.append(
            f'<String HPOS="{x}" VPOS="{y}" WIDTH="{40 * len(word)}" HEIGHT="40" '
            f'CONTENT="{word}" WC="{wc}" STYLEREFS="{style}"/>'
        )
        x += 40 * len(word) + 20
    return (
        f'<TextLine HPOS="100" VPOS="{y}" WIDTH="{x - 100}" HEIGHT="40">'
        + "<SP/>".join(strings)
        + "</TextLine>"
    )


def alto(body: str, unit: str = "pixel", ns: str | None = NS["v2"], image: str = "") -> bytes:
    xmlns = f' xmlns="{ns}"' if ns else ""
    source = f"<sourceImageInformation><fileName>{image}</fileName></sourceImageInformation>"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<alto{xmlns}><Description>'
        f"<MeasurementUnit>{unit}</MeasurementUnit>{source if image else ''}</Description>"
        '<Styles><TextStyle ID="BODY" FONTSIZE="9"/><TextStyle ID="BIG" FONTSIZE="24" '
        'FONTSTYLE="bold"/></Styles><Layout><Page ID="P1" WIDTH="4000" HEIGHT="6000">'
        f"<PrintSpace>{body}</PrintSpace></Page></Layout></alto>"
    ).encode()


def block(ident: str, *lines: str) -> str:
    return f'<TextBlock ID="{ident}">' + "".join(lines) + "</TextBlock>"


@pytest.mark.parametrize("ns", list(NS))
def test_every_alto_namespace_reads(tmp_path: Path, ns: str) -> None:
    path = tmp_path / "page.xml"
    path.write_bytes(alto(block("b1", line(100, ["Rain", "fell", "all", "day."])), ns=NS[ns]))
    assert load_issue(path).articles[0].paragraphs == ("Rain fell all day.",)


def test_hyphenated_word_is_one_word(tmp_path: Path) -> None:
    body = block(
        "b1",
        '<TextLine HPOS="0" VPOS="0" WIDTH="900" HEIGHT="40"><String CONTENT="The" '
        'HPOS="0" VPOS="0" WIDTH="90" HEIGHT="40"/><SP/><String CONTENT="Har" '
        'SUBS_TYPE="HypPart1" SUBS_CONTENT="Harbor" HPOS="100" VPOS="0" WIDTH="90" '
        'HEIGHT="40"/><HYP CONTENT="-"/></TextLine>',
        '<TextLine HPOS="0" VPOS="50" WIDTH="900" HEIGHT="40"><String CONTENT="bor" '
        'SUBS_TYPE="HypPart2" SUBS_CONTENT="Harbor" HPOS="0" VPOS="50" WIDTH="90" '
        'HEIGHT="40"/><SP/><String CONTENT="froze." HPOS="100" VPOS="50" WIDTH="90" '
        'HEIGHT="40"/></TextLine>',
        # A plain HYP without SUBS_CONTENT is an end-of-line hyphen the text path rejoins.
        '<TextLine HPOS="0" VPOS="100" WIDTH="900" HEIGHT="40"><String CONTENT="Ships" '
        'HPOS="0" VPOS="100" WIDTH="90" HEIGHT="40"/><SP/><String CONTENT="wait" '
        'HPOS="100" VPOS="100" WIDTH="90" HEIGHT="40"/><HYP CONTENT="-"/></TextLine>',
        '<TextLine HPOS="0" VPOS="150" WIDTH="900" HEIGHT="40"><String CONTENT="ed." '
        'HPOS="0" VPOS="150" WIDTH="90" HEIGHT="40"/></TextLine>',
    )
    path = tmp_path / "page.alto.xml"
    path.write_bytes(alto(body))
    page = load_issue(path).pages[0]
    assert " ".join(page.articles[0].paragraphs) == "The Harbor froze. Ships waited."
    assert page.removed_hyphens == 1


@pytest.mark.parametrize(
    ("unit", "scale"), [("pixel", 1.0), ("inch1200", 0.25), ("mm10", 300 / 254)]
)
def test_units_become_image_pixels_without_an_image(
    tmp_path: Path, unit: str, scale: float
) -> None:
    path = tmp_path / "page.alto.xml"
    path.write_bytes(alto(block("b1", line(1000, ["Rain", "fell."])), unit=unit))
    page = load_issue(path).pages[0]
    assert page.image is None
    assert page.image_size == (round(4000 * scale), round(6000 * scale))
    zone = page.articles[0].zones[0]
    assert (zone.x, zone.y) == (round(100 * scale), round(1000 * scale))


def test_the_image_beside_sets_the_scale(tmp_path: Path) -> None:
    """inch1200 on a 500-pixel-wide scan: ×1/8, from the picture ALTO names."""
    (tmp_path / "0002.png").write_bytes(png(500, 750))
    path = tmp_path / "page.alto.xml"
    path.write_bytes(
        alto(
            block("b1", line(1600, ["Rain", "fell."])), unit="inch1200", image="C:\\scans\\0002.tif"
        )
    )
    page = load_issue(path).pages[0]
    assert page.image == str(tmp_path / "0002.png")
    assert page.image_size == (500, 750)
    assert (page.articles[0].zones[0].x, page.articles[0].zones[0].y) == (12, 200)


def test_large_type_makes_a_headline_that_words_alone_would_not(tmp_path: Path) -> None:
    words = ["the", "mill", "burned", "down", "at", "night"]
    body_lines = [
        line(300 + 50 * i, ["Firemen", "worked", "for", "hours", "to", "save", "it."])
        for i in range(6)
    ]
    big = tmp_path / "big.alto.xml"
    big.write_bytes(alto(block("b1", line(100, words, style="BIG"), *body_lines)))
    plain = tmp_path / "plain.alto.xml"
    plain.write_bytes(alto(block("b1", line(100, words), *body_lines)))
    assert load_issue(big).articles[0].headline == "the mill burned down at night"
    assert load_issue(plain).articles[0].headline is None


def test_low_confidence_words_are_spans_of_the_text(tmp_path: Path) -> None:
    body = block(
        "b1", line(100, ["Rain"]) + line(150, ["fell"], wc="0.2") + line(200, ["all", "day."])
    )
    path = tmp_path / "page.alto.xml"
    path.write_bytes(alto(body))
    article = load_issue(path).articles[0]
    assert article.paragraphs == ("Rain fell all day.",)
    [span] = article.low_confidence
    assert (span.part, span.index, span.start, span.end, span.confidence) == (
        "paragraph",
        0,
        5,
        9,
        20,
    )


def test_tribune_alto_loses_no_word() -> None:
    path = corpus_file(TRIBUNE)
    layout = alto_layout(parse_xml(path.read_bytes(), path), path)
    source = visible_characters("\n".join(ln.text for b in layout.blocks for ln in b.lines))
    page = load_issue(path).pages[0]
    parsed = page_characters(page)
    parsed["-"] += page.removed_hyphens
    assert source - parsed == Counter()
    assert parsed - source == Counter()
    assert len(page.articles) >= 15
    assert page.image_size == (4890, 6674)  # inch1200 at 300 dpi: no picture beside it


def test_tribune_headlines_come_from_geometry_and_words() -> None:
    heads = {a.headline for a in load_issue(corpus_file(TRIBUNE)).articles}
    for expected in ("RUSSIA IN TO STAY.", "FOREST FIRES RAGING.", "DEDICATION A SUCCESS."):
        assert expected in heads


def test_evening_star_1920_swapped_block_sizes_are_survived() -> None:
    """Every TextBlock has WIDTH and HEIGHT swapped: zones come from line boxes, on the page."""
    path = corpus_file("alto/chronam-eveningstar-1920-11-15-p1.alto.xml")
    page = load_issue(path).pages[0]
    width, height = page.image_size or (0, 0)
    assert page.articles
    for article in page.articles:
        for zone in article.zones:
            assert zone.x >= 0 and zone.x + zone.width <= width
            assert zone.y >= 0 and zone.y + zone.height <= height


def test_zones_and_confidences_round_trip_through_the_store_codec() -> None:
    issue = load_issue(corpus_file(TRIBUNE))
    again = load_issue_json(dump_issue(issue))
    assert again == issue
    assert any(a.zones and a.low_confidence for a in again.articles)


def test_json_output_carries_zones_and_image(tmp_path: Path) -> None:
    path = corpus_file("hocr/chronam-eveningstar-1920-11-15-p1.tesseract.hocr")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    page = json.loads(proc.stdout)["pages"][0]
    assert page["image_size"] == [2863, 3736]
    article = next(a for a in page["articles"] if a.get("low_confidence"))
    assert article["zones"][0]["page"] == 1 and len(article["zones"][0]["box"]) == 4
    assert set(article["low_confidence"][0]) == {"part", "index", "span", "confidence"}


def test_parse_command_opens_alto(tmp_path: Path) -> None:
    path = corpus_file(TRIBUNE)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", "-f", "markdown", str(path)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "FOREST FIRES RAGING." in proc.stdout


def test_ligatures_and_full_width_letters_read_as_the_text_path_reads_them(
    tmp_path: Path,
) -> None:
    # A scanned page's ALTO can carry the typeface's ligature glyphs (the 1898 National
    # Tribune's has ``ﬁnished`` and ``whﬂz``): they read, search and highlight as letters.
    body = block(
        "b1",
        line(100, ["The", "\ufb01eld", "was"])
        + line(150, ["\ufb02ooded", "by"], wc="0.2")
        + line(200, ["ＡＢＣ", "rain."]),
    )
    path = tmp_path / "page.alto.xml"
    path.write_bytes(alto(body))
    article = load_issue(path).articles[0]
    assert article.paragraphs == ("The field was flooded by ABC rain.",)
    # The doubtful words are still spans of the text the reader sees.
    [span] = article.low_confidence
    assert article.paragraphs[0][span.start : span.end] == "flooded by"


def test_real_alto_ligatures_become_letters_and_no_character_is_lost() -> None:
    path = corpus_file("alto/nationaltribune-1898-11-10-crop-gray.alto.xml")
    assert "\ufb01" in path.read_text(encoding="utf-8")
    layout = alto_layout(parse_xml(path.read_bytes(), path), path)
    source = visible_characters("\n".join(ln.text for b in layout.blocks for ln in b.lines))
    page = load_issue(path).pages[0]
    parsed = page_characters(page)
    parsed["-"] += page.removed_hyphens
    assert not set(parsed) & {chr(c) for c in range(0xFB00, 0xFB07)}
    assert "finished" in " ".join(" ".join(a.paragraphs) for a in page.articles)
    assert source - parsed == Counter()
    assert parsed - source == Counter()
