"""Issues on disk: a single page file, or a folder of pages with an optional issue.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from reader.errors import InputError
from reader.model import Issue, IssueMeta, Page
from reader.parse.decode import read_page_bytes
from reader.parse.formats import is_page_name, read_page
from reader.parse.masthead import masthead_facts

_DATE_IN_NAME = re.compile(r"(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})")
_PAGE_NUMBER_IN_NAME = re.compile(r"(?:^|[^0-9])(\d{1,3})(?:[^0-9]|$)")


def load_issue(path: str | Path) -> Issue:
    """Read and parse an issue: a page file, or a folder of page files.

    Raises InputError (naming the file and the reason) when the input cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file or folder", path)
    if path.is_dir():
        return _load_folder(path)
    page = load_page(path, number=1, name=None)
    newspaper, date = _from_mastheads((page,))
    return Issue(
        newspaper=newspaper,
        date=_date_from_name(path.stem) or date,
        pages=(page,),
        source=str(path),
    )


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


def read_meta(folder: Path) -> IssueMeta:
    """What issue.toml says, or what the folder's name suggests."""
    toml_path = folder / "issue.toml"
    if not toml_path.is_file():
        return IssueMeta(date=_date_from_name(folder.name))
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid issue.toml ({exc})", toml_path) from exc
    pages = data.get("pages", {})
    if not isinstance(pages, dict):
        raise InputError("invalid issue.toml ([pages] must be a table)", toml_path)
    names = {}
    for key, value in pages.items():
        if not str(key).isdigit():
            raise InputError(f"invalid issue.toml (page key {key!r} is not a number)", toml_path)
        names[int(key)] = str(value)
    date = data.get("date")
    return IssueMeta(
        newspaper=_optional_str(data.get("newspaper")),
        date=str(date) if date is not None else _date_from_name(folder.name),
        language=_optional_str(data.get("language")),
        page_names=names,
    )


def _load_folder(folder: Path) -> Issue:
    files = page_files(folder)
    if not files:
        raise InputError("folder has no page files (expected 01.txt, 02.txt …)", folder)
    meta = read_meta(folder)
    pages = []
    used: set[int] = set()
    for index, file in enumerate(files, start=1):
        number = _page_number(file) or index
        if number in used:
            number = max(used) + 1
        used.add(number)
        pages.append(load_page(file, number, meta.page_names.get(number), meta.newspaper))
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
        found_name, found_date = masthead_facts(page.furniture)
        newspaper, date = newspaper or found_name, date or found_date
        if newspaper and date:
            break
    return newspaper, date


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


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
