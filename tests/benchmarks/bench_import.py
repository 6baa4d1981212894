"""Import benchmark: the February 1916 Chronicling America month into a fresh library.

Run: ``python -m tests.benchmarks.bench_import`` (from the repository root, in the venv);
``--days 3`` for a quick look, ``--jobs N`` (default: one per core). To measure a compiled
install, run the file instead (``VENV/bin/python tests/benchmarks/bench_import.py``): with
``-m`` the checkout's own ``reader`` (pure Python) is imported first, whatever the venv holds.
The first line after the source says which parser ran. The budget: the whole
month (2,198 pages, 47 MB) in ≤ 45 s wall, ≥ 49 pages/s. Measured in the same run, as floors:

* reading and hashing the same files (``source_hash`` of each issue, one process);
* the parse alone over the same issues in one process (``load_issue``), and what ``--jobs``
  processes would take at best (that time divided by the jobs, with no writer at all);
* the parse alone in ``--jobs`` processes at once (the same pool, nothing sent back, no
  writer): what two processes sharing the machine cost a page, and the wall time the import
  would take if everything around the parse were free;
* the writer's own time inside the import (cache and index, library list), and of that the
  search index's share; a second import of the same tree (every file unchanged).
"""

from __future__ import annotations

import argparse
import os
import pickle
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import reader
from reader.parse import build_name, load_issue
from reader.parse.pool import process_map
from reader.store import Library, importer
from reader.store.cache import IssueCache
from reader.store.importer import Prepared, Status, find_issues
from reader.store.search import SearchIndex
from reader.store.sources import source_hash
from reader.store.userdata import UserData

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
MONTH = CORPUS / "chronam-1916-02"
BUDGET_SECONDS = 45.0


