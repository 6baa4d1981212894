"""The Library facade: open issues through the cache, keep the library list, search, bookmarks.

One object per thread (each holds its own SQLite connections); workers build their own from the
same paths. Nothing here prints: what the reader should be told arrives as :class:`LibraryNotice`.
"""

from __future__ import annotations

import dataclasses
import enum
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

import reader
from reader.errors import BroadsheetError, StoreError
from reader.model import Article, Issue
from reader.store import db
from reader.store.cache import IssueCache
from reader.store.importer import (
    ImportProgress,
    ImportReport,
    Status,
    import_issues,
    ingest_shards,
)
from reader.store.records import Bookmark, Hit, LibraryEntry
from reader.store.search import Scheme
from reader.store.sources import cache_key, source_hash
from reader.store.userdata import (
    LibraryFilter,
    LibrarySort,
    UserData,
    anchor_for,
    resolve_anchor,
)

CACHE_FILE = "cache.sqlite3"
USERDATA_FILE = "userdata.sqlite3"

IssueLoader = Callable[[Path], Issue]
#: ``progress(done, total, path)`` after each issue of :meth:`Library.add`.
Progress = Callable[[int, int, Path], None]


def default_loader(path: Path) -> Issue:
    from reader.parse import load_issue  # the parser is heavy; the store does not need it to load

    return load_issue(path)


class NoticeKind(enum.StrEnum):
    CACHE_REBUILT = "cache-rebuilt"
    #: The cache file was not there (deleted) while the library list has issues.
    CACHE_MISSING = "cache-missing"
    USERDATA_RECOVERED = "userdata-recovered"
    #: The cache or the library list could not be written; the issue opened anyway.
    STORE_WRITE_FAILED = "store-write-failed"
    #: The search index was found damaged and was written again from the cached stories.
    INDEX_REBUILT = "index-rebuilt"


#: Notices after which the library's issues are read into the cache again (``Library.reindex``).
REINDEX_KINDS = frozenset({NoticeKind.CACHE_REBUILT, NoticeKind.CACHE_MISSING})


def needs_reindex(notices: Iterable[LibraryNotice]) -> bool:
    """True when a notice says the cache lost issues the library list still holds."""
    return any(n.kind in REINDEX_KINDS for n in notices)


@dataclass(frozen=True, slots=True)
class LibraryNotice:
    """Something the reader should be told, e.g. in the status bar."""

    kind: NoticeKind
    message: str
    #: Where the damaged file was moved (None when nothing was moved).
    backup: Path | None


@dataclass(frozen=True, slots=True)
class OpenedIssue:
    path: str
    source_hash: str
    issue: Issue
    #: True when the issue came from the cache without parsing.
    from_cache: bool


class BookmarkState(enum.StrEnum):
    FOUND = "found"
    #: The issue was read but no article matches the anchor any more.
    ORPHANED = "orphaned"
    #: The issue's files are gone or unreadable, so the article cannot be looked for.
    ISSUE_MISSING = "issue-missing"


@dataclass(frozen=True, slots=True)
class ResolvedBookmark:
    bookmark: Bookmark
    article: Article | None
    state: BookmarkState
    #: The printed name of the bookmark's page ("第A3版"), when the issue was found and the
    #: page has one: what the window heads the page with.
    page_name: str | None = None

    @property
    def page_label(self) -> str:
        """The page as an export names it: its printed name, else "page N" (the article's page
        when it was found, else the page the bookmark was made on)."""
        if self.page_name:
            return self.page_name
        return f"page {self.article.page_number if self.article else self.bookmark.anchor.page}"


