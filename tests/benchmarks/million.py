"""Build a library of a million stories from the real February 1916 month, for the search budgets.

The 2,198 Chronicling America front pages of ``../shared/corpus/chronam-1916-02`` are parsed
once (in a process pool; the parsed month is kept as a pickle beside the database, so a second
build skips the parse) and stored through ``IssueCache.put`` (the app's own path), interleaved
with synthetic Chinese issues made from real Chinese words (``bench_store.make_library``; a
``--chinese`` share of the stories). That base is then copied in SQL, a year earlier each copy
(1916, 1915, …; the stored parse's date too), and each copy's stories indexed through the
search index's own ``add``, until the library holds at least ``--stories`` stories. The
generated files belong under /tmp or /work/tmp, never in the repository.

    .venv/bin/python -m tests.benchmarks.million --db /work/tmp/million/cache.sqlite3 \
        [--stories 1000000] [--chinese 0.2]
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.model import Issue
from reader.store import db
from reader.store.cache import IssueCache
from tests.benchmarks.bench_store import CORPUS, make_library

MONTH = CORPUS / "chronam-1916-02"


def _parse_day(folder: str) -> list[Issue]:
    from reader.parse.issue import load_issues

    return load_issues(folder)


def parsed_month(keep: Path) -> list[Issue]:
    """Every issue of the month, parsed (in all cores) or read back from ``keep``."""
    if keep.is_file():
        with keep.open("rb") as f:
            return pickle.load(f)
    days = sorted(str(p) for p in MONTH.iterdir() if p.is_dir())
    if not days:
        raise SystemExit(f"{MONTH}: the corpus month is not there")
    start = time.perf_counter()
    with ProcessPoolExecutor(os.cpu_count()) as pool:
        issues = [issue for day in pool.map(_parse_day, days) for issue in day]
    print(f"parsed {len(issues)} issues in {time.perf_counter() - start:.1f} s", flush=True)
    keep.parent.mkdir(parents=True, exist_ok=True)
    with keep.open("wb") as f:
        pickle.dump(issues, f, protocol=pickle.HIGHEST_PROTOCOL)
    return issues


def write_base(cache: IssueCache, month: list[Issue], chinese: float) -> None:
    """The month, with a ``chinese`` share of Chinese issues among it, through ``put``."""
    english = sum(len(i.articles) for i in month)
    zh_total = round(english * chinese / (1 - chinese))
    zh = [issue for _k, issue in make_library(zh_total, languages=("zh",))]
    print(f"base: {len(month)} issues, {english} stories; Chinese: {len(zh)} issues", flush=True)
    start = time.perf_counter()
    zh_at = zh_done = en_done = 0
    for n, issue in enumerate(month):
        cache.put(f"month-000-{n:07d}", 1, issue)
        en_done += len(issue.articles)
        # Chinese issues keep pace, so both languages spread over the whole rowid range.
        while zh_at < len(zh) and zh_done * english <= en_done * zh_total:
            cache.put(f"zh-000-{zh_at:07d}", 1, zh[zh_at])
            zh_done += len(zh[zh_at].articles)
            zh_at += 1
    for issue in zh[zh_at:]:
        cache.put(f"zh-000-{zh_at:07d}", 1, issue)
        zh_at += 1
    base = cache.story_count()
    rate = base / (time.perf_counter() - start)
    print(f"base written through IssueCache.put: {base} stories, {rate:.0f} stories/s", flush=True)


#: An issue's date a ``:copy`` years earlier, in SQL (29 February becomes the 28th off leap years).
SHIFTED = (
    "printf('%04d', substr(date, 1, 4) - :copy) || CASE WHEN substr(date, 5) = '-02-29'"
    " AND (substr(date, 1, 4) - :copy) % 4 != 0 THEN '-02-28' ELSE substr(date, 5) END"
)


def build(path: Path, stories: int, chinese: float) -> None:
    """The month and its share of Chinese issues once through ``IssueCache.put`` (the base), then
    whole copies of the base in SQL, a year earlier each, until ``stories`` are stored."""
    cache = IssueCache(path, check=False)
    start = time.perf_counter()
    if cache.story_count() == 0:
        write_base(cache, parsed_month(path.with_name("month.pickle")), chinese)
    conn = cache.conn
    # The base is the issues stored under keys without a copy number (a build goes on from
    # the copies a stopped one finished: each copy is one transaction).
    (issues,) = conn.execute(
        "SELECT max(id) FROM issues WHERE cache_key NOT GLOB '*-*-*-*'"
    ).fetchone()
    (last,) = conn.execute("SELECT max(id) FROM stories WHERE issue_id <= ?", (issues,)).fetchone()
    base = last
    copy = cache.story_count() // base - 1
    while cache.story_count() < stories:
        copy += 1
        copy_start = time.perf_counter()
        with db.transaction(conn):
            conn.execute(
                "INSERT INTO issues (id, cache_key, source_hash, parser_version, source,"
                " newspaper, date, pages, stories, data, stored)"
                f" SELECT id + :di, cache_key || '-' || :copy, source_hash || '-' || :copy,"
                f" parser_version, source, newspaper, {SHIFTED}, pages, stories,"
                f" CAST(json_set(CAST(data AS TEXT), '$.date', {SHIFTED}) AS BLOB), stored"
                " FROM issues WHERE id <= :issues",
                {"di": copy * issues, "copy": copy, "issues": issues},
            )
            conn.execute(
                "INSERT INTO stories (id, issue_id, article_id, page, title, headline, body)"
                " SELECT id + :ds, issue_id + :di, article_id, page, title, headline, body"
                " FROM stories WHERE id <= :last",
                {"ds": copy * last, "di": copy * issues, "last": last},
            )
            for low in range(0, last, 20_000):
                rows = conn.execute(
                    "SELECT id + ?, headline, body FROM stories WHERE id > ? AND id <= ?",
                    (copy * last, low, min(last, low + 20_000)),
                ).fetchall()
                cache.index.add(rows)
        took = time.perf_counter() - copy_start
        print(f"  copy {copy}: {base} stories in {took:.0f} s ({base / took:.0f}/s)", flush=True)
    elapsed = time.perf_counter() - start
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = cache.story_count()
    cache.close()
    size = path.stat().st_size
    print(
        f"wrote {total} stories ({copy + 1} copies of {base}: the month and its Chinese "
        f"issues) in {elapsed:.0f} s ({total / elapsed:.0f} stories/s); {size / 1e6:.0f} MB, "
        f"{size / total:.0f} bytes/story",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--stories", type=int, default=1_000_000)
    parser.add_argument("--chinese", type=float, default=0.2)
    args = parser.parse_args(argv)
    build(args.db, args.stories, args.chinese)
    return 0


if __name__ == "__main__":
    sys.exit(main())
