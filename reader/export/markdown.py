"""Markdown export: one section per story, page text escaped so that it stays plain text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.export.common import (
    DERIVED_TITLE_NOTE,
    CancelCheck,
    ExportItem,
    ExportOptions,
    ProgressCallback,
    StoryParts,
    check_cancel,
    document_title,
    report,
    split_marked,
    story_parts,
)
from reader.text.escape import escape_controls

# Characters that start emphasis, code, links, raw HTML, entities or strikethrough anywhere in a
# line. "&" only matters before an entity name; "!" only before "[" (already escaped).
_INLINE = re.compile(r"([\\`*_\[\]<>~|])|&(?=#?\w+;)")
# What turns a line into a heading, quote, list item, rule or setext underline.
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|=+\s*$|-+\s*$)")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def escape_markdown(text: str) -> str:
    """Escape ``text`` so a Markdown renderer shows it literally and as one paragraph line.

    Inline syntax (``*``, ``_``, `` ` ``, ``[``, ``<`` …) is backslash-escaped everywhere; block
    syntax (``#``, ``>``, ``-``, ``1.`` …) only where it would act: at the start of the line.
    Leading spaces are dropped so that indentation cannot make a code block. Control and bidi
    characters are written as visible escapes (``\\x1b``, ``\\u202e``).
    """
    out_lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = escape_controls(line.lstrip(" \t"))
        line = _INLINE.sub(lambda m: "\\" + m.group(0), line)
        line = _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        if _LINE_START.match(line):
            line = "\\" + line
        out_lines.append(line)
    # Page text never carries hard breaks of its own; a lone newline is kept as a Markdown break.
    return "  \n".join(out_lines)


def marked(text: str, terms: Sequence[str]) -> str:
    """Escaped ``text`` with each occurrence of ``terms`` in bold (Markdown has no highlight)."""
    return "".join(
        f"**{escape_markdown(piece)}**" if hit else escape_markdown(piece)
        for piece, hit in split_marked(text, terms)
    )


def story_markdown(parts: StoryParts, terms: Sequence[str] = ()) -> str:
    """One story in reading-pane order, ending with its citation as a quote line."""
    lines: list[str] = []
    if parts.kicker:
        lines.append(f"*{marked(parts.kicker, terms)}*\n")
    if parts.title_is_derived:
        lines.append(f"## *{marked(parts.title, terms)}* ({DERIVED_TITLE_NOTE})\n")
    else:
        lines.append(f"## {marked(parts.title, terms)}\n")
    if parts.subheadline:
        lines.append(f"### {marked(parts.subheadline, terms)}\n")
    credits = [marked(t, terms) for t in (parts.byline, parts.dateline) if t]
    if credits:
        lines.append("  \n".join(credits) + "\n")
    if parts.continued_from:
        lines.append(f"*{escape_markdown(parts.continued_from)}*\n")
    lines.extend(marked(p, terms) + "\n" for p in parts.paragraphs)
    if parts.continued_to:
        lines.append(f"*{escape_markdown(parts.continued_to)}*\n")
    if parts.credit:
        lines.append(f"*{marked(parts.credit, terms)}*\n")
    lines.append(f"> {escape_markdown(parts.citation)}\n")
    return "\n".join(lines)


def render_markdown(
    items: Sequence[ExportItem],
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> str:
    """The whole export as one Markdown document."""
    out = [f"# {escape_markdown(document_title(items, options))}\n"]
    parts = [story_parts(item) for item in items]
    if options.contents:
        out.append("## Contents\n")
        out.append(
            "\n".join(f"{n}. {escape_markdown(p.title)}" for n, p in enumerate(parts, 1)) + "\n"
        )
    for index, story in enumerate(parts):
        check_cancel(cancel)
        out.append("---\n")
        out.append(story_markdown(story, options.highlight_terms))
        report(progress, index + 1, len(parts))
    return "\n".join(out)
