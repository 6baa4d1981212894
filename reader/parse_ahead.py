"""Parsing an issue in a child Python process, so that the parse does not hold this process's
GIL against the GUI thread: the first issue ahead of the window (from the parse kept by an
earlier start, or in a child, while this process imports Qt and builds the window), and any
issue the window opens (``parse_in_child``, the loader the window's library uses).

Qt-free and light to import (the standard library only, not even the parser): the ``broadsheet``
entry point starts the bundled sample's parse with it before it imports Qt at all.

One of two parse caches. The store's (``reader.store.cache``: SQLite, keyed by the files'
content hash and the parser version) serves every issue opened through the library; this one (a
pickle keyed by versions, path and the files' sizes and times) serves only the bundled sample at
start-up, where importing sqlite3 and the store and hashing the files cost more than the paint
may wait. docs/architecture.md says more.
"""

from __future__ import annotations

import logging
import pickle
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.model import Issue

log = logging.getLogger(__name__)

#: Run by ``python -I [-S] -c`` in a child process: parse the issue at argv[1] with the
#: ``reader`` package found in argv[2], pickle it to stdout, and, when argv[3] is not empty, keep
#: ``(argv[4], issue)`` in the file argv[3] (written whole, then renamed) for the next start.
#: Isolated; the kept sample (plain text: the standard library only) is parsed without
#: site-packages, so its child starts a few milliseconds sooner; ALTO and hOCR need lxml.
PARSE_CHILD = (
    "import gc, os, pickle, sys\n"
    "gc.disable()\n"  # a short-lived process: no cyclic collections needed
    "sys.path.insert(0, sys.argv[2])\n"
    "from reader.parse import load_issue\n"
    "issue = load_issue(sys.argv[1])\n"
    "if sys.argv[3]:\n"
    "    try:\n"
    "        os.makedirs(os.path.dirname(sys.argv[3]), exist_ok=True)\n"
    "        part = f'{sys.argv[3]}.{os.getpid()}.part'\n"
    "        with open(part, 'wb') as f:\n"
    "            pickle.dump((sys.argv[4], issue), f, pickle.HIGHEST_PROTOCOL)\n"
    "        os.replace(part, sys.argv[3])\n"
    "    except OSError:\n"
    "        pass\n"  # nothing kept this time: the parse is still good
    "sys.stdout.buffer.write(pickle.dumps(issue, pickle.HIGHEST_PROTOCOL))\n"
)

#: The classes an issue is made of: all an issue's pickle may name (nothing else is loaded).
ISSUE_CLASSES = frozenset(
    {
        "Issue",
        "Page",
        "Article",
        "ContinuationLink",
        "IssueMeta",
        "ArticleKind",
        "Zone",
        "LowConfidence",
    }
)


class IssueUnpickler(pickle.Unpickler):
    """Unpickles an issue and nothing else: a pickle naming any other class is refused, so a
    cache file cannot make this process run code."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "reader.model" and name in ISSUE_CLASSES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of an issue")


def load_pickled(data: bytes) -> Any:
    import io

    return IssueUnpickler(io.BytesIO(data)).load()


def cache_file(path: Path) -> Path:
    """Where the parse of the issue at ``path`` is kept between starts (one file per name)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("broadsheet")) / "parse-ahead" / f"{path.name}.pickle"


def cache_key(path: Path) -> str:
    """What a kept parse must match: the app and parser versions, the issue's place, and the
    name, size and modification time of each of its files (as Python checks its bytecode)."""
    from reader import PARSER_VERSION, __version__

    resolved = path.resolve()
    files = (
        sorted(p for p in resolved.iterdir() if p.is_file()) if resolved.is_dir() else [resolved]
    )
    parts = [__version__, str(PARSER_VERSION), str(resolved)]
    for file in files:
        stat = file.stat()
        parts.append(f"{file.name}\t{stat.st_size}\t{stat.st_mtime_ns}")
    return "\n".join(parts)


