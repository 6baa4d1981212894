"""Qt-free parsing: bytes on disk to Issue, Page and Article objects.

The public entry points are :func:`load_issue` (a page file or an issue folder) and
:func:`parse_page_text` (one page of decoded text). They are imported when first asked for, so
that the format registry (``reader.parse.formats``) can be read without loading the parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.parse.formats.text import parse_page_text
    from reader.parse.issue import load_issue, load_page

__all__ = ["load_issue", "load_page", "parse_page_text"]

_HOMES = {
    "load_issue": "reader.parse.issue",
    "load_page": "reader.parse.issue",
    "parse_page_text": "reader.parse.formats.text",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
