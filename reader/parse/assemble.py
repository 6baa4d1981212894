"""Typed units to articles: bodies from paragraphs, headlines matched to bodies by evidence."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.model import Article, ArticleKind, ContinuationLink
from reader.parse.classify import (
    byline_names,
    is_byline_line,
    match_byline_lead,
    match_continuation,
    match_dateline,
    match_teaser_pointer,
)
from reader.parse.echo import EchoIndex, title_score
from reader.parse.reflow import Unit
from reader.text.cjk import (
    LineJoiner,
    drop_soft_hyphens,
    ends_sentence,
    join_lines,
    repair_spacing,
)

#: A story of one paragraph shorter than this is a brief.
BRIEF_MAX_CHARS = 150
#: A body closed by a photo credit is a caption when it is at most this long.
CAPTION_MAX_CHARS = 600
CAPTION_MAX_PARAGRAPHS = 3
#: Textual evidence needed to attach a title that does not stand directly above its body.
DETACHED_TITLE_SCORE = 0.6
#: A title in the stack above a body goes elsewhere only when another body matches it at least
#: this well and this much better.
STACK_STEAL_SCORE = 0.5
STACK_STEAL_MARGIN = 0.3


@dataclass(slots=True)
class Title:
    text: str
    style: str
    first: int
    last: int
    pointer: ContinuationLink | None = None
    body: Body | None = None


@dataclass(slots=True)
class Body:
    paragraphs: list[str] = field(default_factory=list)
    dateline: str | None = None
    byline: str | None = None
    credit: str | None = None
    continued_to: ContinuationLink | None = None
    continued_from: ContinuationLink | None = None
    first: int = 0
    last: int = 0
    titles: list[Title] = field(default_factory=list)
    #: Open to more paragraphs (no title, credit or new story has closed it).
    open: bool = True
    #: Joins the last paragraph with the blocks that run on into it, until it is closed.
    run_on: LineJoiner | None = None

    def last_ends_sentence(self) -> bool:
        if self.run_on is not None:
            return self.run_on.ends_sentence
        return ends_sentence(self.paragraphs[-1])

    def continue_paragraph(self, text: str, known_words: frozenset[str]) -> None:
        """The last paragraph runs on with ``text`` from the next block (a column break).

        The pieces are joined once, when the paragraph closes: joining as they come would copy
        the growing paragraph for every block.
        """
        if self.run_on is None:
            self.run_on = LineJoiner(known_words)
            self.run_on.add(self.paragraphs[-1])
        self.run_on.add(text)

    def close_paragraph(self) -> int:
        """Join a paragraph that ran on across blocks; returns the end-of-line hyphens removed."""
        if self.run_on is None:
            return 0
        self.paragraphs[-1] = repair_spacing(self.run_on.text())
        removed = self.run_on.removed_hyphens
        self.run_on = None
        return removed

    def touch(self, unit: Unit) -> None:
        self.first = unit.first if not self.first else min(self.first, unit.first)
        self.last = max(self.last, unit.last)

    @property
    def is_caption(self) -> bool:
        return (
            self.credit is not None
            and self.dateline is None
            and self.byline is None
            and 0 < len(self.paragraphs) <= CAPTION_MAX_PARAGRAPHS
            and sum(len(p) for p in self.paragraphs) <= CAPTION_MAX_CHARS
        )

    @property
    def lead(self) -> str:
        return "".join(self.paragraphs[:2])[:400]


@dataclass(slots=True)
class Assembly:
    articles: list[Article]
    unplaced: list[str]
    removed_hyphens: int


def unit_text(unit: Unit, known_words: frozenset[str]) -> tuple[str, int]:
    """Join a unit's lines into text; credits keep a space between their lines."""
    raw = [line.text for line in unit.lines]
    if unit.kind == "credit":
        return drop_soft_hyphens(" ".join(raw)), 0
    return join_lines(raw, known_words)


