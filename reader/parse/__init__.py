"""Qt-free parsing: bytes on disk to Issue, Page and Article objects.

The public entry points are :func:`load_issue` (a page file or an issue folder) and
:func:`parse_page_text` (one page of decoded text).
"""

from reader.parse.formats.text import parse_page_text
from reader.parse.issue import load_issue, load_page

__all__ = ["load_issue", "load_page", "parse_page_text"]
