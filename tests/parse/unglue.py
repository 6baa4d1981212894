"""Survey two columns glued line by line: ``python -m tests.parse.unglue [PATHS] [--pages FILE]``.

Branch ``unglue19`` (issue 9) cuts a run of page lines that each hold two neighbouring
columns' lines apart again (``reader.parse.glued``). This tool repeats its measurement:

- on the historical dev pages (expect files; the default), half by half
  (``tests.parse.devset.halves``), the wide runs the rule looks at, those it cuts, and each
  cut line checked against the annotation: glued there (``tests.parse.interleave``) or not, and
  whether its two pieces belong to two different expected articles (the seam right);
- on plain page files (``--pages FILE``, one path a line; ``--first N``), every run it cuts,
  printed as ``left || right`` for reading against the page.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.parse.decode import decode_page
from reader.parse.glued import cut_run, split_at, wide_runs
from reader.parse.lines import Line, split_lines
from tests.parse.devset import family_pages, halves, plain_newlines, tool_parser
from tests.parse.interleave import article_keys, glued_lines, owned_apart, text_key


def page_cuts(text: str) -> tuple[int, list[list[tuple[Line, str, str]]]]:
    """How many wide runs a page's text has, and each run the rule cuts as (line, left, right)."""
    lines = split_lines(plain_newlines(text))
    if not lines:
        return 0, []
    median = statistics.median(line.width for line in lines)
    runs = wide_runs(lines, median)
    cut = []
    for start, end in runs:
        cuts = cut_run(lines[start:end], median)
        if cuts is None:
            continue
        pieces = []
        for line, index in zip(lines[start:end], cuts, strict=True):
            pieces.append((line, *split_at(line.text, index)))
        cut.append(pieces)
    return len(runs), cut


def survey_dev(paths: Sequence[str]) -> None:
    """The runs on the historical dev pages, half by half, checked against the annotation."""
    tune, check = halves(family_pages(paths, "historical-en"))
    for label, pages in (("tuning", tune), ("checking", check)):
        names = ("glued lines", "wide runs", "runs cut", "lines cut", "glued cut", "seam right")
        tally = dict.fromkeys(names, 0)
        for page in pages:
            raw = plain_newlines(page.text).split("\n")
            keys = article_keys(page.articles)
            glued = {line.number for line in glued_lines(raw, keys)}
            tally["glued lines"] += len(glued)
            count, runs = page_cuts(page.text)
            tally["wide runs"] += count
            for run in runs:
                tally["runs cut"] += 1
                print(f"{label} {page.name} lines {run[0][0].number}-{run[-1][0].number}")
                for line, left, right in run:
                    seam = owned_apart(text_key(left), text_key(right), keys) is not None
                    tally["lines cut"] += 1
                    tally["glued cut"] += line.number in glued
                    tally["seam right"] += seam
                    print(f"  {'+' if seam else '-'} {left!r} || {right!r}")
        print(f"{label} half ({len(pages)} pages): {tally}")


def survey_files(paths: Sequence[Path]) -> None:
    """The runs the rule cuts on plain page files, printed for reading."""
    runs = cut = pages_cut = 0
    for path in paths:
        count, found = page_cuts(decode_page(path.read_bytes(), path, []))
        runs += count
        cut += len(found)
        pages_cut += bool(found)
        for run in found:
            print(f"## {path} lines {run[0][0].number}-{run[-1][0].number}")
            for _line, left, right in run:
                print(f"    {left!r} || {right!r}")
    print(f"{len(paths)} pages: {runs} wide runs, {cut} cut, on {pages_cut} pages")


def main(argv: Sequence[str] | None = None) -> int:
    parser = tool_parser("tests.parse.unglue", __doc__)
    parser.add_argument("--pages", help="a file listing plain page files, one a line")
    parser.add_argument("--first", type=int, default=0, help="only the first N of --pages")
    args = parser.parse_args(argv)
    if args.pages:
        listed = [Path(p) for p in Path(args.pages).read_text().split()]
        survey_files(listed[: args.first] if args.first else listed)
    else:
        survey_dev(args.paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
