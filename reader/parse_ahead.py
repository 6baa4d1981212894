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

import contextlib
import logging
import pickle
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import BroadsheetError
from reader.spawn import children_possible, spawn_child

if TYPE_CHECKING:
    from reader.errors import BroadsheetError
    from reader.model import Issue, Page

log = logging.getLogger(__name__)


class LoadStopped(BroadsheetError):
    """The load was stopped (``LoadToken.stop``: its window closed); nothing is parsed here."""


class LoadToken:
    """Lets a window stop the loads it runs in its workers (``stoppable``): their parse
    children are killed, a streamed parse ends at its next page, and none falls back to
    parsing in this process, so the worker is free at once. Before, closing the window while a
    folder of 2,000 pages was read waited for the whole parse (105 s)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._running: list[ParseAhead | _StreamChildren] = []

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Stop every load under this token, now and later; returns once the children are
        reaped (milliseconds: they are killed)."""
        with self._lock:
            self._stopped = True
            running, self._running = self._running, []
        for process in running:
            process.kill()

    def _watch(self, process: ParseAhead | _StreamChildren) -> None:
        with self._lock:
            stopped = self._stopped
            if not stopped:
                self._running = [p for p in self._running if not p.done] + [process]
        if stopped:
            process.kill()


_load = threading.local()


@contextlib.contextmanager
def stoppable(token: LoadToken) -> Iterator[None]:
    """Run the loads of this thread, inside the block, under ``token``."""
    _load.token = token
    try:
        yield
    finally:
        _load.token = None


def _token() -> LoadToken | None:
    return getattr(_load, "token", None)


def _unless_stopped(path: Path) -> None:
    """Raise ``LoadStopped`` when this thread's load was stopped."""
    token = _token()
    if token is not None and token.stopped:
        raise LoadStopped("the window closed before the issue was read", path)


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
        token = _token()
        if token is not None:
            token._watch(self)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @classmethod
    def start(cls, path: Path, keep: bool = True) -> ParseAhead | None:
        """Start getting the issue at ``path``, or None where a child process cannot be run
        (a frozen app, no ``posix_spawn``): the caller then parses it itself. With ``keep``
        false no parse is read from or kept for the next start.

        At start-up the parser's import and the parse (~40 ms of Python) would otherwise hold
        the GIL against the GUI thread building the window; a child process runs them on
        another core at the same time, and a kept parse spares even that.
        """
        if not children_possible():
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
        args = [str(self.path), root, "" if target is None else str(target), key]
        try:
            with self._lock:
                if self._stopped:
                    return None
                # The kept sample (plain text) needs no site-packages; ALTO and hOCR need lxml.
                # The sample's parse (``keep``) starts before the window is built; any other
                # issue's beside the GUI thread, which keeps the interpreter meanwhile.
                self.pid, read_fd = spawn_child(
                    PARSE_CHILD, args, site=not self.keep, free=not self.keep
                )
        except OSError as error:
            log.info("parsing in this process: %s", error)
            return None
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
        with self._lock:
            self._stopped = True
            if self.pid is not None and not self._reaped:
                # (Imported only here: a kept parse, read back, has no child to stop.)
                import contextlib
                import os
                import signal

                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
        self._reader.join()


#: Run by ``python -I -c`` in each child of a streamed parse (``stream_in_children``): with
#: the ``reader`` package found in argv[2], parse every argv[4]-th page of the issue folder at
#: argv[1], starting at page index argv[3], and write each to stdout as soon as it is parsed:
#: an 8-byte length, then the pickle of ``(index, page, None)``, or of ``(index, None,
#: (reason, path))`` for a page that cannot be read. Exit status 3: not a folder of pages
#: (a METS, Chronicling America pages …), which the caller parses whole instead.
STREAM_CHILD = (
    "import gc, pickle, struct, sys\n"
    "gc.disable()\n"
    "sys.path.insert(0, sys.argv[2])\n"
    "from reader.errors import BroadsheetError\n"
    "from reader.parse.issue import folder_pages, load_page\n"
    "found = folder_pages(sys.argv[1])\n"
    "if found is None:\n"
    "    sys.exit(3)\n"
    "meta, plan = found\n"
    "if len(sys.argv) > 5:\n"
    "    import os\n"
    "    os.nice(int(sys.argv[5]))\n"
    "out = sys.stdout.buffer\n"
    "for index in range(int(sys.argv[3]), len(plan), int(sys.argv[4])):\n"
    "    file, number, name = plan[index]\n"
    "    try:\n"
    "        item = (index, load_page(file, number, name, meta.newspaper), None)\n"
    "    except BroadsheetError as error:\n"
    "        item = (index, None, (error.reason, error.path))\n"
    "    data = pickle.dumps(item, pickle.HIGHEST_PROTOCOL)\n"
    "    out.write(struct.pack('<Q', len(data)) + data)\n"
    "    out.flush()\n"
)

