"""Survey: the mixed-case crossheads the assembly folds into the story above, and which test
held (``python -m tests.parse.crossfolds PAGES [--list CLASS] [--brief]``; branch ``briefs23``).

A weekly prints its next item under a head set as a daily sets its crossheads (``Christian
Church.`` after a wedding story, ``Cold Wave Report.``), and ``assemble._fold_crossheads``
folds such a head into the story above when its own words echo the story or the section
under it goes on with the story. This tool lists every fold with the story it joined, the
section under it and the test that held, so a round can read the folds of one class:

- ``section``: the section goes on with the story (``assemble._section_goes_on``);
- ``echo``: only the head's own words echo the story (``CROSSHEAD_ECHO``);
- ``stack``: a daily's dispatch under a full stack (the stacked-section or dispatch-stack test).

Each fold is also marked ``daily`` when the story reads as a daily's (``_daily_story``: a
dateline, or a stack of two lines or more). It watches the assembly by wrapping
``assemble._is_crosshead_of`` for the length of one parse, so it needs the pure parser (a
compiled build calls the function directly). Every page named is parsed; nothing is scored.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reader.parse import assemble, compiled
from reader.parse.formats import read_page

CLASSES = ("section", "echo", "stack")
#: A section of at most this many characters is a brief's size (``--brief``).
BRIEF_CHARS = 300


@dataclass(frozen=True)
class Fold:
    """One crosshead folded into the story above it."""

    page: str
    #: The story's first title, or '' for a head-less story.
    story_head: str
    #: The story's characters before the fold (its paragraphs).
    story_chars: int
    daily: bool
    #: Which test held: one of CLASSES.
    held: str
    title: str
    section_chars: int
    section_opening: str


def _held(
    story: assemble.Body, title: assemble.Title, section: assemble.Body, stems: set[str]
) -> str:
    """The test that folded ``title`` (the section's, the head's own words', or a stack's)."""
    if assemble._section_goes_on(story, section, stems):
        return "section"
    if assemble.echo(assemble.title_stems(title.text), stems) >= assemble.CROSSHEAD_ECHO:
        return "echo"
    return "stack"


@contextmanager
def _watching(page: str, found: list[Fold]) -> Iterator[None]:
    """Record into ``found`` every crosshead the assembly folds while the block runs."""
    test = assemble._is_crosshead_of

    def watched(
        story: assemble.Body,
        title: assemble.Title,
        section: assemble.Body,
        told: tuple[int, set[str]],
        before: Sequence[assemble.Title | assemble.Body],
        words: assemble.StoryWords,
    ) -> bool:
        folds = test(story, title, section, told, before, words)
        if folds:
            length, stems = told
            found.append(
                Fold(
                    page=page,
                    story_head=story.titles[0].text if story.titles else "",
                    story_chars=length,
                    daily=assemble._daily_story(story),
                    held=_held(story, title, section, stems),
                    title=title.text,
                    section_chars=sum(map(len, section.paragraphs)),
                    section_opening=section.paragraphs[0][:100] if section.paragraphs else "",
                )
            )
        return folds

    assemble._is_crosshead_of = watched  # type: ignore[assignment]
    try:
        yield
    finally:
        assemble._is_crosshead_of = test  # type: ignore[assignment]


def folds_of(path: Path) -> list[Fold]:
    """Every mixed-case crosshead folded while ``path`` is parsed."""
    found: list[Fold] = []
    with _watching(str(path), found):
        read_page(path.read_bytes(), path)
    return found


def counts(folds: Sequence[Fold]) -> Counter[tuple[str, str]]:
    """Folds by story (``daily`` or ``other``) and the test that held."""
    return Counter(("daily" if fold.daily else "other", fold.held) for fold in folds)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.parse.crossfolds", description=__doc__)
    parser.add_argument("pages", nargs="+", type=Path, help="page files to parse")
    parser.add_argument("--list", choices=CLASSES, help="print the folds of one class")
    parser.add_argument("--other", action="store_true", help="only folds into no daily's story")
    parser.add_argument(
        "--brief", action="store_true", help=f"only sections of at most {BRIEF_CHARS} characters"
    )
    args = parser.parse_args(argv)
    if compiled():
        print(
            "crossfolds: needs the pure parser (a compiled build hides the folds)", file=sys.stderr
        )
        return 2
    folds = [fold for path in args.pages for fold in folds_of(path)]
    if args.other:
        folds = [fold for fold in folds if not fold.daily]
    if args.brief:
        folds = [fold for fold in folds if fold.section_chars <= BRIEF_CHARS]
    for (story, held), number in sorted(counts(folds).items()):
        print(f"{story:5} {held:7} {number}")
    print(f"folds: {len(folds)} on {len(args.pages)} pages")
    for fold in folds:
        if fold.held == args.list:
            print(
                f"{fold.page}\n  story {fold.story_head[:50]!r} ({fold.story_chars} chars)"
                f"\n  head  {fold.title!r} over {fold.section_chars} chars:"
                f" {fold.section_opening!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
