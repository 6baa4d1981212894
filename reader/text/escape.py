"""Escaping page text: the one function through which it reaches any rich-text widget or HTML
file, and its Markdown counterpart for the Markdown exports."""

from __future__ import annotations

import functools
import re

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


@functools.cache
def _markdown_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled when first needed: the window imports this module on its start-up path."""
    return (
        # Characters that start emphasis, code, links, raw HTML, entities or strikethrough
        # anywhere in a line. "&" only matters before an entity name; "!" only before "["
        # (already escaped).
        re.compile(r"([\\`*_\[\]<>~|])|&(?=#?\w+;)"),
        # What turns a line into a heading, quote, list item, rule or setext underline.
        re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|=+\s*$|-+\s*$)"),
        re.compile(r"^(\d{1,9})([.)])(?=\s|$)"),
    )


def escape_markdown(text: str) -> str:
    """Escape ``text`` so a Markdown renderer shows it literally and as one paragraph line.

    Inline syntax (``*``, ``_``, `` ` ``, ``[``, ``<`` …) is backslash-escaped everywhere; block
    syntax (``#``, ``>``, ``-``, ``1.`` …) only where it would act: at the start of the line.
    Leading spaces are dropped so that indentation cannot make a code block.
    """
    inline, line_start, ordered = _markdown_patterns()
    out_lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.lstrip(" \t")
        line = inline.sub(lambda m: "\\" + m.group(0), line)
        line = ordered.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        if line_start.match(line):
            line = "\\" + line
        out_lines.append(line)
    # Page text never carries hard breaks of its own; a lone newline is kept as a Markdown break.
    return "  \n".join(out_lines)
