"""Qt-free parsing: bytes on disk to Issue, Page and Article objects.

The public entry points are :func:`load_issue` (a page file or an issue folder) and
:func:`parse_page_text` (one page of decoded text). They are imported when first asked for, so
that the format registry (``reader.parse.formats``) can be read without loading the parser.

:data:`COMPILED_MODULES` are the modules a wheel build compiles with mypyc when it can
(``setup.py``, docs/install.md); :func:`compiled` says whether the running parser is that build.
"""

from __future__ import annotations

import importlib.machinery
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.parse.formats.text import parse_page_text
    from reader.parse.issue import load_issue, load_page

__all__ = [
    "COMPILED_MODULES",
    "build_name",
    "compiled",
    "load_issue",
    "load_page",
    "parse_page_text",
]

#: The parser's hot modules, compiled together with mypyc by a wheel build (``setup.py`` reads
#: this tuple; keep it a literal). docs/performance-parser.md, "Fifth round", measures them.
COMPILED_MODULES = (
    "reader.parse.classify",
    "reader.parse.reflow",
    "reader.parse.lines",
    "reader.parse.assemble",
    "reader.parse.echo",
    "reader.parse.masthead",
    "reader.parse.glued",
    "reader.parse.formats.text",
    "reader.text.cjk",
)


def compiled() -> bool:
    """Whether the parser runs compiled: every module of :data:`COMPILED_MODULES` loads from
    an extension module (a ``.so``/``.pyd``), not from its ``.py`` file. Nothing is imported."""
    return all(_is_extension(name) for name in COMPILED_MODULES)


def build_name() -> str:
    """Which parser build runs, in words (``broadsheet --version`` and the benchmark say it)."""
    count = sum(_is_extension(name) for name in COMPILED_MODULES)
    if count == len(COMPILED_MODULES):
        return "compiled (mypyc)"
    if count:  # a half-installed build: worth seeing in a bug report
        return f"partly compiled ({count} of {len(COMPILED_MODULES)} modules)"
    return "pure Python"


def _is_extension(name: str) -> bool:
    module = sys.modules.get(name)
    if module is not None:
        loader = getattr(module.__spec__, "loader", None)
        return isinstance(loader, importlib.machinery.ExtensionFileLoader)
    # Not imported yet: an extension module beside it is what an import would load (extension
    # suffixes come first), found without importing its package (--version stays quick).
    folder = Path(__file__).parents[1].joinpath(*name.split(".")[1:-1])
    stem = name.rpartition(".")[2]
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return any((folder / (stem + suffix)).is_file() for suffix in suffixes)


def __getattr__(name: str) -> Any:
    # Plain import statements (not importlib with a string), so that PyInstaller's analysis
    # sees the modules and the bundle holds them.
    if name == "load_issue":
        from reader.parse.issue import load_issue

        return load_issue
    if name == "load_page":
        from reader.parse.issue import load_page

        return load_page
    if name == "parse_page_text":
        from reader.parse.formats.text import parse_page_text

        return parse_page_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
