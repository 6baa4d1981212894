"""Broadsheet: a reader for digitized newspapers that rebuilds articles from OCR text."""

__version__ = "0.1.0"

#: Bumped whenever the parser's output for the same input may change; the cache keys on it.
PARSER_VERSION = 42

__all__ = ["PARSER_VERSION", "__version__"]
