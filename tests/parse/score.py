"""Score the parser on the development set: ``python -m tests.parse.score [PATHS]``.

Options: ``--pages`` adds a row per page, ``--explain`` lists what went wrong article by
article, ``--breaks`` prints each missed and extra paragraph break with the source lines around
it and its cause (:func:`break_cause`), then how many of each cause and what fixing them
would be worth to the paragraphs field (:func:`break_worth`), ``--shifts`` lists each
matched article given the headline of another article of its page (issue 9, the "shift by
one"), ``--mastheads`` lists the pages whose paper's name or date the parse misreads, and
``--json`` prints machine-readable output.

Each page is parsed as ``broadsheet parse`` parses a file (``reader.parse.formats.read_page``);
expected and produced articles are matched one to one by text overlap, and each matched pair
is compared field by field. The definitions are in tests/data/dev/README.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from reader import PARSER_VERSION
from reader.model import Article, Page
from reader.parse.audit import lost_and_added
from reader.parse.classify import is_title_like
from reader.parse.decode import decode_page
from reader.parse.formats import read_page
from reader.parse.issue import page_masthead_facts
from reader.text.cjk import display_width, ends_sentence
from tests.parse.devset import (
    FAMILIES,
    DevPage,
    DevSetError,
    SourceMissing,
    expect_files,
    load_dev_page,
    normalise,
    page_name,
    printed_fields,
)

#: Fields compared by normalised exact match (null == null is right).
EXACT_FIELDS = ("headline", "kicker", "subheadline", "dateline", "byline", "credit", "kind")
#: Fields scored as a share in [0, 1] per article.
SHARE_FIELDS = ("body", "paragraphs")
FIELDS = (*EXACT_FIELDS, *SHARE_FIELDS)
#: Least Dice overlap of the character-bigram multisets of an expected and a produced article
#: for them to match.
MIN_OVERLAP = 0.2
#: An unmatched produced article counts against precision when at least this share of its
#: bigrams is expected article or furniture text; otherwise it is noise the annotation left out.
COUNTED_SHARE = 0.5
#: Characters either side of a paragraph break that identify it.
BREAK_CONTEXT = 8


def bigrams(text: str) -> Counter[str]:
    """Multiset of character bigrams of normalised, case-folded text (a one-character text
    gives the character itself)."""
    norm = normalise(text).casefold()
    if len(norm) < 2:
        return Counter([norm] if norm else [])
    return Counter(map(str.__add__, norm, norm[1:]))


def shared(a: Counter[str], b: Counter[str]) -> int:
    """Size of the multiset intersection (only the bigrams both have are visited)."""
    return sum(min(a[gram], b[gram]) for gram in a.keys() & b.keys())


def covered(grams: Counter[str], size: int, other: Counter[str]) -> float:
    """The share of a text's bigrams (``grams``, ``size`` of them) that ``other`` holds."""
    return shared(grams, other) / size if size else 0.0


def printed_grams(
    articles: Sequence[Mapping[str, Any]], furniture: Sequence[str] = ()
) -> Counter[str]:
    """The bigrams of all the printed text of a page's articles and of its furniture: what a
    produced piece's text may be found in."""
    known = bigrams("".join(t for a in articles for t in printed_fields(a)))
    known += bigrams("".join(furniture))
    return known


def overlap(a: Counter[str], b: Counter[str], sizes: tuple[int, int]) -> float:
    """Dice coefficient of two bigram multisets whose sizes are given."""
    total = sizes[0] + sizes[1]
    return 2 * shared(a, b) / total if total else 0.0


#: The marks OCR makes of a printed box or column rule. The annotation keeps them as printed
#: (tests/data/dev/README.md); the parser leaves them at a title line's edge for the unplaced
#: text (assemble._rule_marks), and a head of several lines has such edges inside it. They are
#: no field's wording, so fields are compared without them.
_RULE_MARKS = str.maketrans("", "", "|¦~_")


