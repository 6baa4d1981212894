"""Full-text search over every stored story: query parsing, three FTS5 index schemes, snippets.

Chinese has no spaces, so how the index is cut decides what a query can find. Three schemes are
implemented and measured by ``tests/benchmarks/bench_store.py`` (numbers in the README):

* ``bigram`` (the default): CJK runs are written into the index as overlapping character pairs
  plus the run's last character, Latin text as words (``unicode61``: case and diacritics folded).
  A CJK query of two or more characters becomes a phrase of pairs, so 科技, 人工智能 and 量子信息
  match as exact substrings; English matches whole words. Every CJK character is also written,
  alone, into two more columns (``headline_chars``, ``body_chars``): a one-character query is one
  token there, read newest first like any other term, where a prefix over the pairs had to merge
  the lists of every pair starting with that character.
* ``trigram``: SQLite's ``trigram`` tokenizer over the stored text. Terms of three or more
  characters use the index; one- and two-character terms fall back to ``instr`` over the text.
* ``jieba``: the text cut into words by jieba (search mode). Finds only terms that line up with
  jieba's cuts and needs the 0.7 s dictionary load before the first query or insert.

Simplified and Traditional Chinese match each other: the bigram and jieba schemes index the text
folded to one script (:func:`reader.text.script.fold_script`, a character map, so 圖書館 is
written as 图书馆) and fold every query the same way; snippets show the stored text as printed,
their spans found by the same fold. (``trigram``, a measured alternative, indexes the stored text
itself and does not fold.)

Queries: words separated by spaces (or ，、), all required; "double quotes" keep a phrase. Query
text never reaches FTS5 syntax: every term is quoted here, so a malformed query can only fail in
:func:`parse_query`, which raises :class:`~reader.errors.QueryError`.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reader.errors import QueryError, StoreError
from reader.store.db import transaction
from reader.store.records import Hit, Snippet
from reader.text.cjk import normalise_width
from reader.text.highlight import (
    Span,
    contains_cjk,
    count_term,
    find_spans,
    first_hit,
    fold_for_count,
    parse_terms,
)
from reader.text.script import CJK_SCRIPT_RANGES, fold_script
from reader.text.segment import Segmenter

#: Headlines weigh this much more than body text in bm25.
HEADLINE_WEIGHT = 5.0
#: A snippet's length in characters (the first hit in its middle, where the text allows).
SNIPPET_LENGTH = 120
#: How far a snippet's ends may move to fall between words rather than inside one.
SNIPPET_WORD_SLACK = 12
MAX_QUERY_LENGTH = 500
#: How many of the newest matching stories a search ranks (bm25) to pick its best hits.
CANDIDATES = 250

_CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_SCRIPT_RANGES)
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_TOKEN_CHAR = re.compile(r"[^\W_]")


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: every term must occur; a term with spaces is a phrase."""

    text: str
    terms: tuple[str, ...]


def parse_query(text: str) -> Query:
    """Split a query into terms, or raise QueryError with a short message for the reader."""
    text = normalise_width(text).strip()
    if not text:
        raise QueryError("empty query")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"query too long (over {MAX_QUERY_LENGTH} characters)")
    straight = text.replace("“", '"').replace("”", '"')
    if straight.count('"') % 2:
        raise QueryError("unbalanced quote")
    terms = tuple(t for t in parse_terms(text) if _TOKEN_CHAR.search(t))
    if not terms:
        raise QueryError("nothing to search for (only punctuation)")
    return Query(text, terms)


def _fts_string(text: str) -> str:
    """``text`` as an FTS5 string literal: whatever it holds, it is data, not syntax."""
    return '"' + text.replace('"', '""') + '"'


# -- schemes -----------------------------------------------------------------------------------


