"""METS issues: the pages (ALTO files) a METS names, and the articles its logical map defines.

Two ways archives define articles, both read:

- British Library (and other CCS docWorks METS): ``ARTICLE`` divs in the logical structMap,
  titled by their MODS ``titleInfo``, linked in ``structLink`` to physical ``pagearea`` divs
  whose IDs are the ALTO ``TextBlock`` IDs.
- Europeana Newspapers (BnF and others): ``ARTICLE`` divs whose ``HEADING``/``TITLE`` and
  ``BODY`` paragraphs point at ALTO blocks with ``area BEGIN``; the title is the div's LABEL
  (or its MODS titles).

Where METS defines articles they win: each article is exactly its blocks, in METS order, with
METS's title. Blocks no article names go to the page's furniture (the title section) or its
unplaced text. Without articles (Chronicling America's issue METS) each page goes through the
geometry path like a lone ALTO file. Pages the METS names but whose files are missing are
listed in ``Issue.missing_pages``; the issue still opens with the pages that are there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from reader.errors import InputError
from reader.model import Article, Issue, Page
from reader.parse.assemble import assign_ids
from reader.parse.decode import read_page_bytes
from reader.parse.formats.alto import alto_layout
from reader.parse.formats.layout import (
    ArticlePart,
    LayoutBlock,
    LayoutPage,
    article_from_blocks,
    build_page,
)
from reader.parse.formats.xml import attribute, local_name, parse_xml
from reader.text.cjk import page_vocabulary, repair_spacing

_HEADING_TYPES = frozenset({"heading", "title", "headline"})
_TEXT_MIMETYPES = ("text/xml", "application/xml", "application/alto+xml")


@dataclass(slots=True)
class _MetsPage:
    number: int
    label: str
    #: The ALTO file's path (None when METS names none for the page).
    alto: Path | None
    file_id: str | None
    layout: LayoutPage | None = None


@dataclass(slots=True)
class _MetsArticle:
    title: str | None
    #: (ALTO file id, block id, is heading) in METS order.
    blocks: list[tuple[str | None, str, bool]] = field(default_factory=list)


def read_mets_issue(path: Path) -> Issue:
    """Open a METS issue file and the ALTO pages it names (those that are there)."""
    root = parse_xml(read_page_bytes(path), path)
    if local_name(root).lower() != "mets":
        raise InputError(f"not a METS document (root element <{local_name(root)}>)", path)
    files = _files(root, path.parent)
    pages = _pages(root, files)
    if not pages:
        raise InputError("METS names no ALTO pages", path)
    missing = [p for p in pages if p.alto is None or not p.alto.is_file()]
    present = [p for p in pages if p not in missing]
    if not present:
        names = ", ".join(_missing_label(p) for p in missing)
        raise InputError(f"none of the pages METS names is there (missing: {names})", path)
    for page in present:
        assert page.alto is not None
        page.layout = alto_layout(parse_xml(read_page_bytes(page.alto), page.alto), page.alto)
    articles = _articles(root)
    newspaper, date = _issue_meta(root)
    if articles:
        built = _pages_from_articles(present, articles)
    else:
        built = [
            build_page(p.layout, p.number, None, str(p.alto), newspaper)  # type: ignore[arg-type]
            for p in present
        ]
    return Issue(
        newspaper=newspaper,
        date=date,
        pages=tuple(built),
        source=str(path),
        missing_pages=tuple(_missing_label(p) for p in missing),
    )


def named_files(path: Path) -> list[Path]:
    """The METS file and the files it names that are there (what defines the issue's bytes)."""
    root = parse_xml(read_page_bytes(path), path)
    named = sorted({f.path for f in _files(root, path.parent).values() if f.path.is_file()})
    return [path, *named]


def _missing_label(page: _MetsPage) -> str:
    name = page.alto.name if page.alto is not None else "no ALTO file named"
    return f"{page.label} ({name})"


# --- files and pages ------------------------------------------------------------------------


def _elements(root: etree._Element, name: str) -> Iterator[etree._Element]:
    for element in root.iter():
        if local_name(element) == name:
            yield element


def _href_path(href: str, folder: Path) -> Path:
    href = unquote(href.strip())
    for prefix in ("file://", "file:"):
        if href.startswith(prefix):
            href = href[len(prefix) :]
            break
    relative = Path(href.lstrip("/")) if href.startswith("//") else Path(href)
    # Files are looked for inside the METS's folder only (never an absolute path it names).
    parts = [p for p in relative.parts if p not in ("", ".", "..", "/")]
    return folder.joinpath(*parts) if parts else folder


@dataclass(frozen=True, slots=True)
class _File:
    path: Path
    is_text: bool


def _files(root: etree._Element, folder: Path) -> dict[str, _File]:
    files: dict[str, _File] = {}
    for element in _elements(root, "file"):
        ident = element.get("ID")
        locator = next((c for c in element if local_name(c) == "FLocat"), None)
        href = attribute(locator, "href") if locator is not None else None
        if not ident or not href:
            continue
        uses = " ".join(
            (a.get("USE") or "") + " " + (a.get("ID") or "")
            for a in [element, *element.iterancestors()]
            if local_name(a) in ("file", "fileGrp")
        ).lower()
        mimetype = (element.get("MIMETYPE") or "").lower()
        path = _href_path(href, folder)
        is_text = path.suffix.lower() == ".xml" and (
            mimetype in _TEXT_MIMETYPES
            or any(word in uses for word in ("ocr", "alto", "text", "content"))
            or not mimetype
        )
        files[ident] = _File(path, is_text)
    return files


def _struct_maps(root: etree._Element, kind: str) -> list[etree._Element]:
    maps = list(_elements(root, "structMap"))
    typed = [m for m in maps if (m.get("TYPE") or "").lower() == kind]
    if typed or kind == "logical":
        return typed
    # NDNP issue METS have one untyped structMap: the physical one.
    return [m for m in maps if not m.get("TYPE")]


def _pages(root: etree._Element, files: dict[str, _File]) -> list[_MetsPage]:
    pages: list[_MetsPage] = []
    taken: set[etree._Element] = set()
    for struct_map in _struct_maps(root, "physical"):
        for div in _elements(struct_map, "div"):
            if (div.get("TYPE") or "").lower() == "pagearea" or any(
                a in taken for a in div.iterancestors()
            ):
                continue
            text_ids = [
                file_id
                for file_id in _direct_file_ids(div)
                if file_id in files and files[file_id].is_text
            ]
            if not text_ids:
                continue
            number = len(pages) + 1
            order = div.get("ORDER")
            if order and order.isdigit():
                number = int(order)
            label = div.get("ORDERLABEL") or div.get("LABEL") or str(number)
            file_id = text_ids[0]
            taken.add(div)
            pages.append(_MetsPage(number, f"page {label}", files[file_id].path, file_id))
    seen: set[int] = set()
    for page in pages:
        if page.number in seen:
            page.number = max(seen) + 1
        seen.add(page.number)
    return pages


def _direct_file_ids(div: etree._Element) -> list[str]:
    """File ids a page div points at: its fptr's FILEID, or the FILEIDs of areas inside them."""
    ids: list[str] = []
    for child in div:
        if local_name(child) != "fptr":
            continue
        if child.get("FILEID"):
            ids.append(child.get("FILEID") or "")
        ids.extend(
            a.get("FILEID") or ""
            for a in child.iter()
            if local_name(a) == "area" and a.get("FILEID")
        )
    return ids


# --- articles -------------------------------------------------------------------------------


def _articles(root: etree._Element) -> list[_MetsArticle]:
    titles = _mods_titles(root)
    areas = _physical_areas(root)
    links = _struct_links(root)
    articles: list[_MetsArticle] = []
    for struct_map in _struct_maps(root, "logical"):
        for div in _elements(struct_map, "div"):
            if (div.get("TYPE") or "").lower() != "article":
                continue
            dmd = (div.get("DMDID") or "").split()
            title = div.get("LABEL") or " ".join(t for d in dmd for t in titles.get(d, []))
            article = _MetsArticle(repair_spacing(title).strip() or None)
            for area, heading in _areas_below(div):
                article.blocks.append((area.get("FILEID"), area.get("BEGIN") or "", heading))
            for target in links.get(div.get("ID") or "", []):
                if target in areas:
                    file_id = areas[target]
                    article.blocks.append((file_id, target, False))
            articles.append(article)
    return articles


def _areas_below(div: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    for area in div.iter():
        if local_name(area) != "area" or not area.get("BEGIN"):
            continue
        heading = any(
            (a.get("TYPE") or "").lower() in _HEADING_TYPES
            for a in area.iterancestors()
            if local_name(a) == "div" and a is not div
        )
        yield area, heading


def _mods_titles(root: etree._Element) -> dict[str, list[str]]:
    titles: dict[str, list[str]] = {}
    for section in _elements(root, "dmdSec"):
        ident = section.get("ID")
        if ident:
            found = [(t.text or "").strip() for t in _elements(section, "title")]
            titles[ident] = [t for t in found if t]
    return titles


def _physical_areas(root: etree._Element) -> dict[str, str | None]:
    """Physical div id -> ALTO file id, for the page-area divs articles link to (BL style)."""
    areas: dict[str, str | None] = {}
    for struct_map in _struct_maps(root, "physical"):
        for div in _elements(struct_map, "div"):
            ident = div.get("ID")
            if not ident or (div.get("TYPE") or "").lower() != "pagearea":
                continue
            file_ids = [
                a.get("FILEID") for a in div.iter() if local_name(a) == "area" and a.get("BEGIN")
            ]
            areas[ident] = file_ids[0] if file_ids else None
    return areas


def _struct_links(root: etree._Element) -> dict[str, list[str]]:
    """Logical div id -> the physical div ids its structLink group points at, in order."""
    links: dict[str, list[str]] = {}
    for group in _elements(root, "smLinkGrp"):
        locators = {
            attribute(loc, "label") or "": (attribute(loc, "href") or "").lstrip("#")
            for loc in group
            if local_name(loc) == "smLocatorLink"
        }
        for arc in group:
            if local_name(arc) != "smArcLink":
                continue
            source = locators.get(attribute(arc, "from") or "")
            target = locators.get(attribute(arc, "to") or "")
            if source and target:
                links.setdefault(source, []).append(target)
    for element in _elements(root, "smLink"):
        source = (attribute(element, "from") or "").lstrip("#")
        target = (attribute(element, "to") or "").lstrip("#")
        if source and target:
            links.setdefault(source, []).append(target)
    return links


def _issue_meta(root: etree._Element) -> tuple[str | None, str | None]:
    title = next(
        (t.text.strip() for t in _elements(root, "title") if t.text and t.text.strip()), None
    )
    if title is None:
        label = root.get("LABEL") or ""
        title = label.rsplit(",", 1)[0].strip() or None
    date = next(
        (_iso_date(d.text) for d in _elements(root, "dateIssued") if d.text and d.text.strip()),
        None,
    )
    return title, date


def _iso_date(text: str) -> str | None:
    """ "1811-01-27", "18110127" or "01.08.1821" as "YYYY-MM-DD"."""
    text = text.strip()
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if match:
        return "-".join(match.groups())
    match = re.match(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", text)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text[:10] or None


# --- building pages -------------------------------------------------------------------------


def _pages_from_articles(pages: list[_MetsPage], articles: list[_MetsArticle]) -> list[Page]:
    by_file = {p.file_id: p for p in pages}
    blocks_of: dict[int, dict[str, LayoutBlock]] = {
        p.number: {b.id: b for b in p.layout.blocks} for p in pages if p.layout is not None
    }
    vocabulary = {
        p.number: page_vocabulary("\n".join(ln.text for b in p.layout.blocks for ln in b.lines))
        for p in pages
        if p.layout is not None
    }
    used: dict[int, set[str]] = {p.number: set() for p in pages}
    placed: dict[int, list[Article]] = {p.number: [] for p in pages}
    removed: dict[int, int] = {p.number: 0 for p in pages}
    for article in articles:
        parts: list[ArticlePart] = []
        for file_id, block_id, heading in article.blocks:
            page = by_file.get(file_id) if file_id else None
            candidates = [page] if page is not None else pages if file_id is None else []
            for candidate in candidates:
                block = blocks_of[candidate.number].get(block_id)
                if block is not None:
                    parts.append(ArticlePart(candidate.number, block, heading))
                    used[candidate.number].add(block_id)
                    break
        if not parts:
            continue  # every block of it is on a missing page
        built, hyphens = article_from_blocks(parts, article.title, vocabulary[parts[0].page])
        placed[parts[0].page].append(built)
        removed[parts[0].page] += hyphens
    result = []
    for page in pages:
        assert page.layout is not None
        leftovers = [
            b.lines for b in page.layout.blocks if b.id not in used[page.number] and b.lines
        ]
        texts = [repair_spacing(line.text) for lines in leftovers for line in lines if line.text]
        result.append(
            Page(
                number=page.number,
                articles=tuple(assign_ids(placed[page.number])),
                unplaced=tuple(texts),
                source=str(page.alto),
                removed_hyphens=removed[page.number],
                image=page.layout.image,
                image_size=page.layout.image_size,
            )
        )
    return result
