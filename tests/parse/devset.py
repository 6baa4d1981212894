"""The scored development set: load ``tests/data/dev/*.expect.json`` into page text + expected.

Each expect file names its source (a file of ../shared/corpus, or a file beside it) and an
optional transform applied at load time. The format is documented in tests/data/dev/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest

from reader.errors import InputError
from reader.parse.formats.xml import local_name, parse_xml
from reader.text.cjk import cjk_ratio, display_width, is_wide, join_lines
from tests.conftest import CORPUS

_T = TypeVar("_T")

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
SUFFIX = ".expect.json"
FAMILIES = (
    "e-paper",
    "single-spaced",
    "blank-between-blocks",
    "narrow",
    "wide",
    "scrambled",
    "inside-box",
    "historical-en",
    "historical-zh",
)
#: Families only real pages hold: the layout generator writes no page of our own in them (a
#: Republican-era Chinese page is the ECPO ground truth's, not a layout we draw).
REAL_ONLY_FAMILIES = frozenset({"historical-zh"})
LANGUAGES = ("zh", "zh-Hant", "en")
#: The article fields an expect file gives, in the order they are printed.
TEXT_FIELDS = ("kicker", "headline", "subheadline", "byline", "dateline")
TRANSFORMS = ("ecpo_text", "rewrap", "single_spaced", "blank_between_blocks", "crlf")
#: The layouts ``{"ecpo_text": …}`` gives an ECPO XML file (see :func:`ecpo_text`).
ECPO_LAYOUTS = ("lines", "blocks")
#: Characters of a line's end and the next line's start that must occur together in one
#: expected text for the two lines to count as one flow of text (see ``_flows``).
_SEAM = 6


class DevSetError(ValueError):
    """An expect file that does not follow the format (names the file and the reason)."""


class SourceMissing(LookupError):
    """The page's source file is not there (the corpus is beside the checkout only in CI)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"source not available: {path}")
        self.path = path


@dataclass(frozen=True)
class DevPage:
    """One page of the development set: its text (transform applied) and what it should give."""

    name: str
    path: Path
    family: str
    language: str
    real: bool
    #: The page text exactly as a file would hold it (may contain CRLF); decode before parsing.
    text: str
    articles: tuple[Mapping[str, Any], ...]
    furniture: tuple[str, ...] = ()
    newspaper: str | None = None
    date: str | None = None
    note: str = ""
    source: Mapping[str, Any] = field(default_factory=dict)


def expect_files(paths: Iterable[str | Path] = ()) -> list[Path]:
    """The expect files named, or found in the folders named (default: the whole dev set)."""
    found: list[Path] = []
    for item in list(paths) or [DEV]:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(path.glob(f"*{SUFFIX}")))
        else:
            found.append(path)
    return found


def page_name(path: Path) -> str:
    return path.name.removesuffix(SUFFIX)


