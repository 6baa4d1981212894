"""A lazy jieba wrapper: the dictionary loads only when asked, its cache in our cache dir."""

from __future__ import annotations

import logging
import marshal
import os
import struct
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """Where the prefix dictionary is kept: ``user_cache_dir("broadsheet")/jieba``."""
    return Path(platformdirs.user_cache_dir("broadsheet")) / "jieba"


#: The prefix dictionary as kept here, in ``Segmenter.cache_dir``. jieba's own cache is one
#: ``marshal`` of the whole dictionary (~500,000 words and prefixes, 9 MB); reading it is one
#: call into C that holds the interpreter's lock throughout (1.36 s of CPU on the loaded 2-core
#: VM), so the GUI thread froze while the word list loaded in its worker. This file holds the
#: same dictionary in pieces of ``PIECE_WORDS`` words, each read by a call of its own, with
#: the interpreter's lock offered to the other threads after each piece. A piece of 5,000 words
#: took 2.6 ms to read and 3 ms to merge (idle); 1,000 keep each hold near a millisecond.
WORDS_FILE = "words.pieces"
PIECE_WORDS = 1_000
_WORDS_FORMAT = 1
_SIZE = struct.Struct("<I")


def import_jieba() -> Any:
    """jieba, imported without ``pkg_resources``.

    jieba's ``_compat`` imports ``pkg_resources`` only to open its dictionary file, and falls
    back to a plain ``open`` of the same file when that import fails. ``pkg_resources`` is
    most of jieba's import (188 of 243 ms measured idle): it parses every installed
    distribution's metadata, and it ran in the window's word-list worker beside the GUI
    thread. Here the import is refused while jieba loads (unless something else already
    loaded ``pkg_resources``), so jieba takes its fallback.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    masked = "pkg_resources" not in sys.modules
    if masked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # (import refused)
    try:
        import jieba
    finally:
        if masked and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _dictionary_stamp() -> tuple[object, ...]:
    """What the kept dictionary was made from: jieba's version and its dictionary file."""
    jieba = import_jieba()

    found = os.stat(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME))
    return (_WORDS_FORMAT, jieba.__version__, found.st_size, found.st_mtime_ns)


def read_words(path: Path, stamp: tuple[object, ...]) -> tuple[dict[str, int], int] | None:
    """The prefix dictionary and its total count kept in ``path``, read a piece at a time;
    None when there is none, it was made from another dictionary, or it does not read."""
    try:
        data = memoryview(path.read_bytes())
    except OSError:
        return None
    try:
        (size,) = _SIZE.unpack_from(data, 0)
        at = _SIZE.size + size
        kept_stamp, total, pieces = marshal.loads(data[_SIZE.size : at])
        if tuple(kept_stamp) != stamp:
            return None
        words: dict[str, int] = {}
        for _ in range(pieces):
            (size,) = _SIZE.unpack_from(data, at)
            words.update(marshal.loads(data[at + _SIZE.size : at + _SIZE.size + size]))
            at += _SIZE.size + size
            time.sleep(0)  # (the lock offered: a waiting GUI thread runs now)
    except (ValueError, EOFError, TypeError, struct.error) as err:
        log.info("the kept word list %s does not read (%s); made again", path, err)
        return None
    if at != len(data):
        return None
    return words, total


def write_words(path: Path, stamp: tuple[object, ...], words: dict[str, int], total: int) -> None:
    """Keep the prefix dictionary in ``path`` in pieces (written whole or not at all)."""
    pairs = iter(words.items())  # (a piece at a time: no list of every word in one call)
    pieces = []
    while piece := dict(islice(pairs, PIECE_WORDS)):
        pieces.append(marshal.dumps(piece))
    fields: Any = (stamp, total, len(pieces))  # (a stamp of marshal's types: str, int, float)
    header = marshal.dumps(fields)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".words-")
    try:
        with os.fdopen(handle, "wb") as out:
            for blob in (header, *pieces):
                out.write(_SIZE.pack(len(blob)))
                out.write(blob)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def make_words(path: Path, tokenizer: Any = None) -> tuple[dict[str, int], int]:
    """Make the prefix dictionary from jieba's dictionary file (in Python: ~1.5 s of CPU) and
    keep it in ``path``; the dictionary and its total count."""
    if tokenizer is None:
        tokenizer = import_jieba().Tokenizer()
    kept: tuple[dict[str, int], int] = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    try:
        write_words(path, _dictionary_stamp(), *kept)
        # jieba's own one-piece cache, left by an earlier version: not read again.
        (path.parent / "jieba.cache").unlink(missing_ok=True)
    except OSError as err:
        log.warning("cannot keep the word list in %s: %s", path, err)
    return kept


