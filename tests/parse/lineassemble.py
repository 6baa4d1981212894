"""Articles from line roles: the small assembler of the crf6 experiment.

Given a page's lines and a role for each (tests/parse/linelabels.py LABELS), build articles in
the expect-file shape so that the project's scorer can judge them: a headline, kicker or deck
after body text starts an article, as does ``ITEM_START`` (a headless item); ``PARA_START``
starts a paragraph; bylines, datelines and credits fill their fields; caption and teaser lines
are articles of their kind; furniture and ``OTHER`` stay out. Lines of one field are joined as
the parser joins them (``reader.text.cjk.join_lines``). A dateline line running into the first
paragraph is split where the rules' dateline pattern ends. The kind of a story comes from the
parser's own notice test and the model's brief rule (one short paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reader.parse import classify
from reader.text.cjk import join_lines
from tests.parse.linelabels import PageLine

#: A one-paragraph story shorter than this is a brief (reader/model.py).
BRIEF_CHARS = 150
_FIELD_OF = {"KICKER": "kicker", "BYLINE": "byline", "DATELINE": "dateline", "CREDIT": "credit"}


@dataclass
class _Draft:
    kind: str = "story"
    fields: dict[str, list[str]] = field(default_factory=dict)
    decks: list[list[str]] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)

    def has_body(self) -> bool:
        return bool(self.paragraphs)

    def has_title(self) -> bool:
        return bool(self.fields.get("headline") or self.fields.get("kicker") or self.decks)

    def empty(self) -> bool:
        return not (self.fields or self.decks or self.paragraphs)

    def to_json(self) -> dict[str, Any]:
        def joined(lines: list[str]) -> str | None:
            return join_lines(lines)[0] if lines else None

        paragraphs = [text for lines in self.paragraphs if (text := join_lines(lines)[0])]
        headline = joined(self.fields.get("headline", []))
        kind = self.kind
        if kind == "story":
            body = " ".join(paragraphs)
            if classify.looks_like_notice(headline, body):
                kind = "notice"
            elif len(paragraphs) == 1 and len(body) < BRIEF_CHARS:
                kind = "brief"
        return {
            "kind": kind,
            "kicker": joined(self.fields.get("kicker", [])),
            "headline": headline,
            "subheadline": "\n".join(t for d in self.decks if (t := join_lines(d)[0])) or None,
            "byline": joined(self.fields.get("byline", [])),
            "dateline": joined(self.fields.get("dateline", [])),
            "credit": joined(self.fields.get("credit", [])),
            "paragraphs": paragraphs,
        }


def assemble(lines: Sequence[PageLine], labels: Sequence[str]) -> dict[str, Any]:
    """Articles (expect-file shape), furniture and unplaced lines from the lines' roles."""
    articles: list[_Draft] = []
    furniture: list[str] = []
    unplaced: list[str] = []
    current = _Draft()
    previous = ""

    def start(kind: str = "story") -> _Draft:
        nonlocal current
        if not current.empty():
            articles.append(current)
        current = _Draft(kind=kind)
        return current

    for line, label in zip(lines, labels, strict=True):
        text = line.text.strip()
        if label == "FURN":
            furniture.append(text)
        elif label == "OTHER":
            unplaced.append(text)
        elif label == "CAPTION":
            if current.kind != "caption" or previous != label:
                start("caption")
            if not current.paragraphs:
                current.paragraphs.append([])
            current.paragraphs[-1].append(text)
        elif label in ("TEASER", "TEASER_CONT"):
            if label == "TEASER" or current.kind != "teaser":
                start("teaser")
            entry = classify.box_entry(text)
            pointer = classify.match_teaser_pointer(text)
            title = entry[0] if entry else pointer[1] if pointer else text
            current.fields.setdefault("headline", []).append(title)
        elif label in ("HEAD", "KICKER"):
            name = "headline" if label == "HEAD" else "kicker"
            fresh = current.kind == "story" and (
                previous == "KICKER" and label == "HEAD" and not current.fields.get("headline")
            )
            if not fresh:
                start()
            current.fields.setdefault(name, []).append(text)
        elif label == "HEAD_CONT":
            if current.kind != "story" or current.has_body():
                start()
            current.fields.setdefault("headline", []).append(text)
        elif label == "DECK":
            if current.kind != "story" or current.has_body():
                start()
            if previous == "DECK" and current.decks:
                current.decks[-1].append(text)
            else:
                current.decks.append([text])
        elif label in _FIELD_OF:
            name = _FIELD_OF[label]
            if current.kind not in ("story",) and label != "CREDIT":
                start()
            if label in ("DATELINE", "BYLINE") and previous != label:
                match = (
                    classify.match_dateline if label == "DATELINE" else classify.match_byline_lead
                )
                lead = match(text)
                if lead is not None and lead.rest:
                    current.fields.setdefault(name, []).append(lead.text)
                    current.paragraphs.append([lead.rest])
                    previous = "PARA_START"
                    continue
            if label == "CREDIT" or previous == label or name not in current.fields:
                current.fields.setdefault(name, []).append(text)
            else:
                current.fields[name].append(text)
        elif label == "ITEM_START":
            if current.has_body() or current.kind != "story":
                start()
            current.paragraphs.append([text])
        elif label == "PARA_START":
            if current.kind != "story":
                start()
            current.paragraphs.append([text])
        else:  # PARA_CONT
            if current.kind not in ("story",):
                start()
            if not current.paragraphs:
                current.paragraphs.append([])
            current.paragraphs[-1].append(text)
        previous = label
    start()
    return {
        "articles": [draft.to_json() for draft in articles],
        "furniture": furniture,
        "unplaced": unplaced,
    }
