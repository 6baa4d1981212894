"""The page picture beside a page file: finding it, and its pixel size from the file's header.

Only the header is read (a few kilobytes), never the pixels: the parser needs the size to put
coordinates into image pixels; the page view decodes the picture itself.
"""

from __future__ import annotations

import struct
from pathlib import Path, PureWindowsPath

#: Picture file endings looked for beside a page file, in order of preference.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".jp2")
_HEADER_BYTES = 65536


def find_image(page_file: Path, named: str | None = None) -> Path | None:
    """The page picture: the file the format names (looked for beside the page file, by its
    base name), else one with the page file's stem ("0007.xml" → "0007.jpg")."""
    folder = page_file.parent
    candidates: list[Path] = []
    if named:
        base = PureWindowsPath(named.replace("file://", "")).name
        if base:
            candidates.append(folder / base)
            stem = Path(base).stem
            candidates.extend(folder / f"{stem}{suffix}" for suffix in IMAGE_SUFFIXES)
    stem = page_file.name.split(".")[0]
    for name in (page_file.stem, stem):
        candidates.extend(folder / f"{name}{suffix}" for suffix in IMAGE_SUFFIXES)
    return next((c for c in candidates if c.suffix.lower() in IMAGE_SUFFIXES and c.is_file()), None)


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) in pixels of a JPEG, PNG, TIFF or JPEG 2000 file; None if unreadable."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER_BYTES)
    except OSError:
        return None
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            width, height = struct.unpack(">II", head[16:24])
            return width, height
        if head.startswith(b"\xff\xd8"):
            return _jpeg_size(head)
        if head[:4] in (b"II*\x00", b"MM\x00*"):
            return _tiff_size(head)
        if b"jP  " in head[:12] or head.startswith(b"\xff\x4f\xff\x51"):
            return _jp2_size(head)
    except (struct.error, IndexError, ValueError):
        return None
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(head):
        if head[position] != 0xFF:
            position += 1
            continue
        marker = head[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            position += 1 if marker == 0xFF else 2
            continue
        length = struct.unpack(">H", head[position + 2 : position + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
            height, width = struct.unpack(">HH", head[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


def _tiff_size(head: bytes) -> tuple[int, int] | None:
    order = "<" if head[:2] == b"II" else ">"
    offset = struct.unpack(order + "I", head[4:8])[0]
    count = struct.unpack(order + "H", head[offset : offset + 2])[0]
    found: dict[int, int] = {}
    for index in range(count):
        entry = head[offset + 2 + 12 * index : offset + 14 + 12 * index]
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if tag in (256, 257):
            fmt = order + ("H" if kind == 3 else "I")
            found[tag] = struct.unpack(fmt, entry[8:10] if kind == 3 else entry[8:12])[0]
    if 256 in found and 257 in found:
        return found[256], found[257]
    return None


def _jp2_size(head: bytes) -> tuple[int, int] | None:
    box = head.find(b"ihdr")
    if box >= 0:
        height, width = struct.unpack(">II", head[box + 4 : box + 12])
        return width, height
    siz = head.find(b"\xff\x51")
    if siz >= 0:
        width, height, x0, y0 = struct.unpack(">IIII", head[siz + 6 : siz + 22])
        return width - x0, height - y0
    return None