class ParseAhead:
    """The parse of one issue, started ahead (see ``start``); ``result`` takes it.

    A reader thread does the work, waiting without the GIL: it reads the parse an earlier start
    kept, when that is current, or else spawns a child process to parse (and keep) the issue and
    reads its answer from a pipe. Spawned with ``os.posix_spawn``: the ``subprocess`` module alone
    costs ~7 ms to import, on the start-up path.
    """

    def __init__(self, path: Path, keep: bool = True) -> None:
        self.path = path
        #: Read and keep the parse between starts (the sample); else always parse in a child.
        self.keep = keep
        self.pid: int | None = None
        #: Where the issue came from: "cache" or "child" (None while working or on failure).
        self.source: str | None = None
        self._outcome: Issue | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()  # held while spawning and reaping: no signal to a stale pid
        self._stopped = False
        self._reaped = False
        self._reader = threading.Thread(target=self._work, name="broadsheet-parse", daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, path: Path, keep: bool = True) -> ParseAhead | None:
        """Start getting the issue at ``path``, or None where a child process cannot be run
        (a frozen app, no ``posix_spawn``): the caller then parses it itself. With ``keep``
        false no parse is read from or kept for the next start.

        At start-up the parser's import and the parse (~40 ms of Python) would otherwise hold
        the GIL against the GUI thread building the window; a child process runs them on
        another core at the same time, and a kept parse spares even that.
        """
        import os

        if getattr(sys, "frozen", False) or not sys.executable or not hasattr(os, "posix_spawn"):
            return None
        return cls(path, keep)

    def _work(self) -> None:
        try:
            key = cache_key(self.path) if self.keep else ""
            target = cache_file(self.path) if self.keep else None
            issue = self._read_cache(target, key) if target is not None else None
            if issue is not None:
                self.source = "cache"
            else:
                issue = self._run_child(target, key)
                self.source = "child" if issue is not None else None
            self._outcome = issue
        except Exception as error:  # anything unexpected: the caller parses in-process
            log.warning("the parse ahead of %s failed (%s); parsing here", self.path, error)
        finally:
            self._done.set()

    def _read_cache(self, target: Path, key: str) -> Issue | None:
        from reader.model import Issue

        try:
            data = target.read_bytes()
        except OSError:
            return None
        try:
            kept_key, issue = load_pickled(data)
        except Exception as error:  # a damaged or foreign file: parse afresh, which rewrites it
            log.info("ignoring the kept parse %s (%s)", target, error)
            return None
        return issue if kept_key == key and isinstance(issue, Issue) else None

    def _run_child(self, target: Path | None, key: str) -> Issue | None:
        import os

        from reader.model import Issue

        root = str(Path(__file__).resolve().parents[1])  # the folder that holds this ``reader``
        read_fd, write_fd = os.pipe()
        try:
            with self._lock:
                if self._stopped:
                    os.close(read_fd)
                    return None
                self.pid = os.posix_spawn(
                    sys.executable,
                    [
                        sys.executable,
                        *(("-I", "-S") if self.keep else ("-I",)),
                        "-c",
                        PARSE_CHILD,
                        str(self.path),
                        root,
                        "" if target is None else str(target),
                        key,
                    ],
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
        chunks: list[bytes] = []
        try:
            while chunk := os.read(read_fd, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(read_fd)
        with self._lock:  # the child has closed its output: it is exiting
            _pid, status = os.waitpid(self.pid, 0)
            self._reaped = True
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            log.info("the parse process failed (exit status %s); parsing here", code)
            return None
        issue = load_pickled(b"".join(chunks))
        return issue if isinstance(issue, Issue) else None

    def result(self, timeout: float = 60.0) -> Issue | None:
        """The issue, or None when getting it failed or took over ``timeout`` seconds (the
        child is stopped then) — the caller then parses in this process, which also gives the
        proper error."""
        if not self._done.wait(timeout):
            log.warning("the parse ahead took over %s s; parsing here", timeout)
            self.kill()
            return None
        return self._outcome

    def kill(self) -> None:
        """Stop the work (its result is not wanted); returns once the child, if any, is reaped."""
        import contextlib
        import os
        import signal

        with self._lock:
            self._stopped = True
            if self.pid is not None and not self._reaped:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
        self._reader.join()


#: How long ``parse_in_child`` waits for its child (s): a parse taking longer is done here.
CHILD_TIMEOUT_S = 600.0


def parse_in_child(path: Path) -> Issue:
    """An issue loader (called in a worker thread): parse the issue at ``path`` in a child
    process, where the parse holds no GIL of this one, so the GUI thread is never held up by
    it. Where no child can run, or it fails (bad input), the issue is parsed here, which also
    raises the proper error. In a worker of a process pool (the window's bulk import) there is
    no GUI thread to spare, and a child per issue cost six times the parse's CPU (the child's
    start and imports): the issue is parsed here."""
    import multiprocessing

    in_pool = multiprocessing.parent_process() is not None
    process = None if in_pool else ParseAhead.start(path, keep=False)
    issue = process.result(CHILD_TIMEOUT_S) if process is not None else None
    if issue is None:
        from reader.parse import load_issue

        return load_issue(path)
    return issue