#: How many children a streamed parse runs at most (one per core, up to this).
STREAM_CHILDREN = 2


#: Called (in the loading worker) with the issue as parsed so far, each time it grows.
PagesCallback = Callable[["Issue"], None]


def can_stream(path: Path) -> bool:
    """Whether ``stream_in_children`` may run children for ``path`` (a folder, and a way to
    start processes)."""
    return children_possible() and path.is_dir()


def stream_children() -> int:
    """How many children a streamed parse runs: one per core, up to ``STREAM_CHILDREN``."""
    import os

    return max(1, min(STREAM_CHILDREN, os.cpu_count() or 1))


def spawn_stream_child(
    path: Path, slot: int, nice: int = 0, *, free: bool = False
) -> tuple[int, int]:
    """Start the child of a streamed parse of ``path`` that parses page indexes ``slot``,
    ``slot + stream_children()`` …, at ``nice`` (a lower priority once it has imported the
    parser); (pid, read end). ``free``: see ``spawn_child``. Raises OSError."""
    root = str(Path(__file__).resolve().parents[1])  # the folder that holds this ``reader``
    args = [str(path), root, str(slot), str(stream_children())]
    return spawn_child(STREAM_CHILD, [*args, str(nice)] if nice else args, free=free)


#: The priority of page 1's child started ahead (``StreamAhead``): below the launch it runs
#: beside, which it slowed by ~0.3 s at nice 0 when the library had the issue after all.
AHEAD_NICE = 10


class StreamAhead:
    """The first child of a streamed parse (page 1's), started before the window is even built
    (``broadsheet FOLDER``), when it is not yet known whether the library has the issue: taken
    by the ``stream_in_children`` that parses it, or killed (``stop``) when the library's cache
    had the issue. One child, so a launch from the cache keeps a core to itself."""

    def __init__(self, path: Path, child: tuple[int, int]) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._child: tuple[int, int] | None = child

    @classmethod
    def start(cls, path: Path) -> StreamAhead | None:
        """None where no child can be started (the load then starts its own)."""
        try:
            if not can_stream(path):
                return None
            return cls(path, spawn_stream_child(path, 0, AHEAD_NICE))
        except OSError as error:
            log.info("no parse started ahead: %s", error)
            return None

    def take(self, path: Path) -> tuple[int, int] | None:
        """The running child, for a streamed parse of ``path`` (None for another path, or
        when it was taken or stopped already)."""
        with self._lock:
            child, self._child = self._child, None
        if child is not None and path != self.path:
            _stop([child])
            return None
        return child

    def stop(self) -> None:
        """Kill the child unless a parse took it."""
        with self._lock:
            child, self._child = self._child, None
        if child is not None:
            _stop([child])


class _StreamChildren:
    """The children of one streamed parse, as its ``LoadToken`` sees them: ``kill`` ends them
    at once (the parse then finds their output closed), not only at the next page they write;
    ``reap`` (by the parse) waits for them. A lock keeps a kill from reaching a reaped pid."""

    def __init__(self, children: list[tuple[int, int]]) -> None:
        self._lock = threading.Lock()
        self._children = children
        self._reaped = False

    @property
    def done(self) -> bool:
        return self._reaped

    def kill(self) -> None:
        import contextlib
        import os
        import signal

        with self._lock:
            if self._reaped:
                return
            for pid, _fd in self._children:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

    def reap(self, kill: bool) -> list[int]:
        with self._lock:
            self._reaped = True
            return _stop(self._children, kill=kill)


