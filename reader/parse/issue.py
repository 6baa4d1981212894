"""Issues on disk: a single page file, or a folder of pages with an optional issue.toml."""

from __future__ import annotations

import datetime
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.errors import InputError
from reader.files import require_regular
from reader.model import Issue, IssueMeta, Page
from reader.parse.decode import read_page_bytes
from reader.parse.formats import SNIFF_BYTES, chronam, is_page_name, read_page, sniff_format
from reader.parse.masthead import masthead_facts, page_years

_DATE_IN_NAME = re.compile(r"(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})")
_PAGE_NUMBER_IN_NAME = re.compile(r"(?:^|[^0-9])(\d{1,3})(?:[^0-9]|$)")


def load_issue(path: str | Path) -> Issue:
    """Read and parse an issue: a page file, or a folder of page files.

    Raises InputError (naming the file and the reason) when the input cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file or folder", path)
    described = _issue_file(path)
    if described is not None:
        return _read_issue_file(described)
    news = chronam.issue_for(path)
    if news is not None:
        return load_chronam_issue(news)
    if path.is_dir():
        several = chronam.issues_in(path)
        if len(several) > 1:
            names = ", ".join(i.path.name for i in several[:3])
            raise InputError(
                f"folder holds {len(several)} Chronicling America issues (open one page file of "
                f"each, e.g. {names}; the library imports them all)",
                path,
            )
        return _load_folder(path)
    page = load_page(path, number=1, name=None)
    newspaper, date = _from_mastheads((page,))
    return Issue(
        newspaper=newspaper,
        date=_date_from_name(path.stem) or date,
        pages=(page,),
        source=str(path),
    )


def load_issues(path: str | Path) -> list[Issue]:
    """Every issue at ``path``: a folder of one day's Chronicling America pages holds one per
    paper and edition; anything else is one issue (as load_issue reads it)."""
    path = Path(path)
    if path.is_dir() and _issue_file(path) is None:
        several = chronam.issues_in(path)
        if len(several) > 1:
            return [load_chronam_issue(news) for news in several]
    return [load_issue(path)]


def load_chronam_issue(news: chronam.ChronamIssue) -> Issue:
    """A Chronicling America issue: its pages in sequence, its paper named from titles.tsv."""
    newspaper = chronam.paper_name(news.lccn, news.path)
    pages = tuple(load_page(file, seq, None, newspaper) for seq, file in news.pages)
    return Issue(newspaper=newspaper, date=news.date, pages=pages, source=str(news.path))


def _issue_file(path: Path) -> Path | None:
    """The file that describes a whole issue (a METS) at ``path``: the file itself, or the one
    METS file in a folder."""
    candidates = [path] if path.is_file() else []
    if path.is_dir():
        candidates = sorted(
            p for p in path.iterdir() if p.is_file() and p.name.lower().endswith("mets.xml")
        )
    for candidate in candidates:
        try:
            with candidate.open("rb") as handle:
                head = handle.read(SNIFF_BYTES)
        except OSError as exc:
            raise InputError(f"cannot read file ({exc.strerror or exc})", candidate) from exc
        found = sniff_format(head)
        if found is not None and found.issue_reader is not None:
            return candidate
    return None


def _read_issue_file(path: Path) -> Issue:
    head = read_page_bytes(path)[:SNIFF_BYTES]
    found = sniff_format(head)
    assert found is not None
    return found.read_issue(path)


def load_page(
    path: Path, number: int, name: str | None = None, newspaper: str | None = None
) -> Page:
    """Read one page file and parse it with the reader of its format (the registry's)."""
    return read_page(read_page_bytes(path), path, number, name, newspaper)


def page_files(folder: Path) -> list[Path]:
    """The page files of an issue folder (any registered format), in page order (01.txt,
    02.txt … or by name)."""
    files = [
        p
        for p in folder.iterdir()
        if p.is_file() and is_page_name(p.name) and not p.name.startswith(".")
    ]
    return sorted(files, key=lambda p: (_page_number(p) or 10_000, p.name))


#: Page numbers issue.toml may name (a paper of ten thousand pages is not a paper).
MAX_PAGE_NUMBER = 9999


def read_meta(folder: Path) -> IssueMeta:
    """What issue.toml says, or what the folder's name suggests.

    Every value is checked; a wrong one is an InputError naming the key (``pages.0``, ``date``).
    """
    toml_path = folder / "issue.toml"
    require_regular(toml_path)  # a FIFO would block the read below forever
    if not toml_path.is_file():
        return IssueMeta(date=_date_from_name(folder.name))
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid issue.toml ({exc})", toml_path) from exc
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", toml_path) from exc

    def bad(key: str, reason: str) -> InputError:
        return InputError(f"invalid issue.toml ({key}: {reason})", toml_path)

    pages = data.get("pages", {})
    if not isinstance(pages, dict):
        raise InputError("invalid issue.toml ([pages] must be a table)", toml_path)
    names = {}
    for key, value in pages.items():
        if not str(key).isdigit():
            raise InputError(f"invalid issue.toml (page key {key!r} is not a number)", toml_path)
        if not 1 <= int(key) <= MAX_PAGE_NUMBER:
            raise bad(f"pages.{key}", f"page numbers run from 1 to {MAX_PAGE_NUMBER}")
        names[int(key)] = _text(value, f"pages.{key}", bad) or ""
    return IssueMeta(
        newspaper=_text(data.get("newspaper"), "newspaper", bad),
        date=_date(data.get("date"), bad) or _date_from_name(folder.name),
        language=_text(data.get("language"), "language", bad),
        page_names=names,
    )


def _text(value: object, key: str, bad: Callable[[str, str], InputError]) -> str | None:
    """A text value of issue.toml (None when absent or empty); anything else names the key."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):  # [pages] 1 = 1 is a name too
        return str(value)
    kinds: dict[type, str] = {list: "a list", dict: "a table"}
    kind = kinds.get(type(value), type(value).__name__)
    raise bad(key, f"expected text, found {kind}")


def _date(value: object, bad: Callable[[str, str], InputError]) -> str | None:
    """issue.toml's ``date``: a TOML date or a "YYYY-MM-DD" string naming a real day."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = _text(value, "date", bad)
    try:
        return datetime.date.fromisoformat(text or "").isoformat() if text else None
    except ValueError:
        raise bad("date", f"{text!r} is not a date YYYY-MM-DD") from None


def _load_folder(folder: Path) -> Issue:
    meta, plan = _folder_plan(folder)
    pages = [load_page(file, number, name, meta.newspaper) for file, number, name in plan]
    return folder_issue(folder, meta, pages)


#: Where each page file of an issue folder goes: (file, page number, page name).
PagePlan = list[tuple[Path, int, str | None]]


def folder_pages(path: str | Path) -> tuple[IssueMeta, PagePlan] | None:
    """For a caller that parses an issue folder's pages one by one (in parallel, showing each as
    it comes: ``reader.parse_ahead``): what issue.toml says and where each page file goes, as
    ``load_issue`` would read them; ``load_page`` each with ``meta.newspaper``, then
    ``folder_issue``. None for anything ``load_issue`` reads otherwise (a page file, a METS,
    Chronicling America pages)."""
    path = Path(path)
    if not path.is_dir() or _issue_file(path) is not None or chronam.issue_for(path) is not None:
        return None
    if len(chronam.issues_in(path)) > 1:
        return None
    return _folder_plan(path)


def _folder_plan(folder: Path) -> tuple[IssueMeta, PagePlan]:
    files = page_files(folder)
    if not files:
        raise InputError("folder has no page files (expected 01.txt, 02.txt …)", folder)
    meta = read_meta(folder)
    plan: PagePlan = []
    used: set[int] = set()
    for index, file in enumerate(files, start=1):
        number = _page_number(file) or index
        if number in used:
            number = max(used) + 1
        used.add(number)
        plan.append((file, number, meta.page_names.get(number)))
    return meta, plan


def folder_issue(folder: Path, meta: IssueMeta, pages: Sequence[Page]) -> Issue:
    """The issue of a folder's parsed pages (see ``folder_pages``)."""
    newspaper, date = _from_mastheads(pages)
    return Issue(
        newspaper=meta.newspaper or newspaper,
        date=meta.date or date,
        pages=tuple(pages),
        source=str(folder),
        language=meta.language,
    )


def _from_mastheads(pages: Sequence[Page]) -> tuple[str | None, str | None]:
    """The paper's name and the date as the pages' mastheads print them (first found wins)."""
    newspaper: str | None = None
    date: str | None = None
    for page in pages:
        found_name, found_date = page_masthead_facts(page)
        newspaper, date = newspaper or found_name, date or found_date
        if newspaper and date:
            break
    return newspaper, date


#: How many of a page's first articles' heads may hold a nameplate the parser did not take for
#: furniture (:func:`masthead.masthead_facts`).
MASTHEAD_HEADS = 2


def page_masthead_facts(page: Page) -> tuple[str | None, str | None]:
    """(newspaper, ISO date) as one page's masthead prints them: its furniture, and the heads of
    its first articles (``MASTHEAD_HEADS``)."""
    heads = [a.headline for a in page.articles[:MASTHEAD_HEADS] if a.headline]

    def years() -> Counter[int]:
        return page_years(text for a in page.articles for text in (a.headline or "", *a.paragraphs))

    return masthead_facts(page.furniture, heads, years)


def _page_number(path: Path) -> int | None:
    match = _PAGE_NUMBER_IN_NAME.search(path.stem)
    if match and len(path.stem) <= 12:
        return int(match.group(1)) or None
    return None


def _date_from_name(name: str) -> str | None:
    match = _DATE_IN_NAME.search(name)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if 1600 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
