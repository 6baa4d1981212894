"""How often the paper's name and date read from a page's text are right:
``python -m tests.parse.mastheads [FOLDERS]``.

Issue 9 ("What fails" item 9), branch ``masthead19``. When a page comes with no issue.toml and
no ``titles.tsv``, the window's title and the library take the paper's name and the date from
the page's furniture (``masthead.masthead_facts``). A Chronicling America month folder holds
the truth for every page: ``titles.tsv`` names the paper of each LCCN (the file name's prefix)
and the day's folder is the date. Each page is parsed *as a bare text file* (its bytes only:
no titles.tsv, no folder name) and what its masthead gave is compared with that truth:

- **name** is ``right`` when, both normalised (:func:`normalise_name`), the found name holds
  the title's whole name (at most two words added, such as a place or "Daily"), or the title's
  name holds the found one when that has two words or more and lacks at most one of the
  title's words, word for word; ``close`` (garbled but close) when that holds only with words
  compared as strings within an edit budget (:func:`close`: one edit per five letters of the
  shorter, at most three), as OCR garbles a nameplate; ``none`` when nothing was found;
  ``wrong`` otherwise.
- **date** is ``right`` when the ISO date found is the folder's date; ``near`` when it is
  within NEAR_DAYS days of it in the same month and year (a weekly dated its press day, the
  folder its issue day); ``none`` when none was found, ``wrong`` otherwise.

FOLDERS default to every day of ``chronam-1916-02`` but 28 and 29 February (kept for blind
sets); the titles of the held-out and blind sets (``EXCLUDED_LCCNS``) are always left out.
``--pool unseen --first 1600`` measures the helpers' pool of unseen pages instead
(:func:`tests.parse.unseen.pool`: the 1,581 pages of titles in no annotated set; branch mast47).
``--half tune|check`` keeps the tuning or checking half of the papers (sorted by the sha1 of
the LCCN, alternate), ``--pages`` prints every page, ``--save FILE`` writes the per-page
results as JSON and ``--against FILE`` counts how each page's verdicts moved from a saved run
(``none→wrong`` is the move that matters: a wrong name is worse than none). ``--jobs N``
parses in N processes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.parse.formats.text import read_text_page
from reader.parse.issue import page_masthead_facts
from reader.parse.masthead import edit_distance
from tests.conftest import CORPUS
from tests.parse.devset import sha1_halves

#: The month folder.
MONTH = CORPUS / "chronam-1916-02"
#: Days kept for blind sets: never read.
BLIND_DAYS = frozenset({"19160228", "19160229"})
#: The papers of the held-out and blind sets (the common brief's list, by titles.tsv's name).
EXCLUDED_LCCNS = frozenset(
    {
        "sn86088651",  # Bryan daily eagle and pilot
        "sn86090528",  # The Chickasha daily express
        "sn86069657",  # The Clay City times
        "sn88064176",  # The Colfax chronicle
        "sn83030193",  # The evening world
        "sn86063778",  # Fort Mill times
        "sn90061052",  # The Jasper news
        "sn86091096",  # The Kendrick gazette
        "sn89066129",  # The Laclede blade
        "sn85029856",  # The Liberal democrat
        "sn87065462",  # Okolona messenger
        "sn86076142",  # Tonopah daily bonanza
        "sn83045211",  # Evening public ledger
        "sn86092557",  # The Fairmont West Virginian
        "2010270504",  # The North Platte semi-weekly tribune
        "sn86069395",  # Hopkinsville Kentuckian
        "sn87060004",  # The bee (Earlington, Ky.)
        "sn82015411",  # The Garden Island
    }
)
VERDICTS = ("right", "close", "wrong", "none")
DATE_VERDICTS = ("right", "near", "wrong", "none")
#: How far (in days) a weekly's printed date may stand from the folder's issue day.
NEAR_DAYS = 3
#: The most words a found name may add to the title's ("Anderson", "Daily"): "IN NEXT
#: SUNDAY'S SUN" is no name of The Sun.
MORE_WORDS = 2


def normalise_name(name: str) -> str:
    """A paper's name for comparison: lower case; what stands in brackets or parentheses (the
    place), a subtitle after " : " and titles.tsv's trailing "volume" dropped; apostrophes
    dropped, other punctuation a space; a leading "the" dropped; spaces collapsed."""
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", name.lower())
    text = text.split(" : ", 1)[0]
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).split()
    if text and text[-1] == "volume":
        text = text[:-1]
    if text and text[0] == "the":
        text = text[1:]
    return " ".join(text)


def close(a: str, b: str) -> bool:
    """Two normalised names within the edit budget: one edit per five letters of the shorter,
    at most three."""
    budget = min(3, min(len(a), len(b)) // 5)
    return abs(len(a) - len(b)) <= budget and edit_distance(a, b) <= budget


def _holds(longer: Sequence[str], shorter: Sequence[str], exact: bool = False) -> bool:
    """Whether some run of ``longer``'s words (as many as ``shorter``'s or one more: OCR splits
    a word) is ``shorter`` (within the edit budget; ``exact``: word for word)."""
    if exact:
        size = len(shorter)
        return any(
            list(longer[i : i + size]) == list(shorter) for i in range(len(longer) - size + 1)
        )
    wanted = " ".join(shorter)
    return any(
        close(" ".join(longer[i : i + size]), wanted)
        for size in (len(shorter), len(shorter) + 1)
        for i in range(len(longer) - size + 1)
    )


def name_verdict(found: str | None, title: str) -> str:
    """right, close, wrong or none: the found name against titles.tsv's name (see the module
    doc)."""
    if not found:
        return "none"
    got, want = normalise_name(found).split(), normalise_name(title).split()
    if not got or not want:
        return "wrong"
    for exact, verdict in ((True, "right"), (False, "close")):
        if len(got) - len(want) <= MORE_WORDS and _holds(got, want, exact):
            return verdict
        if len(got) >= 2 and len(want) - len(got) <= 1 and _holds(want, got, exact):
            return verdict
    return "close" if _garbled_close(got, want) else "wrong"


def _garbled_close(got: Sequence[str], want: Sequence[str]) -> bool:
    """A nameplate OCR garbled past :func:`close` that a reader still knows: the whole name
    within one edit per four letters ("the hiekmm courier", "st l and iy clarion"), or the
    title's words in order with one word more or less (a garbled emblem between them,
    "harrisburg sfslllll telegraph"; a word lost, "omaha bee"), two words at least."""
    a, b = " ".join(got), " ".join(want)
    if edit_distance(a, b) <= min(len(a), len(b)) // 4:
        return True
    longer, shorter = (got, want) if len(got) > len(want) else (want, got)
    if len(shorter) < 2 or len(longer) - len(shorter) != 1:
        return False
    return any(
        all(close(x, y) for x, y in zip(longer[:i] + longer[i + 1 :], shorter, strict=True))
        for i in range(len(longer))
    )


def date_verdict(found: str | None, day: str) -> str:
    """right, near, wrong or none: the ISO date found against the folder's YYYYMMDD."""
    if not found:
        return "none"
    digits = found.replace("-", "")
    if digits == day:
        return "right"
    same_month = digits[:6] == day[:6] and digits[6:].isdigit()
    return "near" if same_month and abs(int(digits[6:]) - int(day[6:])) <= NEAR_DAYS else "wrong"


