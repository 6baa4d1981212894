"""Bulk import: find issues (the format registry), parse them in a process pool, one writer.

The pipeline is scan → issues → prepare (in worker processes: the files' signature, their
content hash, the parse and the cache's encoding of it) → one writer in the calling process that
commits a batch of issues at a time to the cache (stories, search index, what was seen of the
files) and then to the library list. Each batch is one transaction per database, so a process
killed at any moment leaves both consistent, and the next import continues: issues whose files
(names, sizes, modification times) are as last seen are skipped without being read, and issues
whose bytes are already in the cache are recorded without being parsed.

A file that cannot be read or parsed is one ``(path, reason)`` in the report; the import goes on.
Nothing here prints; progress arrives as :class:`ImportProgress`.
"""

from __future__ import annotations

import enum
import hashlib
import itertools
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reader.errors import BroadsheetError, InputError, StoreError
from reader.model import Issue, has_undecodable_name, issue_title, readable_name
from reader.parse.pool import default_jobs, prestart_pool, process_map
from reader.store.cache import IssueCache, StoredIssue, stored_issue
from reader.store.records import LibraryEntry
from reader.store.sources import cache_key, discover_issues, issue_files, source_hash
from reader.store.userdata import UserData

log = logging.getLogger(__name__)

IssueLoader = Callable[[Path], Issue]

#: The writer commits when this many issues are waiting, or when this many seconds have passed.
BATCH_ISSUES = 64
BATCH_SECONDS = 2.0
#: The last this many issues of an import are committed as each comes: the batch before them is
#: written while the workers parse them, not left for after the last parse with the cores idle.
TAIL_ISSUES = 8


class Status(enum.StrEnum):
    #: Parsed now and stored.
    ADDED = "added"
    #: The same bytes were in the cache already: recorded, not parsed.
    CACHED = "cached"
    #: Files as the last import saw them (names, sizes, times): not read at all.
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Known:
    """What the library knew before the import, handed to each worker once."""

    #: ``{issue path: (files signature, cache key)}`` of issues in the library and the cache.
    seen: dict[str, tuple[str, str]]
    #: Cache keys stored under the current parser version.
    keys: frozenset[str]
    parser_version: int


@dataclass(frozen=True, slots=True)
class Prepared:
    """One issue as a worker leaves it for the writer (plain data: cheap to send between
    processes, or to write as a line of a JSON Lines shard)."""

    path: str
    status: Status
    signature: str = ""
    source_hash: str = ""
    cache_key: str = ""
    #: The encoded parse (only for ADDED).
    stored: StoredIssue | None = None
    #: Why it failed (only for FAILED): one line naming the file.
    reason: str = ""
    #: CPU seconds the worker spent on it (hashing, parsing, encoding): for the benchmark.
    cpu: float = 0.0


