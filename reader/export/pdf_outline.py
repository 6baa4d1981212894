"""Add a bookmark outline to a finished PDF by appending an incremental update (Qt has no API).

QPdfWriter (Qt 6.12) writes no /Outlines and offers no way to ask for them. A PDF may be
extended after its end with an "incremental update": new objects, a new cross-reference section
for just those objects, and a trailer whose /Prev points at the old one. Readers then see the
new catalog (the old one plus /Outlines) and the outline items. Nothing in the original bytes
changes. This module reads only what it needs: the trailer, the catalog and the page tree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ExportError


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """One bookmark: its title and where it jumps to."""

    title: str
    #: 0-based page index in the document.
    page_index: int
    #: Distance of the target from the page's top edge, in PostScript points.
    top: float = 0.0


_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$", re.S)
_REF = rb"(\d+)\s+(\d+)\s+R"


def _trailer(data: bytes) -> tuple[bytes, int]:
    # Only the last trailer matters; search the tail (trailers are short, IDs are at most ~200 B).
    tail_start = max(0, len(data) - 4096)
    match = None
    for match in _TRAILER.finditer(data, tail_start):  # noqa: B007 - the last match is wanted
        pass
    if match is None:
        raise ValueError("no classic trailer at the end of the file (xref streams unsupported)")
    return match.group(1), int(match.group(2))


def _xref_offsets(data: bytes, start: int) -> dict[int, int]:
    """Object number -> byte offset, from the classic xref section at ``start`` and its /Prev."""
    offsets: dict[int, int] = {}
    seen: set[int] = set()
    while start not in seen:
        seen.add(start)
        if data[start : start + 4] != b"xref":
            raise ValueError("startxref does not point at an xref table")
        pos = start + 4
        line = re.compile(rb"\s*(\d+)\s+(\d+)\s*\r?\n")
        while True:
            header = line.match(data, pos)
            if header is None:
                break
            first, count = int(header.group(1)), int(header.group(2))
            pos = header.end()
            for n in range(count):
                entry = data[pos : pos + 20]
                if len(entry) < 18:
                    raise ValueError("truncated xref table")
                if entry[17:18] == b"n":
                    offsets.setdefault(first + n, int(entry[:10]))
                pos += 20
        trailer = re.compile(rb"\s*trailer\s*<<(.*?)>>", re.S).match(data, pos)
        if trailer is None:
            break
        prev = re.search(rb"/Prev\s+(\d+)", trailer.group(1))
        if prev is None:
            break
        start = int(prev.group(1))
    return offsets


def _object_body(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    offset = offsets.get(number)
    if offset is None:
        raise ValueError(f"object {number} is not in the xref table")
    match = re.compile(rb"\s*%d\s+\d+\s+obj(.*?)endobj" % number, re.S).match(data, offset)
    if match is None:
        raise ValueError(f"object {number} is not where the xref table says")
    return match.group(1).strip()


def _ref(body: bytes, key: bytes) -> int:
    match = re.search(rb"/" + key + rb"\s+" + _REF, body)
    if match is None:
        raise ValueError(f"no /{key.decode()} reference")
    return int(match.group(1))


def _pages(data: bytes, offsets: dict[int, int], number: int, depth: int = 0) -> list[int]:
    """Page object numbers in order, walking the page tree from node ``number``."""
    if depth > 32:
        raise ValueError("page tree too deep")
    body = _object_body(data, offsets, number)
    if re.search(rb"/Type\s*/Page\b(?!s)", body):
        return [number]
    kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
    if kids is None:
        raise ValueError(f"page tree node {number} has no /Kids")
    pages: list[int] = []
    for kid in re.finditer(_REF, kids.group(1)):
        pages.extend(_pages(data, offsets, int(kid.group(1)), depth + 1))
    return pages


def _page_height(data: bytes, offsets: dict[int, int], page: int, fallback: float) -> float:
    box = re.search(rb"/MediaBox\s*\[\s*([-\d.\s]+)\]", _object_body(data, offsets, page))
    if box is None:
        return fallback
    numbers = [float(x) for x in box.group(1).split()]
    return numbers[3] - numbers[1] if len(numbers) == 4 else fallback


def pdf_text_string(text: str) -> bytes:
    """A PDF text string for any Unicode ``text``: UTF-16BE with a byte-order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def add_outline(path: Path, entries: Sequence[OutlineEntry], *, page_height: float = 842.0) -> None:
    """Append an outline with ``entries`` (flat, in order) to the PDF at ``path``.

    The catalog also gets ``/PageMode /UseOutlines`` so viewers open with the bookmarks shown.
    Raises ExportError when the file is not a PDF this module understands.
    """
    if not entries:
        return
    data = path.read_bytes()
    try:
        trailer, startxref = _trailer(data)
        size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))  # type: ignore[union-attr]
        root = _ref(trailer, b"Root")
        offsets = _xref_offsets(data, startxref)
        catalog = _object_body(data, offsets, root)
        pages = _pages(data, offsets, _ref(catalog, b"Pages"))
    except (ValueError, AttributeError) as err:
        raise ExportError(f"cannot add bookmarks to the PDF: {err}", path) from err
    for entry in entries:
        if not 0 <= entry.page_index < len(pages):
            raise ExportError(f"bookmark {entry.title!r} points past the last page", path)

    outlines = size
    first_item = size + 1
    numbers = [first_item + n for n in range(len(entries))]
    objects: dict[int, bytes] = {}
    objects[outlines] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (
        numbers[0],
        numbers[-1],
        len(entries),
    )
    heights: dict[int, float] = {}
    for n, (number, entry) in enumerate(zip(numbers, entries, strict=True)):
        page = pages[entry.page_index]
        if page not in heights:
            heights[page] = _page_height(data, offsets, page, page_height)
        y = max(0.0, heights[page] - entry.top)
        links = b""
        if n > 0:
            links += b" /Prev %d 0 R" % numbers[n - 1]
        if n + 1 < len(numbers):
            links += b" /Next %d 0 R" % numbers[n + 1]
        objects[number] = b"<< /Title %s /Parent %d 0 R%s /Dest [%d 0 R /XYZ 0 %.2f null] >>" % (
            pdf_text_string(entry.title),
            outlines,
            links,
            page,
            y,
        )
    new_catalog = re.sub(rb"/(Outlines|PageMode)\s+(\d+\s+\d+\s+R|/\w+)", b"", catalog)
    if not new_catalog.endswith(b">>"):
        raise ExportError("cannot add bookmarks to the PDF: unexpected catalog", path)
    objects[root] = new_catalog[:-2] + b"/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % outlines

    out = bytearray(b"\n" if not data.endswith(b"\n") else b"")
    positions: dict[int, int] = {}
    for number in sorted(objects):
        positions[number] = len(data) + len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref_at = len(data) + len(out)
    out += b"xref\n"
    # One subsection per run of consecutive object numbers.
    run: list[int] = []
    for number in [*sorted(positions), -1]:
        if run and number != run[-1] + 1:
            out += b"%d %d\n" % (run[0], len(run))
            out += b"".join(b"%010d 00000 n \n" % positions[n] for n in run)
            run = []
        if number >= 0:
            run.append(number)
    new_trailer = re.sub(rb"/(Size|Prev)\s+\d+\s*", b"", trailer).strip()
    out += b"trailer\n<<\n/Size %d\n/Prev %d\n%s\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        numbers[-1] + 1,
        startxref,
        new_trailer,
        xref_at,
    )
    with open(path, "ab") as handle:
        handle.write(bytes(out))
