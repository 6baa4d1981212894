"""Bytes on disk to normalised text: encoding detection, newlines, full-width letters."""

from __future__ import annotations

import codecs
import contextvars
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from reader.errors import InputError
from reader.files import require_regular
from reader.text.cjk import full_width_marks_in_han, normalise_width

#: A page of OCR text is tens of kilobytes; anything far larger is not a page.
MAX_PAGE_BYTES = 5 * 1024 * 1024


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
    """Decode page bytes and normalise newlines, full-width letters and the ASCII stops an OCR
    engine set between Chinese characters (text.cjk.full_width_marks_in_han).

    Accepts UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK, Big5, Shift-JIS and
    EUC-JP; LF, CRLF or CR line ends. UTF-8 text with a few bad bytes (a damaged copy) is decoded
    with U+FFFD in their place, and each damaged span is described in ``damaged`` ("line 12: 1
    byte that is not UTF-8 (ff), shown as �"); so are the bad bytes of a legacy encoding's text.
    Text that is not UTF-8 is read in the legacy encoding whose reading is made of the most
    common characters; when that guess is doubtful (short text, a close second) ``damaged`` says
    so ("encoding guessed as Big5 …"). Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("file is empty", path)
    text = _decode(data, path, damaged if damaged is not None else [])
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if _looks_binary(text):
        raise InputError("binary data, not a text page", path)
    text = full_width_marks_in_han(normalise_width(text))
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
    mended, spans = _with_replacement(data, "utf-8")
    good_multibyte = sum(1 for ch in mended if ord(ch) > 0x7F) - mended.count("\ufffd")
    # Clearly UTF-8: a real share of well-formed multi-byte characters for every bad span.
    if good_multibyte >= _UTF8_EVIDENCE * len(spans):
        return _mended(data, mended, spans, damaged)
    guess = _guess_east_asian(data)
    if guess is None:
        # Plain ASCII text with a stray byte or two is text too.
        if sum(end - start for start, end in spans) * _MAX_BAD_SHARE <= len(data):
            return _mended(data, mended, spans, damaged)
        raise InputError(
            "cannot decode text (tried UTF-8, UTF-16, GB18030, Big5, Shift-JIS and EUC-JP)", path
        )
    if guess.doubtful:
        runner_up = f"; {guess.runner_up} was close" if guess.runner_up else ""
        damaged.append(
            f"encoding guessed as {guess.name} (the bytes are not UTF-8{runner_up}): "
            "check the text, or save the page as UTF-8"
        )
    return _mended(data, guess.text, guess.spans, damaged, guess.name)


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

#: What cp932 makes of bytes Shift-JIS has no character for (80, A0, FD-FF): private-use code
#: points that would hide bad bytes.
_CP932_STRAYS: Final = frozenset("\x80\uf8f0\uf8f1\uf8f2\uf8f3")


def _cp932_or_record(err: UnicodeError) -> tuple[str, int]:
    """For Shift-JIS: a character Windows' cp932 adds (①, NEC and IBM kanji), else a bad span."""
    assert isinstance(err, UnicodeDecodeError)
    for size in (2, 1):
        try:
            char = err.object[err.start : err.start + size].decode("cp932")
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and char not in _CP932_STRAYS:
            return char, err.start + size
    return _record_and_replace(err)


codecs.register_error("broadsheet.cp932", _cp932_or_record)


def _with_replacement(
    data: bytes, codec: str, errors: str = "broadsheet.record"
) -> tuple[str, list[tuple[int, int]]]:
    """``data`` decoded with U+FFFD for each bad run, and the ``(start, end)`` byte offsets of
    those runs (adjacent ones merged), in one pass (``errors``: a handler that records)."""
    found: list[tuple[int, int]] = []
    token = _spans_found.set(found)
    try:
        text = data.decode(codec, errors)
    finally:
        _spans_found.reset(token)
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and spans[-1][1] == start:
            start = spans.pop()[0]
        spans.append((start, end))
    return text, spans


def _mended(
    data: bytes,
    text: str,
    spans: list[tuple[int, int]],
    damaged: list[str],
    encoding: str = "UTF-8",
) -> str:
    """``text`` (the mended decoding of ``data``), with each bad span described in ``damaged``."""
    for start, end in spans:
        line = data.count(b"\n", 0, start) + 1
        size = end - start
        noun = "byte" if size == 1 else "bytes"
        shown = data[start : min(end, start + 8)].hex(" ") + (" …" if size > 8 else "")
        verb = "is" if size == 1 else "are"
        damaged.append(
            f"line {line}: {size} {noun} that {verb} not {encoding} ({shown}), shown as \ufffd"
        )
    return text


@dataclass(frozen=True)
class _Guess:
    """The likeliest East Asian reading of bytes that are not UTF-8."""

    name: str
    text: str
    spans: list[tuple[int, int]]
    #: The next likeliest reading's name, when it was too close to rule out.
    runner_up: str | None
    doubtful: bool


