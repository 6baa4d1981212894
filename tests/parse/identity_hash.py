"""A hash of the parser's output, to show that a change meant for speed changed nothing.

    python -m tests.parse.identity_hash

prints the number of pages and the sha256 of ``repr(read_page(...))`` over the development
set, the held-out set, the seed page and three days of the Chronicling America month
(1, 15 and 22 February 1916: 215 pages with the corpus beside the checkout). Two trees, or the
pure and the compiled build of one tree, that print the same hash give byte-identical parses
of these pages. The tree's own path is replaced by ``TREE`` and the corpus's by ``CORPUS`` (since
version 20; the hashes quoted before it kept the corpus's path, ``/work/shared/corpus``), so
that checkouts in different folders compare. Parser version 9 (merged, 2026-12-01):
``7ca73379…``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import reader
from reader.parse.formats import read_page

#: The days of the month whose pages are hashed.
DAYS = ("19160201", "19160215", "19160222")


def pages(tree: Path, corpus: Path) -> list[Path]:
    """The pages hashed, in order."""
    found = sorted((tree / "tests/data/dev").glob("*.txt"))
    found += sorted((tree / "tests/data/heldout").glob("*.txt"))
    found += sorted((corpus / "seed").glob("*.txt"))
    for day in DAYS:
        found += sorted((corpus / "chronam-1916-02" / day).glob("*.txt"))
    return found


def identity_hash(tree: Path, corpus: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    listed = pages(tree, corpus)
    for path in listed:
        digest.update(path.name.encode())
        parsed = repr(read_page(path.read_bytes(), path))
        digest.update(parsed.replace(str(tree), "TREE").replace(str(corpus), "CORPUS").encode())
    return len(listed), digest.hexdigest()


def main() -> int:
    tree = Path(reader.__file__).resolve().parent.parent
    corpus = tree.parent / "shared" / "corpus"
    if not (corpus / "seed").is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    count, value = identity_hash(tree, corpus)
    print(count, "pages", value)
    return 0


if __name__ == "__main__":
    sys.exit(main())
