"""Plain-text export: stories in reading-pane order, separated by rules, with citations."""

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
    story_parts,
)
from reader.text.escape import escape_controls

RULE = "-" * 40


def story_text(parts: StoryParts, labels: Labels = ENGLISH) -> str:
    """One story as plain text; highlight terms cannot be shown in plain text and are ignored."""
    head = [parts.kicker] if parts.kicker else []
    note = labels.derived_title
    head.append(f"{parts.title} [{note}]" if parts.title_is_derived else parts.title)
    head += [t for t in (parts.subheadline,) if t]
    blocks = ["\n".join(head)]
    credits = [t for t in (parts.byline, parts.dateline) if t]
    if credits:
        blocks.append("\n".join(credits))
    if parts.continued_from:
        blocks.append(parts.continued_from)
    blocks.extend(parts.paragraphs)
    blocks.extend(t for t in (parts.continued_to, parts.credit) if t)
    blocks.append(f"[{parts.citation}]")
    return "\n\n".join(blocks) + "\n"


def render_text(
    items: Sequence[ExportItem],
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> str:
    """The whole export as plain text (control and bidi characters of the page written as
    visible escapes: a text file is read in terminals too)."""
    labels = document_labels(items)
    out = [document_title(items, options, labels)]
    parts = [story_parts(item) for item in items]
    if options.contents:
        listed = "\n".join(f"{n}. {p.title}" for n, p in enumerate(parts, 1))
        out.append(f"{labels.contents}\n\n{listed}")
    for index, story in enumerate(parts):
        check_cancel(cancel)
        out.append(RULE + "\n\n" + story_text(story, labels))
        report(progress, index + 1, len(parts))
    return escape_controls("\n\n".join(out))