def _field(value: Any) -> str:
    return normalise(value if isinstance(value, str) else None).translate(_RULE_MARKS)


def produced_dict(article: Article) -> dict[str, Any]:
    """A produced article in the expect-file shape."""
    return article.to_json()


def match_articles(
    expected: Sequence[Mapping[str, Any]], produced: Sequence[Mapping[str, Any]]
) -> dict[int, int]:
    """One-to-one assignment expected index -> produced index, greedy by best overlap (Dice
    coefficient of the bigram multisets) of all printed text, keeping pairs with overlap of at
    least MIN_OVERLAP."""
    exp_grams = [bigrams("".join(printed_fields(a))) for a in expected]
    prod_grams = [bigrams("".join(printed_fields(a))) for a in produced]
    exp_sizes = [sum(g.values()) for g in exp_grams]
    prod_sizes = [sum(g.values()) for g in prod_grams]
    # Dice can be no more than 2·min/(sum) of the two sizes: pairs of very unequal size are
    # skipped before their bigrams are compared.
    pairs = [
        (overlap(e, p, (exp_sizes[i], prod_sizes[j])), i, j)
        for i, e in enumerate(exp_grams)
        for j, p in enumerate(prod_grams)
        if 2 * min(exp_sizes[i], prod_sizes[j]) >= MIN_OVERLAP * (exp_sizes[i] + prod_sizes[j])
    ]
    pairs.sort(key=lambda item: (-item[0], item[1], item[2]))
    taken_e: set[int] = set()
    taken_p: set[int] = set()
    matches: dict[int, int] = {}
    for score, i, j in pairs:
        if score < MIN_OVERLAP:
            break
        if i in taken_e or j in taken_p:
            continue
        matches[i] = j
        taken_e.add(i)
        taken_p.add(j)
    return dict(sorted(matches.items()))


def body_membership(expected: Mapping[str, Any], produced: Mapping[str, Any]) -> float:
    """Share of the expected body's characters found in the produced body (multiset);
    an article with no expected body is right when the produced one has none either."""
    exp = Counter(normalise("".join(expected.get("paragraphs") or ())))
    prod = Counter(normalise("".join(produced.get("paragraphs") or ())))
    if not exp:
        return 1.0 if not prod else 0.0
    return sum((exp & prod).values()) / sum(exp.values())


def paragraph_breaks(paragraphs: Sequence[str]) -> Counter[str]:
    """The breaks between paragraphs, each named by the normalised text around it."""
    norms = [normalise(p) for p in paragraphs]
    norms = [p for p in norms if p]
    breaks: Counter[str] = Counter()
    for before, after in itertools.pairwise(norms):
        breaks[before[-BREAK_CONTEXT:] + "|" + after[:BREAK_CONTEXT]] += 1
    return breaks


def paragraph_f1(expected: Mapping[str, Any], produced: Mapping[str, Any]) -> float:
    """F1 of the paragraph breaks; 1.0 when neither has a break."""
    return breaks_f1(
        paragraph_breaks(expected.get("paragraphs") or ()),
        paragraph_breaks(produced.get("paragraphs") or ()),
    )


def breaks_f1(expected: Counter[str], produced: Counter[str]) -> float:
    """F1 of one article's produced paragraph breaks against its expected ones (each named
    as :func:`paragraph_breaks` names it); 1.0 when neither has a break. An article's score
    is a share of its breaks, but a story of one paragraph given one break scores 0."""
    total = sum(expected.values()) + sum(produced.values())
    return 2 * sum((expected & produced).values()) / total if total else 1.0


def break_worth(
    expected: Counter[str], produced: Counter[str], causes: Mapping[str, str]
) -> Counter[str]:
    """What fixing the wrong breaks of each cause would add to one article's paragraphs
    score (:func:`breaks_f1`): ``causes`` names the cause of each break the produced set
    misses or adds (as :func:`break_cause` names them)."""
    now = breaks_f1(expected, produced)
    worth: Counter[str] = Counter()
    for cause in set(causes.values()):
        fixed = produced.copy()
        for key, named in causes.items():
            if named == cause:
                fixed[key] = expected[key]
        worth[cause] += breaks_f1(expected, +fixed) - now
    return worth


