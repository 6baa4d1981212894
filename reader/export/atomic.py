"""Write an export beside its target and rename it into place, so a failure leaves no half file.

The temporary file is ``.<target name>.broadsheet-<pid>-<random>.part``: a process killed in the
middle (SIGKILL, power loss) leaves it behind, and the next export to that folder removes the
ones whose process is gone — files named so, and nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reader.errors import ExportError

_TEMP_NAME = re.compile(r"^\..+\.broadsheet-(\d+)-[a-z0-9_]+\.part$")

#: What a person is told for the OS errors whose own wording is not plain enough.
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "not permitted",
}


def os_error_reason(err: OSError) -> str:
    """``err`` as a few plain words (the path is named by the caller)."""
    return _OS_REASONS.get(err.errno or 0) or err.strerror or str(err)


def cannot_write(err: OSError, target: Path) -> ExportError:
    """The one-line error for an OS error while writing ``target``."""
    return ExportError(f"cannot write: {os_error_reason(err)}", target)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def clean_stale_temp_files(folder: Path) -> list[Path]:
    """Remove our temporary files in ``folder`` whose process no longer runs; return them.

    Only regular files named as :func:`atomic_target` names them are candidates, and only when
    their process is gone: a live export (of this or another process) keeps its file.
    """
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _TEMP_NAME.match(entry.name)
            if match is None or entry.is_symlink() or not entry.is_file():
                continue
            if _alive(int(match.group(1))):
                continue
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed.append(entry)
    return removed


def check_target(target: Path) -> None:
    """Fail early, before any work, when the target cannot be written."""
    if target.is_dir():
        raise ExportError("is a folder; give a file name to write to", target)
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
    clean_stale_temp_files(target.parent)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.broadsheet-{os.getpid()}-", suffix=".part", dir=target.parent
        )
    except OSError as err:
        raise cannot_write(err, target) from err
    os.close(fd)
    temp = Path(name)
    try:
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        yield temp
        _fsync(temp)
        os.replace(temp, target)
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if isinstance(err, OSError):
            raise cannot_write(err, target) from err
        raise


def write_text_atomically(target: Path, text: str) -> None:
    """Write UTF-8 text (with \\n line ends) to ``target`` through :func:`atomic_target`."""
    with atomic_target(target) as temp:
        try:
            temp.write_text(text, encoding="utf-8", newline="\n")
        except OSError as err:
            raise cannot_write(err, target) from err


def disk_full(folder: Path, room: int = 64 * 1024) -> bool:
    """True when the file system of ``folder`` has less than ``room`` bytes free."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < room


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
