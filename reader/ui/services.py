"""What the window is given: the protocols of the services it uses (the store provides them
once the library is open) and read marks kept for the session until then."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from reader.model import Article, Issue

#: Reads an issue (a page file or an issue folder): the parser, or the store's cached loader.
IssueLoader = Callable[[Path], Issue]

#: Object names of the store's panels (the docks are keyed by them).
SEARCH_PANEL = "searchPanel"
BOOKMARKS_PANEL = "bookmarksPanel"
LIBRARY_PANEL = "libraryView"


class ReadState(Protocol):
    """Where read marks live (the store keeps them on disk; ``MemoryReadState`` for a session)."""

    def read_ids(self, issue: Issue) -> Iterable[str]: ...

    def set_read(self, issue: Issue, article_id: str, read: bool) -> None: ...


class ReadMarksInWorker(Protocol):
    """A ``ReadState`` whose ``read_ids`` is too slow for the GUI thread (the store's): it
    gives a job that a worker runs instead."""

    def read_ids_job(self, issue: Issue) -> Callable[[], set[str]]: ...


class Bookmarks(Protocol):
    """Where bookmarks live (the store): the window toggles them and marks the list."""

    def bookmarked_ids(self, issue: Issue) -> set[str]: ...

    def toggle(self, issue: Issue, article: Article) -> bool:
        """Bookmark ``article`` or drop its bookmark; True when it is bookmarked now."""
        ...

    def note(self, issue: Issue, article: Article) -> str | None:
        """The note on ``article``'s bookmark ("" for none), or None when it has no bookmark."""
        ...

    def set_note(self, issue: Issue, article: Article, note: str) -> None:
        """Keep ``note`` on ``article``, bookmarking it first if it has no bookmark."""
        ...


class HighlightSets(Protocol):
    """Named sets of highlight terms (the store's user data keeps them)."""

    def highlight_sets(self) -> dict[str, tuple[str, ...]]: ...

    def save_highlight_set(self, name: str, terms: Iterable[str]) -> None: ...

    def delete_highlight_set(self, name: str) -> None: ...


class UserState(Protocol):
    """Recent files and window state kept with the user's data (the store's ``UserData``)."""

    def recent_files(self) -> list[str]: ...

    def touch_recent(self, path: str) -> None: ...

    def clear_recent(self) -> None: ...

    def ui_state(self, key: str) -> str | None: ...

    def set_ui_state(self, key: str, value: str) -> None: ...


class MemoryReadState:
    """Read marks for this session only, keyed by the issue's source."""

    def __init__(self) -> None:
        self._marks: dict[str, set[str]] = {}

    def read_ids(self, issue: Issue) -> Iterable[str]:
        return set(self._marks.get(issue.source or issue.title, set()))

    def set_read(self, issue: Issue, article_id: str, read: bool) -> None:
        marks = self._marks.setdefault(issue.source or issue.title, set())
        if read:
            marks.add(article_id)
        else:
            marks.discard(article_id)
