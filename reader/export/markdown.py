"""Markdown export: one section per story, page text escaped so that it stays plain text."""

from __future__ import annotations

from collections.abc import Sequence

from reader.export.common import (
    ENGLISH,
    CancelCheck,
    ExportItem,
    ExportOptions,
    Labels,
    ProgressCallback,
    StoryParts,
    check_cancel,
    document_labels,
    document_title,
    report,
    split_marked,
    story_parts,
)
from reader.text.escape import escape_markdown


def marked(text: str, terms: Sequence[str]) -> str:
    """Escaped ``text`` with each occurrence of ``terms`` in bold (Markdown has no highlight)."""
    return "".join(
        f"**{escape_markdown(piece)}**" if hit else escape_markdown(piece)
        for piece, hit in split_marked(text, terms)
    )


def story_markdown(parts: StoryParts, terms: Sequence[str] = (), labels: Labels = ENGLISH) -> str:
    """One story in reading-pane order, ending with its citation as a quote line."""
    lines: list[str] = []
    if parts.kicker:
        lines.append(f"*{marked(parts.kicker, terms)}*\n")
    if parts.title_is_derived:
        lines.append(f"## *{marked(parts.title, terms)}* ({labels.derived_title})\n")
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
    labels = document_labels(items)
    out = [f"# {escape_markdown(document_title(items, options, labels))}\n"]
    parts = [story_parts(item) for item in items]
    if options.contents:
        out.append(f"## {labels.contents}\n")
        out.append(
            "\n".join(f"{n}. {escape_markdown(p.title)}" for n, p in enumerate(parts, 1)) + "\n"
        )
    for index, story in enumerate(parts):
        check_cancel(cancel)
        out.append("---\n")
        out.append(story_markdown(story, options.highlight_terms, labels))
        report(progress, index + 1, len(parts))
    return "\n".join(out)
