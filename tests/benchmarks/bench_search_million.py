"""Search budgets on a library of a million stories (built by ``tests/benchmarks/million.py``).

Times the app's own search (``SearchIndex.search``: 50 hits with snippets) for 1-, 2- and
4-character Chinese queries and English words, five runs each after one warm run, as wall
time and as CPU time of this process (on a loaded machine the wall time is mostly waiting for
a core; the CPU time is what the query costs). A same-run floor (summing a million integers)
puts the numbers in proportion. Also: the first page of hits for a query matching about
100,000 stories, the database size per story, the peak RSS of a fresh process that opens the
library and searches, and the peak RSS of the app with the library open (an issue shown, the
library view listing one entry per stored issue, every query run in the search panel).

    .venv/bin/python -m tests.benchmarks.million --db /work/tmp/million/cache.sqlite3
    .venv/bin/python -m tests.benchmarks.bench_search_million --db /work/tmp/million/cache.sqlite3
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader.model import Article, ArticleKind, Issue, Page
from reader.store import db
from reader.store.search import CANDIDATES, SearchIndex, make_scheme, parse_query
from reader.store.userdata import UserData
from tests.benchmarks.bench_formats import measure
from tests.benchmarks.bench_store import (
    EN_QUERIES,
    ROOT,
    ZH_QUERIES,
    app_child_peak,
    make_issue_dir,
    percentile,
)

#: Words tried for "a query matching about 100,000 stories" (the closest count is used).
BROAD = ("the", "and", "city", "county", "state", "new", "president", "war", "will", "year")

CHILD = """
import sys
from reader.store import db
from reader.store.search import SearchIndex, make_scheme
conn = db.connect(sys.argv[1])
index = SearchIndex(conn, make_scheme("bigram"))
for q in sys.argv[2:]:
    index.search(q)
status = open("/proc/self/status").read().split("\\n")
print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def floor_ms(repeat: int = 5) -> tuple[float, float]:
    walls, cpus = measure(lambda: sum(range(1_000_000)), repeat)
    return statistics.median(walls), statistics.median(cpus)


def wrong_hits(index: SearchIndex, query: str) -> int:
    """Hits whose headline or snippet does not show a Chinese query (each must contain it)."""
    hits = index.search(query)
    return sum(query not in h.headline and not h.snippet.spans for h in hits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-app", action="store_true", help="skip the app's peak RSS")
    args = parser.parse_args(argv)
    print(
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    start = time.perf_counter()
    conn = db.connect(args.db)
    index = SearchIndex(conn, make_scheme("bigram"))
    opened = (time.perf_counter() - start) * 1000
    (stories,) = conn.execute("SELECT max(id) FROM stories").fetchone()
    (issues,) = conn.execute("SELECT count(*) FROM issues").fetchone()
    size = args.db.stat().st_size
    print(
        f"library: {stories} stories in {issues} issues, {size / 1e9:.2f} GB "
        f"({size / stories:.0f} bytes/story); opened in {opened:.0f} ms; "
        f"candidates ranked per query: {CANDIDATES}"
    )
    floor = floor_ms()
    print(f"floor (sum of a million integers): wall {floor[0]:.1f} ms, CPU {floor[1]:.1f} ms")
    for label, queries in {**ZH_QUERIES, **EN_QUERIES}.items():
        walls: list[float] = []
        cpus: list[float] = []
        for q in queries:
            index.search(q)  # warm the page cache once, as a second query in the app would
            w, c = measure(lambda q=q: index.search(q), args.repeat)
            walls += w
            cpus += c
        wrong = sum(wrong_hits(index, q) for q in queries) if label != "English" else 0
        print(
            f"  {label:8s} wall p50 {statistics.median(walls):6.1f} p95 "
            f"{percentile(walls, 95):6.1f} ms | CPU p50 {statistics.median(cpus):5.1f} p95 "
            f"{percentile(cpus, 95):5.1f} ms | hits not containing the query: {wrong}"
        )
    counts = {}
    for word in BROAD:
        expression = index.scheme.condition(parse_query(word).terms[0])[1]
        counts[word] = conn.execute(
            "SELECT count(*) FROM fts_bigram WHERE fts_bigram MATCH ?", (expression,)
        ).fetchone()[0]
    broad = min(counts, key=lambda w: abs(counts[w] - 100_000))
    index.search(broad)
    walls, cpus = measure(lambda: index.search(broad), args.repeat * 4)
    print(
        f"  broad: {broad!r} matches {counts[broad]} stories; first page wall p50 "
        f"{statistics.median(walls):.1f} p95 {percentile(walls, 95):.1f} ms | CPU p50 "
        f"{statistics.median(cpus):.1f} p95 {percentile(cpus, 95):.1f} ms"
    )
    print(f"  (match counts: {', '.join(f'{w} {n}' for w, n in counts.items())})")
    queries = [q for qs in (*ZH_QUERIES.values(), *EN_QUERIES.values()) for q in qs]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(args.db), *queries],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    print(f"peak RSS of a fresh process opening it and searching: {int(done.stdout) / 1024:.0f} MB")
    if not args.no_app:
        app_memory(conn, args.db)
    conn.close()
    return 0


def app_memory(conn: sqlite3.Connection, cache: Path) -> None:
    """The app with this library open: one library entry per stored issue."""
    placeholder = Article("p1-0", ArticleKind.STORY, headline="x", page_number=1)
    rows = conn.execute("SELECT id, source_hash, newspaper, date, pages, stories FROM issues")
    with tempfile.TemporaryDirectory(prefix="bench-million-") as tmp:
        folder = Path(tmp)
        issue_dir = make_issue_dir(folder)
        if issue_dir is None:
            print("app memory: corpus not available, skipped")
            return
        user = folder / "user.sqlite3"
        data = UserData(user)

        def entry(n: int, digest: str, paper: str, date: str, pages: int, stories: int):
            # As many pages and stories as the stored issue (the list shows only the counts).
            shape = [Page(p, None, ()) for p in range(1, pages)]
            shape.append(Page(pages, None, (placeholder,) * stories))
            return f"/archive/{n:07d}", digest, Issue(paper, date, tuple(shape))

        data.record_issues(entry(*row) for row in rows)
        data.close()
        app_child_peak(cache, user, folder, issue_dir, "million-story")


if __name__ == "__main__":
    sys.exit(main())
