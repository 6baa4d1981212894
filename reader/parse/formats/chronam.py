"""Chronicling America folders: page files grouped into issues by title, date and edition.

Two layouts are read:

- flat: ``LCCN-ed-N_seq-N.txt`` / ``.xml`` in a folder, possibly of one day
  (``19160211/``) holding many papers — each LCCN and edition is its own issue;
- batch: ``LCCN/YYYY/MM/DD/ed-N/seq-N/ocr.txt|ocr.xml`` — the ``ed-N`` folder is the issue.

The paper's name comes from a ``titles.tsv`` (columns lccn, name, …) or a ``LCCN.json`` bib
record (with "name") in the folder or one of its parents. Light to import: no parser here.
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: "sn84027621-ed-1_seq-1.txt": LCCN, edition, sequence (page).
FLAT_PAGE = re.compile(
    r"^(?P<lccn>[a-z]{0,3}\d{8,10})-ed-(?P<edition>\d+)_seq-(?P<seq>\d+)\.(?:txt|xml)$",
    re.IGNORECASE,
)
_EDITION_DIR = re.compile(r"^ed-(\d+)$")
_SEQ_DIR = re.compile(r"^seq-(\d+)$")
#: The page files of a batch ``seq-N`` folder.
BATCH_PAGE_NAMES = ("ocr.txt", "ocr.xml")
_LCCN = re.compile(r"^[a-z]{0,3}\d{8,10}$", re.IGNORECASE)
_DAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
#: Folders looked at, upwards from the pages, for titles.tsv or a bib record.
TITLE_SEARCH_DEPTH = 7


@dataclass(frozen=True, slots=True)
class ChronamIssue:
    """The pages of one paper's issue: LCCN, date, edition and (page number, file) pairs."""

    lccn: str
    date: str | None
    edition: int
    pages: tuple[tuple[int, Path], ...]
    #: The path that names the issue: its first page file (flat) or its ed-N folder (batch).
    path: Path


def _page_file(files: dict[str, Path]) -> Path | None:
    """Of a page's files, the ALTO (.xml) one if there, else the text."""
    return files.get("xml") or files.get("txt")


def _date_of(folder: Path) -> str | None:
    match = _DAY.match(folder.name)
    if match:
        return "-".join(match.groups())
    return None


def flat_issues(folder: Path, only: tuple[str, int] | None = None) -> list[ChronamIssue]:
    """The issues of a folder of ``LCCN-ed-N_seq-N`` files (empty when there are none), or only
    the one of ``(lccn, edition)``: the names are matched first, and only that paper's files
    are looked at, so finding each page's issue in a folder of hundreds stays cheap."""
    groups: dict[tuple[str, int], dict[int, dict[str, Path]]] = {}
    prefix = f"{only[0]}-ed-" if only is not None else ""
    for name in os.listdir(folder):
        if prefix and name[: len(prefix)].lower() != prefix:
            continue  # another paper's page: not even matched
        match = FLAT_PAGE.match(name)
        if match is None:
            continue
        key = (match.group("lccn").lower(), int(match.group("edition")))
        if only is not None and key != only:
            continue
        path = folder / name
        if not path.is_file():
            continue
        suffix = path.suffix.lower().lstrip(".")
        groups.setdefault(key, {}).setdefault(int(match.group("seq")), {})[suffix] = path
    issues = []
    for (lccn, edition), seqs in sorted(groups.items()):
        pages = tuple(
            (seq, file) for seq in sorted(seqs) if (file := _page_file(seqs[seq])) is not None
        )
        issues.append(ChronamIssue(lccn, _date_of(folder), edition, pages, pages[0][1]))
    return issues