class Scheme(Protocol):
    """How stories are written into an FTS5 table and how a term is looked up there."""

    name: str
    #: The FTS5 table this scheme writes and searches.
    table: str
    #: Whether Latin terms match whole words (True) or any substring (False), for snippets.
    latin_whole_words: bool
    #: bm25 weights of the table's columns, in order.
    weights: tuple[float, ...]

    def create(self, conn: sqlite3.Connection) -> None: ...

    def insert(self, conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None: ...

    def delete(self, conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None: ...

    def condition(self, term: str) -> tuple[str, str]:
        """``("match", fts_expression)`` or ``("scan", folded_substring)`` for one term."""
        ...


def bigram_text(text: str) -> str:
    """Index form of ``text``: each CJK run as overlapping pairs plus its last character."""
    if text.isascii():  # no CJK to expand (a flag of the string: no scan)
        return text

    def expand(match: re.Match[str]) -> str:
        run = match.group()
        if len(run) == 1:
            return f" {run} "
        pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
        return f" {pairs} {run[-1]} "

    return _CJK_RUN.sub(expand, text)


def bigram_query(term: str) -> str:
    """FTS5 expression matching ``term`` against :func:`bigram_text` output as a substring.

    A CJK run followed by more of the term also needs the run's last character (the index has
    it there); a one-character run at the end becomes a prefix, which finds the character at the
    start of any pair as well as alone at the end of a run.
    """
    parts: list[str] = []
    prefix = False
    pos = 0
    runs = list(_CJK_RUN.finditer(term))
    for n, match in enumerate(runs):
        parts.append(term[pos : match.start()])
        run = match.group()
        rest = term[match.end() :] if n == len(runs) - 1 else "x"
        followed = bool(_TOKEN_CHAR.search(rest))
        if len(run) == 1:
            parts.append(f" {run} ")
            prefix = not followed
        else:
            pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
            parts.append(f" {pairs} {run[-1]} " if followed else f" {pairs} ")
        pos = match.end()
    parts.append(term[pos:])
    expression = _fts_string(" ".join("".join(parts).split()))
    return expression + " *" if prefix else expression


class _FtsScheme:
    """What every index scheme shares: an FTS5 table fed (rowid, headline, body) rows."""

    name = ""
    latin_whole_words = True
    table = ""
    #: The FTS5 table's options after its columns.
    options = "content='', tokenize='unicode61 remove_diacritics 2'"
    #: bm25 weights of the table's columns, in order.
    weights: tuple[float, ...] = (HEADLINE_WEIGHT, 1.0)

    def create(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
            f"headline, body, {self.options})"
        )

    def _rows(self, rows: Sequence[tuple[int, str, str]]) -> Iterable[tuple[int, str, str]]:
        """The rows as the index stores them (segmented, for the schemes that segment)."""
        return rows

    def insert(self, conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        conn.executemany(
            f"INSERT INTO {self.table} (rowid, headline, body) VALUES (?, ?, ?)", self._rows(rows)
        )

    def delete(self, conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        conn.executemany(
            f"INSERT INTO {self.table} ({self.table}, rowid, headline, body)"
            " VALUES ('delete', ?, ?, ?)",
            self._rows(rows),
        )


def unigram_text(text: str) -> str:
    """Every CJK character of ``text``, each a token of its own (for one-character queries)."""
    if text.isascii():
        return ""
    return " ".join("".join(_CJK_RUN.findall(text)))


def _bigram_columns(text: str) -> tuple[str, str]:
    """``(bigram_text(text), unigram_text(text))`` of the text folded to one Chinese script,
    the text looked through once: most stories are Latin text with a stray non-ASCII character,
    and have no CJK run to expand (nor anything to fold)."""
    if text.isascii() or _CJK_RUN.search(text) is None:
        return text, ""
    text = fold_script(text)
    return bigram_text(text), unigram_text(text)


class BigramScheme(_FtsScheme):
    name = "bigram"
    table = "fts_bigram"
    columns = ("headline", "body", "headline_chars", "body_chars")
    weights: tuple[float, ...] = (HEADLINE_WEIGHT, 1.0, HEADLINE_WEIGHT, 1.0)

    def create(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
            f"{', '.join(self.columns)}, {self.options})"
        )

    def _index_rows(
        self, rows: Sequence[tuple[int, str, str]]
    ) -> Iterable[tuple[int, str, str, str, str]]:
        for rowid, headline, body in rows:
            headline_pairs, headline_chars = _bigram_columns(headline)
            body_pairs, body_chars = _bigram_columns(body)
            yield rowid, headline_pairs, body_pairs, headline_chars, body_chars

    def insert(self, conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        conn.executemany(
            f"INSERT INTO {self.table} (rowid, {', '.join(self.columns)}) VALUES (?, ?, ?, ?, ?)",
            self._index_rows(rows),
        )

    def delete(self, conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        conn.executemany(
            f"INSERT INTO {self.table} ({self.table}, rowid, {', '.join(self.columns)})"
            " VALUES ('delete', ?, ?, ?, ?, ?)",
            self._index_rows(rows),
        )

    def condition(self, term: str) -> tuple[str, str]:
        term = fold_script(term)
        if len(term) == 1 and _CJK_RUN.fullmatch(term):
            return "match", "{headline_chars body_chars} : " + _fts_string(term)
        return "match", "{headline body} : " + bigram_query(term)


class TrigramScheme(_FtsScheme):
    name = "trigram"
    latin_whole_words = False
    table = "fts_trigram"
    options = "content='stories', content_rowid='id', tokenize='trigram'"

    def condition(self, term: str) -> tuple[str, str]:
        if len(term) >= 3:
            return "match", _fts_string(term)
        # Trigrams cannot hold a shorter term: look through the text itself.
        return "scan", term.lower()


class JiebaScheme(_FtsScheme):
    name = "jieba"
    table = "fts_jieba"

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter

    def _cut(self, text: str, mode: str = "search") -> str:
        """The text folded to one Chinese script and cut into words."""
        if not contains_cjk(text):
            return text
        tokenizer = self.segmenter._require()
        folded = fold_script(text)
        return " ".join(word for word, _s, _e in tokenizer.tokenize(folded, mode=mode))

    def _rows(self, rows: Sequence[tuple[int, str, str]]) -> Iterable[tuple[int, str, str]]:
        return ((rowid, self._cut(h), self._cut(b)) for rowid, h, b in rows)

    def condition(self, term: str) -> tuple[str, str]:
        return "match", _fts_string(self._cut(term, mode="default"))


def make_scheme(name: str, segmenter: Segmenter | None = None) -> Scheme:
    if name == "bigram":
        return BigramScheme()
    if name == "trigram":
        return TrigramScheme()
    if name == "jieba":
        return JiebaScheme(segmenter or Segmenter())
    raise ValueError(f"unknown search scheme {name!r}")


# -- snippets ----------------------------------------------------------------------------------


def make_snippet(
    text: str, terms: Sequence[str], *, whole_words: bool = True, length: int = SNIPPET_LENGTH
) -> Snippet:
    """The part of ``text`` around its first hit, the hit centred (as far as the text's start
    and end allow), with every hit in it as a span. Ends falling inside a Latin word move out
    to the nearest space (within ``SNIPPET_WORD_SLACK``); CJK text is cut anywhere."""
    flat = " ".join(text.split())
    spans = [(s.start, s.end) for s in _spans_up_front(flat, terms, whole_words, length)]
    if not spans:
        cut = flat[:length]
        return Snippet(cut + ("…" if len(flat) > length else ""), ())
    first_start, first_end = spans[0]
    middle = (first_start + first_end) // 2
    start = max(0, min(middle - length // 2, len(flat) - length))
    end = min(len(flat), start + length)
    start = _word_edge(flat, start, limit=first_start, forward=True)
    end = _word_edge(flat, end, limit=first_end, forward=False)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    shift = len(lead) - start
    kept = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return Snippet(lead + flat[start:end] + tail, kept)


def _spans_up_front(flat: str, terms: Sequence[str], whole_words: bool, length: int) -> list[Span]:
    """The hits of ``terms`` in ``flat`` as far as a snippet needs them: from the start to a
    little past the window around the first hit (a long story with hundreds of hits costs its
    first few). Falls back to the whole text when the cut could have changed what is found."""
    words = [t.split()[0].lower() for t in terms if t.split()]
    lowered = flat.lower()
    found = [at for at in (first_hit(lowered, w) for w in words) if at >= 0]
    if found and len(lowered) == len(flat):
        longest = max(len(t) for t in terms)
        cut = min(found) + length + SNIPPET_WORD_SLACK + 2 * longest + 2
        if cut < len(flat):
            spans = find_spans(flat[:cut], terms, whole_words=whole_words)
            # Exact if the window after the first hit ends well before the cut.
            if spans and spans[0].start + length + longest + 1 < cut:
                return spans
    return find_spans(flat, terms, whole_words=whole_words)


# -- ranking -----------------------------------------------------------------------------------

#: bm25's term-frequency saturation and length normalisation.
BM25_K1 = 1.2
BM25_B = 0.75


def rank_texts(
    texts: Sequence[tuple[str, str]], terms: Sequence[str], *, whole_words: bool = True
) -> list[float]:
    """A bm25 score of each ``(headline, body)``, higher is better, over these texts alone.

    Every text holds every term (the index said so), so the terms' rarity (bm25's IDF) is the
    same for all of them and left out; lengths are measured against these texts' average.
    Headline hits weigh :data:`HEADLINE_WEIGHT` times body hits.
    """
    if not texts:
        return []
    spaces = any(" " in term for term in terms)  # only a phrase needs its spaces made one
    folded = [
        (fold_for_count(headline, spaces=spaces), fold_for_count(body, spaces=spaces))
        for headline, body in texts
    ]
    needles = [(fold_for_count(t), whole_words and not contains_cjk(t)) for t in terms]
    lengths = [len(headline) + len(body) for headline, body in folded]
    average = sum(lengths) / len(lengths) or 1.0
    scores = []
    for (headline, body), length in zip(folded, lengths, strict=True):
        norm = BM25_K1 * (1 - BM25_B + BM25_B * length / average)
        score = 0.0
        for needle, latin_word in needles:
            for weight, text in ((HEADLINE_WEIGHT, headline), (1.0, body)):
                tf = count_term(text, needle, latin_word=latin_word)
                if tf:
                    score += weight * tf * (BM25_K1 + 1) / (tf + norm)
        scores.append(score)
    return scores


def _word_edge(flat: str, cut: int, *, limit: int, forward: bool) -> int:
    """``cut`` moved to the nearest space when it falls inside a Latin word (towards the hit,
    never past ``limit``); unchanged at the text's ends, between words, or in CJK text."""
    if cut <= 0 or cut >= len(flat) or not (flat[cut - 1].isascii() and flat[cut].isascii()):
        return cut
    if flat[cut - 1] == " " or flat[cut] == " ":
        return cut
    step = 1 if forward else -1
    for moved in range(1, SNIPPET_WORD_SLACK + 1):
        at = cut + step * moved
        if (forward and at > limit) or (not forward and at < limit):
            break
        if 0 < at < len(flat) and flat[at - 1] == " ":
            return at if forward else at - 1
    return cut


# -- the index ---------------------------------------------------------------------------------


class SearchIndex:
    """The FTS5 index over the ``stories`` table of the cache database."""

    def __init__(self, conn: sqlite3.Connection | None, scheme: Scheme) -> None:
        #: Set by the owner once its connection is open (``None`` only until then).
        self.conn: sqlite3.Connection = conn  # type: ignore[assignment]
        self.scheme = scheme

    def create(self) -> None:
        """Create the index table (inside the caller's transaction)."""
        self.scheme.create(self.conn)

    def add(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Index ``(story id, headline text, body text)`` rows (inside the caller's transaction)."""
        self.scheme.insert(self.conn, rows)

    def rebuild(self) -> int:
        """Drop the index and write it again from the ``stories`` table; return how many stories.

        Works whatever state the index's shadow tables are in: they are dropped, not read.
        """
        with transaction(self.conn):
            self.conn.execute(f"DROP TABLE IF EXISTS {self.scheme.table}")
            self.scheme.create(self.conn)
            rows = self.conn.execute("SELECT id, headline, body FROM stories").fetchall()
            self.scheme.insert(self.conn, rows)
        return len(rows)

    def check(self) -> list[str]:
        """Problems of the index: FTS5's own integrity check, and every story indexed once."""
        table = self.scheme.table
        problems = []
        try:
            self.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as err:
            problems.append(f"search index: {err}")
        try:
            (unindexed,) = self.conn.execute(
                f"SELECT count(*) FROM stories WHERE id NOT IN (SELECT id FROM {table}_docsize)"
            ).fetchone()
            (stray,) = self.conn.execute(
                f"SELECT count(*) FROM {table}_docsize WHERE id NOT IN (SELECT id FROM stories)"
            ).fetchone()
        except sqlite3.DatabaseError as err:
            problems.append(f"search index: {err}")
        else:
            if unindexed:
                problems.append(f"search index: {unindexed} stories are not in the index")
            if stray:
                problems.append(f"search index: {stray} entries point at no story")
        return problems

    def _ranked_candidates(
        self, expression: str, query: Query, columns: str, limit: int
    ) -> list[tuple[Any, ...]]:  # (rows as SQLite gives them)
        """The newest ``max(limit, CANDIDATES)`` stories matching ``expression``, best first.

        FTS5 walks a term's list in rowid order and stops at the LIMIT, so this costs the
        candidates, not the matches; FTS5's own bm25 would count every match of every term
        first (its IDF), which is what made a one-character query slow in a large library.
        """
        table = self.scheme.table
        ids = [
            row[0]
            for row in self.conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
                (expression, max(limit, CANDIDATES)),
            )
        ]
        if not ids:
            return []
        rows = self.conn.execute(
            f"SELECT {columns}, 0.0, s.headline, s.id FROM stories s"
            " JOIN issues i ON i.id = s.issue_id WHERE s.id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).fetchall()
        scores = rank_texts(
            [(row[-2], row[3]) for row in rows],
            query.terms,
            whole_words=self.scheme.latin_whole_words,
        )
        order = sorted(range(len(rows)), key=lambda n: (-scores[n], -rows[n][-1]))
        return [(*rows[n][:9], -scores[n]) for n in order[:limit]]

    def remove_issue(self, issue_id: int) -> None:
        rows = self.conn.execute(
            "SELECT id, headline, body FROM stories WHERE issue_id = ?", (issue_id,)
        ).fetchall()
        self.scheme.delete(self.conn, rows)

    def search(self, query: str | Query, limit: int = 50) -> list[Hit]:
        """The best ``limit`` stories containing every term, best first.

        "Best" is bm25 (:func:`rank_texts`) over the newest :data:`CANDIDATES` matching
        stories (the last stored first), or over all of them when fewer match: a word in every
        other story of a million is not ranked a million times before the first page shows.
        """
        parsed = query if isinstance(query, Query) else parse_query(query)
        matches: list[str] = []
        scans: list[str] = []
        for term in parsed.terms:
            kind, value = self.scheme.condition(term)
            (matches if kind == "match" else scans).append(value)
        table = self.scheme.table
        columns = (
            "s.article_id, s.title, s.page, s.body, i.newspaper, i.date, i.source, i.source_hash,"
            " json_extract(i.page_names, '$[' || (s.page - 1) || ']')"
        )
        bm25 = f"bm25({table}, {', '.join(map(str, self.scheme.weights))})"
        params: list[object] = []
        scan_sql = " AND ".join(
            "instr(lower(s.headline || char(10) || s.body), ?) > 0" for _ in scans
        )
        try:
            if matches and not scans:
                rows = self._ranked_candidates(" AND ".join(matches), parsed, columns, limit)
            elif matches:
                sql = (
                    f"SELECT {columns}, {bm25} AS rank"
                    f" FROM {table} JOIN stories s ON s.id = {table}.rowid"
                    " JOIN issues i ON i.id = s.issue_id"
                    f" WHERE {table} MATCH ? AND {scan_sql} ORDER BY rank LIMIT ?"
                )
                params.extend((" AND ".join(matches), *scans, limit))
                rows = self.conn.execute(sql, params).fetchall()
            else:
                sql = (
                    f"SELECT {columns}, 0.0 AS rank FROM stories s"
                    " JOIN issues i ON i.id = s.issue_id"
                    f" WHERE {scan_sql} ORDER BY i.date DESC, s.id LIMIT ?"
                )
                params.extend((*scans, limit))
                rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as err:
            if "fts5" in str(err):  # not expected (every term is quoted), but it is the query's
                raise QueryError(f"cannot search for {parsed.text!r}: {err}") from err
            raise StoreError(f"search failed: {err}") from err
        except (sqlite3.Error, UnicodeDecodeError) as err:
            raise StoreError(f"search failed: {err}") from err
        whole = self.scheme.latin_whole_words
        hits = []
        for article_id, title, page, body, paper, date, source, digest, name, rank in rows:
            hits.append(
                Hit(
                    article_id=article_id,
                    headline=title,
                    newspaper=paper,
                    date=date,
                    page=page,
                    snippet=make_snippet(body or title, parsed.terms, whole_words=whole),
                    source=source,
                    source_hash=digest,
                    rank=rank,
                    page_name=name if isinstance(name, str) and name else None,
                )
            )
        return hits