#: The legacy encodings tried on text that is not UTF-8: (name shown, Python codec, error
#: handler, Japanese). Shift-JIS takes the characters Windows' cp932 adds, which Japanese
#: Windows writes, but not the private-use code points cp932 gives bytes that are no character.
_LEGACY: Final = (
    ("GB18030", "gb18030", "broadsheet.record", False),
    ("Big5", "big5", "broadsheet.record", False),
    ("Shift-JIS", "shift_jis", "broadsheet.cp932", True),
    ("EUC-JP", "euc_jp", "broadsheet.record", True),
)
#: A reading scoring below this (see _reading_score) is a guess worth a warning...
_SURE_SCORE: Final = 0.6
#: ...and so is one whose lead over the next reading is smaller than this.
_SURE_MARGIN: Final = 0.25


def _guess_east_asian(data: bytes) -> _Guess | None:
    """Read ``data`` in each legacy encoding and keep the reading whose characters are the most
    common; None when every reading has more than one bad byte in _MAX_BAD_SHARE.

    Every encoding here decodes most byte strings of the others without error (GB18030 almost
    all of them), so only what the characters are can tell: text in its own encoding is made
    of common ideographs (and kana, if Japanese), the same bytes read wrongly of rare
    ideographs, private-use code points, symbols and letters of other scripts.
    """
    readings: list[tuple[float, float, str, str, list[tuple[int, int]]]] = []
    for name, codec, errors, japanese in _LEGACY:
        text, spans = _with_replacement(data, codec, errors)
        if sum(end - start for start, end in spans) * _MAX_BAD_SHARE > len(data):
            continue
        if not any(ch > "\x7f" and ch != "\ufffd" for ch in text):
            # Only bad bytes beside ASCII (a stray byte in English text): no character of this
            # encoding was read, so it says nothing; the text is UTF-8 with damage.
            continue
        score, unpenalised = _reading_score(text, japanese)
        readings.append((score, unpenalised, name, text, spans))
    if not readings:
        return None
    # The highest score wins; on a tie, the earlier (more widely used) encoding. The kana rule
    # picks between readings but does not make the pick sure: a reading it alone held back,
    # or any other close one, is named in the warning.
    best = max(readings, key=lambda reading: reading[0])
    score, _, name, text, spans = best
    close = [r for r in readings if r is not best and score - max(r[0], r[1]) < _SURE_MARGIN]
    runner_up = max(close, key=lambda reading: reading[1])[2] if close else None
    return _Guess(name, text, spans, runner_up, score < _SURE_SCORE or bool(close))


def _reading_score(text: str, japanese: bool) -> tuple[float, float]:
    """The mean weight (_character_weights, -1 to 1) of the text's characters that are neither
    ASCII nor punctuation (0 when it has none), less _NO_KANA for a Japanese reading with
    hardly any kana; and the same mean without that rule.

    EUC-JP and GB 2312 lay out their ideographs in the same rows, so Chinese bytes read as
    EUC-JP (and Japanese ones read as GB18030) come out as common ideographs too; what tells
    them apart is the kana, which Japanese prose is full of and Chinese prose lacks.
    """
    weights = _character_weights(japanese)
    total = judged = kana = 0
    for ch in text:
        if ch > "\x7f":
            weight = weights.get(ch, -1)
            if weight:
                total += weight
                judged += 1
                kana += "\u3041" <= ch <= "\u30ff"
    if not judged:
        return 0.0, 0.0
    score = total / judged
    return (score - _NO_KANA if japanese and kana * _KANA_SHARE < judged else score), score


#: A Japanese reading with fewer than one kana in this many judged characters...
_KANA_SHARE: Final = 10
#: ...loses this much of its score.
_NO_KANA: Final = 0.5


@cache
def _character_weights(japanese: bool) -> dict[str, int]:
    """+1 for a common ideograph and, in a Japanese reading, for kana; 0 for punctuation and
    full-width forms; every other character (kana in a Chinese reading too) counts -1.

    Common ideographs are the ones each national standard ranks as its most used: GB 2312's
    level 1 (3,755, mainland), Big5's level 1 (5,401, Taiwan and Hong Kong) and JIS X 0208's
    level 1 (2,965, Japan), read out of Python's own codecs, so the table needs no data file.
    """
    common: set[str] = set()
    for codec, leads, trails, last in (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF), b"\xd7\xf9"),
        ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], b"\xc6\x7e"),
        ("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF), b"\xcf\xd3"),
    ):
        # Each level fills its rows up to ``last`` without a gap: one decode reads it all.
        codes = (bytes((lead, trail)) for lead in leads for trail in trails)
        common.update(b"".join(code for code in codes if code <= last).decode(codec))
    weights = dict.fromkeys(common, 1)
    kana = 1 if japanese else -1
    weights.update((chr(c), kana) for c in range(0x3041, 0x3100))
    for low, high in ((0x2000, 0x206F), (0x3000, 0x303F), (0xFF01, 0xFF60), (0xFFE0, 0xFFEE)):
        weights.update((chr(c), 0) for c in range(low, high + 1))
    weights["\u00b7"] = 0  # the middle dot between names
    return weights


#: Control characters no text page holds (tab, line feed, vertical tab and form feed it may).
_CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f]")


def _looks_binary(text: str) -> bool:
    controls = len(_CONTROL.findall(text))
    return controls > max(2, len(text) // 100)
