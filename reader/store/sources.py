"""Which files make up an issue on disk, their content hash, and finding issues inside folders."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from reader.errors import InputError
from reader.files import not_regular_reason, require_regular
from reader.parse.formats import chronam, is_page_name

_CHUNK = 1 << 20


def issue_files(path: Path) -> list[Path]:
    """The files whose bytes define the issue at ``path`` (a page file or an issue folder)."""
    require_regular(path)
    news = chronam.issue_for(path) if path.exists() else None
    if news is not None:
        return [file for _, file in news.pages]
    mets = _mets_file(path)
    if mets is not None:
        from reader.parse.formats.mets import named_files  # the parser, only for METS issues

        return named_files(mets)
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and is_issue_file(p.name))
    raise InputError("no such file or folder", path)


def source_hash(path: Path, files: Sequence[Path] | None = None) -> str:
    """sha256 over the names (inside a folder) and bytes of the issue's files (``files``, when
    the caller has looked them up already: ``issue_files(path)``).

    The same for any parser, and for the issue moved or renamed: bookmarks anchor on it.
    """
    digest = hashlib.sha256()
    files = issue_files(path) if files is None else files
    if not files:
        raise InputError("folder holds no page files", path)
    named = len(files) > 1 or path.is_dir()
    for file in files:
        name = _hash_name(file, path) if named else b""
        digest.update(len(name).to_bytes(4, "big") + name)
        try:
            size = file.stat().st_size
            digest.update(size.to_bytes(8, "big"))
            with file.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
        except OSError as err:
            raise InputError(f"cannot read file ({err.strerror or err})", file) from err
    return digest.hexdigest()


def _hash_name(file: Path, path: Path) -> bytes:
    """A file's name as the hash sees it: relative to the issue's folder (``ALTO/0001.xml``)."""
    base = path if path.is_dir() else path.parent
    try:
        return str(file.relative_to(base)).encode()
    except ValueError:
        return file.name.encode()


def cache_key(digest: str, path: Path) -> str:
    """The cache's key: the source hash plus the issue's own name, which the parser reads the
    date from ("2025-01-14/", "x-1903-05-01.txt"), so a renamed issue is parsed again."""
    return f"{digest}:{path.name}"


def is_issue_file(name: str) -> bool:
    """Whether a file of this name is part of an issue folder: a page of any format the
    registry (``reader.parse.formats``) knows, or issue.toml."""
    return not name.startswith(".") and (is_page_name(name) or name.lower() == "issue.toml")


def _mets_file(path: Path) -> Path | None:
    """The METS file that describes the issue at ``path`` (the file, or the one in a folder)."""
    if path.is_file():
        return path if path.name.lower().endswith("mets.xml") else None
    if path.is_dir():
        return next(
            (p for p in sorted(path.iterdir()) if p.name.lower().endswith("mets.xml")), None
        )
    return None


Skipped = list[tuple[str, str]]


def discover_issues(paths: Iterable[Path], skipped: Skipped | None = None) -> Iterator[Path]:
    """Each issue under ``paths``: a page file, a folder of pages, or folders holding such folders.

    A folder with page files directly inside is one issue (as ``reader.parse.load_issue`` reads
    it); its subfolders, and those of a folder without pages, are searched for more issues, in
    name order. A folder of Chronicling America pages holds one issue per paper and edition (each
    is named by its first page file), and a batch ``ed-N`` folder is one issue. Each real folder
    is walked once, so symlink loops end. A path given that is not a regular file or folder
    raises InputError; inside folders such entries (a FIFO named ``02.txt``) and unreadable
    folders go to ``skipped`` as ``(path, reason)``.
    """
    seen: set[tuple[int, int]] = set()
    for path in paths:
        require_regular(path)
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from _walk(path, seen, [] if skipped is None else skipped)
        else:
            raise InputError("no such file or folder", path)


def _walk(folder: Path, seen: set[tuple[int, int]], skipped: Skipped) -> Iterator[Path]:
    try:
        info = folder.stat()
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as err:
        skipped.append((str(folder), f"cannot read folder ({err.strerror or err})"))
        return
    if (info.st_dev, info.st_ino) in seen:
        return  # a symlink back to a folder already walked
    seen.add((info.st_dev, info.st_ino))
    news = chronam.issues_in(folder)
    # (several papers of a flat day folder, or batch editions named by their ed-N folders)
    if len(news) > 1 or (news and news[0].path != folder and news[0].path.is_dir()):
        yield from (issue.path for issue in news)
        return
    if news:
        yield folder
        return
    pages = False
    folders = []
    for entry in entries:
        if entry.is_dir():
            folders.append(entry)
        elif entry.is_file():
            pages = pages or is_issue_file(entry.name)
        elif is_issue_file(entry.name) and (why := not_regular_reason(entry)):
            skipped.append((str(entry), why))
    if pages:
        yield folder
    for child in folders:
        yield from _walk(child, seen, skipped)
