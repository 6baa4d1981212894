"""Read what is still readable out of a damaged SQLite file, without trusting its header or schema.

The same idea as the ``sqlite3`` shell's ``.recover``: walk every page of the file (and of its
``-wal``), take each page that looks like a leaf of a table b-tree and decode its cells into
records. Nothing is looked up through the schema or the b-tree's interior pages, so stray bytes
over the header and schema page, or a file cut short, lose only the pages that were hit. The
caller decides which records belong to which of its tables (by their shape) and writes them into
a fresh database. Pages on the freelist are skipped when the header still says where it is, so
rows deleted before the damage do not come back from there.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Page sizes tried when the header no longer says (SQLite's default first).
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536)
_LEAF_TABLE = 0x0D
_WAL_HEADER = 32
_WAL_FRAME_HEADER = 24

Value = int | float | str | bytes | None


@dataclass(frozen=True, slots=True)
class Record:
    """One row found on a leaf page: its rowid and its column values, in table order."""

    rowid: int
    values: tuple[Value, ...]


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """SQLite's big-endian variable-length integer at ``pos``: ``(value, next position)``."""
    value = 0
    for i in range(8):
        byte = data[pos + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + i + 1
    return (value << 8) | data[pos + 8], pos + 9


def _decode_record(payload: bytes) -> tuple[Value, ...] | None:
    """The values of a record, or None when its header does not add up (not a record)."""
    try:
        header_size, pos = _varint(payload, 0)
        if header_size > len(payload) or header_size < 1:
            return None
        types = []
        while pos < header_size:
            serial, pos = _varint(payload, pos)
            types.append(serial)
        if pos != header_size:
            return None
        values: list[Value] = []
        body = header_size
        for serial in types:
            if serial == 0:
                values.append(None)
            elif 1 <= serial <= 6:
                size = (1, 2, 3, 4, 6, 8)[serial - 1]
                values.append(int.from_bytes(payload[body : body + size], "big", signed=True))
                body += size
            elif serial == 7:
                values.append(struct.unpack(">d", payload[body : body + 8])[0])
                body += 8
            elif serial in (8, 9):
                values.append(serial - 8)
            elif serial >= 12:
                size = (serial - 12) // 2
                raw = payload[body : body + size]
                if serial % 2:
                    values.append(raw.decode("utf-8"))
                else:
                    values.append(bytes(raw))
                body += size
            else:
                return None  # 10 and 11 are reserved
            if body > len(payload):
                return None
        return tuple(values) if body == len(payload) else None
    except (IndexError, UnicodeDecodeError, struct.error):
        return None


class _Pages:
    """The file's pages (and the WAL's newer copies after them), by page number."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data = data
        self.size = size

    def page(self, number: int) -> bytes | None:
        start = (number - 1) * self.size
        if number < 1 or start + self.size > len(self.data):
            return None
        return self.data[start : start + self.size]


def _overflow(pages: _Pages, first: int, needed: int, usable: int) -> bytes | None:
    out = bytearray()
    number, seen = first, set()
    while needed > 0:
        page = pages.page(number)
        if page is None or number in seen:
            return None
        seen.add(number)
        chunk = page[4 : min(usable, 4 + needed)]
        out += chunk
        needed -= len(chunk)
        number = int.from_bytes(page[:4], "big")
    return bytes(out)


def _leaf_records(pages: _Pages, page: bytes, offset: int, usable: int) -> Iterator[Record]:
    """The records on one table-leaf page (``offset``: where its b-tree header starts)."""
    cells = int.from_bytes(page[offset + 3 : offset + 5], "big")
    pointers = offset + 8
    if pointers + 2 * cells > usable:
        return
    local_max = usable - 35
    local_min = (usable - 12) * 32 // 255 - 23
    for n in range(cells):
        cell = int.from_bytes(page[pointers + 2 * n : pointers + 2 * n + 2], "big")
        if not pointers + 2 * cells <= cell < usable:
            continue
        try:
            size, pos = _varint(page, cell)
            rowid, pos = _varint(page, pos)
        except IndexError:
            continue
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        if size <= local_max:
            payload = page[pos : pos + size]
            if len(payload) != size:
                continue
        else:
            local = local_min + (size - local_min) % (usable - 4)
            if local > local_max:
                local = local_min
            head = page[pos : pos + local]
            first = int.from_bytes(page[pos + local : pos + local + 4], "big")
            rest = _overflow(pages, first, size - local, usable)
            if rest is None:
                continue
            payload = head + rest
        values = _decode_record(payload)
        if values is not None:
            yield Record(rowid, values)


def _freelist(data: bytes, size: int) -> set[int]:
    """Page numbers on the freelist, as far as the header and trunk pages can be read."""
    pages = _Pages(data, size)
    free: set[int] = set()
    trunk = int.from_bytes(data[32:36], "big") if len(data) >= 100 else 0
    while trunk and trunk not in free:
        page = pages.page(trunk)
        if page is None:
            break
        free.add(trunk)
        count = int.from_bytes(page[4:8], "big")
        if count > (size - 8) // 4:
            break
        free.update(int.from_bytes(page[8 + 4 * i : 12 + 4 * i], "big") for i in range(count))
        trunk = int.from_bytes(page[:4], "big")
    return free


def _header_page_size(data: bytes) -> int | None:
    if len(data) < 100 or not data.startswith(b"SQLite format 3\0"):
        return None
    raw = int.from_bytes(data[16:18], "big")
    size = 65536 if raw == 1 else raw
    return size if size in PAGE_SIZES else None


def _scan(data: bytes, wal: bytes, size: int, skip_free: bool) -> list[Record]:
    reserved = data[20] if _header_page_size(data) == size and data[20] <= 64 else 0
    usable = size - reserved
    free = _freelist(data, size) if skip_free else set()
    # The last committed copy of each page in the WAL replaces the file's (so a row deleted in
    # the WAL does not come back from the older page in the file).
    images: dict[int, bytes] = {}
    pages = _Pages(data, size)
    for number in range(1, len(data) // size + 1):
        if number not in free:
            images[number] = pages.page(number) or b""
    images.update(_committed_wal_pages(wal, size))
    found: list[Record] = []
    for number, page in sorted(images.items()):
        offset = 100 if number == 1 else 0
        if len(page) == size and page[offset] == _LEAF_TABLE:
            found.extend(_leaf_records(pages, page, offset, usable))
    return found


def _committed_wal_pages(wal: bytes, size: int) -> dict[int, bytes]:
    """Page images of the WAL's committed transactions (of its current generation), newest last.

    A frame belongs to the WAL's current generation when its salts are the header's; frames
    after the last commit frame (non-zero "database size" field) are a transaction that never
    committed.
    """
    frame = _WAL_FRAME_HEADER + size
    if len(wal) < _WAL_HEADER or int.from_bytes(wal[8:12], "big") != size:
        return {}
    salts = wal[16:24]
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    for start in range(_WAL_HEADER, len(wal) - frame + 1, frame):
        if wal[start + 8 : start + 16] != salts:
            break
        number = int.from_bytes(wal[start : start + 4], "big")
        pending[number] = wal[start + _WAL_FRAME_HEADER : start + frame]
        if int.from_bytes(wal[start + 4 : start + 8], "big"):
            committed.update(pending)
            pending.clear()
    return committed


def recover_records(path: Path) -> list[Record]:
    """Every record readable from the table-leaf pages of ``path`` and its ``-wal``, in page
    order (newer WAL copies last). The page size is the header's, or whichever of the usual
    sizes reads the most records when the header is gone."""
    data = path.read_bytes()
    wal_path = path.with_name(path.name + "-wal")
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    stated = _header_page_size(data)
    best = _scan(data, wal, stated, skip_free=True) if stated is not None else []
    for size in PAGE_SIZES:  # stray bytes may have changed the header's page size too
        if size != stated:
            found = _scan(data, wal, size, skip_free=False)
            if len(found) > len(best):
                best = found
    return best
