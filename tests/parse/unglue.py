"""Survey two columns glued line by line: ``python -m tests.parse.unglue [PATHS] [--pages FILE]``.

Branch ``unglue19`` (issue 9) cuts a run of page lines that each hold two neighbouring
columns' lines apart again (``reader.parse.glued``). This tool repeats its measurement:

- on the historical dev pages (expect files; the default), half by half
  (``tests.parse.devset.halves``), the wide runs the rule looks at, those it cuts, and each
  cut line checked against the annotation: glued there (``tests.parse.interleave``) or not, and
  whether its two pieces belong to two different expected articles (the seam right);
- on plain page files (``--pages FILE``, one path a line; ``--first N``), every run it cuts,
  printed as ``left || right`` for reading against the page;
- with ``--why`` (branch ``unglue23``), what the rule leaves: on the dev pages each run of
  annotated glued lines by the test that keeps it whole (a single line, a line under or over
  the width band, too few marked lines); on page files each tight run of wide lines it does not
  cut, by shape (:func:`left_runs`).
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.parse.decode import decode_page
from reader.parse.glued import (
    MARKED_SHARE,
    RUN_HIGH,
    RUN_LINES,
    RUN_LOW,
    cut_run,
    seam_candidates,
    split_at,
    tells_run,
    wide_runs,
)
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


#: Widest line the ``--why`` survey looks at, in median lines (three columns side by side).
THREE_COLUMNS = 3.6


def marked_lines(lines: Sequence[Line], median: float) -> int:
    """How many of the lines hold a seam that tells a run (a rule mark or a broken word)."""
    return sum(
        any(tells_run(evidence) for *_rest, evidence in seam_candidates(line.text, median))
        for line in lines
    )


def _tight_runs(lines: Sequence[Line], low: float, high: float) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more tight lines each ``low``–``high`` wide."""
    runs: list[tuple[int, int]] = []
    start = -1
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else None
        wide = line is not None and low <= line.width <= high
        if wide and start >= 0 and line is not None and line.gap == 0:
            continue
        if start >= 0 and index - start >= 2:
            runs.append((start, index))
        start = index if wide else -1
    return runs


def left_runs(lines: Sequence[Line], median: float) -> list[tuple[str, list[Line]]]:
    """Each tight run of wide lines the rule does not cut, with why: ``three columns`` (two
    lines or more over :data:`RUN_HIGH` median lines, up to :data:`THREE_COLUMNS`), ``two
    lines, N marked`` (two lines both marked would be cut but for :data:`RUN_LINES`), ``too
    few marked`` (a longer run, under half of its lines marked) or ``dirt`` (marked enough,
    but refused by the noise or vowel test)."""
    found: list[tuple[str, list[Line]]] = []
    for start, end in _tight_runs(lines, RUN_LOW * median, THREE_COLUMNS * median):
        run = list(lines[start:end])
        if sum(line.width > RUN_HIGH * median for line in run) >= 2 and len(run) >= RUN_LINES:
            found.append(("three columns", run))
    for start, end in _tight_runs(lines, RUN_LOW * median, RUN_HIGH * median):
        run = list(lines[start:end])
        marked = marked_lines(run, median)
        enough = marked >= max(2.0, MARKED_SHARE * len(run))
        if len(run) >= RUN_LINES and cut_run(run, median) is not None:
            continue
        if enough and cut_run(run, median) is None:
            found.append(("dirt", run))
        elif len(run) < RUN_LINES:
            found.append((f"two lines, {marked} marked", run))
        else:
            found.append(("too few marked", run))
    return found


def glued_run_causes(
    numbers: Sequence[int], lines: Sequence[Line], median: float, cut: set[int]
) -> str:
    """Why a run of annotated glued lines (consecutive line numbers) is left whole, or ``cut``."""
    if all(number in cut for number in numbers):
        return "cut"
    run = [line for line in lines if line.number in set(numbers)]
    marked = marked_lines(run, median)
    causes = []
    if len(numbers) < RUN_LINES:
        causes.append("single line" if len(numbers) == 1 else f"two lines, {marked} marked")
    if any(line.width < RUN_LOW * median for line in run):
        causes.append("a line under the band")
    if any(line.width > RUN_HIGH * median for line in run):
        causes.append("a line over the band")
    if len(numbers) >= RUN_LINES and marked < max(2.0, MARKED_SHARE * len(run)):
        causes.append("too few marked")
    return " + ".join(causes) or "other"


def why_dev(paths: Sequence[str]) -> None:
    """The annotated glued runs of the historical dev pages, half by half, by why they stay."""
    tune, check = halves(family_pages(paths, "historical-en"))
    for label, pages in (("tuning", tune), ("checking", check)):
        tally: dict[str, int] = {}
        for page in pages:
            text = plain_newlines(page.text)
            glued = [
                line.number for line in glued_lines(text.split("\n"), article_keys(page.articles))
            ]
            lines = split_lines(text)
            if not glued or not lines:
                continue
            median = statistics.median(line.width for line in lines)
            cut = {
                line.number
                for start, end in wide_runs(lines, median)
                if cut_run(lines[start:end], median) is not None
                for line in lines[start:end]
            }
            runs: list[list[int]] = []
            for number in glued:
                if runs and number - runs[-1][-1] == 1:
                    runs[-1].append(number)
                else:
                    runs.append([number])
            for numbers in runs:
                cause = glued_run_causes(numbers, lines, median, cut)
                tally[cause] = tally.get(cause, 0) + 1
                print(f"{label} {page.name} lines {numbers[0]}-{numbers[-1]}: {cause}")
        print(f"{label} half ({len(pages)} pages): {dict(sorted(tally.items()))}")


def why_files(paths: Sequence[Path]) -> None:
    """The tight runs of wide lines the rule leaves on plain page files, counted by shape."""
    tally: dict[str, int] = {}
    for path in paths:
        lines = split_lines(plain_newlines(decode_page(path.read_bytes(), path, [])))
        if not lines:
            continue
        median = statistics.median(line.width for line in lines)
        for cause, run in left_runs(lines, median):
            tally[cause] = tally.get(cause, 0) + 1
            print(f"## {path} lines {run[0].number}-{run[-1].number}: {cause}")
    print(f"{len(paths)} pages: {dict(sorted(tally.items()))}")


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
    parser.add_argument("--why", action="store_true", help="what the rule leaves, and why")
    args = parser.parse_args(argv)
    if args.pages:
        listed = [Path(p) for p in Path(args.pages).read_text().split()]
        listed = listed[: args.first] if args.first else listed
        (why_files if args.why else survey_files)(listed)
    else:
        (why_dev if args.why else survey_dev)(args.paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
