"""The exception hierarchy: every error a person may see is a BroadsheetError."""

from __future__ import annotations

from pathlib import Path


class BroadsheetError(Exception):
    """Base class for all errors Broadsheet reports to people.

    ``str(error)`` is one line that names the file (when there is one) and the reason.
    """

    def __init__(self, reason: str, path: str | Path | None = None) -> None:
        self.reason = reason
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class InputError(BroadsheetError):
    """The input cannot be read as a page: missing, empty, binary, undecodable or too large."""


class ParseError(BroadsheetError):
    """The input was read but could not be turned into a page."""


class StoreError(BroadsheetError):
    """The cache or the user-data database failed."""


class QueryError(BroadsheetError):
    """A search query is malformed."""


class ExportError(BroadsheetError):
    """An export could not be written (for example, no font covers some characters)."""
