"""Benchmark: the library view with 30,000 issues: open, scroll, sort, filter on the GUI thread.

A real Library on temporary files gets ``--issues`` entries (five papers, 1900-1916) and a
second one 100 times fewer, the same-run baseline. The view is shown at 1000x700 and every
operation is timed on the GUI thread twice: to the point where the model has answered for every
cell in view ("model": what the library's size can change), and on to the end of a synchronous
repaint ("+paint": Qt's layout and painting, much the same for any size). The operations: the
first list (``refresh``: the papers, the count, the first page), 40 jumps of the scroll bar to
random places, 40 page-downs, a sort by each sortable column both ways, and a filter by paper,
by a date range, by both, and cleared. Budget: no model step over 50 ms (the GUI thread never
blocks longer). The small library's medians are printed beside the big one's, with their ratio,
to show what grows with the library (the small one's are often a fraction of a millisecond, so
the ratio is a hint, not a budget). Wall and CPU milliseconds; on a loaded machine the wall
time includes waiting for a core.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_library_view [--issues N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 50.0

Times = dict[str, list[tuple[float, float]]]


def run(issues: int, folder: Path) -> Times:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from reader.store import Library
    from reader.store.userdata import LibraryFilter
    from reader.ui.library_view import LibraryView
    from tests.library_entries import PAPERS, fill_entries

    app = QApplication.instance()
    assert app is not None
    library = Library(folder / "cache.sqlite3", folder / "userdata.sqlite3")
    start = time.perf_counter()
    fill_entries(library, issues)
    print(f"  {issues} entries written in {time.perf_counter() - start:.1f} s")
    view = LibraryView(library)
    view.resize(1000, 700)
    view.show()
    times: Times = {}

    def visible_cells() -> None:
        """What a paint asks the model for: every cell of the rows in view."""
        table = view.table
        first = max(0, table.rowAt(0))
        last = table.rowAt(table.viewport().height() - 1)
        last = view.model.rowCount() - 1 if last < 0 else last
        for row in range(first, last + 1):
            for column in range(view.model.columnCount()):
                view.model.index(row, column).data()

    def timed(label: str, action: Callable[[], object]) -> None:
        app.processEvents()  # whatever an earlier step left queued is not this step's
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        visible_cells()
        model = ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
        app.processEvents()  # the view lays itself out again and paints
        view.table.viewport().repaint()
        whole = ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
        times.setdefault(label, []).append(model)
        times.setdefault(label + " +paint", []).append(whole)

    view.refresh()  # warm-up: fonts, styles and the first layout are not the library's cost
    app.processEvents()
    timed("refresh", view.refresh)
    bar = view.table.verticalScrollBar()
    assert bar.maximum() > 0 or issues < 100, "the table did not lay out its rows"
    rng = random.Random(1916)
    for _ in range(40):
        timed("scroll jump", lambda: bar.setValue(rng.randint(0, bar.maximum())))
    bar.setValue(0)
    for _ in range(40):
        timed("page down", lambda: bar.setValue(bar.value() + bar.pageStep()))
    for column in range(5):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            timed("sort", lambda c=column, o=order: view.table.sortByColumn(c, o))
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    for where in (
        LibraryFilter(PAPERS[2]),
        LibraryFilter(None, "1905", "1907-06"),
        LibraryFilter(PAPERS[4], "1910-02", "1916"),
        LibraryFilter(),
    ):
        timed("filter", lambda w=where: view.set_filter(w))
    timed("refresh", view.refresh)
    view.close()
    library.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=30_000)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from reader.qt_compat import pin_singletons

    pin_singletons()
    app = QApplication.instance() or QApplication([])
    print(f"Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    small, big = args.issues // 100, args.issues
    results: dict[int, Times] = {}
    for issues in (small, big):
        with tempfile.TemporaryDirectory(prefix="bench-libview-") as tmp:
            results[issues] = run(issues, Path(tmp))
    failed = False
    for label, samples in results[big].items():
        walls = [w for w, _c in samples]
        cpus = [c for _w, c in samples]
        base = statistics.median(w for w, _c in results[small][label])
        ratio = statistics.median(walls) / base if base else 0.0
        print(
            f"  {label:18s} {big}: wall median {statistics.median(walls):6.1f} max "
            f"{max(walls):6.1f} ms, CPU median {statistics.median(cpus):5.1f} max "
            f"{max(cpus):5.1f} ms | {small}: wall median {base:6.1f} ms | ratio {ratio:.2f}"
        )
        if not label.endswith("+paint"):
            failed |= max(walls) > BUDGET_MS
    print("over budget" if failed else "within budget")
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
