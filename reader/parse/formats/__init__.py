"""The one table of page formats: each format's name, file patterns, a sniff of the first bytes,
and its reader. The parser, the store's folder scan, the command line and the Open dialogs ask it;
nobody else keeps a list of extensions.

Light to import (no parser): the store and the window read the patterns without loading the
parser; a format's reader is imported when a page of that format is read.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reader.errors import InputError

if TYPE_CHECKING:
    from reader.model import Issue, Page

#: How much of a file the sniffers look at.
SNIFF_BYTES = 8192


class PageReader(Protocol):
    """Turns the bytes of one page file into a Page (raising InputError for bad input)."""

    def __call__(
        self, data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
    ) -> Page: ...


@dataclass(frozen=True, slots=True)
class PageFormat:
    """One page format: what it is called, which file names it takes, how its content looks."""

    #: The name people see: "plain text", "ALTO XML" …
    name: str
    #: Glob patterns of its file names, lower case ("*.txt", "*.alto.xml").
    patterns: tuple[str, ...]
    #: True when the first bytes of a file (up to SNIFF_BYTES) are in this format.
    sniff: Callable[[bytes], bool]
    #: Its PageReader (which imports the format's module when first called); None while the
    #: format is not supported yet, or for formats of whole issues.
    reader: PageReader | None = None
    #: Reads a whole issue from a file of this format (METS: the file names the pages), or None
    #: for formats of single pages.
    issue_reader: Callable[[Path], Issue] | None = None

    @property
    def supported(self) -> bool:
        return self.reader is not None or self.issue_reader is not None

    def matches_name(self, name: str) -> bool:
        lowered = name.lower()
        return any(fnmatch.fnmatchcase(lowered, pattern) for pattern in self.patterns)

    def read(
        self,
        data: bytes,
        path: Path,
        number: int = 1,
        name: str | None = None,
        newspaper: str | None = None,
    ) -> Page:
        """Read one page of this format; InputError when the format is not supported yet."""
        if self.reader is None:
            if self.issue_reader is not None:
                raise InputError(f"a {self.name} file is an issue, not a page: open it", path)
            raise InputError(f"{self.name} is not supported yet", path)
        return self.reader(data, path, number, name, newspaper)

    def read_issue(self, path: Path) -> Issue:
        """Read the whole issue a file of this format describes (see ``issue_reader``)."""
        if self.issue_reader is None:
            raise InputError(f"{self.name} describes a page, not an issue", path)
        return self.issue_reader(path)


_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_PROLOGUE = re.compile(
    rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)", re.DOTALL | re.IGNORECASE
)


def _as_utf8(head: bytes) -> bytes:
    """``head`` without its byte-order mark, UTF-16 re-encoded as UTF-8 (enough to sniff)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf")


def root_element(head: bytes) -> str | None:
    """The local name of the first element when ``head`` starts as XML or HTML, else None.

    A byte-order mark, the XML declaration, comments and a doctype may come first; UTF-16 is
    read too. Plain text (even text that mentions a tag later on) gives None.
    """
    head = _as_utf8(head)
    position = 0
    while match := _PROLOGUE.match(head, position):
        if match.end() == position:
            break
        position = match.end()
    rest = head[position:].lstrip()
    tag = _TAG.match(rest)
    if tag is None:
        return None
    return tag.group(1).rsplit(b":", 1)[-1].decode("ascii", errors="replace").lower()


#: Root elements of the markup formats; text starting with another tag (``<img …>`` printed on
#: a page) is still text unless an XML declaration or a doctype says it is a document.
_DOCUMENT_ROOTS = frozenset({"alto", "mets", "html"})


def is_markup(head: bytes) -> bool:
    """Whether ``head`` starts an XML or HTML document rather than a page of text."""
    start = _as_utf8(head).lstrip()[:9].lower()
    if start.startswith((b"<?xml", b"<!doctype")):
        return True
    root = root_element(head)
    return root is not None and root in _DOCUMENT_ROOTS


def _is_plain_text(head: bytes) -> bool:
    return not is_markup(head)


def _is_alto(head: bytes) -> bool:
    return root_element(head) == "alto"