class Library:
    """Every issue the reader opened, its parsed cache, the search index and the user's data."""

    def __init__(
        self,
        cache_path: str | Path,
        userdata_path: str | Path,
        *,
        loader: IssueLoader = default_loader,
        parser_version: int | None = None,
        scheme: Scheme | str = "bigram",
        on_notice: Callable[[LibraryNotice], None] | None = None,
        check: bool = True,
    ) -> None:
        self.cache_path = cache_path
        self.userdata_path = userdata_path
        self.loader = loader
        self.parser_version = reader.PARSER_VERSION if parser_version is None else parser_version
        self.scheme = scheme
        self.notices: list[LibraryNotice] = []
        self._opened_memo: OpenedIssue | None = None
        self._on_notice = on_notice
        self.userdata = UserData(userdata_path, check=check)
        cache_missing = str(cache_path) != ":memory:" and not Path(cache_path).exists()
        try:
            self.cache = IssueCache(cache_path, scheme=scheme, check=check)
        except BaseException:
            self.userdata.close()
            raise
        if self.userdata.recovered_from is not None:
            salvaged = self.userdata.salvaged
            marks = salvaged.bookmarks if salvaged else 0
            issues = salvaged.library if salvaged else 0
            self._notice(
                NoticeKind.USERDATA_RECOVERED,
                "Your bookmarks database was damaged; it was kept as "
                f"{self.userdata.recovered_from} and a new one was started: "
                f"{marks} of its bookmarks were recovered (and {issues} library entries)",
                self.userdata.recovered_from,
            )
        if self.cache.recovered_from is not None:
            self._notice(
                NoticeKind.CACHE_REBUILT,
                "The cache was damaged and has been rebuilt; issues will be read again",
                self.cache.recovered_from,
            )
        elif cache_missing and self.userdata.library_count(LibraryFilter()) > 0:
            self._notice(
                NoticeKind.CACHE_MISSING,
                "The cache was missing and has been started afresh; issues will be read again",
                None,
            )

    @classmethod
    def open_default(cls, **kwargs: object) -> Library:
        """The Library in the platform's cache and data folders (moved by the XDG variables)."""
        cache_dir = Path(platformdirs.user_cache_dir("broadsheet"))
        data_dir = Path(platformdirs.user_data_dir("broadsheet"))
        return cls(cache_dir / CACHE_FILE, data_dir / USERDATA_FILE, **kwargs)  # type: ignore[arg-type]

    def clone(self) -> Library:
        """Another Library on the same files, for a worker thread (its own connections).

        The files were checked when this Library opened them, so the clone skips the checks.
        Its notices go to the same ``on_notice`` callback, called from the worker's thread (a Qt
        caller passes a signal's ``emit``, which queues to the GUI thread).
        """
        return Library(
            self.cache_path,
            self.userdata_path,
            loader=self.loader,
            parser_version=self.parser_version,
            scheme=self.scheme,
            on_notice=self._on_notice,
            check=False,
        )

    def _notice(self, kind: NoticeKind, message: str, backup: Path | None) -> None:
        notice = LibraryNotice(kind, message, backup)
        self.notices.append(notice)
        if self._on_notice is not None:
            self._on_notice(notice)

    def close(self) -> None:
        self.cache.close()
        self.userdata.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # issues

    def open_issue(self, path: str | Path, *, recent: bool = True) -> OpenedIssue:
        """Read an issue through the cache and record it in the library (and recent files).

        Raises :class:`~reader.errors.InputError` (or another BroadsheetError) for bad input.
        """
        resolved = Path(path).expanduser().resolve()
        digest = source_hash(resolved)
        ckey = cache_key(digest, resolved)
        issue = self.cache.get(ckey, self.parser_version)
        from_cache = issue is not None
        if issue is None:
            issue = self.loader(resolved)
            try:
                self.cache.put(ckey, self.parser_version, issue, source_hash=digest)
            except StoreError as err:  # the issue still opens; it is just not cached
                self._notice(NoticeKind.STORE_WRITE_FAILED, str(err), None)
        elif issue.source != str(resolved):
            issue = moved_to(issue, resolved)
        key = str(resolved)
        try:
            previous = self.userdata.library_entry(key)
            self.userdata.record_issue(key, digest, issue)
            if recent:
                self.userdata.touch_recent(key)
            if previous is not None and previous.source_hash != digest:
                self._prune()  # the old bytes' parse is searchable no more
        except (StoreError, sqlite3.Error) as err:
            self._notice(NoticeKind.STORE_WRITE_FAILED, str(err), None)
        return OpenedIssue(key, digest, issue, from_cache)

    def add(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        jobs: int | None = 1,
    ) -> ImportReport:
        """Every issue under ``paths`` into the library (folders of issue folders included),
        through the bulk import's one path (:meth:`import_paths`), by default in this process:
        for the few issues the window registers, with ``progress(done, total, path)``."""

        def told(where: ImportProgress) -> None:
            assert progress is not None
            progress(where.done, where.total, Path(where.path))

        return self.import_paths(
            paths, jobs=jobs, progress=None if progress is None else told, cancelled=cancelled
        )

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        jobs: int | None = None,
        progress: Callable[[ImportProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Bulk import: every issue under ``paths`` parsed in ``jobs`` processes (default: one
        per core) into the cache and the library list; unchanged files skipped, failures listed
        (see :mod:`reader.store.importer`). The loader must be picklable when ``jobs`` > 1."""
        report = import_issues(
            paths,
            self.cache,
            self.userdata,
            parser_version=self.parser_version,
            loader=self.loader,
            jobs=jobs,
            progress=progress,
            cancelled=cancelled,
        )
        return self._imported(report)

    def import_shards(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Callable[[ImportProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Store the issues of JSON Lines shards parsed elsewhere (``reader.store.bulk``)."""
        report = ingest_shards(
            paths,
            self.cache,
            self.userdata,
            parser_version=self.parser_version,
            progress=progress,
            cancelled=cancelled,
        )
        return self._imported(report)

    def _imported(self, report: ImportReport) -> ImportReport:
        for error in report.write_errors:
            self._notice(NoticeKind.STORE_WRITE_FAILED, error, None)
        if any(i.status is not Status.UNCHANGED for i in report.issues):
            self._prune()  # an issue whose bytes changed: its old parse is searchable no more
        return report

    def entries(self) -> list[LibraryEntry]:
        return self.userdata.library()

    def entry_count(self, where: LibraryFilter = LibraryFilter()) -> int:  # noqa: B008
        """How many library entries ``where`` lets through."""
        return self.userdata.library_count(where)

    def entry_page(
        self, where: LibraryFilter, sort: LibrarySort, descending: bool, offset: int, limit: int
    ) -> list[LibraryEntry]:
        """One page of the library, filtered and sorted in SQL (for a lazy view)."""
        return self.userdata.library_page(where, sort, descending, offset, limit)

    def papers(self) -> list[str]:
        """Every newspaper in the library, once, in order."""
        return self.userdata.library_papers()

    def remove(self, path: str | Path) -> LibraryEntry | None:
        """Forget an issue: its library entry and cached parse. The files themselves stay.
        Returns the entry forgotten (None when ``path`` is not in the library)."""
        key = str(Path(path).expanduser().resolve())
        entry = self.userdata.library_entry(key) or self.userdata.library_entry(str(path))
        if entry is None:
            return None
        self.userdata.forget_issue(entry.path)
        self._prune()
        return entry

    def _library_keys(self, entries: Iterable[LibraryEntry] | None = None) -> set[str]:
        return {
            cache_key(e.source_hash, Path(e.path))
            for e in (self.entries() if entries is None else entries)
        }

    def _prune(self) -> None:
        """Drop cached parses no library entry refers to (they must not turn up in searches)."""
        self.cache.prune(self._library_keys())

    def reindex(self, progress: Progress | None = None) -> ImportReport:
        """Read again every library issue missing from the cache (after the cache was rebuilt),
        in a process pool over all cores."""
        cached = self.cache.keys()
        missing = [
            Path(e.path)
            for e in self.entries()
            if cache_key(e.source_hash, Path(e.path)) not in cached and e.present
        ]
        return self.add(missing, progress, jobs=None)

    def load_in_worker(self, path: Path, loader: IssueLoader | None = None) -> Issue:
        """An ``IssueLoader`` for the window: opens through the cache on a clone of this Library
        (parsing with ``loader``, when given, instead of this Library's: the window's streaming
        parse of one request).

        Safe to call from any thread (each call has its own connections).
        """
        with self.clone() as mine:
            if loader is not None:
                mine.loader = loader
            opened = mine.open_issue(path)
        self.remember(opened)  # the GUI thread's ``opened`` then need not hash the files again
        return opened.issue

    def remember(self, opened: OpenedIssue) -> None:
        """Take ``opened`` (from a worker's Library) as what ``opened`` gives for its issue."""
        self._opened_memo = opened

    def opened(self, issue: Issue) -> OpenedIssue:
        """The ``OpenedIssue`` of an issue the window shows (its source hash is recomputed)."""
        if issue.source is None:
            raise BroadsheetError("the issue has no source file, so it cannot be bookmarked")
        memo = self._opened_memo
        if memo is not None and memo.issue is issue:
            return memo
        path = str(Path(issue.source).resolve())
        memo = OpenedIssue(path, source_hash(Path(path)), issue, True)
        self._opened_memo = memo
        return memo

    # search

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Stories of the whole library containing the query; raises QueryError when malformed.

        A search index found damaged is written again from the cached stories (the reader is
        told) and the search runs once more.
        """
        try:
            return self.cache.index.search(query, limit)
        except StoreError as err:
            if err.__cause__ is None or not db.is_damage(err.__cause__):
                raise
        self.cache.index.rebuild()
        self._notice(
            NoticeKind.INDEX_REBUILT,
            "The search index was damaged and has been rebuilt from the cached stories",
            None,
        )
        return self.cache.index.search(query, limit)

    # upkeep

    def check(self) -> list[str]:
        """Every problem of both databases, one line each (``[]`` when both are sound): SQLite's
        integrity check, text that is not UTF-8, and the search index against its stories."""
        return [f"cache: {p}" for p in self.cache.check()] + [
            f"user data: {p}" for p in db.problems(self.userdata.conn)
        ]

    def rebuild(self, progress: Progress | None = None) -> ImportReport:
        """Start the cache afresh and read every library issue into it again (with progress).

        The old cache file is removed (it holds nothing that cannot be made again); the user
        database is not touched.
        """
        self.cache.close()
        base = Path(self.cache_path)
        for suffix in ("", "-wal", "-shm"):
            base.with_name(base.name + suffix).unlink(missing_ok=True)
        self.cache = IssueCache(self.cache_path, scheme=self.scheme)
        return self.reindex(progress)

    # bookmarks

    def bookmarks_in(self, opened: OpenedIssue) -> list[tuple[Bookmark, Article | None]]:
        """The bookmarks of an open issue with the article each points at (None: orphaned)."""
        return [
            (b, resolve_anchor(b.anchor, opened.issue))
            for b in self.userdata.bookmarks(opened.source_hash)
        ]

    def bookmarked_ids(self, opened: OpenedIssue) -> set[str]:
        """Ids of the articles of an open issue that have a bookmark (to mark the headline list)."""
        return {a.id for _b, a in self.bookmarks_in(opened) if a is not None}

    def find_bookmark(self, opened: OpenedIssue, article: Article) -> Bookmark | None:
        for bookmark, target in self.bookmarks_in(opened):
            if target is not None and target.id == article.id:
                return bookmark
        return None

    def toggle_bookmark(
        self, opened: OpenedIssue, article: Article, note: str = ""
    ) -> tuple[Bookmark, bool]:
        """Bookmark ``article`` or drop its bookmark; return the bookmark and whether it is set."""
        existing = self.find_bookmark(opened, article)
        if existing is not None:
            self.userdata.delete_bookmark(existing.id)
            return existing, False
        created = self.userdata.add_bookmark(
            anchor_for(article, opened.source_hash),
            headline=article.display_title,
            issue_title=opened.issue.title,
            issue_path=opened.path,
            note=note,
        )
        return created, True

    def annotate(self, opened: OpenedIssue, article: Article, note: str) -> Bookmark:
        """Give ``article`` the note ``note``, bookmarking it first if it has no bookmark (a
        note is kept on a bookmark); the note is on disk when this returns."""
        existing = self.find_bookmark(opened, article)
        if existing is None:
            created, _set = self.toggle_bookmark(opened, article, note=note)
            return created
        self.userdata.set_note(existing.id, note)
        return self.userdata.bookmark(existing.id) or dataclasses.replace(existing, note=note)

    def resolve_bookmarks(self) -> list[ResolvedBookmark]:
        """Every bookmark with its article; orphans are listed, never dropped."""
        opened: dict[str, OpenedIssue | None] = {}
        result = []
        for bookmark in self.userdata.bookmarks():
            digest = bookmark.anchor.source_hash
            if digest not in opened:
                opened[digest] = self._issue_for_hash(digest, bookmark.issue_path)
            issue = opened[digest]
            if issue is None:
                result.append(ResolvedBookmark(bookmark, None, BookmarkState.ISSUE_MISSING))
                continue
            article = resolve_anchor(bookmark.anchor, issue.issue)
            state = BookmarkState.FOUND if article else BookmarkState.ORPHANED
            page = issue.issue.page(article.page_number if article else bookmark.anchor.page)
            name = page.name if page is not None else None
            result.append(ResolvedBookmark(bookmark, article, state, name))
        return result

    def _issue_for_hash(self, digest: str, path: str | None) -> OpenedIssue | None:
        issue = self.cache.get_by_source(digest, self.parser_version)
        if issue is not None:
            return OpenedIssue(path or issue.source or "", digest, issue, True)
        # The bookmark's own path, then any library entry with the same bytes (moved, renamed).
        candidates = [path] if path else []
        candidates += [e.path for e in self.entries() if e.source_hash == digest]
        for candidate in candidates:
            if not Path(candidate).exists():
                continue
            try:
                if source_hash(Path(candidate)) != digest:
                    continue
                # Parsed for the look-up only: a removed issue does not come back into the library.
                return OpenedIssue(candidate, digest, self.loader(Path(candidate)), False)
            except BroadsheetError:
                continue
        return None


def moved_to(issue: Issue, path: Path) -> Issue:
    """A cached ``issue`` read now from ``path`` (the same bytes under the same name, copied or
    moved): its source is ``path``, and its pages' files and pictures that lay in the old
    issue's folder are the same files in ``path``'s (before: the first copy's picture was shown,
    or "missing" once that copy was gone)."""
    old = Path(issue.source) if issue.source else None
    if old is None:
        return dataclasses.replace(issue, source=str(path))
    old_base, new_base = (old, path) if path.is_dir() else (old.parent, path.parent)

    def here(file: str | None) -> str | None:
        if file is None:
            return None
        try:
            return str(new_base / Path(file).relative_to(old_base))
        except ValueError:  # (a file named outside the issue's folder stays where it is)
            return file

    pages = tuple(
        dataclasses.replace(page, source=here(page.source), image=here(page.image))
        for page in issue.pages
    )
    return dataclasses.replace(issue, source=str(path), pages=pages)


class StoreReadState:
    """Read marks on disk for the window (its ``ReadState``); keyed by anchor, so they survive
    a re-parse. Used from the GUI thread: each call is one small query or one commit."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def read_ids(self, issue: Issue) -> set[str]:
        opened = self.library.opened(issue)
        marks = self.library.userdata.read_fingerprints(opened.source_hash)
        return {
            a.id for a in issue.articles if anchor_for(a, opened.source_hash).fingerprint in marks
        }

    def set_read(self, issue: Issue, article_id: str, read: bool) -> None:
        article = issue.article(article_id)
        if article is None:
            return
        opened = self.library.opened(issue)
        self.library.userdata.mark_read(anchor_for(article, opened.source_hash), read)
