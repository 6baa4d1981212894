"""A lazy jieba wrapper: the dictionary loads only when asked, its cache in our cache dir."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """Where jieba keeps its prefix-dictionary cache: ``user_cache_dir("broadsheet")/jieba``."""
    return Path(platformdirs.user_cache_dir("broadsheet")) / "jieba"


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
            import jieba  # deferred: importing jieba alone costs ~0.25 s

            jieba.setLogLevel(logging.WARNING)
            cache_dir = self.cache_dir
            cache_dir.mkdir(parents=True, exist_ok=True)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(cache_dir)
            tokenizer.initialize()
            log.debug("jieba dictionary loaded (cache in %s)", cache_dir)
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