def batch_issue(folder: Path) -> ChronamIssue | None:
    """The issue of a batch ``LCCN/YYYY/MM/DD/ed-N`` folder, if ``folder`` is one."""
    edition = _EDITION_DIR.match(folder.name)
    if edition is None:
        return None
    pages = []
    for child in folder.iterdir():
        seq = _SEQ_DIR.match(child.name)
        if seq is None or not child.is_dir():
            continue
        files = {p.suffix.lower().lstrip("."): p for p in child.glob("ocr.*") if p.is_file()}
        file = _page_file(files)
        if file is not None:
            pages.append((int(seq.group(1)), file))
    if not pages:
        return None
    day, month, year, lccn = folder.parent, folder.parent.parent, folder.parent.parent.parent, None
    lccn_dir = year.parent
    if _LCCN.match(lccn_dir.name):
        lccn = lccn_dir.name.lower()
    date = None
    if day.name.isdigit() and month.name.isdigit() and year.name.isdigit():
        date = f"{int(year.name):04d}-{int(month.name):02d}-{int(day.name):02d}"
    return ChronamIssue(lccn or "", date, int(edition.group(1)), tuple(sorted(pages)), folder)


def _edition_of(path: Path) -> ChronamIssue | None:
    """The batch issue a ``seq-N`` folder or its ``ocr.txt``/``ocr.xml`` belongs to."""
    seq = path if path.is_dir() else path.parent
    if path.is_file() and path.name.lower() not in BATCH_PAGE_NAMES:
        return None
    if _SEQ_DIR.match(seq.name) is None:
        return None
    return batch_issue(seq.parent)


def issue_for(path: Path) -> ChronamIssue | None:
    """The Chronicling America issue a path names: a page file (its paper's issue in that
    folder; a batch ``seq-N/ocr.*``: its edition's), an ``ed-N`` folder (or a ``seq-N`` in one),
    or a folder holding exactly one paper's pages."""
    if path.is_file():
        match = FLAT_PAGE.match(path.name)
        if match is None:
            return _edition_of(path)
        only = (match.group("lccn").lower(), int(match.group("edition")))
        return next(iter(flat_issues(path.parent, only)), None)
    if path.is_dir():
        batch = batch_issue(path) or _edition_of(path)
        if batch is not None:
            return batch
        issues = flat_issues(path)
        if len(issues) == 1:
            return issues[0]
    return None


def issues_in(folder: Path) -> list[ChronamIssue]:
    """Every issue directly in a folder (flat files), or the folder's own (batch ed-N, or the
    ed-N of a seq-N), or those of its batch ``ed-N`` folders (a batch day folder ``DD``)."""
    batch = batch_issue(folder) or _edition_of(folder)
    if batch is not None:
        return [batch]
    flat = flat_issues(folder)
    if flat:
        return flat
    editions = []
    for name in sorted(os.listdir(folder), key=_edition_order):
        if _EDITION_DIR.match(name) and (edition := batch_issue(folder / name)) is not None:
            editions.append(edition)
    return editions


def _edition_order(name: str) -> tuple[int, str]:
    edition = _EDITION_DIR.match(name)
    return (int(edition.group(1)) if edition else 0, name)


def paper_name(lccn: str, start: Path) -> str | None:
    """The paper's name from titles.tsv or LCCN.json in ``start`` or a folder above it."""
    if not lccn:
        return None
    folder = start if start.is_dir() else start.parent
    for _ in range(TITLE_SEARCH_DEPTH):
        bib = folder / f"{lccn}.json"
        if bib.is_file():
            name = _name_from_bib(bib)
            if name:
                return name
        titles = folder / "titles.tsv"
        if titles.is_file():
            name = _name_from_titles(titles, lccn)
            if name:
                return name
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


def _name_from_bib(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return _tidy(name) if isinstance(name, str) else None


def _name_from_titles(path: Path, lccn: str) -> str | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return _titles(str(path), info.st_mtime_ns, info.st_size).get(lccn)


@lru_cache(maxsize=8)
def _titles(path: str, mtime_ns: int, size: int) -> dict[str, str | None]:
    """``{lccn: name}`` of a titles.tsv (its first row for each LCCN), read once per import
    worker rather than once per issue; the file's time and size are in the key, so an edited
    file is read again."""
    names: dict[str, str | None] = {}
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                names.setdefault(
                    (row.get("lccn") or "").strip().lower(), _tidy(row.get("name") or "")
                )
    except (OSError, UnicodeDecodeError, csv.Error):
        pass  # the rows before the damage still name their papers
    return names


def _tidy(name: str) -> str | None:
    """ "St. Helens mist." → "St. Helens mist" (catalogue names end with a full stop)."""
    name = " ".join(name.split()).rstrip(" .") if name else ""
    return name or None