def read_expect(path: Path) -> dict[str, Any]:
    """The expect file as a dict, with ``expect_from`` resolved and the format checked."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DevSetError(f"{path}: cannot read expect file ({exc})") from exc
    base = data.get("expect_from")
    if base:
        # A derived page (same articles, other layout) shares the annotation of its base page.
        inherited = read_expect(path.parent / base)
        for key in ("articles", "furniture", "newspaper", "date"):
            data.setdefault(key, inherited.get(key))
    _check(path, data)
    return data


def corpus_relative(path: Path) -> str | None:
    """The corpus file an expect file reads (relative to ../shared/corpus), if any."""
    source = read_expect(path)["source"]
    return source.get("corpus")


def load_dev_page(path: Path) -> DevPage:
    """Read an expect file and its source; apply the transform. Raises SourceMissing."""
    data = read_expect(path)
    source = data["source"]
    source_path = CORPUS / source["corpus"] if "corpus" in source else path.parent / source["file"]
    if not source_path.is_file():
        raise SourceMissing(source_path)
    raw = source_path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DevSetError(f"{source_path}: dev-set sources are UTF-8 ({exc.reason})") from exc
    articles = tuple(data["articles"])
    furniture = tuple(data.get("furniture") or ())
    transform = source.get("transform") or {}
    text = apply_transform(text, transform, articles, furniture, source_path)
    return DevPage(
        name=page_name(path),
        path=path,
        family=data["family"],
        language=data["language"],
        real=bool(data["real"]),
        text=text,
        articles=articles,
        furniture=furniture,
        newspaper=data.get("newspaper"),
        date=data.get("date"),
        note=data.get("note", ""),
        source=source,
    )


def load_available(paths: Iterable[str | Path] = ()) -> tuple[list[DevPage], list[str]]:
    """The dev pages under ``paths`` (the dev set when empty) whose sources are here, and the
    corpus files that are not. Under ``CI`` a missing corpus file fails the calling test."""
    pages, missing = [], []
    for path in expect_files(paths):
        try:
            pages.append(load_dev_page(path))
        except SourceMissing as exc:
            missing.append(str(exc.path))
    if missing and os.environ.get("CI"):
        pytest.fail(f"corpus files missing under CI: {', '.join(missing)}")
    return pages, missing


def sha1_halves(items: Iterable[_T], name: Callable[[_T], str]) -> tuple[list[_T], list[_T]]:
    """A tool's tuning and checking halves of ``items``: sorted by the sha1 of their
    ``name``, alternate (the first, third, ... item tunes)."""
    ordered = sorted(items, key=lambda item: hashlib.sha1(name(item).encode()).hexdigest())
    return ordered[0::2], ordered[1::2]


def halves(pages: Sequence[DevPage]) -> tuple[list[DevPage], list[DevPage]]:
    """The tuning and checking halves of a dev-set tool's pages (:func:`sha1_halves` by
    their name)."""
    return sha1_halves(pages, lambda page: page.name)


def family_pages(paths: Iterable[str | Path], family: str) -> list[DevPage]:
    """A dev-set tool's pages: those of ``paths`` (:func:`load_available`) of the family named
    ('' for all); the pages whose corpus file is missing are named on stderr."""
    available, missing = load_available(paths)
    if missing:
        print(f"skipped, corpus files missing: {', '.join(missing)}", file=sys.stderr)
    return [page for page in available if not family or page.family == family]


def tool_parser(module: str, description: str | None) -> argparse.ArgumentParser:
    """The command line of a dev-set tool ``python -m MODULE [PATHS]``: its PATHS are expect
    files or folders, the dev set when none are named (load them with :func:`load_available`)."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    parser.add_argument("paths", nargs="*", help="expect files or folders (default: the dev set)")
    return parser


def survey_parser(module: str, description: str | None) -> argparse.ArgumentParser:
    """The command line of a dev-set survey: :func:`tool_parser`'s PATHS, ``--family``
    (default historical-en, '' for all), ``--half tune|check`` and ``--list``."""
    parser = tool_parser(module, description)
    parser.add_argument("--family", default="historical-en", help="family to survey ('' = all)")
    parser.add_argument("--half", choices=("tune", "check"), help="one half of the pages")
    parser.add_argument("--list", action="store_true", help="print every item, not only counts")
    return parser


def survey_pages(args: argparse.Namespace) -> list[DevPage]:
    """The pages a :func:`survey_parser` command line names: its family, one half if asked."""
    pages = family_pages(args.paths, args.family)
    if args.half:
        tune, check = halves(pages)
        pages = tune if args.half == "tune" else check
    return pages