def field_scores(expected: Mapping[str, Any], produced: Mapping[str, Any] | None) -> dict:
    """Each field's score in [0, 1] for one expected article (all 0 when unmatched)."""
    if produced is None:
        return dict.fromkeys(FIELDS, 0.0)
    scores = {
        name: float(_field(expected.get(name)) == _field(produced.get(name)))
        for name in EXACT_FIELDS
    }
    scores["body"] = body_membership(expected, produced)
    scores["paragraphs"] = paragraph_f1(expected, produced)
    return scores


@dataclass
class Tally:
    """Sums over articles and pages, for a page, a family or the whole set."""

    pages: int = 0
    expected: int = 0
    produced: int = 0
    matched: int = 0
    #: Unmatched produced articles counted against precision.
    spurious: int = 0
    #: Unmatched produced articles left out of precision (noise the annotation left out).
    ignored: int = 0
    lost: int = 0
    sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0.0))

    def add(self, other: Tally) -> None:
        for name in ("pages", "expected", "produced", "matched", "spurious", "ignored", "lost"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in FIELDS:
            self.sums[name] += other.sums[name]

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        counted = self.matched + self.spurious
        return self.matched / counted if counted else 1.0

    def share(self, name: str) -> float:
        return self.sums[name] / self.expected if self.expected else 1.0

    @property
    def fields(self) -> float:
        """Share of fields right over all expected articles and all nine fields."""
        return sum(self.share(name) for name in FIELDS) / len(FIELDS)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "sums"}
        data.update(recall=self.recall, precision=self.precision, fields=self.fields)
        data.update({name: self.share(name) for name in FIELDS})
        return data


#: A headline shorter than this (normalised) is not looked for inside another one: "NOTICE" or
#: "FOR SALE" recur in many heads.
MIN_SHIFT_HEAD = 12


@dataclass(frozen=True)
class Shift:
    """A matched article given the headline of another expected article of its page."""

    page: str
    family: str
    #: The expected article, the produced article matched to it, and the expected article
    #: whose headline it got.
    expected: int
    produced: int
    owner: int
    own_headline: str | None
    got_headline: str

    def __str__(self) -> str:
        return (
            f"{self.page}: #{self.expected} {self.own_headline!r} got {self.got_headline!r} "
            f"(the head of #{self.owner}; produced #{self.produced})"
        )


