"""Plain records the store hands out: library entries, bookmarks, search hits and snippets."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import issue_title


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of a story's text around the search hits; highlighting is the view's job."""

    #: Plain text, unescaped (it is page text: escape it before it reaches rich text).
    text: str
    #: ``(start, end)`` character offsets into ``text`` of each hit, sorted, not overlapping.
    spans: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True, slots=True)
class Hit:
    """One story found by a search."""

    article_id: str
    headline: str
    newspaper: str | None
    date: str | None
    page: int
    snippet: Snippet
    #: The file or folder the issue was read from.
    source: str | None
    #: sha256 of the issue's source files (see ``reader.store.sources``).
    source_hash: str
    #: bm25 score from SQLite: lower is better.
    rank: float
    #: The page's printed name ("第A3版"), when it has one.
    page_name: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "article_id": self.article_id,
            "headline": self.headline,
            "newspaper": self.newspaper,
            "date": self.date,
            "page": self.page,
            "page_name": self.page_name,
            "snippet": self.snippet.to_json(),
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """An issue that was opened at least once."""

    #: Absolute path of the page file or issue folder.
    path: str
    source_hash: str
    newspaper: str | None
    date: str | None
    pages: int
    stories: int
    #: Seconds since the epoch.
    added: float
    last_opened: float
    #: Whether the path still exists on disk (checked when the list is made).
    present: bool = True

    @property
    def title(self) -> str:
        return issue_title(self.newspaper, self.date, self.path)

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "newspaper": self.newspaper,
            "date": self.date,
            "pages": self.pages,
            "stories": self.stories,
            "added": self.added,
            "last_opened": self.last_opened,
            "present": self.present,
        }


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a bookmark points, in terms that survive a re-parse by a better parser."""

    #: sha256 of the issue's source files: the issue, whatever parser read it.
    source_hash: str
    page: int
    #: Normalised headline (NFKC, case-folded, no spaces or punctuation); may be empty.
    headline_key: str
    #: The first characters of the normalised body text.
    lead_key: str
    #: The article id the bookmark was made on (parser-specific, tried first).
    article_id: str

    @property
    def fingerprint(self) -> str:
        return f"{self.headline_key}\n{self.lead_key}"


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked story with the reader's note."""

    id: int
    anchor: Anchor
    #: The issue path when the bookmark was made (to reopen it from the bookmarks panel).
    issue_path: str | None
    #: Headline and issue title as they were when bookmarked, to show an orphan meaningfully.
    headline: str
    issue_title: str
    note: str
    created: float
    updated: float

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "article_id": self.anchor.article_id,
            "page": self.anchor.page,
            "headline": self.headline,
            "issue": self.issue_title,
            "issue_path": self.issue_path,
            "note": self.note,
            "created": self.created,
            "updated": self.updated,
        }