def _is_mets(head: bytes) -> bool:
    return root_element(head) == "mets"


def _is_hocr(head: bytes) -> bool:
    return root_element(head) == "html" and (b"ocr_page" in head or b"ocr-system" in head)


def _read_plain_text(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    from reader.parse.formats.text import read_text_page  # the parser, loaded when first used

    return read_text_page(data, path, number, name, newspaper)


def _read_alto(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    from reader.parse.formats.alto import read_alto_page

    return read_alto_page(data, path, number, name, newspaper)


def _read_hocr(
    data: bytes, path: Path, number: int, name: str | None, newspaper: str | None
) -> Page:
    from reader.parse.formats.hocr import read_hocr_page

    return read_hocr_page(data, path, number, name, newspaper)


def _read_mets(path: Path) -> Issue:
    from reader.parse.formats.mets import read_mets_issue

    return read_mets_issue(path)


PLAIN_TEXT = PageFormat("plain text", ("*.txt",), _is_plain_text, _read_plain_text)
ALTO = PageFormat("ALTO XML", ("*.alto.xml", "*.alto", "*.xml"), _is_alto, _read_alto)
METS = PageFormat("METS XML", ("*.mets.xml", "*mets.xml"), _is_mets, issue_reader=_read_mets)
HOCR = PageFormat("hOCR", ("*.hocr", "*.hocr.html", "*.html", "*.htm"), _is_hocr, _read_hocr)

#: Every page format, the most specific sniff first (plain text takes what is not markup).
FORMATS: tuple[PageFormat, ...] = (ALTO, METS, HOCR, PLAIN_TEXT)


def sniff_format(head: bytes, formats: Iterable[PageFormat] = FORMATS) -> PageFormat | None:
    """The format whose sniff recognises ``head`` (the first bytes of a file), if any."""
    return next((f for f in formats if f.sniff(head[:SNIFF_BYTES])), None)


#: File name endings that say a file holding a tag at its start is a markup document.
_MARKUP_SUFFIXES = frozenset({".xml", ".html", ".htm", ".xhtml", ".hocr"})


def format_for_data(data: bytes, path: Path) -> PageFormat:
    """The format of a page file's bytes (its content decides, not its name).

    Markup that is none of the known formats is refused with one line naming the file. The
    name only settles what the content leaves open: text opening on a tag is a page of text
    (``<img …>`` printed on it), but in a file named as markup (``.xml``, ``.html``) it is that
    document, with or without its XML declaration.
    """
    found = sniff_format(data)
    root = root_element(data[:SNIFF_BYTES])
    if found is PLAIN_TEXT and root is not None and path.suffix.lower() in _MARKUP_SUFFIXES:
        found = None
    if found is None and root is None:
        # A prologue longer than the sniff (a doctype with a long internal subset): parse it
        # safely (which refuses entity declarations) to see the root.
        from reader.parse.formats.xml import local_name, parse_xml

        root = local_name(parse_xml(data, path)).lower()
        found = next((f for f in FORMATS if f.sniff(f"<{root}>".encode())), None)
    if found is None:
        known = ", ".join(f.name for f in FORMATS)
        raise InputError(f"<{root}> document is not a page format Broadsheet knows ({known})", path)
    return found


def is_page_name(name: str) -> bool:
    """Whether a file of this name may be a page (of any registered format)."""
    return any(f.matches_name(name) for f in FORMATS)


def page_patterns(formats: Iterable[PageFormat] = FORMATS) -> list[str]:
    """Every file pattern of ``formats``, without repeats, in table order."""
    return list(dict.fromkeys(p for f in formats for p in f.patterns))


def read_page(
    data: bytes,
    path: Path,
    number: int = 1,
    name: str | None = None,
    newspaper: str | None = None,
) -> Page:
    """Read one page file's bytes with the reader of its format."""
    return format_for_data(data, path).read(data, path, number, name, newspaper)


__all__ = [
    "ALTO",
    "FORMATS",
    "HOCR",
    "METS",
    "PLAIN_TEXT",
    "PageFormat",
    "format_for_data",
    "is_markup",
    "is_page_name",
    "page_patterns",
    "read_page",
    "root_element",
    "sniff_format",
]
