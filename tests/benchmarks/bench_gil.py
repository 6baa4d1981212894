"""Benchmark: how long the GUI thread waits for the interpreter's lock (the GIL) while the
loading thread reads an issue, by the way it reads it and by the switch interval.

Run: ``.venv/bin/python -m tests.benchmarks.bench_gil [--seconds S]``

The issue is the launch benchmark's (``bench_pageview``): the corpus's Evening Star 1920 ALTO
eight times, parsed once here and encoded as the cache stores it (``codec.dump_issue``). A
worker thread reads it over and over — the whole cached issue in one ``json.loads`` (what the
cache did before), the same text a story at a time (``codec.load_plain_in_pieces``), the whole
``codec.load_issue_json``, one page as a streamed parse's child sends it
(``parse_ahead.load_pickled``), and the word list's dictionary as jieba caches it (one
``marshal``) and as ``reader.text.segment`` keeps it (in pieces) — while the main thread does
what a GUI thread does between two calls into Python from Qt: it lets go of the lock
(``time.sleep(0)``), takes it back and runs a little Python. Each wait to take it back is
timed, minus the time the thread waited for a core (Linux ``/proc/thread-self/schedstat``), so
a machine loaded by other processes inflates it less. Reported per kind and switch interval
(Python's default 5 ms, and the window's ``reader.ui.app.SWITCH_INTERVAL_S``): median, 99th
percentile and longest wait, in ms.

No budget: the figures explain the launch's stalls (``bench_pageview``). The machine is shared
(say so beside the numbers); the longest waits on a loaded machine are mostly the lock's
holder itself waiting for a core.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.bench_pageview import ALTO

SCHEDSTAT = Path("/proc/thread-self/schedstat")


def queued_ms() -> float:
    """This thread's time so far runnable but waiting for a core (0 where Linux does not say)."""
    try:
        return int(SCHEDSTAT.read_bytes().split()[1]) / 1e6
    except OSError:
        return 0.0


def waits_beside(work: Callable[[], object], seconds: float) -> list[float]:
    """The main thread's waits (ms) to take the GIL back while a thread runs ``work`` again
    and again for ``seconds``."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            work()

    worker = threading.Thread(target=loop)
    worker.start()
    waits: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        queued = queued_ms()
        start = time.perf_counter()
        time.sleep(0)  # lets go of the GIL and takes it back
        waits.append((time.perf_counter() - start) * 1000 - (queued_ms() - queued))
        sum(range(2000))  # a little Python, as a slot or a delegate's paint runs
    stop.set()
    worker.join()
    return sorted(waits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="per kind and interval")
    args = parser.parse_args(argv)
    if not ALTO.is_file():
        raise SystemExit(f"corpus missing: {ALTO}")
    from reader.model import Issue
    from reader.parse import load_page
    from reader.parse_ahead import load_pickled
    from reader.store.codec import dump_issue, load_issue_json, load_plain_in_pieces
    from reader.ui.app import SWITCH_INTERVAL_S

    page = load_page(ALTO, 1)
    pages = tuple(dataclasses.replace(page, number=number) for number in range(1, 9))
    issue = Issue(newspaper="Evening Star", pages=pages, source=str(ALTO))
    data = dump_issue(issue)
    streamed = pickle.dumps((0, page, None), pickle.HIGHEST_PROTOCOL)
    kinds: dict[str, Callable[[], object]] = {
        "json.loads, the whole issue": lambda: json.loads(data),
        "a story at a time": lambda: load_plain_in_pieces(data),
        "load_issue_json": lambda: load_issue_json(data),
        "one streamed page unpickled": lambda: load_pickled(streamed),
    }
    # The word list (jieba's prefix dictionary): jieba's one-piece cache and the kept pieces.
    import marshal

    from reader.text.segment import WORDS_FILE, Segmenter, _dictionary_stamp, read_words

    folder = Path(tempfile.mkdtemp(prefix="bench-gil-"))
    Segmenter(cache_dir=folder).load()
    words = read_words(folder / WORDS_FILE, _dictionary_stamp())
    assert words is not None
    one_piece = marshal.dumps(words)
    stamp = _dictionary_stamp()
    kinds["jieba's cache, one marshal.loads"] = lambda: marshal.loads(one_piece)
    kinds["the word list in pieces"] = lambda: read_words(folder / WORDS_FILE, stamp)
    print(f"the cached issue: {len(data) / 1e6:.2f} MB of JSON, {len(issue.articles)} stories")
    default = sys.getswitchinterval()
    try:
        for interval in (0.005, SWITCH_INTERVAL_S):
            sys.setswitchinterval(interval)
            for name, work in kinds.items():
                waits = waits_beside(work, args.seconds)
                print(
                    f"switch {interval * 1000:g} ms, {name}: {len(waits)} waits; median "
                    f"{statistics.median(waits):.2f}, 99th percentile "
                    f"{waits[int(len(waits) * 0.99)]:.1f}, longest {waits[-1]:.1f} ms"
                )
    finally:
        sys.setswitchinterval(default)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