@dataclass(frozen=True)
class PageFacts:
    """What one page's masthead gave and how it compares."""

    page: str
    title: str
    name: str | None
    date: str | None
    name_verdict: str
    date_verdict: str


def read_titles(month: Path) -> dict[str, str]:
    """titles.tsv: LCCN → the paper's name."""
    titles: dict[str, str] = {}
    lines = (month / "titles.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        fields = line.split("\t")
        if len(fields) >= 2:
            titles[fields[0]] = fields[1]
    return titles


def lccn_of(path: Path) -> str:
    """The LCCN a Chronicling America page's file name opens with."""
    return path.name.split("-ed-", 1)[0]


def halves(lccns: Iterable[str]) -> dict[str, str]:
    """Every LCCN's half, "tune" or "check" (:func:`tests.parse.devset.sha1_halves` of the
    LCCNs)."""
    tune, check = sha1_halves(set(lccns), str)
    return dict.fromkeys(tune, "tune") | dict.fromkeys(check, "check")


def page_files(folders: Sequence[Path]) -> list[Path]:
    """The page files of the folders, blind days and excluded papers left out."""
    files: list[Path] = []
    for folder in folders:
        if folder.name in BLIND_DAYS:
            continue
        for path in sorted(folder.glob("*.txt")):
            if lccn_of(path) not in EXCLUDED_LCCNS:
                files.append(path)
    return files


def bare_facts(path: Path) -> tuple[str | None, str | None]:
    """The name and date a bare text file's furniture gives (as ``load_issue`` reads one page
    with no issue.toml: the file's bytes only, no paper named)."""
    page = read_text_page(path.read_bytes(), Path("page.txt"), 1, None, None)
    return page_masthead_facts(page)


def measure_page(path: Path, title: str) -> PageFacts:
    """One page's facts and verdicts (the day is the folder's name)."""
    name, date = bare_facts(path)
    return PageFacts(
        page=f"{path.parent.name}/{path.name}",
        title=title,
        name=name,
        date=date,
        name_verdict=name_verdict(name, title),
        date_verdict=date_verdict(date, path.parent.name),
    )


def _measure(job: tuple[Path, str]) -> PageFacts:
    return measure_page(*job)


def tally(results: Iterable[PageFacts]) -> dict[str, Counter[str]]:
    """Counts of right, wrong and none for name and date."""
    counts: dict[str, Counter[str]] = {"name": Counter(), "date": Counter()}
    for facts in results:
        counts["name"][facts.name_verdict] += 1
        counts["date"][facts.date_verdict] += 1
    return counts


def moves(before: Mapping[str, Mapping[str, str]], results: Iterable[PageFacts]) -> Counter[str]:
    """How each page's verdicts moved from a saved run ("name none→wrong": …)."""
    moved: Counter[str] = Counter()
    for facts in results:
        old = before.get(facts.page)
        if old is None:
            continue
        for field in ("name", "date"):
            was, now = old[f"{field}_verdict"], getattr(facts, f"{field}_verdict")
            if was != now:
                moved[f"{field} {was}→{now}"] += 1
    return moved


def _line(label: str, counts: Counter[str], verdicts: Sequence[str] = VERDICTS) -> str:
    total = sum(counts.values()) or 1
    parts = [f"{v} {counts[v]} ({100 * counts[v] / total:.1f} %)" for v in verdicts]
    return f"{label}: " + ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.parse.mastheads", description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path, help="day folders (default: the month)")
    parser.add_argument("--half", choices=("tune", "check"))
    parser.add_argument("--pages", action="store_true", help="print every page")
    parser.add_argument(
        "--wrong", action="store_true", help="print pages whose name or date is not right"
    )
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--pool", choices=("unseen",), help="a pool of tests.parse.unseen instead of FOLDERS"
    )
    parser.add_argument("--first", type=int, default=0, help="the pool's first N pages only")
    args = parser.parse_args(argv)
    if args.pool:
        from tests.parse.unseen import pool

        files = pool(args.pool)[: args.first or None]
        month = MONTH
    else:
        folders = args.folders or sorted(p for p in MONTH.iterdir() if p.is_dir())
        month = folders[0].parent
        files = page_files(folders)
    titles = read_titles(month)
    files = [p for p in files if lccn_of(p) in titles]
    half = halves(lccn_of(p) for p in files)
    if args.half:
        files = [p for p in files if half[lccn_of(p)] == args.half]
    jobs = [(p, titles[lccn_of(p)]) for p in files]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(_measure, jobs, chunksize=8))
    else:
        results = [_measure(job) for job in jobs]
    for facts in results:
        missed = facts.name_verdict != "right" or facts.date_verdict != "right"
        if args.pages or (args.wrong and missed):
            print(
                f"{facts.page} [{half[lccn_of(Path(facts.page))]}] name {facts.name_verdict}: "
                f"{facts.name!r} (title {facts.title!r}); date {facts.date_verdict}: {facts.date}"
            )
    counts = tally(results)
    print(f"{len(results)} pages of {len({lccn_of(p) for p in files})} papers")
    print(_line("name", counts["name"]))
    print(_line("date", counts["date"], DATE_VERDICTS))
    if args.against:
        before = {r["page"]: r for r in json.loads(args.against.read_text(encoding="utf-8"))}
        for move, count in sorted(moves(before, results).items()):
            print(f"  {move}: {count}")
    if args.save:
        args.save.write_text(
            json.dumps([asdict(r) for r in results], indent=1, ensure_ascii=False),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
