"""The PDF text layer: radical code points mended in place; a real export copies as it reads."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest
from export_helpers import pdf_body_text, squash

from reader.export import ExportItem, ExportOptions
from reader.export.pdf import QtFontCoverage, export_pdf
from reader.export.pdf_text_layer import (
    _mend_cmap,
    is_radical,
    mend_text_layer,
    radical_replacements,
)

#: A font that draws 人/⼈ and 日/⽇/⺜ (U+2E9C is a supplement radical) with shared glyphs.
_GLYPHS = {"人": 7, "⼈": 7, "日": 9, "⽇": 9, "⺜": 9, "大": 11, "⼤": 11, "天": 12}


def _keys(char: str) -> set[tuple[str, int]]:
    glyph = _GLYPHS.get(char)
    return {("Test Serif", glyph)} if glyph else set()


def test_radical_blocks() -> None:
    assert is_radical("⼈") and is_radical("⺜")
    assert not is_radical("人") and not is_radical("—")


def test_replacements_come_from_the_documents_own_characters() -> None:
    found = radical_replacements("人日天", _keys)
    assert found == {"⼈": "人", "⽇": "日", "⺜": "日"}
    # 大 is not in the document: nothing claims ⼤.
    assert "⼤" not in found


def test_a_radical_the_document_holds_is_left_alone() -> None:
    assert "⼈" not in radical_replacements("人⼈", _keys)


def test_kangxi_radicals_fold_by_nfkc_without_font_evidence() -> None:
    assert radical_replacements("月", lambda _c: set()) == {"⽉": "月"}


CMAP = (
    b"/CIDInit /ProcSet findresource begin\n"
    b"2 beginbfchar\n<2F08> <2F08>\n<0003> <2F47>\nendbfchar\n"
    b"3 beginbfrange\n<0001> <0002> [<4E01> <2F08>]\n<0004> <0004> <2F47>\n"
    b"<0005> <0007> <2F00>\nendbfrange\nendcmap\n"
)


def test_cmap_destinations_swapped_sources_and_ranges_kept() -> None:
    codes = {0x2F08: 0x4EBA, 0x2F47: 0x65E5, 0x2F00: 0x4E00}
    mended, swapped = _mend_cmap(CMAP, codes)
    assert len(mended) == len(CMAP)
    assert swapped == 4
    # The source <2F08> (a glyph id) stays; its destination is mended.
    assert b"<2F08> <4EBA>\n<0003> <65E5>" in mended
    assert b"[<4E01> <4EBA>]" in mended
    assert b"<0004> <0004> <65E5>" in mended
    # A range counting up from <2F00> stands for three glyphs: not a single entry to swap.
    assert b"<0005> <0007> <2F00>" in mended


def _pdf(cmap: bytes, *, filtered: bool = False) -> bytes:
    extra = b" /Filter /FlateDecode" if filtered else b""
    return (
        b"%%PDF-1.4\n1 0 obj\n<< /Type /Font /ToUnicode 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Length %d%s >>\nstream\n%s\nendstream\nendobj\n%%%%EOF\n"
        % (len(cmap), extra, cmap)
    )


def test_file_mended_in_place_without_moving_anything(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    original = _pdf(CMAP)
    path.write_bytes(original)
    assert mend_text_layer(path, "人日一", _keys) == 4
    mended = path.read_bytes()
    assert len(mended) == len(original)
    assert b"<0003> <65E5>" in mended
    assert mended.index(b"2 0 obj") == original.index(b"2 0 obj")


def test_compressed_maps_and_documents_without_radicals_are_untouched(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(_pdf(CMAP, filtered=True))
    assert mend_text_layer(path, "人日", _keys) == 0
    assert path.read_bytes() == _pdf(CMAP, filtered=True)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_pdf(CMAP))
    assert mend_text_layer(plain, "abc", lambda _c: set()) == 0


NOTO = "Noto Serif CJK SC"


@pytest.mark.usefixtures("qapp")
def test_noto_export_copies_as_it_reads(tmp_path: Path, sample_issue) -> None:
    """Noto CJK shares glyphs between 人 and ⼈, localises digits and joins "——": the PDF's text
    must still be the story's own characters."""
    coverage = QtFontCoverage()
    if NOTO not in coverage.candidates():
        message = f"{NOTO} is not installed (Debian: fonts-noto-cjk; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    class OnlyNoto:
        def candidates(self) -> list[str]:
            return [NOTO]

        def missing(self, family: str, chars: Iterable[str]) -> set[str]:
            return coverage.missing(family, chars)

    article = sample_issue.articles[0]
    story = replace(
        article,
        headline="人民日报 2035 年——大计",
        paragraphs=("一个人的日月工作，大人物。", "Filing 10 fine files in 1916."),
    )
    target = tmp_path / "noto.pdf"
    export_pdf([ExportItem(story, sample_issue)], target, ExportOptions(), coverage=OnlyNoto())
    text = squash(pdf_body_text(target))
    assert not [c for c in text if is_radical(c)], text
    expected_texts = (
        "人民日报2035年——大计",
        "一个人的日月工作，大人物。",
        "Filing10finefilesin1916.",
    )
    for expected in expected_texts:
        assert expected in text, (expected, text)
