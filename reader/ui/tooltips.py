"""Tooltips that show page text as it is printed.

Qt reads a tooltip as rich text when it looks like markup (``Qt.mightBeRichText``: a tag
before the first line break), so OCR text such as ``< I CERTAIN THEY HAVE SWINDLER >`` or
``NO.<p></p>GARRISON`` (both on real 1916 pages) vanished or broke in a tooltip, and a page
could style it. Such text is escaped (``escape_html``) and marked as rich text; plain text is
left as it is.
"""

from __future__ import annotations

from PySide6.QtGui import Qt

from reader.text.escape import escape_html


def plain_tooltip(text: str | None) -> str | None:
    """``text`` as a tooltip that shows it as typed, line breaks kept; None stays None."""
    if text is None or not Qt.mightBeRichText(text):
        return text
    return f"<qt>{escape_html(text)}</qt>"
