"""Benchmark: the window's Add Folder on real archive days: speed, and the GUI thread meanwhile.

Issue 13 asks that Add Folder show a determinate bar with pages/s and time left "and stay
responsive". A real Library on temporary files and the real Library view (1000×700, shown)
import the first ``--days`` day folders of ``../shared/corpus/chronam-1916-02`` through
``LibraryView.add_paths`` (the process pool, the writer in a worker thread, the bar fed by
queued signals), from the call to ``addFinished``, then on until the view's own refresh after
it. A 5 ms QTimer heartbeat (``bench_pageview.Heartbeat``) runs throughout: its longest gap
minus the 5 ms is the longest time the GUI thread could not answer, and the GUI thread's own
CPU time in that gap (``time.thread_time``) and its wait for a core (Linux schedstat) say how
much of it was the GUI's work, the machine's load, or the thread blocked on the interpreter's
lock. The baselines, same run: the same heartbeat
over an idle second (what the machine gives with no work at all), and the same days imported by
``Library.import_paths`` in this process with no window (what the command runs), alternately,
``--rounds`` times each. Budget: no gap over 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_add_folder [--days 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_pageview import BEAT_MS, STALL_BUDGET_MS, Heartbeat
from tests.benchmarks.bench_store import CORPUS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MONTH = CORPUS / "chronam-1916-02"


#: Linux: a thread's time spent runnable but waiting for a core (the second field, ns).
SCHEDSTAT = "/proc/thread-self/schedstat"


def queued() -> float:
    try:
        with open(SCHEDSTAT, "rb") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class GapWatch(Heartbeat):
    """The heartbeat, also counting the gaps over the budget, and in the longest one the GUI
    thread's own CPU time and its wait for a core; the rest of a gap is the thread blocked (on
    the interpreter's lock, which the import's writer thread holds while it runs Python)."""

    def start(self) -> None:
        self.over = 0
        self.worst_cpu = self.worst_queued = 0.0
        self.last_cpu, self.last_queued = time.thread_time(), queued()
        super().start()

    def _beat(self) -> None:
        now, cpu, waited = time.perf_counter(), time.thread_time(), queued()
        gap = now - self.last
        if gap > self.worst:
            self.worst_cpu = cpu - self.last_cpu
            self.worst_queued = waited - self.last_queued
        if (gap * 1000 - BEAT_MS) > STALL_BUDGET_MS:
            self.over += 1
        self.last_cpu, self.last_queued = cpu, waited
        super()._beat()


def days(count: int) -> list[Path]:
    found = sorted(p for p in MONTH.iterdir() if p.is_dir())[:count]
    if not found:
        raise SystemExit(f"{MONTH}: the corpus month is not there")
    return found


def in_window(folders: list[Path], base: Path, watch: GapWatch) -> tuple[float, int, float]:
    """``(seconds, pages, worst gap ms)`` of Add Folder in the Library view."""
    from PySide6.QtCore import QEventLoop, QTimer

    from reader.store import Library
    from reader.ui.library_view import LibraryView

    library = Library(base / "cache.sqlite3", base / "userdata.sqlite3")
    view = LibraryView(library)
    view.resize(1000, 700)
    view.show()
    reports = []
    loop = QEventLoop()
    view.addFinished.connect(reports.append)
    view.entriesChanged.connect(lambda: loop.quit() if reports else None)
    watch.start()
    start = time.perf_counter()
    view.add_paths(folders)
    loop.exec()
    seconds = time.perf_counter() - start
    settle = QEventLoop()  # the heartbeat goes on while the refreshed list paints
    QTimer.singleShot(300, settle.quit)
    settle.exec()
    worst = watch.stop()
    (report,) = reports
    if report.failed or report.cancelled:
        raise SystemExit(f"the import did not finish cleanly: {report.summary()}")
    view.shutdown()
    view.close()
    library.close()
    return seconds, report.pages, worst


def headless(folders: list[Path], base: Path) -> tuple[float, int]:
    """``(seconds, pages)`` of the same import without a window (``library add``'s path)."""
    from reader.store import Library

    with Library(base / "cache.sqlite3", base / "userdata.sqlite3") as library:
        start = time.perf_counter()
        report = library.import_paths(folders)
        return time.perf_counter() - start, report.pages


def idle_baseline(watch: GapWatch) -> float:
    from PySide6.QtCore import QEventLoop, QTimer

    watch.start()
    rest = QEventLoop()
    QTimer.singleShot(1000, rest.quit)
    rest.exec()
    return watch.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=3, help="day folders of the month")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from reader.parse import build_name
    from reader.qt_compat import pin_singletons

    pin_singletons()
    app = QApplication.instance() or QApplication([])
    folders = days(args.days)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}; parser {build_name()}; {len(folders)} days"
    )
    rows = []
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="bench-add-") as a:
            plain, plain_pages = headless(folders, Path(a))
        watch = GapWatch()
        idle = idle_baseline(watch)
        with tempfile.TemporaryDirectory(prefix="bench-add-") as b:
            seconds, pages, worst = in_window(folders, Path(b), watch)
        assert pages == plain_pages, (pages, plain_pages)
        rows.append((seconds, plain, worst, watch.worst_cpu * 1000, watch.over, idle))
        print(
            f"  round {round_ + 1}: Add Folder {seconds:.2f} s ({pages / seconds:.1f} pages/s), "
            f"no window {plain:.2f} s ({pages / plain:.1f} pages/s); GUI: longest gap "
            f"{worst:.1f} ms (its own CPU {watch.worst_cpu * 1000:.1f} ms, waiting for a core "
            f"{watch.worst_queued * 1000:.1f} ms), {watch.over} gaps over "
            f"{STALL_BUDGET_MS:.0f} ms; idle second's longest gap {idle:.1f} ms; load "
            f"{os.getloadavg()[0]:.1f}"
        )
    median = statistics.median
    print(
        f"median of {len(rows)}: Add Folder {median(r[0] for r in rows):.2f} s, no window "
        f"{median(r[1] for r in rows):.2f} s (ratio {median(r[0] / r[1] for r in rows):.2f}); "
        f"longest GUI gap {median(r[2] for r in rows):.1f} ms (max {max(r[2] for r in rows):.1f}"
        f", its CPU {median(r[3] for r in rows):.1f} ms); idle {median(r[5] for r in rows):.1f} ms"
    )
    failed = any(r[2] > STALL_BUDGET_MS for r in rows)
    print("over budget" if failed else "within budget")
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
