"""Qt-free parsing: bytes on disk to Issue, Page and Article objects.

The public entry points are :func:`load_issue` (a page file or an issue folder) and
:func:`parse_page_text` (one page of decoded text). They are imported when first asked for, so
that the format registry (``reader.parse.formats``) can be read without loading the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.parse.formats.text import parse_page_text
    from reader.parse.issue import load_issue, load_page

__all__ = ["load_issue", "load_page", "parse_page_text"]


def __getattr__(name: str) -> Any:
    # Plain import statements (not importlib with a string), so that PyInstaller's analysis
    # sees the modules and the bundle holds them.
    if name == "load_issue":
        from reader.parse.issue import load_issue

        return load_issue
    if name == "load_page":
        from reader.parse.issue import load_page

        return load_page
    if name == "parse_page_text":
        from reader.parse.formats.text import parse_page_text

        return parse_page_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
