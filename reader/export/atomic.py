"""Write an export beside its target and rename it into place, so a failure leaves no half file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reader.errors import ExportError


def check_target(target: Path) -> None:
    """Fail early, before any work, when the target cannot be written."""
    if target.is_dir():
        raise ExportError("is a folder; give a file name to export to", target)
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(f"folder {parent} does not exist", target)
    if not os.access(parent, os.W_OK):
        raise ExportError(f"folder {parent} is not writable", target)


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``, else vanishes.

    The temporary file lives in the same folder so that ``os.replace`` is a rename on one file
    system: readers of ``target`` see the old file or the whole new one, never a part.
    """
    check_target(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    # mkstemp makes the file private (0600); an export is an ordinary document.
    os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
    try:
        yield temp
        _fsync(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def write_text_atomically(target: Path, text: str) -> None:
    """Write UTF-8 text (with \\n line ends) to ``target`` through :func:`atomic_target`."""
    with atomic_target(target) as temp:
        try:
            temp.write_text(text, encoding="utf-8", newline="\n")
        except OSError as err:
            raise ExportError(f"cannot write: {err.strerror or err}", target) from err


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