def assemble(units: Sequence[Unit], page_number: int, known_words: frozenset[str]) -> Assembly:
    """Build the page's articles from its units in printed order."""
    sequence: list[Title | Body] = []
    unplaced: list[str] = []
    removed = 0
    current: Body | None = None
    pending_byline: str | None = None
    pending_from: ContinuationLink | None = None

    def new_body(unit: Unit) -> Body:
        nonlocal pending_byline, pending_from
        body = Body()
        body.touch(unit)
        if pending_byline:
            body.byline, pending_byline = pending_byline, None
        if pending_from:
            body.continued_from, pending_from = pending_from, None
        sequence.append(body)
        return body

    # A block that ends in a photo credit is a caption: it starts an item of its own.
    credit_blocks = {unit.block for unit in units if unit.kind == "credit"}
    last_block = -1
    for unit in units:
        text, hyphens = unit_text(unit, known_words)
        removed += hyphens
        if unit.kind == "title":
            current = None
            title = Title(repair_spacing(text), unit.style, unit.first, unit.last)
            pointer = match_teaser_pointer(title.text)
            if pointer:
                title.pointer, title.text = pointer
            sequence.append(title)
            continue
        if unit.kind == "credit":
            target = current or _last_body(sequence)
            if target is not None and target.credit is None:
                target.credit = text
                target.touch(unit)
                target.open = False
            else:
                unplaced.append(text)
            current = None
            continue
        # A paragraph.
        if is_byline_line(text):
            if current is not None and not current.paragraphs and current.byline is None:
                current.byline = text
                current.touch(unit)
            else:
                if pending_byline:
                    # Two bylines with no story between: the first has no place; keep it.
                    unplaced.append(pending_byline)
                pending_byline = text
                current = None
            continue
        jump = match_continuation(text)
        if jump is not None and not jump[1]:
            link = jump[0]
            if link.direction == "to" and current is not None:
                current.continued_to = link
                current.touch(unit)
            elif link.direction == "from":
                pending_from = link
                current = None
            else:
                unplaced.append(text)
            continue
        dateline = match_dateline(text)
        byline = None if dateline else match_byline_lead(text)
        caption_start = unit.block in credit_blocks and unit.block != last_block
        new_block, last_block = unit.block != last_block, unit.block
        if dateline or byline or caption_start or current is None or not current.open:
            current = new_body(unit)
        else:
            current.touch(unit)
            if new_block and current.paragraphs and not current.last_ends_sentence():
                # The paragraph runs on from the previous block (a column or block break).
                current.continue_paragraph(text, known_words)
                continue
        if dateline:
            current.dateline, text = dateline.text, dateline.rest
        if byline:
            if current.byline:
                # A byline line stood before a paragraph with a byline of its own: keep it.
                unplaced.append(current.byline)
            current.byline, text = byline.text, byline.rest
        jump = match_continuation(text)
        if jump is not None:
            link, text = jump
            if link.direction == "to":
                current.continued_to = link
                current.open = False
            else:
                current.continued_from = link
        if text.strip():
            removed += current.close_paragraph()
            current.paragraphs.append(repair_spacing(text))
    if pending_byline:
        unplaced.append(pending_byline)
    if pending_from:
        unplaced.append(pending_from.text)

    bodies = [item for item in sequence if isinstance(item, Body)]
    for body in bodies:
        removed += body.close_paragraph()
    titles = [item for item in sequence if isinstance(item, Title)]
    _attach_titles(sequence, bodies, titles)
    articles = [_build_article(item, page_number) for item in _article_order(sequence)]
    return Assembly(_unique_ids(articles), unplaced, removed)


def _last_body(sequence: list[Title | Body]) -> Body | None:
    if sequence and isinstance(sequence[-1], Body):
        return sequence[-1]
    return None


# --- matching titles to bodies ---------------------------------------------------------------


def _attach_titles(sequence: list[Title | Body], bodies: list[Body], titles: list[Title]) -> None:
    takers = [b for b in bodies if not b.is_caption]
    # A title pointing to another page ("…（见第2版）", "See Page 3") is a teaser, never a
    # headline of a story here: attaching it would drop its pointer.
    titles = [t for t in titles if t.pointer is None]
    position = {id(b): i for i, b in enumerate(takers)}
    leads = EchoIndex([b.lead for b in takers])
    # Only echoes strong enough to move a title can change where it goes.
    strong = {
        id(t): leads.matches(t.text, min(STACK_STEAL_SCORE, DETACHED_TITLE_SCORE)) for t in titles
    }

    def best_elsewhere(title: Title, body: Body) -> float:
        here = position[id(body)]
        return max((score for i, score in strong[id(title)] if i != here), default=0.0)

    # 1. The stack of titles standing directly above a body belongs to it, unless a title
    #    clearly matches another story better.
    for index, item in enumerate(sequence):
        if not isinstance(item, Body) or item.is_caption:
            continue
        stack: list[Title] = []
        back = index - 1
        while back >= 0 and isinstance(sequence[back], Title) and len(stack) < 4:
            if sequence[back].pointer is None:  # type: ignore[union-attr]
                stack.insert(0, sequence[back])  # type: ignore[arg-type]
            back -= 1
        limit = 4 if stack and stack[-1].style != "cjk" else 3
        for title in reversed(stack[-limit:]):
            if title.body is not None:
                continue
            here = leads.score(title.text, position[id(item)])
            other = best_elsewhere(title, item)
            if other >= STACK_STEAL_SCORE and other - here >= STACK_STEAL_MARGIN:
                continue
            title.body = item
            item.titles.append(title)
    # 2. Titles standing apart go to the story whose lead they echo, best evidence first.
    candidates = [
        (score, t.first, order, i, t, takers[i])
        for order, t in enumerate(titles)
        if t.body is None
        for i, score in strong[id(t)]
    ]
    candidates.sort(key=lambda item: (-item[0], item[1], item[2], item[3]))
    for score, _, _, _, title, body in candidates:
        if score < DETACHED_TITLE_SCORE or title.body is not None or len(body.titles) >= 3:
            continue
        title.body = body
        body.titles.append(title)


