"""Bytes on disk to normalised text: encoding detection, newlines, full-width letters."""

from __future__ import annotations

import codecs
import contextvars
import re
from pathlib import Path

from reader.errors import InputError
from reader.files import require_regular
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
    require_regular(path)
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


def decode_page(
    data: bytes, path: str | Path | None = None, damaged: list[str] | None = None
) -> str:
    """Decode page bytes and normalise newlines and full-width letters.

    Accepts UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK and Big5; LF, CRLF or
    CR line ends. UTF-8 text with a few bad bytes (a damaged copy) is decoded with U+FFFD in
    their place, and each damaged span is described in ``damaged`` ("line 12: 1 byte that is not
    UTF-8 (ff), shown as �"). Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("file is empty", path)
    text = _decode(data, path, damaged if damaged is not None else [])
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if _looks_binary(text):
        raise InputError("binary data, not a text page", path)
    text = normalise_width(text)
    if not text.strip():
        raise InputError("file is empty", path)
    return text


def _decode(data: bytes, path: str | Path | None, damaged: list[str]) -> str:
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
    mended, spans = _utf8_with_replacement(data)
    good_multibyte = sum(1 for ch in mended if ord(ch) > 0x7F) - mended.count("\ufffd")
    # Clearly UTF-8: a real share of well-formed multi-byte characters for every bad span.
    if good_multibyte >= _UTF8_EVIDENCE * len(spans):
        return _mended(data, mended, spans, damaged)
    candidates: list[tuple[float, str]] = []
    for codec in ("gb18030", "big5"):
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_chinese_score(decoded), decoded))
    if not candidates:
        # Plain ASCII text with a stray byte or two is text too.
        if sum(end - start for start, end in spans) * _MAX_BAD_SHARE <= len(data):
            return _mended(data, mended, spans, damaged)
        raise InputError("cannot decode text (tried UTF-8, UTF-16, GB18030 and Big5)", path)
    return max(candidates, key=lambda item: item[0])[1]


#: Well-formed multi-byte UTF-8 characters needed per damaged span to call the text UTF-8.
_UTF8_EVIDENCE = 20
#: At most one byte in this many may be damaged in text with no other evidence of its encoding.
_MAX_BAD_SHARE = 100


_spans_found: contextvars.ContextVar[list[tuple[int, int]]] = contextvars.ContextVar("spans")


def _record_and_replace(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    _spans_found.get().append((err.start, err.end))
    return "\ufffd", err.end


codecs.register_error("broadsheet.record", _record_and_replace)


def _utf8_with_replacement(data: bytes) -> tuple[str, list[tuple[int, int]]]:
    """UTF-8 decoded with U+FFFD for each bad run, and the ``(start, end)`` byte offsets of
    those runs (adjacent ones merged), in one pass."""
    found: list[tuple[int, int]] = []
    token = _spans_found.set(found)
    try:
        text = data.decode("utf-8", "broadsheet.record")
    finally:
        _spans_found.reset(token)
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and spans[-1][1] == start:
            start = spans.pop()[0]
        spans.append((start, end))
    return text, spans


def _mended(data: bytes, text: str, spans: list[tuple[int, int]], damaged: list[str]) -> str:
    """``text`` (the mended decoding of ``data``), with each bad span described in ``damaged``."""
    for start, end in spans:
        line = data.count(b"\n", 0, start) + 1
        size = end - start
        noun = "byte" if size == 1 else "bytes"
        shown = data[start : min(end, start + 8)].hex(" ") + (" …" if size > 8 else "")
        verb = "is" if size == 1 else "are"
        damaged.append(
            f"line {line}: {size} {noun} that {verb} not UTF-8 ({shown}), shown as \ufffd"
        )
    return text


def _chinese_score(text: str) -> float:
    hanzi = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not hanzi:
        return 0.0
    return sum(1 for ch in hanzi if ch in _COMMON_HANZI) / len(hanzi)


#: Control characters no text page holds (tab, line feed, vertical tab and form feed it may).
_CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f]")


def _looks_binary(text: str) -> bool:
    controls = len(_CONTROL.findall(text))
    return controls > max(2, len(text) // 100)
