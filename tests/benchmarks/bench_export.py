"""Benchmark: 200 stories to PDF, against a bare QTextDocument.print_ of the same markup.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_export [--rounds N]``

The stories are the real pages (the seed page, the two chronam pages) and the bundled sample
issues, cycled to 200 (Chinese and English mixed). The floor lays out and prints the very same
story markup, font and page size with ``QTextDocument.print_`` — no font check, running header,
contents or bookmarks. Times are medians of alternating rounds in one process; peak memory is
measured in a fresh child process per variant (``ru_maxrss`` covers Qt's C++ heap, which
tracemalloc cannot see; tracemalloc's peak is shown for the Python side).
Budget: export ≤ 5 s and ≤ 1.5 × the floor.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "resources" / "sample" / "zh-daily",
    ROOT / "resources" / "sample" / "en-gazette",
    ROOT.parent / "shared" / "corpus" / "seed" / "000_5bf22158df2817fe.txt",
    ROOT.parent / "shared" / "corpus" / "text" / "chronam-nytribune-1903-05-01-p1.txt",
    ROOT.parent / "shared" / "corpus" / "text" / "chronam-saltlaketribune-1911-09-17-p1.txt",
]
STORIES = 200
BUDGET_SECONDS = 5.0
BUDGET_RATIO = 1.5


def load_items(count: int = STORIES) -> list:
    from dataclasses import replace

    from reader.export import ExportItem
    from reader.parse import load_issue

    pool = []
    for source in SOURCES:
        if source.exists():
            issue = load_issue(source)
            pool += [ExportItem(a, issue) for a in issue.articles]
    if not pool:
        sys.exit("no pages found to benchmark with")
    items = []
    for n in range(count):
        item = pool[n % len(pool)]
        article = replace(item.article, id=f"{item.article.id}-{n}")
        items.append(ExportItem(article, item.issue))
    return items


def run_export(items: list, target: Path) -> None:
    from reader.export import ExportOptions, export_articles

    export_articles(items, target, ExportOptions())


def run_floor(items: list, target: Path) -> None:
    """The same story markup, font and page size through QTextDocument.print_ alone."""
    from reader.qt_compat import pin_singletons

    pin_singletons()  # the PySide6 6.12 / Python 3.11 bug, see reader.qt_compat
    _print_floor(items, target)


def _print_floor(items: list, target: Path) -> None:
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    from reader.export.common import ExportOptions, story_parts
    from reader.export.html import story_anchor, story_html
    from reader.export.pdf import RESOLUTION, _css_pixels_per_point, pdf_stylesheet

    options = ExportOptions()
    markup = "".join(
        story_html(story_parts(item), story_anchor(n), wrapper="div")
        for n, item in enumerate(items)
    )
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(options.font_size)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(pdf_stylesheet(options.font_size, _css_pixels_per_point()))
    doc.setHtml(markup)
    doc.print_(writer)


FAMILIES: list[str] = []


def _families(items: list) -> list[str]:
    from reader.export.common import story_parts
    from reader.export.pdf import QtFontCoverage, choose_fonts, visible_chars

    texts = []
    for item in items:
        p = story_parts(item)
        texts += [p.title, p.citation, *p.paragraphs]
        texts += [t for t in (p.kicker, p.subheadline, p.byline, p.dateline, p.credit) if t]
    return choose_fonts(visible_chars(texts), QtFontCoverage())


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return -1


def child(variant: str) -> None:
    """One run in a fresh process; prints peak RSS before and after, and tracemalloc's peak."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    items = load_items()
    FAMILIES[:] = _families(items)
    with tempfile.TemporaryDirectory() as tmp:
        # Warm Qt's font caches first so both variants start from the same state.
        run_floor(items[:2], Path(tmp) / "warm.pdf")
        before = _reset_peak_rss()
        tracemalloc.start()
        (run_export if variant == "export" else run_floor)(items, Path(tmp) / "out.pdf")
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        after = _peak_rss_kb()
    print(json.dumps({"rss_before_kb": before, "rss_peak_kb": after, "traced_peak": traced}))


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss() -> int:
    """Reset the kernel's peak-RSS mark to the current RSS (Linux); return the current RSS."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    current = _status_kb("VmRSS")
    return current if current is not None else _peak_rss_kb()


def _peak_rss_kb() -> int:
    peak = _status_kb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--child", choices=("export", "floor"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return

    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    items = load_items()
    FAMILIES[:] = _families(items)
    chars = sum(len(i.article.body_text) for i in items)
    print(f"{len(items)} stories, {chars} characters of body text; font {FAMILIES}")
    times: dict[str, list[float]] = {"export": [], "floor": []}
    with tempfile.TemporaryDirectory() as tmp:
        out = {"export": Path(tmp) / "export.pdf", "floor": Path(tmp) / "floor.pdf"}
        run_floor(items, out["floor"])  # warm-up, not timed
        run_export(items, out["export"])
        for _ in range(args.rounds):
            for name, fn in (("floor", run_floor), ("export", run_export)):
                start = time.perf_counter()
                fn(items, out[name])
                times[name].append(time.perf_counter() - start)
        pages = {name: _pages(path) for name, path in out.items()}
        sizes = {name: path.stat().st_size for name, path in out.items()}

    memory = {}
    for name in ("floor", "export"):
        done = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.bench_export", "--child", name],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        memory[name] = json.loads(done.stdout.strip().splitlines()[-1])

    median = {name: statistics.median(values) for name, values in times.items()}
    ratio = median["export"] / median["floor"]
    for name in ("floor", "export"):
        m = memory[name]
        print(
            f"{name:6}: median {median[name]:.3f} s over {args.rounds} rounds "
            f"(min {min(times[name]):.3f}, max {max(times[name]):.3f}); {pages[name]} pages, "
            f"{sizes[name] / 1e6:.2f} MB; peak RSS {m['rss_peak_kb'] / 1024:.0f} MiB "
            f"(+{(m['rss_peak_kb'] - m['rss_before_kb']) / 1024:.0f} MiB for the run), "
            f"Python peak {m['traced_peak'] / 1e6:.1f} MB"
        )
    verdict = median["export"] <= BUDGET_SECONDS and ratio <= BUDGET_RATIO
    print(
        f"export / floor = {ratio:.2f}x; budget ≤ {BUDGET_SECONDS:.0f} s and ≤ {BUDGET_RATIO}x: "
        f"{'within' if verdict else 'OVER'}"
    )


if __name__ == "__main__":
    main()
