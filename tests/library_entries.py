"""Many library entries at once: for the paging tests, the library view and its benchmark."""

from __future__ import annotations

from reader.model import Issue, Page
from reader.store import Library

#: Papers of :func:`fill_entries`, one per entry in turn.
PAPERS = ("Evening Star", "New-York Tribune", "Salt Lake Tribune", "The Sun", "科技日报")


def fill_entries(library: Library, count: int) -> None:
    """``count`` library entries (paths that do not exist) over five papers and 1900-1916."""

    def entry(n: int) -> tuple[str, str, Issue]:
        date = f"{1900 + n % 17}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        pages = tuple(Page(p, None, ()) for p in range(1, 1 + n % 4 + 1))
        return f"/archive/{n:05d}", f"hash{n:05d}", Issue(PAPERS[n % len(PAPERS)], date, pages)

    library.userdata.record_issues(entry(n) for n in range(count))