def _decks(body: Body) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subheadline) from the titles attached to a body."""
    titles = sorted(body.titles, key=lambda t: t.first)
    if not titles:
        return None, None, None
    if titles[0].style != "cjk" or any(t.style != "cjk" for t in titles):
        head_index = next((i for i, t in enumerate(titles) if t.style == "caps"), 0)
        kicker = "\n".join(t.text for t in titles[:head_index]) or None
        sub = "\n".join(t.text for t in titles[head_index + 1 :]) or None
        return kicker, titles[head_index].text, sub
    dashed = [t for t in titles if t.text.startswith("—")]
    plain = [t for t in titles if not t.text.startswith("—")] or titles[:1]
    kicker = None
    if len(plain) >= 3:
        kicker, plain = plain[0].text, plain[1:]
    elif len(plain) == 2:
        first, second = plain
        adjacent = second.first - first.last <= 2
        # Of two decks printed together, the headline is the one the story's lead echoes;
        # a deck above it is a kicker, one below a subheadline.
        if adjacent and title_score(second.text, body.lead) > title_score(first.text, body.lead):
            kicker, plain = first.text, [second]
    headline = plain[0].text
    subs = [t.text for t in plain[1:]] + [t.text for t in dashed if t not in plain]
    return kicker, headline, "\n".join(subs) or None


def _article_order(sequence: list[Title | Body]) -> list[Title | Body]:
    """Articles in reading order: stories where their bodies are printed, teasers where they are.

    Headlines are often printed far from their stories, so a story's place is its body's.
    """
    return [item for item in sequence if isinstance(item, Body) or item.body is None]


def _build_article(item: Title | Body, page_number: int) -> Article:
    if isinstance(item, Title):
        return Article(
            id="",
            kind=ArticleKind.TEASER,
            headline=item.text,
            continued_to=item.pointer,
            source_lines=(item.first, item.last),
            page_number=page_number,
        )
    body = item
    kicker, headline, sub = _decks(body)
    first = min([body.first, *(t.first for t in body.titles)])
    last = max([body.last, *(t.last for t in body.titles)])
    if body.is_caption:
        kind = ArticleKind.CAPTION
    elif len(body.paragraphs) == 1 and len(body.paragraphs[0]) < BRIEF_MAX_CHARS:
        kind = ArticleKind.BRIEF
    else:
        kind = ArticleKind.STORY
    return Article(
        id="",
        kind=kind,
        kicker=kicker,
        headline=headline,
        subheadline=sub,
        byline=body.byline,
        byline_names=byline_names(body.byline) if body.byline else (),
        dateline=body.dateline,
        credit=body.credit,
        paragraphs=tuple(body.paragraphs),
        continued_to=body.continued_to,
        continued_from=body.continued_from,
        source_lines=(first, last),
        page_number=page_number,
    )


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Give each article a stable id from its page and content."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    result = []
    for article in articles:
        basis = "\x1f".join(
            [
                article.kind.value,
                article.headline or "",
                article.paragraphs[0] if article.paragraphs else "",
                article.credit or "",
            ]
        )
        digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:8]
        ident = f"p{article.page_number}-{digest}"
        count = seen.get(ident, 0)
        seen[ident] = count + 1
        if count:
            ident = f"{ident}-{count + 1}"
        result.append(replace(article, id=ident))
    return result