@dataclass
class PageScore:
    name: str
    family: str
    tally: Tally
    #: Expected index -> produced index.
    matches: dict[int, int]
    seconds: float = 0.0
    expected: Sequence[Mapping[str, Any]] = ()
    produced: Sequence[Mapping[str, Any]] = ()
    #: The page text as decoded for the parse (for --breaks).
    text: str = ""
    #: The parse itself (its furniture and unplaced text, for the survey tools).
    parsed: Page | None = None
    #: The paper's name and the issue's date the page prints (the expect file's), or None.
    newspaper: str | None = None
    date: str | None = None

    def explain(self) -> str:
        """What went wrong on this page, article by article (for people improving the parser)."""
        out = [f"## {self.name} ({self.family})"]
        for i, article in enumerate(self.expected):
            title = article.get("headline") or printed_fields(article)[0][:40]
            j = self.matches.get(i)
            if j is None:
                out.append(f"- MISSED {article.get('kind')} {title!r}")
                continue
            got = self.produced[j]
            wrong = [
                f"{name}: expected {article.get(name)!r}, got {got.get(name)!r}"
                for name, value in field_scores(article, got).items()
                if value < 1 and name in EXACT_FIELDS
            ]
            shares = field_scores(article, got)
            if shares["body"] < 1 or shares["paragraphs"] < 1:
                wrong.append(
                    f"body {shares['body']:.0%}, paragraph breaks {shares['paragraphs']:.0%} "
                    f"({len(article.get('paragraphs') or ())} expected, "
                    f"{len(got.get('paragraphs') or ())} produced)"
                )
            out.append(f"- {article.get('kind')} {title!r} -> produced #{j}")
            out.extend(f"    {line}" for line in wrong)
        for j, got in enumerate(self.produced):
            if j not in self.matches.values():
                text = "".join(printed_fields(got))[:60]
                out.append(f"- EXTRA #{j} {got.get('kind')} {text!r}")
        return "\n".join(out) + "\n"

    def shifted_heads(self) -> list[Shift]:
        """Each matched article whose produced headline is another expected article's headline
        (or holds it whole), not its own: a head given to the wrong story."""
        heads = {
            normalise(a.get("headline")): k
            for k, a in enumerate(self.expected)
            if normalise(a.get("headline"))
        }
        shifts: list[Shift] = []
        for i, j in self.matches.items():
            own, got = self.expected[i].get("headline"), self.produced[j].get("headline")
            mine, given = normalise(own), normalise(got)
            if not given or given == mine:
                continue
            owner = heads.get(given)
            if owner is None:
                owner = next(
                    (
                        k
                        for h, k in heads.items()
                        if k != i and len(h) >= MIN_SHIFT_HEAD and h in given
                    ),
                    None,
                )
            if owner is not None and owner != i:
                shifts.append(Shift(self.name, self.family, i, j, owner, own, got))
        return shifts

    def explain_breaks(
        self, causes: Counter[str] | None = None, worth: Counter[str] | None = None
    ) -> str:
        """Each paragraph break of a matched article that the parse missed or added, with the
        source lines around it: each line's width over the widest line near it (the widths
        the reflow weighs), the line opening the paragraph marked ``>``; and its cause
        (:func:`break_cause`), counted into ``causes`` as ``"MISSED: full line"`` …; what
        fixing each cause's breaks would add to the articles' paragraphs scores is summed
        into ``worth`` (:func:`break_worth`)."""
        lines = [line.strip() for line in self.text.split("\n")]
        out = [f"## {self.name} ({self.family})"]
        for i, j in self.matches.items():
            article, got = self.expected[i], self.produced[j]
            expected = paragraph_breaks(article.get("paragraphs") or ())
            produced = paragraph_breaks(got.get("paragraphs") or ())
            title = article.get("headline") or printed_fields(article)[0][:40]
            named: dict[str, str] = {}
            for label, breaks, other in (
                ("MISSED", expected - produced, got),
                ("EXTRA", produced - expected, article),
            ):
                body = normalise(" ".join(other.get("paragraphs") or ()))
                for key in sorted(breaks):
                    cause = named[key] = break_cause(lines, key, body)
                    if causes is not None:
                        causes[f"{label}: {cause}"] += breaks[key]
                    out.append(f"- {label} in {article.get('kind')} {title!r}: {key!r} [{cause}]")
                    out.extend(f"    {line}" for line in _lines_around(lines, key))
            if worth is not None and named:
                worth.update(break_worth(expected, produced, named))
        return "\n".join(out) + "\n"


#: Lines on each side of a line whose widest one is shown with it (the reflow's window).
BREAK_WINDOW = 8


def break_line(lines: Sequence[str], key: str) -> int | None:
    """The index of the first line that opens at a paragraph break named ``key`` (as
    :func:`paragraph_breaks` names them), or None when the break falls inside a line."""
    stream: list[str] = []
    starts: dict[int, int] = {}
    size = 0
    for index, line in enumerate(lines):
        starts.setdefault(size, index)
        text = normalise(line)
        stream.append(text)
        size += len(text)
    joined = "".join(stream)
    # (The text either side may hold a "|" of its own, a column rule OCR kept: each is tried.)
    cuts = [k for k, ch in enumerate(key) if ch == "|"]
    for cut in cuts:
        before, after = key[:cut], key[cut + 1 :]
        found = joined.find(before + after)
        while found >= 0:
            index = starts.get(found + len(before))
            if index is not None and index > 0:
                return index
            found = joined.find(before + after, found + 1)
    return None


