"""What a path given by a person names, checked before anything opens it.

Opening a FIFO for reading blocks until a writer comes (forever, for a reader of pages); a device
or a socket is no page either. Folders are walked elsewhere; everything else must be a regular
file.
"""

from __future__ import annotations

import stat
from pathlib import Path

from reader.errors import InputError

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def not_regular_reason(path: Path) -> str | None:
    """``"not a regular file (a FIFO)"`` and the like, or None for a regular file or a folder.

    Follows symlinks (a link to a page is a page); a path that does not exist is None too.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a file or folder")
    return f"not a regular file ({kind})"


def require_regular(path: Path) -> None:
    """Raise :class:`InputError` naming ``path`` unless it is a regular file, a folder or absent."""
    reason = not_regular_reason(path)
    if reason is not None:
        raise InputError(reason, path)
