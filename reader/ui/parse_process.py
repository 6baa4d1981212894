"""Parsing an issue in a child Python process, so that the window is built meanwhile.

Qt-free and light to import (the standard library only, not even the parser): the ``broadsheet``
entry point starts the bundled sample's parse with it before it imports Qt at all.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.model import Issue

log = logging.getLogger(__name__)

#: Run by ``python -I -S -c`` in a child process: parse the issue at argv[1] with the ``reader``
#: package found in argv[2], pickle it to stdout. Isolated and without site-packages (the parser
#: needs only the standard library), so the child starts a few milliseconds sooner.
PARSE_CHILD = (
    "import gc, pickle, sys\n"
    "gc.disable()\n"  # a short-lived process: no cyclic collections needed
    "sys.path.insert(0, sys.argv[2])\n"
    "from reader.parse import load_issue\n"
    "sys.stdout.buffer.write(pickle.dumps(load_issue(sys.argv[1]), pickle.HIGHEST_PROTOCOL))\n"
)


class ParseProcess:
    """A child Python process parsing one issue with ``reader.parse`` (see ``start``).

    Spawned with ``os.posix_spawn`` and read through a pipe: the ``subprocess`` module alone
    costs ~7 ms to import, on the start-up path. A reader thread takes the result as soon as the
    child writes it (waiting without the GIL), so that ``result`` finds it ready.
    """

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self._outcome: Issue | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()  # held while reaping: no signal to a reaped (reused) pid
        self._reaped = False
        self._reader = threading.Thread(
            target=self._read, args=(fd,), name="broadsheet-parse-reader", daemon=True
        )
        self._reader.start()

    @classmethod
    def start(cls, path: Path) -> ParseProcess | None:
        """Start parsing ``path`` in a child process, or None where that cannot be done.

        At start-up the parser's import and the parse (~40 ms of Python) would otherwise hold
        the GIL against the GUI thread building the window; a child process runs them on
        another core at the same time. The child imports this same ``reader`` package.
        """
        import os

        if getattr(sys, "frozen", False) or not sys.executable or not hasattr(os, "posix_spawn"):
            return None
        root = str(Path(__file__).resolve().parents[2])  # the folder that holds this ``reader``
        read_fd, write_fd = os.pipe()
        try:
            pid = os.posix_spawn(
                sys.executable,
                [sys.executable, "-I", "-S", "-c", PARSE_CHILD, str(path), root],
                os.environ,
                file_actions=[
                    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                    (os.POSIX_SPAWN_DUP2, write_fd, 1),
                    (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
                    (os.POSIX_SPAWN_CLOSE, read_fd),
                ],
            )
        except OSError as error:
            os.close(read_fd)
            log.info("parsing in this process: %s", error)
            return None
        finally:
            os.close(write_fd)
        return cls(pid, read_fd)

    def _read(self, fd: int) -> None:
        """In the reader thread: the child's output until it closes the pipe, then its exit
        status, then the issue it pickled."""
        import os
        import pickle

        from reader.model import Issue

        try:
            chunks: list[bytes] = []
            try:
                while chunk := os.read(fd, 1 << 16):
                    chunks.append(chunk)
            finally:
                os.close(fd)
            with self._lock:  # the child has closed its output: it is exiting
                _pid, status = os.waitpid(self.pid, 0)
                self._reaped = True
            code = os.waitstatus_to_exitcode(status)
            if code != 0:
                log.info("the parse process failed (exit status %s); parsing here", code)
                return
            issue = pickle.loads(b"".join(chunks))  # our own child process wrote it
            self._outcome = issue if isinstance(issue, Issue) else None
        except Exception as error:  # a truncated stream: parse here
            log.warning("the parse process's result could not be read (%s); parsing here", error)
        finally:
            self._done.set()

    def result(self, timeout: float = 60.0) -> Issue | None:
        """The issue the child parsed, or None when it failed or took over ``timeout`` seconds
        (it is stopped then) — the caller then parses in this process, which also gives the
        proper error."""
        if not self._done.wait(timeout):
            log.warning("the parse process took over %s s; parsing here", timeout)
            self.kill()
            return None
        return self._outcome

    def kill(self) -> None:
        """Stop the child (its result is not wanted); returns once it is reaped."""
        import contextlib
        import os
        import signal

        with self._lock:
            if not self._reaped:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
        self._reader.join()