def _widest_near(lines: Sequence[str], index: int) -> int:
    """The widest line within BREAK_WINDOW lines of line ``index`` (the reflow's window)."""
    near = lines[max(0, index - BREAK_WINDOW) : index + BREAK_WINDOW + 1]
    return max(display_width(line) for line in near)


def _lines_around(lines: Sequence[str], key: str) -> list[str]:
    index = break_line(lines, key)
    if index is None:
        return ["(inside a line)"]
    shown = []
    for k in range(max(0, index - 2), min(len(lines), index + 2)):
        mark = ">" if k == index else " "
        shown.append(f"{mark} {display_width(lines[k]):3d}/{_widest_near(lines, k):<3d} {lines[k]}")
    return shown


#: The causes break_cause names, in the order the --breaks summary lists them.
BREAK_CAUSES = ("inside a line", "other article", "head line", "no stop", "full line", "room left")


def break_cause(lines: Sequence[str], key: str, other_body: str) -> str:
    """Why a paragraph break named ``key`` is missed or extra, from the page's lines and the
    normalised body of the article on the other side (the produced one for a missed break, the
    expected one for an extra break). The first that holds:

    - ``inside a line``: the break falls inside a printed line (columns OCR read as one
      line, or a head run into its text);
    - ``other article``: the text across the break is not together in that body, so the
      break is where the articles were split or joined (a crosshead, an ad's line or an
      interleaved column), not the reflow's to make;
    - ``head line``: a line either side of it is title-shaped (``is_title_like``): a head, a
      crosshead, a deck or an ad's display line, which the title rules place;
    - ``no stop``: the line above ends no sentence (a list's item, an ad's line, a stop OCR
      lost or read as a comma);
    - ``full line``: the line above ends a sentence and the next line's first word would not
      have fitted after it within the widest line near it (a full last line: the text alone
      cannot tell it from a line inside a paragraph);
    - ``room left``: it ends a sentence with room for that word (the reflow's own guess: a
      short sentence end inside a paragraph, or a break it missed for another reason).
    """
    index = break_line(lines, key)
    if index is None:
        return "inside a line"
    # (either side may hold a "|" of its own, a column rule OCR kept: each is tried)
    cuts = [k for k, ch in enumerate(key) if ch == "|"]
    if not any(key[:cut] + key[cut + 1 :] in other_body for cut in cuts):
        return "other article"
    above, below = lines[index - 1], lines[index]
    if is_title_like(above) or is_title_like(below):
        return "head line"
    if not ends_sentence(above):
        return "no stop"
    words = below.split()
    need = display_width(words[0]) if words else 0
    widest = max(_widest_near(lines, index - 1), _widest_near(lines, index))
    return "room left" if display_width(above) + 1 + need <= widest else "full line"


def cause_table(
    causes: Counter[str], worth: Mapping[str, float] | None = None, articles: int = 0
) -> str:
    """The --breaks summary: how many missed and extra breaks each cause has and, given the
    ``worth`` summed by :meth:`PageScore.explain_breaks` over pages of ``articles`` expected
    articles, how many points of the paragraphs field fixing them all would add."""
    weighed = worth is not None and articles > 0
    rows = ["| cause | missed | extra |" + (" worth (points) |" if weighed else "")]
    rows.append("|---|---|---|" + ("---|" if weighed else ""))
    for cause in BREAK_CAUSES:
        row = f"| {cause} | {causes[f'MISSED: {cause}']} | {causes[f'EXTRA: {cause}']} |"
        if worth is not None and weighed:
            row += f" {100 * worth.get(cause, 0.0) / articles:.2f} |"
        rows.append(row)
    return "\n".join(rows)


