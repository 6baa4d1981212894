"""HTML export, and the story markup the PDF lays out: page text passes only through escape_html."""

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
from reader.text.escape import escape_html

#: Styles for the exported HTML file; the PDF has its own (Qt's rich text knows less CSS).
HTML_STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif;
       max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
html:lang(zh-Hant) body { font-family: "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC",
       serif; }
article { margin: 0 0 3em; padding-bottom: 2em; border-bottom: 1px solid #ccc; }
.kicker { color: #555; margin: 0; }
h2.headline { font-size: 1.6em; margin: .2em 0; }
h2.derived { font-style: italic; font-weight: normal; }
.note { font-size: .7em; color: #777; font-style: normal; }
.subheadline { font-size: 1.15em; color: #333; margin: .2em 0 .8em; }
.byline, .dateline { color: #444; margin: .2em 0; }
.jump { color: #666; font-style: italic; }
.credit { color: #555; font-size: .9em; }
.citation { color: #666; font-size: .85em; border-top: 1px dotted #bbb; padding-top: .4em; }
.hl { background: #fff0a0; }
nav li { margin: .2em 0; }
"""

#: Nothing in an exported file may load anything: no images, scripts, fonts or frames.
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def marked(text: str, terms: Sequence[str]) -> str:
    """Escaped ``text`` with each occurrence of ``terms`` wrapped in ``<span class="hl">``."""
    if not terms:
        return escape_html(text)
    return "".join(
        f'<span class="hl">{escape_html(piece)}</span>' if hit else escape_html(piece)
        for piece, hit in split_marked(text, terms)
    )


def story_html(
    parts: StoryParts,
    anchor: str,
    terms: Sequence[str] = (),
    *,
    page_break: bool = False,
    wrapper: str = "article",
    body_anchor: str | None = None,
    labels: Labels = ENGLISH,
) -> str:
    """One story as HTML, in reading-pane order, with its citation line last.

    ``anchor`` names the story (an ``id`` for links, and an ``<a name>`` that the PDF layout
    finds again to learn the page a story starts on). ``page_break`` starts it on a new page.
    ``body_anchor`` names the first paragraph too, so that the PDF can keep headings with it.
    """

    def para(cls: str, text: str | None) -> str:
        if not text:
            return ""
        return f'<p class="{cls}">{marked(text, terms)}</p>\n'

    brk = ' style="page-break-before: always"' if page_break else ""
    out = [f'<{wrapper} class="story {parts.kind.value}" id="{anchor}">\n']
    # The anchor sits on the story's first line of text so that the PDF layout can find it.
    first = True

    def opening(tag: str, cls: str, inner: str) -> str:
        nonlocal first
        extra = brk if first else ""
        if first:
            inner = f'<a name="{anchor}">{inner}</a>'
        first = False
        return f'<{tag} class="{cls}"{extra}>{inner}</{tag}>\n'

    if parts.kicker:
        out.append(opening("p", "kicker", marked(parts.kicker, terms)))
    title = marked(parts.title, terms)
    if parts.title_is_derived:
        note = f' <span class="note">[{escape_html(labels.derived_title)}]</span>'
        out.append(opening("h2", "headline derived", f"<i>{title}</i>{note}"))
    else:
        out.append(opening("h2", "headline", title))
    out.append(para("subheadline", parts.subheadline))
    out.append(para("byline", parts.byline))
    out.append(para("dateline", parts.dateline))
    out.append(para("jump", parts.continued_from))
    for index, text in enumerate(parts.paragraphs):
        if index == 0 and body_anchor:
            out.append(f'<p class="body"><a name="{body_anchor}">{marked(text, terms)}</a></p>\n')
        else:
            out.append(para("body", text))
    out.append(para("jump", parts.continued_to))
    out.append(para("credit", parts.credit))
    out.append(f'<p class="citation">{escape_html(parts.citation)}</p>\n')
    out.append(f"</{wrapper}>\n")
    return "".join(out)


def story_anchor(index: int) -> str:
    """The id of the ``index``-th exported story (ids from pages may repeat across issues)."""
    return f"story-{index + 1}"


def render_html(
    items: Sequence[ExportItem],
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> str:
    """The whole export as one self-contained HTML document."""
    labels = document_labels(items)
    title = document_title(items, options, labels)
    out = [
        f'<!DOCTYPE html>\n<html lang="{labels.tag}">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
        '<meta name="generator" content="Broadsheet">\n',
        f"<title>{escape_html(title)}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n",
        f"<h1>{escape_html(title)}</h1>\n",
    ]
    parts = [story_parts(item) for item in items]
    if options.contents:
        out.append(f'<nav class="contents">\n<h2>{escape_html(labels.contents)}</h2>\n<ol>\n')
        for index, story in enumerate(parts):
            link = f'<a href="#{story_anchor(index)}">{escape_html(story.title)}</a>'
            out.append(f"<li>{link}</li>\n")
        out.append("</ol>\n</nav>\n")
    for index, story in enumerate(parts):
        check_cancel(cancel)
        out.append(story_html(story, story_anchor(index), options.highlight_terms, labels=labels))
        report(progress, index + 1, len(parts))
    out.append("</body>\n</html>\n")
    return "".join(out)
