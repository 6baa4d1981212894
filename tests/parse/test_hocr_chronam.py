"""hOCR pages (Tesseract 4 and 5) and Chronicling America folders grouped into issues."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import InputError
from reader.parse import load_issue
from reader.parse.formats import chronam
from reader.parse.issue import load_issues
from reader.store.sources import discover_issues, issue_files, source_hash
from tests.conftest import CORPUS, corpus_file

DAY = "chronam-1916-02/19160211"


def test_tesseract4_column() -> None:
    page = load_issue(corpus_file("hocr/newspaperworks-column-crop-mono.hocr")).pages[0]
    assert page.image_size == (1261, 1744)
    # The "_" OCR read before the first word is dirt, kept in the unplaced text (version 10).
    assert page.articles[0].headline == "A FEARFUL ADVENTURE."
    assert "_" in page.unplaced
    assert all(z.x + z.width <= 1261 and z.y + z.height <= 1744 for z in page.articles[0].zones)


def test_tesseract5_page_with_its_picture_beside(tmp_path: Path) -> None:
    hocr = corpus_file("hocr/chronam-eveningstar-1920-11-15-p1.tesseract.hocr")
    image = corpus_file("images/chronam-eveningstar-1920-11-15-p1.jpg")
    # The picture is found beside the page under the name the hOCR gives it.
    (tmp_path / image.name).symlink_to(image)
    (tmp_path / hocr.name).symlink_to(hocr)
    page = load_issue(tmp_path / hocr.name).pages[0]
    assert page.image == str(tmp_path / image.name)
    assert page.image_size == (2863, 3736)
    heads = {a.headline for a in page.articles}
    assert "MOBS STOP JUBILEE." in heads
    assert sum(len(a.low_confidence) for a in page.articles) > 100


def test_a_day_folder_holds_one_issue_per_paper_and_edition() -> None:
    folder = corpus_file(f"{DAY}/sn82014682-ed-2_seq-1.txt").parent
    keys = {
        (m.group("lccn"), m.group("edition"))
        for p in folder.iterdir()
        if (m := chronam.FLAT_PAGE.match(p.name))
    }
    issues = chronam.issues_in(folder)
    assert len(issues) == len(keys) > 100
    honolulu = [i for i in issues if i.lccn == "sn82014682"]
    assert [i.edition for i in honolulu] == [1, 2]
    assert chronam.paper_name("sn82014682", folder) == "Honolulu star-bulletin"
    with pytest.raises(InputError, match=r"folder holds \d+ Chronicling America issues"):
        load_issue(folder)
    found = list(discover_issues([folder]))
    assert len(found) == len(keys)
    assert all(p.is_file() for p in found)


def test_a_page_file_opens_its_papers_issue() -> None:
    path = corpus_file(f"{DAY}/sn82014682-ed-2_seq-1.txt")
    issue = load_issue(path)
    assert (issue.newspaper, issue.date) == ("Honolulu star-bulletin", "1916-02-11")
    assert issue.articles


def test_flat_issue_groups_its_pages_and_prefers_alto(tmp_path: Path) -> None:
    day = tmp_path / "19160211"
    day.mkdir()
    for seq in (1, 2):
        (day / f"sn99999999-ed-1_seq-{seq}.txt").write_text(f"PAGE {seq} NEWS.\n\nRain fell.\n")
    (day / "sn11111111-ed-1_seq-1.txt").write_text("OTHER PAPER.\n\nSnow fell.\n")
    (tmp_path / "sn99999999.json").write_text(json.dumps({"name": "The Test gazette."}))
    issues = load_issues(day)
    assert [(i.newspaper, len(i.pages)) for i in issues] == [(None, 1), ("The Test gazette", 2)]
    first = day / "sn99999999-ed-1_seq-1.txt"
    assert issue_files(first) == [first, day / "sn99999999-ed-1_seq-2.txt"]
    before = source_hash(first)
    (day / "sn99999999-ed-1_seq-2.txt").write_text("PAGE 2 NEWS.\n\nRain fell hard.\n")
    assert source_hash(first) != before


def test_batch_layout_edition_folder_is_one_issue(tmp_path: Path) -> None:
    edition = tmp_path / "sn83045462" / "1920" / "11" / "15" / "ed-1"
    for seq in (1, 2):
        (edition / f"seq-{seq}").mkdir(parents=True)
        (edition / f"seq-{seq}" / "ocr.txt").write_text(f"PAGE {seq} NEWS.\n\nRain fell.\n")
    (tmp_path / "titles.tsv").write_text(
        "lccn\tname\tplace_of_publication\tpublisher\tstart_year\tend_year\n"
        "sn83045462\tEvening star.\tWashington, D.C.\tStar\t1854\t1972\n"
    )
    issue = load_issue(edition)
    assert (issue.newspaper, issue.date, len(issue.pages)) == ("Evening star", "1920-11-15", 2)
    assert list(discover_issues([tmp_path / "sn83045462"])) == [edition]


def test_a_batch_page_file_or_seq_folder_opens_its_editions_issue(tmp_path: Path) -> None:
    """As a flat page file opens its paper's issue, so does a batch ``seq-N/ocr.xml`` (before:
    a lone page with no paper or date) and a ``seq-N`` folder (before: its ocr.txt and ocr.xml
    read as two pages of a plain folder); a day folder of editions holds each edition's issue
    (before: "folder has no page files")."""
    day = tmp_path / "sn83045462" / "1920" / "11" / "15"
    for edition, seqs in ((1, (1, 2)), (2, (1,))):
        for seq in seqs:
            folder = day / f"ed-{edition}" / f"seq-{seq}"
            folder.mkdir(parents=True)
            (folder / "ocr.txt").write_text(f"ED {edition} PAGE {seq} NEWS.\n\nRain fell.\n")
    alto = corpus_file("alto/chronam-eveningstar-1920-11-15-p1.alto.xml").read_bytes()
    (day / "ed-1" / "seq-1" / "ocr.xml").write_bytes(alto)
    (tmp_path / "titles.tsv").write_text(
        "lccn\tname\tplace_of_publication\tpublisher\tstart_year\tend_year\n"
        "sn83045462\tEvening star.\tWashington, D.C.\tStar\t1854\t1972\n"
    )
    whole = load_issue(day / "ed-1")
    assert (whole.newspaper, whole.date, len(whole.pages)) == ("Evening star", "1920-11-15", 2)
    assert whole.pages[0].source.endswith("ocr.xml")  # the ALTO of page 1, not also its text
    for path in (day / "ed-1" / "seq-1" / "ocr.xml", day / "ed-1" / "seq-2" / "ocr.txt"):
        issue = load_issue(path)
        assert issue.source == str(day / "ed-1")
        assert [p.source for p in issue.pages] == [p.source for p in whole.pages]
        assert issue_files(path) == issue_files(day / "ed-1")
    seq = load_issue(day / "ed-1" / "seq-1")
    assert seq.source == str(day / "ed-1") and len(seq.pages) == 2
    editions = load_issues(day)
    assert [(i.source, len(i.pages)) for i in editions] == [
        (str(day / "ed-1"), 2),
        (str(day / "ed-2"), 1),
    ]
    with pytest.raises(InputError, match="2 Chronicling America issues"):
        load_issue(day)
    assert list(discover_issues([day / "ed-1" / "seq-2"])) == [day / "ed-1"]
    assert list(discover_issues([tmp_path])) == [day / "ed-1", day / "ed-2"]


def test_parse_command_prints_every_issue_of_a_day_folder(tmp_path: Path) -> None:
    day = tmp_path / "19160211"
    day.mkdir()
    for lccn in ("sn82014682", "sn83045462"):
        source = CORPUS / DAY / f"{lccn}-ed-1_seq-1.txt"
        if not source.is_file():
            pytest.skip("corpus not available")
        (day / source.name).write_bytes(source.read_bytes())
    (tmp_path / "titles.tsv").write_bytes((CORPUS / "chronam-1916-02/titles.tsv").read_bytes())
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(day)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    issues = json.loads(proc.stdout)
    assert [i["newspaper"] for i in issues] == ["Honolulu star-bulletin", "Evening star"]
    assert all(i["date"] == "1916-02-11" for i in issues)


def test_vertical_chinese_columns_read_right_to_left(tmp_path: Path) -> None:
    def column(x: int, words: str) -> str:
        return (
            f"<div class='ocr_carea' title='bbox {x} 0 {x + 40} 400'><p class='ocr_par'>"
            f"<span class='ocr_line' title='bbox {x} 0 {x + 40} 400'>"
            f"<span class='ocrx_word' title='bbox {x} 0 {x + 40} 400; x_wconf 90'>{words}</span>"
            "</span></p></div>"
        )

    path = tmp_path / "fold.hocr"
    path.write_text(
        "<html><body><div class='ocr_page' title='bbox 0 0 300 400'>"
        + column(20, "左邊的字在後面。")
        + column(200, "右邊的字先讀，")
        + "</div></body></html>",
        encoding="utf-8",
    )
    assert load_issue(path).articles[0].paragraphs[0].startswith("右邊的字先讀，")


def test_hocr_ligature_glyphs_read_as_their_letters(tmp_path: Path) -> None:
    path = tmp_path / "lig.hocr"
    path.write_text(
        "<html><body><div class='ocr_page' title='bbox 0 0 900 100'><p class='ocr_par'>"
        "<span class='ocr_line' title='bbox 0 0 900 40'>"
        "<span class='ocrx_word' title='bbox 0 0 200 40; x_wconf 90'>The</span> "
        "<span class='ocrx_word' title='bbox 210 0 400 40; x_wconf 90'>\ufb01re</span> "
        "<span class='ocrx_word' title='bbox 410 0 600 40; x_wconf 90'>spread.</span>"
        "</span></p></div></body></html>",
        encoding="utf-8",
    )
    assert load_issue(path).articles[0].paragraphs == ("The fire spread.",)