def score_articles(
    expected: Sequence[Mapping[str, Any]],
    produced: Sequence[Mapping[str, Any]],
    furniture: Sequence[str] = (),
) -> tuple[Tally, dict[int, int]]:
    """Score produced articles (expect-file shape) against expected ones."""
    matches = match_articles(expected, produced)
    tally = Tally(pages=1, expected=len(expected), produced=len(produced), matched=len(matches))
    for i, article in enumerate(expected):
        j = matches.get(i)
        for name, value in field_scores(article, produced[j] if j is not None else None).items():
            tally.sums[name] += value
    known = printed_grams(expected, furniture)
    for j, article in enumerate(produced):
        if j in matches.values():
            continue
        grams = bigrams("".join(printed_fields(article)))
        if covered(grams, sum(grams.values()), known) >= COUNTED_SHARE:
            tally.spurious += 1
        else:
            tally.ignored += 1
    return tally, matches


def parse_dev_page(page: DevPage) -> tuple[str, Page]:
    """Parse the page as `broadsheet parse` parses a file (its bytes through the format
    registry); also return its text decoded the same way, for the audit of lost characters."""
    data = page.text.encode("utf-8")
    return decode_page(data, page.path), read_page(data, page.path)


def score_page(page: DevPage) -> PageScore:
    start = time.perf_counter()
    text, parsed = parse_dev_page(page)
    produced = [produced_dict(a) for a in parsed.articles]
    tally, matches = score_articles(page.articles, produced, page.furniture)
    lost, _added = lost_and_added(text, parsed)
    tally.lost = sum(lost.values())
    seconds = time.perf_counter() - start
    return PageScore(
        page.name,
        page.family,
        tally,
        matches,
        seconds,
        page.articles,
        produced,
        text,
        parsed,
        page.newspaper,
        page.date,
    )


def _name_key(name: str | None) -> str | None:
    """A paper's name as compared: case, spacing and a closing stop set aside ("The Riverton
    Gazette" is "THE RIVERTON GAZETTE", "THE WEEKLY MESSENGER." is "THE WEEKLY MESSENGER")."""
    return " ".join(name.split()).strip(" .,").casefold() if name else None


@dataclass
class MastheadTally:
    """How many pages print a name and a date, how many the parse reads right, and the misses."""

    names: int = 0
    names_right: int = 0
    dates: int = 0
    dates_right: int = 0
    misses: list[str] = field(default_factory=list)

    def share(self, which: str) -> float:
        total = self.names if which == "newspaper" else self.dates
        right = self.names_right if which == "newspaper" else self.dates_right
        return right / total if total else 1.0


def masthead_tally(scores: Iterable[PageScore]) -> MastheadTally:
    """The paper's name and the issue's date read from each page's furniture
    (issue.page_masthead_facts, what the window's title and the library show) against what
    the page prints (issue 9, item 9): a page that prints none is not counted."""
    tally = MastheadTally()
    for score in scores:
        if score.parsed is None:
            continue
        name, date = page_masthead_facts(score.parsed)
        if score.newspaper:
            tally.names += 1
            if _name_key(name) == _name_key(score.newspaper):
                tally.names_right += 1
            else:
                tally.misses.append(f"{score.name}: name {score.newspaper!r}, got {name!r}")
        if score.date:
            tally.dates += 1
            if date == score.date:
                tally.dates_right += 1
            else:
                tally.misses.append(f"{score.name}: date {score.date!r}, got {date!r}")
    return tally


def score_pages(pages: Iterable[DevPage]) -> list[PageScore]:
    return [score_page(page) for page in pages]


def by_family(scores: Iterable[PageScore]) -> dict[str, Tally]:
    """Tallies per family (in FAMILIES order) and "overall"."""
    families: dict[str, Tally] = {}
    overall = Tally()
    for score in scores:
        families.setdefault(score.family, Tally()).add(score.tally)
        overall.add(score.tally)
    ordered = {f: families[f] for f in FAMILIES if f in families}
    ordered["overall"] = overall
    return ordered


_COLUMNS = (
    ("pages", "pages"),
    ("articles", "expected"),
    ("recall", "recall"),
    ("precision", "precision"),
    ("fields", "fields"),
    *((name, name) for name in FIELDS),
    ("lost", "lost"),
)


