"""Qt-free storage: the parsed-issue cache, the search index, user data, and the Library facade."""

from reader.store.library import Library, LibraryNotice
from reader.store.records import Anchor, Bookmark, Hit, LibraryEntry, Snippet

__all__ = ["Anchor", "Bookmark", "Hit", "Library", "LibraryEntry", "LibraryNotice", "Snippet"]
