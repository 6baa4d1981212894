"""Pages nobody tuned for, for reading a rule's changes: three pools of Chronicling America
pages, each parsed to a summary file, and a diff of two summaries.

    python -m tests.parse.unseen OUT.json [--pool unseen|held-titles|reserve] [--first N]
    python -m tests.parse.unseen --diff BEFORE.json AFTER.json

Pools (``chronam-1916-02`` of ``../shared/corpus``):

- ``unseen`` (the default): every page, by day then file name, whose title (the LCCN, the file
  name before ``-ed``) is in no ``"corpus"`` line of ``tests/data/dev`` or
  ``tests/data/heldout``, not of 28 or 29 February; ``--first 1600`` is the 1,581 pages the
  helpers narrow their rules on;
- ``held-titles``: the other days' pages of the held-out titles (not in dev), the held-out page
  itself left out — no helper parses these, so the lead reads a rule's changes on them afresh;
- ``reserve``: the 28/29 February pages whose title is in neither set — the reserve held-out
  pages are drawn from blind; a page whose parse is read here is listed in
  ``tests/data/heldout/README.md`` and no longer blind.

A summary maps each page to its articles (kind, kicker, headline, subheadline, dateline,
byline, credit and the first 4,000 characters of the body), in order; the diff prints the
articles that differ on each page that differs, and a count.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from pathlib import Path

from reader.model import Article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
MONTH = "chronam-1916-02"
RESERVE_DAYS = ("19160228", "19160229")
POOLS = ("unseen", "held-titles", "reserve")

_CORPUS_LINE = re.compile(r'"corpus":\s*"chronam-1916-02/(\d+)/([^"/]+?)-ed[^"]*"')


def annotated(tree: Path, folder: str) -> set[tuple[str, str]]:
    """The (day, title) of each Chronicling America page an annotated set under ``tree`` holds."""
    found: set[tuple[str, str]] = set()
    for path in (tree / "tests" / "data" / folder).glob("*.json"):
        text = path.read_text(encoding="utf-8", errors="replace")
        found.update(_CORPUS_LINE.findall(text))
    return found


def pool(name: str, tree: Path = ROOT, corpus: Path = CORPUS) -> list[Path]:
    """The pages of one pool, in order (see the module's docstring)."""
    if name not in POOLS:
        raise ValueError(f"no pool {name!r}: one of {', '.join(POOLS)}")
    dev, held = annotated(tree, "dev"), annotated(tree, "heldout")
    dev_titles, held_titles = {t for _, t in dev}, {t for _, t in held}
    pages = []
    for day in sorted(p for p in (corpus / MONTH).iterdir() if p.is_dir()):
        for page in sorted(day.glob("*.txt")):
            title = page.name.split("-ed")[0]
            if name == "unseen":
                keep = day.name not in RESERVE_DAYS and title not in dev_titles | held_titles
            elif name == "held-titles":
                keep = title in held_titles - dev_titles and (day.name, title) not in held
            else:
                keep = day.name in RESERVE_DAYS and title not in dev_titles | held_titles
            if keep:
                pages.append(page)
    return pages


def summary(article: Article) -> str:
    """One article as a line of the summary file."""
    return json.dumps(
        {
            "kind": str(article.kind),
            "kicker": article.kicker,
            "headline": article.headline,
            "subheadline": article.subheadline,
            "dateline": article.dateline,
            "byline": article.byline,
            "credit": article.credit,
            "body": "\n\n".join(article.paragraphs)[:4000],
        },
        ensure_ascii=False,
    )


def summarise(pages: Iterable[Path], corpus: Path = CORPUS) -> dict[str, list[str]]:
    """Each page's parse, as the summary file holds it."""
    from reader.parse.formats import read_page

    return {
        str(page.relative_to(corpus)): [
            summary(a) for a in read_page(page.read_bytes(), page).articles
        ]
        for page in pages
    }


def diff(before: dict[str, list[str]], after: dict[str, list[str]]) -> tuple[list[str], int]:
    """The lines to print for each page the two summaries parse differently, and how many."""
    lines: list[str] = []
    changed = 0
    for page, articles in before.items():
        if page not in after or after[page] == articles:
            continue
        changed += 1
        lines.append(f"== {page}")
        kept, now = set(articles), set(after[page])
        lines += [f"  - {line[:400]}" for line in articles if line not in now]
        lines += [f"  + {line[:400]}" for line in after[page] if line not in kept]
    return lines, changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.parse.unseen", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument("out", nargs="?", type=Path, help="the summary file to write")
    parser.add_argument("--pool", choices=POOLS, default="unseen")
    parser.add_argument("--first", type=int, default=0, help="the first N pages only (0: all)")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        lines, changed = diff(before, after)
        print("\n".join([*lines, f"{changed} of {len(set(before) & set(after))} pages differ"]))
        return 0
    if args.out is None:
        parser.error("give the summary file to write, or --diff BEFORE AFTER")
    pages = pool(args.pool)
    if args.first:
        pages = pages[: args.first]
    args.out.write_text(json.dumps(summarise(pages), ensure_ascii=False), encoding="utf-8")
    print(len(pages), "pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