#: Run by ``python -I -c`` in a child process (``make_words_in_child``): with the ``reader``
#: package found in argv[1], make the word list and keep it in argv[2]; exit status 0 when done.
WORDS_CHILD = (
    "import gc, sys\n"
    "gc.disable()\n"  # a short-lived process: no cyclic collections needed
    "sys.path.insert(0, sys.argv[1])\n"
    "from pathlib import Path\n"
    "from reader.text.segment import make_words\n"
    "make_words(Path(sys.argv[2]))\n"
)


def make_words_in_child(path: Path) -> bool:
    """Make the word list and keep it in ``path`` in a child process; whether the child ran
    and succeeded (False: none can run here, it failed, or this is a worker of a process pool,
    which has no GUI thread to spare and whose parent holds the cores).

    Making it is ~1.5 s of Python, and a dictionary of ~500,000 words that grows by resizing,
    one call into C that held the interpreter's lock 20–35 ms at a time: run in the window's
    worker, it kept the GUI thread waiting at every call from Qt into Python. In a child it
    has an interpreter of its own; this process only reads the kept pieces."""
    from reader.spawn import children_possible, spawn_child

    pool = sys.modules.get("multiprocessing")  # (imported by a pool; not imported for this)
    if (pool is not None and pool.parent_process() is not None) or not children_possible():
        return False
    root = str(Path(__file__).resolve().parents[2])  # the folder that holds this ``reader``
    try:
        pid, read_fd = spawn_child(WORDS_CHILD, [root, str(path)], free=True)
    except OSError as error:
        log.info("making the word list here: %s", error)
        return False
    try:
        while os.read(read_fd, 1 << 16):  # (nothing is written: returns at the child's exit)
            pass
    finally:
        os.close(read_fd)
    _pid, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        log.info("the word list process failed (exit status %s); making it here", code)
    return code == 0


class Segmenter:
    """Cuts Chinese text into words with jieba, loading the dictionary on first use.

    Nothing is imported or read when the object is made. ``load()`` (about 0.7 s, more on the
    first run while the cache is built) is meant to run in a worker thread; ``ready`` tells the
    GUI when whole-word matching can switch on. Methods are safe to call from several threads.
    """

    def __init__(self, cache_dir: str | Path | None = None, cache_size: int = 512) -> None:
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        self._boundaries: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._cache_size = cache_size

    @property
    def cache_dir(self) -> Path:
        return self._cache_dir if self._cache_dir is not None else default_cache_dir()

    @property
    def ready(self) -> bool:
        """True once the dictionary is loaded and cutting is cheap."""
        return self._tokenizer is not None

    def load(self) -> None:
        """Import jieba and load its dictionary (blocking; call from a worker thread)."""
        with self._lock:
            if self._tokenizer is not None:
                return
            jieba = import_jieba()  # deferred: importing jieba costs ~60 ms

            jieba.setLogLevel(logging.WARNING)
            path = self.cache_dir / WORDS_FILE
            stamp = _dictionary_stamp()
            tokenizer = jieba.Tokenizer()
            kept = read_words(path, stamp)
            # The first run: the word list is made from jieba's dictionary file, in a child
            # process when one can run (then read in pieces like a kept one), else here.
            if kept is None and make_words_in_child(path):
                kept = read_words(path, stamp)
            if kept is None:
                kept = make_words(path, tokenizer)
            # What ``Tokenizer.initialize`` sets, without its one-piece cache.
            tokenizer.FREQ, tokenizer.total = kept
            tokenizer.initialized = True
            log.debug("jieba dictionary loaded (kept in %s)", path)
            self._tokenizer = tokenizer

    def _require(self) -> Any:
        if self._tokenizer is None:
            self.load()
        return self._tokenizer

    def tokens(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Yield ``(word, start, end)`` for each word jieba cuts from ``text``."""
        yield from self._require().tokenize(text)

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` in order."""
        return [word for word, _start, _end in self.tokens(text)]

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets in ``text`` where a word starts or ends (0 and ``len(text)`` included)."""
        with self._lock:
            cached = self._boundaries.get(text)
            if cached is not None:
                self._boundaries.move_to_end(text)
                return cached
        cuts = {0, len(text)}
        for _word, start, end in self.tokens(text):
            cuts.add(start)
            cuts.add(end)
        result = frozenset(cuts)
        with self._lock:
            self._boundaries[text] = result
            while len(self._boundaries) > self._cache_size:
                self._boundaries.popitem(last=False)
        return result