def stream_in_children(
    path: Path, on_pages: PagesCallback | None = None, ahead: StreamAhead | None = None
) -> Issue:
    """An issue loader like ``parse_in_child`` that, for an issue folder, parses the pages in
    up to ``STREAM_CHILDREN`` child processes at once (both cores) and calls ``on_pages`` with
    the issue so far each time the next pages in order are in (page 1 first, while the others
    parse), so that a window can show the first stories at once. Every issue it passes begins
    with the very ``Page`` objects of the one before, and the returned issue with those of the
    last (a list showing them can grow instead of starting again).

    A page that cannot be read is left out of what ``on_pages`` gets, and the others still come;
    at the end its error is raised (the first such page's, naming the file and the reason), as
    ``load_issue`` raises it. Anything but an issue folder, or no way to run children, is parsed
    by ``parse_in_child``."""
    _unless_stopped(path)  # (before taking page 1's child: its owner stops it)
    first = ahead.take(path) if ahead is not None else None
    if not can_stream(path):
        if first is not None:
            _stop([first])
        return parse_in_child(path)
    # The children first: they start (~0.15 s of imports) while this process imports the
    # parser to plan the same pages. A folder of one page gets a child that finds nothing.
    # ``ahead``: page 1's child is running already.
    children: list[tuple[int, int]] = [first] if first is not None else []
    # Beside page 1's child started ahead (at a lower priority), the others run at its
    # priority too: at a higher one they took the core from it, and page 1 came later.
    nice = AHEAD_NICE if first is not None else 0
    try:
        for slot in range(len(children), stream_children()):
            # (in the window's loading worker: the GUI thread keeps the interpreter meanwhile)
            children.append(spawn_stream_child(path, slot, nice, free=True))
    except OSError as error:
        log.info("parsing in one child: %s", error)
        _stop(children)
        return parse_in_child(path)
    from reader.errors import InputError
    from reader.parse.issue import folder_issue, folder_pages

    try:
        found = folder_pages(path)
    except BaseException:
        _stop(children)
        raise
    if found is None:
        _stop(children)
        return parse_in_child(path)
    meta, plan = found
    running = _StreamChildren(children)
    token = _token()
    if token is not None:
        token._watch(running)  # (stopped meanwhile: killed at once)
    pages: dict[int, Page | None] = {}
    errors: dict[int, BroadsheetError] = {}
    shown = 0
    finished = False
    try:
        for index, page, failure in _frames(children):
            _unless_stopped(path)  # (the children are killed on the way out)
            pages[index] = page
            if failure is not None:
                errors[index] = InputError(failure[0], failure[1])
            ready = shown
            while ready in pages:
                ready += 1
            if ready > shown:
                shown = ready
                # (all in: the issue is returned, unless a page failed: then the rest is
                # shown now, as the error is raised)
                if on_pages is not None and (ready < len(plan) or errors):
                    good = [p for i in range(ready) if (p := pages[i]) is not None]
                    if good:
                        on_pages(folder_issue(path, meta, good))
        finished = True
    finally:
        statuses = running.reap(kill=not finished)
    if len(pages) < len(plan) or any(status != 0 for status in statuses):
        _unless_stopped(path)
        log.info("a page process failed (exit statuses %s); parsing here", statuses)
        from reader.parse import load_issue

        return load_issue(path)  # (which also raises the proper error)
    if errors:
        raise errors[min(errors)]
    return folder_issue(path, meta, [page for _i, page in sorted(pages.items()) if page])


def _frames(children: list[tuple[int, int]]) -> Iterator[tuple[int, Page | None, Any]]:
    """The ``(index, page, failure)`` items the children write, as they come."""
    import os
    import selectors
    import struct

    selector = selectors.DefaultSelector()
    buffers: dict[int, bytearray] = {}
    for _pid, fd in children:
        selector.register(fd, selectors.EVENT_READ)
        buffers[fd] = bytearray()
    open_fds = len(children)
    while open_fds:
        for key, _mask in selector.select():
            fd = int(key.fd)
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                selector.unregister(fd)
                open_fds -= 1
                continue
            buffer = buffers[fd]
            buffer += chunk
            while len(buffer) >= 8:
                (size,) = struct.unpack("<Q", buffer[:8])
                if len(buffer) < 8 + size:
                    break
                item = load_pickled(bytes(buffer[8 : 8 + size]))
                del buffer[: 8 + size]
                yield item
    selector.close()


def _stop(children: list[tuple[int, int]], kill: bool = True) -> list[int]:
    """Close the children's pipes and reap them (killed first, unless ``kill`` is false: they
    have closed their output and are exiting); their exit statuses."""
    import contextlib
    import os
    import signal

    statuses = []
    for pid, fd in children:
        with contextlib.suppress(OSError):
            os.close(fd)
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        statuses.append(os.waitstatus_to_exitcode(status))
    return statuses


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

    _unless_stopped(path)
    in_pool = multiprocessing.parent_process() is not None
    process = None if in_pool else ParseAhead.start(path, keep=False)
    issue = process.result(CHILD_TIMEOUT_S) if process is not None else None
    if issue is None:
        _unless_stopped(path)  # (the child was killed: its window closed)
        from reader.parse import load_issue

        return load_issue(path)
    return issue
