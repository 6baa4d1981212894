"""Escaping page text: the one function through which it reaches any rich-text widget or HTML
file, its Markdown counterpart for the Markdown exports, and the one that makes control
characters harmless wherever text is shown (terminal, JSON, exports)."""

from __future__ import annotations

import functools
import re
from typing import TextIO

#: Characters that rewrite a terminal (ESC sequences, BEL, carriage return, backspace …) or
#: reorder the text around them when shown (bidi embeddings, overrides, isolates and marks):
#: the C0 controls but tab and line feed, DEL, the C1 controls, and U+061C, U+200E-U+200F,
#: U+202A-U+202E, U+2066-U+2069.
UNSAFE_CHARACTERS = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u061c", "\u200e", "\u200f"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_VISIBLE = {
    c: f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" for c in UNSAFE_CHARACTERS
}
_AS_VISIBLE = str.maketrans(_VISIBLE)
_AS_JSON = str.maketrans({c: f"\\u{ord(c):04x}" for c in UNSAFE_CHARACTERS})

#: ``html.escape(text, quote=True)``'s table, without importing ``html`` (and its ~2,000 named
#: entities) on the window's start-up path; control characters are shown as escapes.
_ENTITIES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", **_VISIBLE}
)


def escape_controls(text: str, *, json: bool = False) -> str:
    """``text`` with every unsafe character (:data:`UNSAFE_CHARACTERS`) written as an escape.

    Shown text gets ``\\x1b``, ``\\x07``, ``\\u202e`` (visible, harmless, nothing lost); with
    ``json=True`` the JSON form ``\\u001b``, for text that is already a JSON document (the
    characters can only occur inside its strings, where that escape means the character).
    """
    return text.translate(_AS_JSON if json else _AS_VISIBLE)


def json_text(data: object) -> str:
    """``data`` as indented UTF-8 JSON in which every unsafe character is a ``\\uXXXX`` escape
    (``json.dumps`` escapes C0 controls by itself but leaves DEL, C1 and bidi controls raw)."""
    import json  # not on the window's start-up path

    return escape_controls(json.dumps(data, ensure_ascii=False, indent=2), json=True)


def terminal_text(text: str, stream: TextIO) -> str:
    """``text`` as it may be written to ``stream``: escaped when the stream is a terminal."""
    isatty = getattr(stream, "isatty", None)
    return escape_controls(text) if isatty is not None and isatty() else text


def escape_html(text: str) -> str:
    """Escape untrusted page text for HTML: ``<``, ``>``, ``&`` and both quotes become entities.

    Nothing in the result can open a tag, an attribute or an entity of its own, so markup printed
    on a page (``<img src=…>``, ``<a href=…>``, ``<style>``) shows literally and loads nothing.
    Line breaks become ``<br>`` so that multi-line text keeps its shape.
    """
    return text.replace("\r\n", "\n").translate(_ENTITIES).replace("\n", "<br>")


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
    Leading spaces are dropped so that indentation cannot make a code block. Control and bidi
    characters are written as visible escapes (``\\x1b``, ``\\u202e``).
    """
    inline, line_start, ordered = _markdown_patterns()
    out_lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = escape_controls(line.lstrip(" \t"))
        line = inline.sub(lambda m: "\\" + m.group(0), line)
        line = ordered.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        if line_start.match(line):
            line = "\\" + line
        out_lines.append(line)
    # Page text never carries hard breaks of its own; a lone newline is kept as a Markdown break.
    return "  \n".join(out_lines)