def _cell(tally: Tally, key: str) -> str:
    if key in ("pages", "expected", "lost"):
        return str(getattr(tally, key))
    value = getattr(tally, key) if key in ("recall", "precision", "fields") else tally.share(key)
    return f"{100 * value:.0f}%"


def markdown_table(rows: Mapping[str, Tally], first: str = "family") -> str:
    header = [first, *(label for label, _ in _COLUMNS)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, tally in rows.items():
        cells = [f"**{name}**" if name == "overall" else name]
        cells += [_cell(tally, key) for _, key in _COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def load_pages(paths: Iterable[str], errors: list[str]) -> list[DevPage]:
    pages: list[DevPage] = []
    for path in expect_files(paths):
        try:
            pages.append(load_dev_page(path))
        except SourceMissing as exc:
            errors.append(f"{page_name(path)}: skipped, {exc}")
        except DevSetError as exc:
            errors.append(str(exc))
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.parse.score", description=__doc__.splitlines()[0]
    )
    parser.add_argument("paths", nargs="*", help="expect files or folders (default: the dev set)")
    parser.add_argument("--pages", action="store_true", help="a row per page as well")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--explain", action="store_true", help="list missed, extra and wrong articles per page"
    )
    parser.add_argument(
        "--breaks",
        action="store_true",
        help="print each missed and extra paragraph break with its source lines",
    )
    parser.add_argument(
        "--mastheads",
        action="store_true",
        help="list the pages whose paper's name or date the parse reads wrong, and the shares",
    )
    parser.add_argument(
        "--shifts",
        action="store_true",
        help="list articles given another article's headline, and their count per family",
    )
    args = parser.parse_args(argv)
    errors: list[str] = []
    start = time.perf_counter()
    pages = load_pages(args.paths, errors)
    scores = score_pages(pages)
    seconds = time.perf_counter() - start
    families = by_family(scores)
    for line in errors:
        print(line, file=sys.stderr)
    if args.json:
        data = {
            "parser_version": PARSER_VERSION,
            "seconds": round(seconds, 3),
            "families": {name: tally.to_json() for name, tally in families.items()},
            "pages": {
                s.name: {"family": s.family, **s.tally.to_json(), "seconds": round(s.seconds, 4)}
                for s in scores
            },
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(markdown_table(families))
        if args.pages:
            print(markdown_table({s.name: s.tally for s in scores}, first="page"))
        if args.explain:
            print("\n".join(score.explain() for score in scores))
        if args.breaks:
            causes: Counter[str] = Counter()
            worth: Counter[str] = Counter()
            print("\n".join(score.explain_breaks(causes, worth) for score in scores))
            overall = families["overall"]
            print(cause_table(causes, worth, overall.expected))
            unmatched = overall.expected - overall.matched
            print(
                f"(paragraphs {overall.share('paragraphs'):.2%}; the {unmatched} unmatched "
                f"articles cost {100 * unmatched / max(overall.expected, 1):.2f} points)\n"
            )
        if args.shifts:
            shifts = [shift for score in scores for shift in score.shifted_heads()]
            print("\n".join(f"- {shift}" for shift in shifts))
            counts = Counter(shift.family for shift in shifts)
            print("shifted heads: " + ", ".join(f"{f} {n}" for f, n in sorted(counts.items())))
        if args.mastheads:
            mastheads = masthead_tally(scores)
            print("\n".join(f"- {miss}" for miss in mastheads.misses))
            print(
                f"mastheads: name {mastheads.names_right} of {mastheads.names} "
                f"({mastheads.share('newspaper'):.1%}), date {mastheads.dates_right} of "
                f"{mastheads.dates} ({mastheads.share('date'):.1%})"
            )
        print(f"{len(scores)} pages scored in {seconds:.2f} s, parser version {PARSER_VERSION}")
    bad = [e for e in errors if "skipped" not in e]
    return 2 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
