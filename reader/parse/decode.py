"""Bytes on disk to normalised text: encoding detection, newlines, full-width letters."""

from __future__ import annotations

import codecs
from pathlib import Path

from reader.errors import InputError
from reader.text.cjk import normalise_width

#: A page of OCR text is tens of kilobytes; anything far larger is not a page.
MAX_PAGE_BYTES = 5 * 1024 * 1024

# Common characters of both simplified and traditional Chinese: text decoded with the right
# codec is full of them, text decoded with the wrong one mostly is not.
_COMMON_HANZI = frozenset(
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
    "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头"
    "面公同三已老从动两长知民样现二与分法部全外新月电记者报会议科技工业市场发展政府经济社会研究"
    "們為這個來說時對會發過動當後經頭現與長開東車電報記實術業進點體關問題應學們"
)


def read_page_bytes(path: Path) -> bytes:
    """Read a page file, refusing folders, missing files and files far larger than a page."""
    if not path.exists():
        raise InputError("no such file or folder", path)
    if path.is_dir():
        raise InputError("is a folder, expected a page file", path)
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise InputError(
            f"file is too large for a page ({size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_PAGE_BYTES // 1024 // 1024} MB)",
            path,
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from exc


def decode_page(data: bytes, path: str | Path | None = None) -> str:
    """Decode page bytes and normalise newlines and full-width letters.

    Accepts UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK and Big5; LF, CRLF or
    CR line ends. Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("file is empty", path)
    text = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if _looks_binary(text):
        raise InputError("binary data, not a text page", path)
    text = normalise_width(text)
    if not text.strip():
        raise InputError("file is empty", path)
    return text


def _decode(data: bytes, path: str | Path | None) -> str:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec.upper()} text: {exc.reason}", path) from exc
    if b"\x00" in data:
        raise InputError("binary data, not a text page", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str]] = []
    for codec in ("gb18030", "big5"):
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_chinese_score(decoded), decoded))
    if not candidates:
        raise InputError("cannot decode text (tried UTF-8, UTF-16, GB18030 and Big5)", path)
    return max(candidates, key=lambda item: item[0])[1]


def _chinese_score(text: str) -> float:
    hanzi = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not hanzi:
        return 0.0
    return sum(1 for ch in hanzi if ch in _COMMON_HANZI) / len(hanzi)


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    return controls > max(2, len(text) // 100)
