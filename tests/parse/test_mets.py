"""METS issues: the articles come out exactly as the METS defines them (count, titles, blocks in
order), read here independently of the reader with plain lxml; missing pages are named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from reader.errors import InputError
from reader.model import Zone
from reader.parse import load_issue
from tests.conftest import corpus_file

METS_NS = {"mets": "http://www.loc.gov/METS/", "xlink": "http://www.w3.org/1999/xlink"}
XLINK = "{http://www.w3.org/1999/xlink}"
BL = "mets/bl-antigallican-1811-01-27/bl-antigallican-1811-01-27.mets.xml"
BNF = "mets/bnf-jdpl-1821-08-01/bnf-jdpl-1821-08-01.mets.xml"


def block_boxes(alto: Path) -> dict[str, Zone]:
    """Each TextBlock's box as the union of its TextLines (pixel units, page 1)."""
    root = etree.parse(str(alto), etree.XMLParser(resolve_entities=False, no_network=True))
    boxes = {}
    for block in root.iter("{*}TextBlock"):
        lines = [
            [float(line.get(k)) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT")]
            for line in block.iter("{*}TextLine")
            if any(s.get("CONTENT", "").strip() for s in line.iter("{*}String"))
        ]
        if not lines:
            continue
        x0 = min(x for x, _, _, _ in lines)
        y0 = min(y for _, y, _, _ in lines)
        x1 = max(x + w for x, _, w, _ in lines)
        y1 = max(y + h for _, y, _, h in lines)
        x, y = round(x0), round(y0)
        boxes[block.get("ID")] = Zone(1, x, y, round(x1) - x, round(y1) - y)
    return boxes


def bl_expected(mets: Path) -> list[tuple[str | None, list[str]]]:
    """(title, block ids) of each BL article, from dmdSec titles and structLink groups."""
    root = etree.parse(str(mets))
    titles = {
        sec.get("ID"): " ".join(t.text.strip() for t in sec.iter("{*}title"))
        for sec in root.iterfind(".//mets:dmdSec", METS_NS)
    }
    groups = {}
    for group in root.iterfind(".//mets:smLinkGrp", METS_NS):
        hrefs = [loc.get(f"{XLINK}href").lstrip("#") for loc in group.iter("{*}smLocatorLink")]
        groups[hrefs[0]] = hrefs[1:]
    expected = []
    for div in root.iterfind(".//mets:structMap[@TYPE='LOGICAL']//mets:div", METS_NS):
        if div.get("TYPE") == "ARTICLE":
            expected.append((titles.get(div.get("DMDID")) or None, groups[div.get("ID")]))
    return expected


def bnf_expected(mets: Path) -> list[tuple[str | None, list[str]]]:
    """(LABEL, block ids on page 1 in document order) of each Europeana-style article."""
    root = etree.parse(str(mets))
    expected = []
    for div in root.iterfind(".//mets:structMap[@TYPE='LOGICAL']//mets:div", METS_NS):
        if div.get("TYPE") == "ARTICLE":
            areas = [
                a.get("BEGIN")
                for a in div.iter("{*}area")
                if a.get("FILEID") == "ALTO00001" and a.get("BEGIN")
            ]
            expected.append((div.get("LABEL"), areas))
    return expected


@pytest.mark.parametrize(
    ("relative", "alto", "expected"),
    [
        (BL, "0002364_18110127_0001.xml", bl_expected),
        (BNF, "ALTO/18210801_1-0001.xml", bnf_expected),
    ],
)
def test_articles_are_exactly_those_the_mets_defines(relative: str, alto: str, expected) -> None:  # type: ignore[no-untyped-def]
    mets = corpus_file(relative)
    boxes = block_boxes(mets.parent / alto)
    wanted = [(title, [boxes[b] for b in blocks if b in boxes]) for title, blocks in expected(mets)]
    wanted = [(title, zones) for title, zones in wanted if zones]  # articles on page 1
    issue = load_issue(mets)
    page = issue.pages[0]
    got = [(a.headline, list(a.zones)) for a in page.articles]
    assert len(got) == len(wanted)
    # An article METS leaves untitled may take the capitals line printed over its prose
    # (test_untitled_article_takes_its_printed_capitals_title); every other title is METS's.
    printed = (
        {1: "C AN GREAT BRITAIN EVER BE AT PEACE WITL{ BUONAPARTE ?"} if "bl-" in relative else {}
    )
    titles = [printed.get(i, t) if t is None else t for i, (t, _) in enumerate(wanted)]
    assert [t for t, _ in got] == titles
    assert [z for _, z in got] == [z for _, z in wanted]


def test_untitled_article_takes_its_printed_capitals_title() -> None:
    """The BL's second article on page 1 has no MODS title; its first block is a capitals head
    in two lines over the prose. It heads the article and is not left as a paragraph; the
    masthead's date line (``[JANUARY`` / ``,27, 1811.``) heading another article is no title."""
    page = load_issue(corpus_file(BL)).pages[0]
    second = page.articles[1]
    assert second.headline == "C AN GREAT BRITAIN EVER BE AT PEACE WITL{ BUONAPARTE ?"
    assert second.paragraphs[0].startswith("The s;ioti Peace")
    assert not any("BUONAPARTE ?" in p for p in second.paragraphs)
    assert [a.headline for a in page.articles].count(None) == 4
    assert any(p.startswith("[JANUARY") for a in page.articles for p in a.paragraphs)


def test_bl_issue_metadata_and_missing_pages() -> None:
    issue = load_issue(corpus_file(BL).parent)
    assert issue.newspaper == "The Anti-Gallican Monitor."
    assert issue.date == "1811-01-27"
    assert [p.number for p in issue.pages] == [1]
    assert len(issue.missing_pages) == 7
    assert issue.missing_pages[0] == "page 2 (0002364_18110127_0002.xml)"
    # The masthead blocks no article names are kept, never dropped.
    assert any("GALLICAN" in text.upper() for text in issue.pages[0].unplaced)


def test_bnf_titles_and_text() -> None:
    issue = load_issue(corpus_file(BNF))
    assert issue.date == "1821-08-01"
    assert [a.headline for a in issue.articles] == [
        "– ALLEMAGNE.",
        "PAYS-BAS-UNIS.",
        "GRANDE-BRETAGNE.",
    ]
    first = issue.articles[0]
    assert first.paragraphs[0].startswith("Vienne")
    assert first.low_confidence and all(c.confidence < 60 for c in first.low_confidence)
    for span in first.low_confidence:
        text = first.text_of(span.part, span.index)
        assert text is not None and 0 <= span.start < span.end <= len(text)


def test_chronam_issue_mets_without_articles_goes_through_the_geometry_path() -> None:
    mets = corpus_file(
        "mets/chronam-eveningstar-1920-11-15/chronam-eveningstar-1920-11-15.mets.xml"
    )
    issue = load_issue(mets)
    page = issue.pages[0]
    assert issue.newspaper and issue.newspaper.startswith("Evening star")
    assert issue.date == "1920-11-15"
    assert page.image == str(mets.parent / "0007.jpg")
    assert page.image_size == (2863, 3736)
    assert len(page.articles) > 20
    for article in page.articles:
        for zone in article.zones:
            assert zone.x >= 0 and zone.x + zone.width <= 2863 + 5
            assert zone.y >= 0 and zone.y + zone.height <= 3736 + 5


def test_parse_command_names_the_missing_pages(tmp_path: Path) -> None:
    mets = corpus_file(BL)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", "-f", "text", str(mets)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith(f"broadsheet: {mets}: pages named but not found: page 2 (")
    assert "The Anti-Gallican Monitor." in proc.stdout


def test_mets_paths_never_leave_its_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside.xml"
    outside.write_text("<alto/>")
    folder = tmp_path / "issue"
    folder.mkdir()
    hrefs = ["../outside.xml", str(outside), f"file://{outside}"]
    files = "".join(
        f'<mets:file ID="f{i}" MIMETYPE="text/xml"><mets:FLocat xlink:href="{href}"/></mets:file>'
        for i, href in enumerate(hrefs)
    )
    pages = "".join(
        f'<mets:div TYPE="page" ORDER="{i + 1}"><mets:fptr FILEID="f{i}"/></mets:div>'
        for i in range(len(hrefs))
    )
    mets = folder / "x.mets.xml"
    mets.write_text(
        '<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f"<mets:fileSec><mets:fileGrp>{files}</mets:fileGrp></mets:fileSec>"
        f'<mets:structMap TYPE="PHYSICAL"><mets:div>{pages}</mets:div></mets:structMap></mets:mets>'
    )
    with pytest.raises(InputError, match="none of the pages METS names is there"):
        load_issue(mets)


def test_the_source_hash_covers_the_pages_a_mets_names(tmp_path: Path) -> None:
    from reader.store.sources import issue_files, source_hash

    source = corpus_file(BNF).parent
    folder = tmp_path / "bnf"
    (folder / "ALTO").mkdir(parents=True)
    mets = folder / "bnf.mets.xml"
    mets.write_bytes((source / f"{source.name}.mets.xml").read_bytes())
    alto = folder / "ALTO" / "18210801_1-0001.xml"
    alto.write_bytes((source / "ALTO" / alto.name).read_bytes())
    assert issue_files(folder) == [mets, alto]
    before = source_hash(folder)
    alto.write_bytes(alto.read_bytes().replace(b"ALLEMAGNE", b"ALLEMAGNX"))
    assert source_hash(folder) != before