def plain_newlines(text: str) -> str:
    """A page's text with every CRLF or lone CR read as a newline."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def apply_transform(
    text: str,
    transform: Mapping[str, Any],
    articles: Sequence[Mapping[str, Any]] = (),
    furniture: Sequence[str] = (),
    path: Path | None = None,
) -> str:
    """Apply a transform to a page's text, in the order ecpo_text, rewrap, single_spaced,
    blank_between_blocks, crlf. The expected articles say which lines are one flow of text
    (rewrap) and where blocks start (blank_between_blocks); the transform never changes them."""
    if transform.get("ecpo_text"):
        text = ecpo_text(text, transform["ecpo_text"], path)
    text = plain_newlines(text)
    if transform.get("rewrap"):
        text = rewrap(text, int(transform["rewrap"]), _flows(articles))
    if transform.get("single_spaced"):
        text = "\n".join(line for line in text.split("\n") if line.strip())
    if transform.get("blank_between_blocks"):
        text = blank_between_blocks(text, articles, furniture)
    if transform.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text


#: The internal subset an ECPO file may declare: character entities only (``&gaiji;``).
_ECPO_DOCTYPE = re.compile(r"<!DOCTYPE\s+\w+\s*\[(?P<subset>.*?)\]\s*>", re.DOTALL)
_CHAR_ENTITY = re.compile(r'<!ENTITY\s+(?P<name>\w+)\s+"&#x(?P<code>[0-9A-Fa-f]{1,6});"\s*>')
#: Whitespace with a line end in it: the file's own indentation, not the page's.
_SOURCE_BREAK = re.compile(r"[ \t\r]*\n[ \t\r\n]*")
_ASCII_SPACE = " \t\r\n"


def ecpo_text(xml: str, layout: str = "lines", path: Path | str | None = None) -> str:
    """The plain text an OCR engine reading an ECPO fold in the file's order would give.

    One text line per ``<lb/>`` (or ``<pb/>``) line; a ``<p>`` or ``<div>`` also ends the
    line before it. The file's indentation is dropped (whitespace holding a line end joins
    nothing, or one space between two ASCII letters or digits), spaces typed inside a line
    (full-width or not) are kept. ``layout`` ``"lines"`` gives no blank line (single-spaced);
    ``"blocks"`` a blank line between ``<p>`` blocks (and divs). The XML is read with
    :func:`reader.parse.formats.xml.parse_xml`'s safe settings; the only declarations
    allowed in its doctype are character entities (ECPO's ``&gaiji;``), put in by hand first.
    """
    if layout not in ECPO_LAYOUTS:
        raise DevSetError(f"{path}: ecpo_text must be one of {', '.join(ECPO_LAYOUTS)}")
    doctype = _ECPO_DOCTYPE.search(xml)
    if doctype is not None:
        subset = doctype.group("subset")
        entities = {
            m.group("name"): chr(int(m.group("code"), 16)) for m in _CHAR_ENTITY.finditer(subset)
        }
        if _CHAR_ENTITY.sub("", subset).strip():
            raise DevSetError(f"{path}: ECPO doctype declares more than character entities")
        body = xml[doctype.end() :]
        for name, char in entities.items():
            body = body.replace(f"&{name};", char)
        xml = xml[: doctype.start()] + body
    try:
        root = parse_xml(xml.encode("utf-8"), path)
    except InputError as exc:
        raise DevSetError(str(exc)) from exc
    blocks: list[list[str]] = [[]]
    current: list[str] = []

    def end_line() -> None:
        line = _SOURCE_BREAK.sub(_join_source_break, "".join(current)).strip(_ASCII_SPACE)
        if line:
            blocks[-1].append(line)
        current.clear()

    def end_block() -> None:
        end_line()
        if blocks[-1]:
            blocks.append([])

    def walk(element: Any) -> None:
        name = local_name(element)
        if name in ("p", "div"):
            end_block()
        elif name in ("lb", "pb"):
            end_line()
        current.append(element.text or "")
        for child in element:
            walk(child)
            current.append(child.tail or "")
        if name in ("p", "div"):
            end_block()

    walk(root)
    end_block()
    separator = "\n\n" if layout == "blocks" else "\n"
    return separator.join("\n".join(block) for block in blocks if block) + "\n"


def _join_source_break(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    both_latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
    return " " if both_latin else ""


def normalise(text: str | None) -> str:
    """NFKC, with whitespace and soft hyphens removed: the form texts are compared in."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text.replace("\u00ad", ""))
    return "".join(text.split())


def printed_fields(article: Mapping[str, Any]) -> list[str]:
    """An article's texts in print order: kicker, headline, subheadline, byline, dateline,
    paragraphs, credit (nulls left out)."""
    texts = [article.get(name) for name in TEXT_FIELDS]
    texts += list(article.get("paragraphs") or ())
    texts.append(article.get("credit"))
    return [t for t in texts if t]


def _flows(articles: Sequence[Mapping[str, Any]]) -> list[str]:
    """Normalised texts that run on from line to line: every field, and the byline and
    dateline running into the first paragraph (in either order)."""
    flows: list[str] = []
    for article in articles:
        flows.extend(normalise(t) for t in printed_fields(article))
        paragraphs = list(article.get("paragraphs") or ())
        lead = [normalise(article.get(n)) for n in ("byline", "dateline") if article.get(n)]
        if paragraphs and lead:
            first = normalise(paragraphs[0])
            flows.append("".join(lead) + first)
            flows.append("".join(reversed(lead)) + first)
    return flows


def _runs_on(before: str, after: str, flows: Sequence[str]) -> bool:
    tail, head = normalise(before), normalise(after)[:_SEAM]
    # A word broken at the line end is printed whole in the expected text ("re-" "sult").
    seams = {tail[-_SEAM:] + head, tail.removesuffix("-")[-_SEAM:] + head}
    return any(seam and seam in flow for seam in seams for flow in flows)


def rewrap(text: str, columns: int, flows: Sequence[str]) -> str:
    """Re-break the page at ``columns`` CJK characters a line (``columns`` characters for
    Latin text). Consecutive lines join when their seam lies inside one expected text; the
    page keeps its spacing style (a blank line after each line stays so)."""
    lines = text.split("\n")
    content = [line for line in lines if line.strip()]
    spaced = sum(1 for line in lines if not line.strip()) >= 0.4 * len(content)
    runs: list[list[str]] = []
    for line in content:
        if runs and _runs_on(runs[-1][-1], line, flows):
            runs[-1].append(line)
        else:
            runs.append([line])
    out: list[str] = []
    for run in runs:
        indent = run[0][: len(run[0]) - len(run[0].lstrip())]
        joined, _ = join_lines(run)
        out.extend(wrap_line(indent + joined, columns))
    return ("\n\n" if spaced else "\n").join(out) + "\n"


def wrap_line(text: str, columns: int) -> list[str]:
    """Break one line into lines of at most ``columns`` CJK characters (display width
    2 × columns) or, for Latin text, ``columns`` characters broken at spaces (a longer word
    keeps a line of its own)."""
    if cjk_ratio(text) >= 0.5:
        return _wrap_wide(text, 2 * columns)
    return _wrap_words(text, columns)


_NO_LINE_START = frozenset("，。、；：！？）」』”’》】,.;:!?)")


def _wrap_wide(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for char in text:
        # Closing punctuation never starts a line (kinsoku): it hangs at the line's end.
        if current and display_width(current + char) > width and char not in _NO_LINE_START:
            # Keep a run of digits or Latin letters whole where the line allows it.
            cut = len(current)
            while cut > 0 and current[cut - 1].isascii() and current[cut - 1].isalnum():
                cut -= 1
            if char.isascii() and char.isalnum() and 0 < cut < len(current) and not is_wide(char):
                lines.append(current[:cut])
                current = current[cut:]
            else:
                lines.append(current)
                current = ""
        current += char
    if current:
        lines.append(current)
    return lines


def _wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _block_starts(articles: Sequence[Mapping[str, Any]], furniture: Sequence[str]) -> list[str]:
    starts = [normalise(fields[0]) for a in articles if (fields := printed_fields(a))]
    starts += [normalise(line) for line in furniture]
    return [s[:_SEAM] for s in starts if s]


def _title_decks(articles: Sequence[Mapping[str, Any]]) -> list[str]:
    """Normalised kicker, headline and subheadline decks (a deck a line of the field)."""
    return [
        normalise(deck)
        for article in articles
        for name in ("kicker", "headline", "subheadline")
        for deck in (article.get(name) or "").split("\n")
        if normalise(deck)
    ]


def blank_between_blocks(
    text: str, articles: Sequence[Mapping[str, Any]], furniture: Sequence[str]
) -> str:
    """Single-space the page, then put one blank line before each line that starts a block:
    an expected article, a furniture line, or a title printed away from the body it follows
    (a deck after body text). A line that runs on from the line before starts no block."""
    flows = _flows(articles)
    starts = _block_starts(articles, furniture)
    decks = _title_decks(articles)
    out: list[str] = []
    for line in (line for line in text.split("\n") if line.strip()):
        norm = normalise(line)
        head = norm[:_SEAM]
        if out and not _runs_on(out[-1], line, flows):
            previous = normalise(out[-1])
            in_title = any(previous and previous in deck for deck in decks)
            title_start = any(deck.startswith(head) for deck in decks)
            if head in starts or (title_start and not in_title):
                out.append("")
        out.append(line)
    return "\n".join(out) + "\n"


_FIELDS = (*TEXT_FIELDS, "credit")


def _check(path: Path, data: Mapping[str, Any]) -> None:
    def fail(reason: str) -> None:
        raise DevSetError(f"{path}: {reason}")

    if data.get("family") not in FAMILIES:
        fail(f"family must be one of {', '.join(FAMILIES)}")
    if data.get("language") not in LANGUAGES:
        fail(f"language must be one of {', '.join(LANGUAGES)}")
    if not isinstance(data.get("real"), bool):
        fail("real must be true or false")
    source = data.get("source")
    if not isinstance(source, dict) or len({"corpus", "file"} & source.keys()) != 1:
        fail('source must name exactly one of "corpus" or "file"')
    transform = (source or {}).get("transform") or {}
    unknown = set(transform) - set(TRANSFORMS)
    if unknown:
        fail(f"unknown transform {sorted(unknown)}")
    if "ecpo_text" in transform and transform["ecpo_text"] not in ECPO_LAYOUTS:
        fail(f"ecpo_text must be one of {', '.join(ECPO_LAYOUTS)}")
    articles = data.get("articles")
    if not isinstance(articles, list) or not articles:
        fail("articles must be a non-empty list")
    for number, article in enumerate(articles, start=1):
        if not isinstance(article, dict) or "kind" not in article:
            fail(f"article {number} has no kind")
        for name in _FIELDS:
            if article.get(name) is not None and not isinstance(article[name], str):
                fail(f"article {number}: {name} must be a string or null")
        paragraphs = article.get("paragraphs", [])
        if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
            fail(f"article {number}: paragraphs must be a list of strings")
        if not printed_fields(article):
            fail(f"article {number} has no text")