@dataclass(frozen=True, slots=True)
class ImportedIssue:
    """A line of the report: one issue and what happened to it."""

    path: str
    status: Status
    source_hash: str
    newspaper: str | None
    date: str | None
    pages: int
    stories: int

    @property
    def title(self) -> str:
        return issue_title(self.newspaper, self.date, self.path)

    def library_row(self) -> tuple[str, str, str | None, str | None, int, int]:
        """The issue as ``UserData.record_entries`` takes it."""
        return (self.path, self.source_hash, self.newspaper, self.date, self.pages, self.stories)


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Where an import stands, after each issue."""

    done: int
    total: int
    pages: int
    elapsed: float
    path: str
    status: Status

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """The time left at the rate so far (None until one issue is done)."""
        if self.done == 0 or self.elapsed <= 0:
            return None
        return self.elapsed / self.done * (self.total - self.done)


def clock(seconds: float | None) -> str:
    """A duration as people read it: ``1:05``, ``1:02:03``; ``?`` while unknown."""
    if seconds is None:
        return "?"
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True, slots=True)
class ImportReport:
    issues: tuple[ImportedIssue, ...]
    #: ``(path, one-line reason)`` for each issue that could not be read; the rest went on.
    failed: tuple[tuple[str, str], ...]
    #: ``(path, reason)`` for what was found and left alone (a FIFO, an unreadable folder).
    skipped: tuple[tuple[str, str], ...]
    cancelled: bool
    #: Pages parsed in this import, or stored from shards (cached and unchanged issues not
    #: counted).
    pages: int
    seconds: float
    #: Problems writing the store (the issue was read but not kept): one line each.
    write_errors: tuple[str, ...] = ()
    #: False when the pages came parsed in shards (a cluster parsed them; here they were stored).
    parsed_here: bool = True

    def count(self, status: Status) -> int:
        return sum(1 for issue in self.issues if issue.status is status)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """One line: how many of each, pages per second, failures."""
        parts = [f"{self.count(s)} {s.value}" for s in (Status.ADDED, Status.CACHED)]
        parts.append(f"{self.count(Status.UNCHANGED)} unchanged")
        issues = len(self.issues) + len(self.failed)
        text = (
            f"{issues} {'issue' if issues == 1 else 'issues'}: {', '.join(parts)}, "
            f"{len(self.failed)} failed; {self.pages} {'page' if self.pages == 1 else 'pages'} "
            f"{'parsed' if self.parsed_here else 'stored from shards'} in {self.seconds:.1f} s "
            f"({self.pages_per_second:.1f} pages/s)"
        )
        return text + (" — cancelled" if self.cancelled else "")

    def to_json(self) -> dict[str, object]:
        return {
            "added": self.count(Status.ADDED),
            "cached": self.count(Status.CACHED),
            "unchanged": self.count(Status.UNCHANGED),
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "write_errors": list(self.write_errors),
            "cancelled": self.cancelled,
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
        }


def files_signature(path: Path, files: Sequence[Path] | None = None) -> str:
    """A digest of the names, sizes and modification times of the issue's files (``files``,
    when the caller has looked them up already): equal when nothing was written to them since
    (what ``make`` trusts), without reading a byte."""
    digest = hashlib.sha1(usedforsecurity=False)
    for file in issue_files(path) if files is None else files:
        info = file.stat()
        digest.update(f"{file}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def unchanged_issue(path: str, known: Known) -> Prepared | None:
    """An UNCHANGED Prepared when the issue's files are as the last import saw them and its
    parse is in the cache, else None (also when the files cannot be looked at now)."""
    previous = known.seen.get(path)
    if previous is None or previous[1] not in known.keys:
        return None
    try:
        signature = files_signature(Path(path))
    except (BroadsheetError, OSError):
        return None
    if signature != previous[0]:
        return None
    return Prepared(path, Status.UNCHANGED, signature, cache_key=previous[1])


def prepare(path: str, known: Known, loader: IssueLoader) -> Prepared:
    """Everything about one issue that needs no database: its files' signature and content
    hash, then the cached parse reused or the issue parsed and encoded for the cache.

    Never raises for bad input: a file that cannot be read or parsed is a FAILED Prepared.
    """
    try:
        issue_path = Path(path)
        files = issue_files(issue_path)  # (a Chronicling America day folder listed once)
        for name in (path, *map(str, files)):
            if has_undecodable_name(name):
                raise InputError(
                    "the file name is not UTF-8 and the library keeps names as text: rename it"
                    " (for example convmv -f gbk -t utf-8 --notest)",
                    readable_name(name),
                )
        signature = files_signature(issue_path, files)
        digest = source_hash(issue_path, files)
        key = cache_key(digest, issue_path)
        if key in known.keys:
            return Prepared(path, Status.CACHED, signature, digest, key)
        issue = loader(issue_path)
        stored = stored_issue(key, known.parser_version, issue, digest)
        return Prepared(path, Status.ADDED, signature, digest, key, stored)
    except BroadsheetError as err:
        return Prepared(path, Status.FAILED, reason=str(err))
    except OSError as err:
        return Prepared(path, Status.FAILED, reason=f"{path}: cannot read ({err.strerror or err})")
    except Exception as err:  # a parser bug must not stop the other thousands of files
        log.exception("parsing %s failed", path)
        return Prepared(path, Status.FAILED, reason=f"{path}: cannot parse ({err!r})")


# The pool's workers: ``Known`` and the loader arrive once, through the initializer.
_worker_state: tuple[Known, IssueLoader] | None = None


def _start_worker(known: Known, loader: IssueLoader) -> None:
    global _worker_state
    _worker_state = (known, loader)


def _prepare_in_worker(path: str) -> Prepared:
    assert _worker_state is not None
    start = time.process_time()
    prepared = prepare(path, *_worker_state)
    return replace(prepared, cpu=time.process_time() - start)


def _lost_in_worker(path: str, reason: str) -> Prepared:
    """The issue whose parse ended its worker process (killed, out of memory, a crash in C)."""
    return Prepared(path, Status.FAILED, reason=f"{path}: cannot parse ({reason})")


class _Writer:
    """The one writer: batches of prepared issues into the cache, then into the library list."""

    def __init__(self, cache: IssueCache, userdata: UserData) -> None:
        self.cache = cache
        self.userdata = userdata
        self.batch: list[tuple[Prepared, ImportedIssue]] = []
        self.last_flush = time.monotonic()
        self.write_errors: list[str] = []

    def add(self, prepared: Prepared, imported: ImportedIssue, left: int) -> None:
        """Take one issue; commit when the batch is full, old, or ``left`` (issues still to
        come) is within the import's tail."""
        if prepared.status in (Status.ADDED, Status.CACHED):
            self.batch.append((prepared, imported))
        if (
            len(self.batch) >= BATCH_ISSUES
            or left < TAIL_ISSUES
            or time.monotonic() - self.last_flush >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        self.last_flush = time.monotonic()
        if not batch:
            return
        stored = [p.stored for p, _ in batch if p.stored is not None]
        try:
            self.cache.put_many(stored, [(p.path, p.signature, p.cache_key) for p, _ in batch])
        except StoreError as err:  # the issues were read; they are listed, just not cached
            self.write_errors.append(str(err))
        self.userdata.record_entries(imported.library_row() for _, imported in batch)


def find_issues(
    paths: Iterable[str | Path],
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """``(issue paths, failed, skipped)``: every issue under ``paths`` once, resolved, in
    scan order, with the paths that could not be looked at and what was left alone."""
    failed: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    return list(_discover(paths, failed, skipped)), failed, skipped


def _discover(
    paths: Iterable[str | Path], failed: list[tuple[str, str]], skipped: list[tuple[str, str]]
) -> Iterator[str]:
    """:func:`find_issues` one issue at a time, as the walk finds it (``failed`` and
    ``skipped`` filled on the way)."""
    found: set[str] = set()
    resolve = _Resolver()
    for path in paths:
        try:
            for issue_path in discover_issues([Path(path).expanduser()], skipped):
                resolved = resolve(issue_path)
                if resolved not in found:
                    found.add(resolved)
                    yield resolved
        except BroadsheetError as err:
            failed.append((str(path), str(err)))


class _Resolver:
    """``str(path.resolve())``, with each folder resolved once: a file that is not a symbolic
    link is its resolved folder joined with its name (the walk names thousands of files in a
    few folders, and resolving each from the root cost half of the month's scan)."""

    def __init__(self) -> None:
        self.folders: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        try:
            linked = path.is_symlink()
        except OSError:  # (a folder that lists but cannot be searched): as resolve() copes
            linked = True
        if linked or path.name in ("", ".", ".."):
            return str(path.resolve())
        folder = self.folders.get(path.parent)
        if folder is None:
            folder = self.folders[path.parent] = str(path.parent.resolve())
        return os.path.join(folder, path.name)


def import_issues(
    paths: Iterable[str | Path],
    cache: IssueCache,
    userdata: UserData,
    *,
    parser_version: int,
    loader: IssueLoader,
    jobs: int | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every issue under ``paths`` into ``cache`` and ``userdata`` (see the module)."""
    start = time.perf_counter()
    jobs = jobs or default_jobs()
    entries = {e.path: e for e in userdata.library()}
    seen = {
        path: (signature, key)
        for path, (signature, key) in cache.import_state().items()
        if path in entries and cache_key(entries[path].source_hash, Path(path)) == key
    }
    known = Known(seen, frozenset(cache.keys(parser_version)), parser_version)
    # Issues seen before are checked here, as the walk finds them, so a run with nothing new
    # starts no workers; the first issue to parse starts the pool's server, whose import of
    # the parser then runs on the other core while the walk goes on.
    failed: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    unchanged: list[Prepared] = []
    todo: list[str] = []
    total = 0
    for path in _discover(paths, failed, skipped):
        total += 1
        skip = unchanged_issue(path, known)
        if skip is not None:
            unchanged.append(skip)
            continue
        if not todo and jobs > 1:
            prestart_pool()
        todo.append(path)
    results = itertools.chain(
        unchanged,
        process_map(
            _prepare_in_worker,
            todo,
            jobs,
            initializer=_start_worker,
            initargs=(known, loader),
            lost=_lost_in_worker,
        ),
    )
    return write_prepared(
        results,
        total,
        cache,
        userdata,
        start=start,
        failed=failed,
        skipped=skipped,
        progress=progress,
        cancelled=cancelled,
        entries=entries,
    )


def write_prepared(
    results: Iterator[Prepared],
    total: int,
    cache: IssueCache,
    userdata: UserData,
    *,
    start: float,
    failed: list[tuple[str, str]],
    skipped: list[tuple[str, str]] | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    entries: dict[str, LibraryEntry] | None = None,
) -> ImportReport:
    """The writer's loop: each prepared issue (from the pool, or read from shards) into the
    store a batch at a time; ``results`` is closed when it stops (done, cancelled or failed)."""
    writer = _Writer(cache, userdata)
    issues: list[ImportedIssue] = []
    pages = 0
    stopped = False
    try:
        for done, prepared in enumerate(results, 1):
            if prepared.status is Status.FAILED:
                failed.append((prepared.path, prepared.reason))
            else:
                imported = _imported(prepared, entries or {}, cache)
                issues.append(imported)
                writer.add(prepared, imported, total - done)
                if prepared.stored is not None:
                    pages += prepared.stored.pages
            if progress is not None:
                elapsed = time.perf_counter() - start
                progress(
                    ImportProgress(done, total, pages, elapsed, prepared.path, prepared.status)
                )
            if cancelled is not None and cancelled() and done < total:
                stopped = True
                break
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
        writer.flush()
    issues.sort(key=lambda i: i.path)
    return ImportReport(
        tuple(issues),
        tuple(failed),
        tuple(skipped or ()),
        stopped,
        pages,
        time.perf_counter() - start,
        tuple(writer.write_errors),
    )


# -- JSON Lines shards: prepared issues written where they were parsed (a cluster) -------------

SHARD_FORMAT = "broadsheet-shard/1"


def shard_line(prepared: Prepared) -> str:
    """One prepared issue as a line of a shard (``\n`` not included)."""
    record: dict[str, object] = {
        "format": SHARD_FORMAT,
        "path": prepared.path,
        "status": prepared.status.value,
    }
    if prepared.status is Status.FAILED:
        record["reason"] = prepared.reason
    stored = prepared.stored
    if stored is not None:
        record.update(
            signature=prepared.signature,
            source_hash=prepared.source_hash,
            cache_key=prepared.cache_key,
            parser_version=stored.parser_version,
            source=stored.source,
            newspaper=stored.newspaper,
            date=stored.date,
            pages=stored.pages,
            stories=[list(s) for s in stored.stories],
            data=stored.data.decode(),
            page_names=stored.page_names,
        )
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _page_names(value: object) -> str | None:
    """A shard record's ``page_names`` (absent from shards written before it was kept)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("page_names is not text")
    return value


def read_shard_line(line: str, where: str, parser_version: int) -> Prepared:
    """A shard's line back as a Prepared; a line that does not fit is a FAILED one naming
    ``where`` (the shard file and line number)."""
    try:
        record = json.loads(line)
        if not isinstance(record, dict) or record.get("format") != SHARD_FORMAT:
            raise ValueError(f"not a {SHARD_FORMAT} record")
        path = str(record["path"])
        if record["status"] == Status.FAILED.value:
            return Prepared(path, Status.FAILED, reason=str(record["reason"]))
        if record["parser_version"] != parser_version:
            return Prepared(
                path,
                Status.FAILED,
                reason=f"{path}: parsed by parser version {record['parser_version']}, this "
                f"Broadsheet has {parser_version}; parse it again ({where})",
            )
        stored = StoredIssue(
            str(record["cache_key"]),
            str(record["source_hash"]),
            int(record["parser_version"]),
            record["source"],
            record["newspaper"],
            record["date"],
            int(record["pages"]),
            tuple((str(a), int(p), str(t), str(h), str(b)) for a, p, t, h, b in record["stories"]),
            str(record["data"]).encode(),
            _page_names(record.get("page_names")),
        )
        return Prepared(
            path,
            Status.ADDED,
            str(record["signature"]),
            stored.source_hash,
            stored.cache_key,
            stored,
        )
    except (ValueError, KeyError, TypeError) as err:
        return Prepared(where, Status.FAILED, reason=f"{where}: not a shard record ({err})")


def read_shards(files: Sequence[Path], parser_version: int) -> Iterator[Prepared]:
    """Every record of the shard files, in order; an unreadable file is one FAILED record."""
    for file in files:
        try:
            with file.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        yield read_shard_line(line, f"{file}:{number}", parser_version)
        except (OSError, UnicodeDecodeError) as err:
            reason = getattr(err, "strerror", None) or str(err)
            yield Prepared(str(file), Status.FAILED, reason=f"{file}: cannot read shard ({reason})")


def shard_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``*.jsonl`` files named, or inside the folders named, in name order."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


def ingest_shards(
    paths: Iterable[str | Path],
    cache: IssueCache,
    userdata: UserData,
    *,
    parser_version: int,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Store the issues of JSON Lines shards (written by :mod:`reader.store.bulk` on a
    cluster) through the same writer as a local import; nothing is parsed here."""
    start = time.perf_counter()
    files = shard_files(paths)
    total = 0
    for file in files:
        try:
            with file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    report = write_prepared(
        read_shards(files, parser_version),
        total,
        cache,
        userdata,
        start=start,
        failed=[],
        progress=progress,
        cancelled=cancelled,
    )
    return replace(report, parsed_here=False)


def _imported(
    prepared: Prepared, entries: dict[str, LibraryEntry], cache: IssueCache
) -> ImportedIssue:
    """The report's line for a prepared issue (from the parse, the library or the cache)."""
    path, status = prepared.path, prepared.status
    stored = prepared.stored
    if stored is not None:
        return ImportedIssue(
            path,
            status,
            prepared.source_hash,
            stored.newspaper,
            stored.date,
            stored.pages,
            len(stored.stories),
        )
    entry = entries.get(path)
    if entry is not None and status is Status.UNCHANGED:
        return ImportedIssue(
            path,
            status,
            entry.source_hash,
            entry.newspaper,
            entry.date,
            entry.pages,
            entry.stories,
        )
    newspaper, date, pages, stories = cache.meta(prepared.cache_key) or (None, None, 0, 0)
    return ImportedIssue(path, status, prepared.source_hash, newspaper, date, pages, stories)
