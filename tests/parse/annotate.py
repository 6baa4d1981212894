"""Annotation helper for the development set: number a page's lines, and turn line ranges an
annotator chose into joined text.

``python -m tests.parse.annotate lines CORPUS_FILE`` prints the page's lines with their
1-based numbers (an ECPO ``*.ecpo.xml`` file: the lines of its ``ecpo_text`` transform).
``python -m tests.parse.annotate expand DRAFT OUT`` reads a draft expect file
in which any text may be a line reference, ``"@12-15"`` (lines 12 to 15), ``"@12"`` or
``"@12-15,30-31"`` (a text continued elsewhere), and writes the expect file with each reference
replaced by the lines joined as a reader reads them: no space at a CJK seam, one space between
Latin words, a word broken at the line end with a hyphen or soft hyphen before a lower-case
letter rejoined (with no hyphen, only when the whole word is printed elsewhere on the page). A
first paragraph that starts with the article's byline or dateline loses that lead, and a last
paragraph ending with the byline (a signature) loses it. A list of references in a title field
(several decks) becomes one text with a line each. The annotator chooses every range and
field; the tool only joins, and the result is read and corrected by hand.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from reader.text.cjk import joins_without_space, repair_spacing
from tests.conftest import CORPUS
from tests.parse.devset import ecpo_text

_REFERENCE = re.compile(r"^@\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$")
_RANGE = re.compile(r"(\d+)(?:-(\d+))?")
_WORD = re.compile(r"[A-Za-z]+")
_BROKEN = re.compile(r"[A-Za-z][-\u00ad]$")


def source_lines(source: dict[str, Any], folder: Path) -> list[str]:
    path = CORPUS / source["corpus"] if "corpus" in source else folder / source["file"]
    text = path.read_text(encoding="utf-8-sig")
    layout = (source.get("transform") or {}).get("ecpo_text")
    if layout or path.name.endswith(".ecpo.xml"):
        # An ECPO file is annotated on the lines its transform gives, not on its XML.
        text = ecpo_text(text, "lines", path)
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def page_words(lines: list[str]) -> frozenset[str]:
    """Lower-cased words printed whole inside a line (not first or last) somewhere on the page."""
    words: set[str] = set()
    for line in lines:
        words.update(w.lower() for w in _WORD.findall(line)[1:-1])
    return frozenset(words)


def join_reader_lines(lines: list[str], words: frozenset[str] = frozenset()) -> str:
    """Lines of one text joined as a reader reads them. A word split at a line end with no
    hyphen ("Presi" + "dent") is rejoined when the whole word is printed elsewhere on the page."""
    text = ""
    for raw in lines:
        line = repair_spacing(raw.strip())
        if not line:
            continue
        if not text:
            text = line
        elif (_BROKEN.search(text) and line[0].islower()) or text.endswith("\u00ad"):
            text = text[:-1] + line
        elif joins_without_space(text, line) or _split_word(text, line, words):
            text += line
        else:
            text += " " + line
    return text


def _split_word(left: str, right: str, words: frozenset[str]) -> bool:
    tail = _WORD.search(left.split(" ")[-1])
    head = _WORD.match(right)
    if not tail or not head or tail.end() != len(left.split(" ")[-1]) or not right[0].islower():
        return False
    return (tail.group(0) + head.group(0)).lower() in words


def expand_value(value: Any, lines: list[str], words: frozenset[str] = frozenset()) -> Any:
    if isinstance(value, list):
        return [expand_value(item, lines, words) for item in value]
    if not isinstance(value, str) or not _REFERENCE.match(value):
        return value
    chosen: list[str] = []
    for match in _RANGE.finditer(value):
        first = int(match.group(1))
        chosen.extend(lines[first - 1 : int(match.group(2) or first)])
    return join_reader_lines(chosen, words)


def expand(draft: dict[str, Any], folder: Path) -> dict[str, Any]:
    lines = source_lines(draft["source"], folder)
    words = page_words(lines)
    out = dict(draft)
    out["furniture"] = expand_value(draft.get("furniture") or [], lines, words)
    articles = []
    for article in draft["articles"]:
        done = {key: expand_value(value, lines, words) for key, value in article.items()}
        for key in ("kicker", "headline", "subheadline", "byline", "dateline", "credit"):
            if isinstance(done.get(key), list):
                # Several decks (or a byline over a wire credit): one field, a line each.
                done[key] = "\n".join(done[key])
        paragraphs = done.get("paragraphs") or []
        for lead in ("dateline", "byline"):
            if paragraphs and done.get(lead) and paragraphs[0].startswith(done[lead]):
                paragraphs[0] = paragraphs[0][len(done[lead]) :].lstrip()
        # A signature printed at the end of the last paragraph is the byline.
        if paragraphs and done.get("byline") and paragraphs[-1].endswith(done["byline"]):
            paragraphs[-1] = paragraphs[-1][: -len(done["byline"])].rstrip()
        articles.append(done)
    out["articles"] = articles
    return out


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "lines":
        for number, line in enumerate(source_lines({"corpus": argv[1]}, Path.cwd()), start=1):
            print(f"{number:5d}| {line}")
        return 0
    if len(argv) == 3 and argv[0] == "expand":
        draft_path, out_path = Path(argv[1]), Path(argv[2])
        draft = json.loads(draft_path.read_text(encoding="utf-8"))
        data = expand(draft, out_path.parent)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        out_path.write_text(text, encoding="utf-8")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
