"""The one function through which page text reaches any rich-text widget or HTML file."""

from __future__ import annotations

#: ``html.escape(text, quote=True)``'s table, without importing ``html`` (and its ~2,000 named
#: entities) on the window's start-up path.
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape_html(text: str) -> str:
    """Escape untrusted page text for HTML: ``<``, ``>``, ``&`` and both quotes become entities.

    Nothing in the result can open a tag, an attribute or an entity of its own, so markup printed
    on a page (``<img src=…>``, ``<a href=…>``, ``<style>``) shows literally and loads nothing.
    Line breaks become ``<br>`` so that multi-line text keeps its shape.
    """
    return text.translate(_ENTITIES).replace("\r\n", "\n").replace("\n", "<br>")