class Stopwatch:
    """Adds up the wall and CPU time spent in methods it wraps (the writer's, in this thread)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def wrap(self, owner: type | object, name: str, label: str) -> Callable[[], None]:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - start
                self.cpu[label] = self.cpu.get(label, 0.0) + time.thread_time() - cpu

        setattr(owner, name, timed)
        return lambda: setattr(owner, name, original)


class Received:
    """What the writer received from the workers: their CPU per issue, and what sending each
    result costs (pickled in a worker, unpickled here: timed again here, as each arrives, and
    that measuring time left out of this process's CPU)."""

    def __init__(self) -> None:
        self.cpu = self.pickled = self.dumped = self.loaded = self.measuring = 0.0

    def wrap(self) -> Callable[[], None]:
        original = importer.write_prepared

        def watched(results: Iterator[Prepared], *args: Any, **kwargs: Any) -> Any:
            def kept() -> Iterator[Prepared]:
                for prepared in results:
                    self.measure(prepared)
                    yield prepared

            return original(kept(), *args, **kwargs)

        importer.write_prepared = watched
        return lambda: setattr(importer, "write_prepared", original)

    def measure(self, prepared: Prepared) -> None:
        begin = time.process_time()
        self.cpu += getattr(prepared, "cpu", 0.0)  # 0 from a tree before the field
        blob = pickle.dumps(prepared, pickle.HIGHEST_PROTOCOL)
        dumped = time.process_time()
        pickle.loads(blob)
        loaded = time.process_time()
        self.pickled += len(blob)
        self.dumped += dumped - begin
        self.loaded += loaded - dumped
        self.measuring += loaded - begin

    def report(self, pages: int) -> None:
        print(
            f"  workers: {self.cpu:.1f} s CPU preparing ({self.cpu / max(pages, 1) * 1000:.1f} "
            "ms/page: signature, hash, parse, encoding)"
        )
        print(
            f"  transfer: {self.pickled / 1e6:.0f} MB pickled, {self.dumped:.2f} s CPU to "
            f"pickle (in the workers), {self.loaded:.2f} s to unpickle (here)"
        )


def _parse_only(path: str) -> tuple[float, int]:
    """A pool task for the floor: parse one issue, send back only its CPU time and pages."""
    start = time.process_time()
    pages = len(load_issue(Path(path)).pages)
    return time.process_time() - start, pages


def size_of(paths: list[str]) -> int:
    return sum(f.stat().st_size for p in paths for f in _files(Path(p)))


def _files(path: Path) -> list[Path]:
    from reader.store.sources import issue_files

    return issue_files(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=MONTH)
    parser.add_argument("--days", type=int, default=0, help="only the first N day folders")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-floors", action="store_true", help="the import alone")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        print(f"no corpus at {args.source}", file=sys.stderr)
        return 2
    roots: list[Path] = [args.source]
    if args.days:
        roots = sorted(p for p in args.source.iterdir() if p.is_dir())[: args.days]
    found, _failed, _ = find_issues(roots)
    megabytes = size_of(found) / 1e6
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.system()}, Python {platform.python_version()}; load average now "
        f"{os.getloadavg()[0]:.1f}"
    )
    print(f"source: {args.source} ({len(found)} issues, {megabytes:.1f} MB), jobs {args.jobs}")
    # ``python -m`` from a checkout imports the checkout's ``reader`` (pure Python) before a
    # compiled install's: say which parser the numbers are of.
    print(f"parser: {build_name()}, from {Path(reader.__file__).parent}")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        watch = Stopwatch()
        undo = [
            watch.wrap(IssueCache, "put_many", "cache and index"),
            watch.wrap(SearchIndex, "add", "of which the search index"),
            watch.wrap(UserData, "record_entries", "library list"),
        ]
        received = Received()
        undo.append(received.wrap())
        library = Library(Path(tmp) / "cache.sqlite3", Path(tmp) / "userdata.sqlite3")
        start, parent = time.perf_counter(), time.process_time()
        report = library.import_paths(roots, jobs=args.jobs)
        wall = time.perf_counter() - start
        parent = time.process_time() - parent - received.measuring
        for restore in undo:
            restore()
        pages = report.pages
        verdict = "within" if wall <= BUDGET_SECONDS else "OVER"
        print(
            f"import: {wall:.1f} s wall, {pages} pages, {pages / wall:.1f} pages/s, "
            f"{report.count(Status.ADDED)} issues added, {len(report.failed)} failed "
            f"({verdict} the {BUDGET_SECONDS:.0f} s budget for the month)"
        )
        received.report(pages)
        print(f"  this process (writer, the thread reading answers, progress): {parent:.1f} s CPU")
        for label, seconds in watch.seconds.items():
            print(
                f"  writer, {label}: {seconds:.2f} s wall ({seconds / wall:.0%} of the import), "
                f"{watch.cpu[label]:.2f} s CPU"
            )
        stories = library.cache.story_count()
        size = sum(f.stat().st_size for f in Path(tmp).glob("cache.sqlite3*")) / 1e6
        print(f"  library: {stories} stories, cache {size:.0f} MB")
        start = time.perf_counter()
        again = library.import_paths(roots, jobs=args.jobs)
        print(
            f"second import (nothing changed): {time.perf_counter() - start:.2f} s, "
            f"{again.count(Status.UNCHANGED)} issues unchanged"
        )
        library.close()
    if args.skip_floors:
        return 0
    start = time.perf_counter()
    for path in found:
        source_hash(Path(path))
    hashing = time.perf_counter() - start
    print(f"floor, reading and hashing the files: {hashing:.2f} s ({megabytes / hashing:.0f} MB/s)")
    start = time.perf_counter()
    cpu = time.process_time()
    for path in found:
        load_issue(Path(path))
    parse = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(
        f"floor, the parse alone in one process: {parse:.1f} s wall ({cpu:.1f} s CPU), "
        f"{parse / len(found) * 1000:.1f} ms/issue, {pages / parse:.1f} pages/s; "
        f"/ {args.jobs} jobs = {parse / args.jobs:.1f} s at best"
    )
    print(
        f"import / (parse alone / jobs) = {wall / (parse / args.jobs):.2f}x; "
        f"import speed-up over one process: {parse / wall:.2f}x"
    )
    if args.jobs > 1:
        start = time.perf_counter()
        answers = list(process_map(_parse_only, found, args.jobs))
        pooled = time.perf_counter() - start
        pooled_cpu = sum(cpu for cpu, _ in answers)
        print(
            f"floor, the parse alone in {args.jobs} processes at once (no writer): {pooled:.1f} s "
            f"wall, {pooled_cpu:.1f} s CPU in them ({pooled_cpu / max(pages, 1) * 1000:.1f} "
            f"ms/page); import / this = {wall / pooled:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
