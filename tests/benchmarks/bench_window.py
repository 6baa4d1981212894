"""Benchmark: process start to the window painted with the sample issue; switching stories.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_window [--rounds N]``

Start-up: each round starts two fresh ``python -c`` child processes. One builds the real window
as ``broadsheet`` does: it imports ``reader.cli``, then calls ``reader.cli.launch_window([])``,
which is what ``broadsheet`` runs before its event loop (the sample issue's parse started in a
child process before Qt is imported, the window built and shown). The other shows a bare
PySide6 ``QMainWindow``. The clock runs from just before the child is started in the parent to
the end of the first paint after the issue is shown (the first paint at all for the bare
window); ``time.monotonic`` is system-wide on Linux, so both sides read the same clock. Rounds
alternate the kinds after one warm-up run of each (which also writes the bytecode an
installed package would have: PYTHONDONTWRITEBYTECODE is dropped for the children); medians
are reported. Budget: ≤ 1.0 s and ≤ 2 × the bare window, for a start like every one after the
first (the sample's parse kept by the previous start, the first-run hint dismissed;
``--first-run-hint`` keeps it shown). Each round also times a first start —
the kept parse deleted, so the sample is parsed in a child process — reported beside it.
``--against TREE`` also times, in the same rounds, the app of another source tree (a
``git archive`` or worktree of main, put first on the child's path: ``in_tree``): a
before/after in the same minutes, which is what a loaded machine allows.

Switching: in this process, a window holds a short story and a 5,000-character Chinese story;
each sample is ``show_article`` plus a synchronous repaint of the pane, alternating the two
stories, with and without a highlighted term. Budget: median ≤ 30 ms for the long story.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
START_BUDGET_SECONDS = 1.0
START_BUDGET_RATIO = 2.0
SWITCH_BUDGET_MS = 30.0

# Both children print the monotonic time of their first paint after content is ready, then exit.
APP_CHILD = """
import os, sys, time
import reader.cli  # the entry point's own imports count too

launched = reader.cli.launch_window([])
app, window = launched.app, launched.window
from PySide6.QtCore import QEvent, QObject, QTimer
state = {"shown": False}

def report():
    print(time.monotonic(), flush=True)
    os._exit(0)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and state["shown"]:
            QTimer.singleShot(0, report)
        return False

def on_shown(_issue):
    state["shown"] = True
    window.pane.viewport().update()

watcher = Painted()
window.pane.viewport().installEventFilter(watcher)
window.issueShown.connect(on_shown)
app.exec()
"""

BARE_CHILD = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1240, 820)

def report():
    print(time.monotonic(), flush=True)
    os._exit(0)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, report)
        return False

watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def run_child(
    code: str, env: dict[str, str], *args: str, timeout: float = 60, tree: Path | None = None
) -> str:
    """Run ``python -c code args…`` in the checkout (or in ``tree``, with its ``reader``: see
    ``in_tree``); its output, or exit naming its failure."""
    result = subprocess.run(
        [sys.executable, "-c", in_tree(code, tree), *args],
        env=env,
        cwd=tree if tree is not None else ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def time_child(code: str, env: dict[str, str], tree: Path | None = None) -> float:
    start = time.monotonic()
    return float(run_child(code, env, tree=tree).strip().splitlines()[-1]) - start


def dismiss_first_run_hint(config_home: Path) -> None:
    """Write the settings a reader has after dismissing the first-run hint."""
    ini = config_home / "broadsheet" / "broadsheet.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[hints]\nfirst_run_seen=true\n", encoding="utf-8")


def in_tree(code: str, tree: Path | None) -> str:
    """``code`` for a child that imports ``reader`` from ``tree`` (None: from this checkout).

    ``PYTHONPATH`` alone is not enough: ``python -c`` puts the working directory first on the
    path, so a child run in this checkout imported the checkout's ``reader``. Such a child runs
    in ``tree`` (``run_child``; the app's own child processes then start there too), puts it
    first on its path and checks where ``reader`` came from."""
    if tree is None:
        return code
    root = str(tree.resolve())
    check = (
        f"import sys\nsys.path.insert(0, {root!r})\nimport reader\n"
        f"assert reader.__file__.startswith({root!r}), reader.__file__\n"
    )
    return check + code


def child_env(folder: Path, first_run_hint: bool, tree: Path | None = None) -> dict[str, str]:
    """The environment of a start-up child: its own config, data and cache under ``folder``;
    with ``tree``, the ``reader`` package imported from that source tree."""
    env = dict(os.environ)
    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env[var] = str(folder / var.lower())
    env["QT_QPA_PLATFORM"] = os.environ["QT_QPA_PLATFORM"]
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    if not first_run_hint:  # dismissed at the first start, as a reader does
        dismiss_first_run_hint(Path(env["XDG_CONFIG_HOME"]))
    # Like an installed app, run from compiled bytecode: the warm-up rounds write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def bench_start(
    rounds: int, first_run_hint: bool = False, against: Path | None = None
) -> tuple[float, float, float, float | None]:
    """Medians of the app, the app's first start (no kept parse), the bare window and, with
    ``against`` (another source tree, e.g. a worktree of main), the app from that tree."""
    app_times: list[float] = []
    first_times: list[float] = []
    bare_times: list[float] = []
    other_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-window-") as temp:
        env = child_env(Path(temp) / "app", first_run_hint)
        other_env = child_env(Path(temp) / "other", first_run_hint, against) if against else None
        kept = Path(env["XDG_CACHE_HOME"]) / "broadsheet" / "parse-ahead"
        time_child(APP_CHILD, env)  # warm the OS file cache; not counted
        time_child(BARE_CHILD, env)
        if other_env is not None:
            time_child(APP_CHILD, other_env, against)
        for _ in range(rounds):
            shutil.rmtree(kept, ignore_errors=True)  # as on the very first start
            first_times.append(time_child(APP_CHILD, env))
            app_times.append(time_child(APP_CHILD, env))  # finds the parse the first one kept
            bare_times.append(time_child(BARE_CHILD, env))
            if other_env is not None:
                other_times.append(time_child(APP_CHILD, other_env, against))
    print(f"start-up, {rounds} rounds each (seconds): app {[round(t, 3) for t in app_times]}")
    print(f"                          app, first start {[round(t, 3) for t in first_times]}")
    print(f"                                      bare {[round(t, 3) for t in bare_times]}")
    if other_times:
        print(f"                         app from {against} {[round(t, 3) for t in other_times]}")
    app, first, bare = (statistics.median(t) for t in (app_times, first_times, bare_times))
    return app, first, bare, statistics.median(other_times) if other_times else None


def bench_switch(samples: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from reader.qt_compat import pin_singletons
    from reader.text.segment import Segmenter
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings
    from tests.ui.sample_issues import big_story_issue

    pin_singletons()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    issue = big_story_issue(5000)
    long_story = issue.article("s2")
    assert long_story is not None and len(long_story.body_text) >= 5000
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-switch-") as temp:
        segmenter = Segmenter(cache_dir=Path(temp) / "jieba")
        segmenter.load()
        window = MainWindow(
            settings=Settings(Path(temp) / "s.ini"),
            segmenter=segmenter,
            load_issue=lambda _path: issue,
        )
        window.resize(1240, 820)
        window.show()
        window.show_issue(issue)
        app.processEvents()
        for label, terms in (("plain", ""), ("highlighted 科技", "科技")):
            window.highlighting.set_terms(terms)  # applied at once; the counts come later
            long_times: list[float] = []
            short_times: list[float] = []
            for _ in range(samples):
                for article_id, bucket in (("s2", long_times), ("s1", short_times)):
                    start = time.perf_counter()
                    window.show_article(article_id)
                    window.pane.viewport().repaint()
                    bucket.append((time.perf_counter() - start) * 1000)
                    app.processEvents()
            results[f"{label}: to the 5,000-char story"] = statistics.median(long_times)
            results[f"{label}: to the short story"] = statistics.median(short_times)
        window.close()
        window.deleteLater()
        app.processEvents()
    return results


def bench_look(samples: int) -> dict[str, float]:
    """What the reading settings, themes and the first-run hint add, in this process: reading
    the settings, building the window's ``Look`` (settings and theme applied, as at start-up),
    building the first-run hint, and switching theme with a 5,000-character story shown; beside
    them, building a bare QMainWindow, the baseline."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from reader.qt_compat import pin_singletons
    from reader.text.segment import Segmenter
    from reader.ui.first_run_hint import FirstRunHint
    from reader.ui.look import Look
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings
    from tests.benchmarks.bench_parse import median_ms
    from tests.ui.sample_issues import big_story_issue

    pin_singletons()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    issue = big_story_issue(5000)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-look-") as temp:
        settings = Settings(Path(temp) / "s.ini")
        settings.first_run_hint_seen = True
        window = MainWindow(
            settings=settings,
            segmenter=Segmenter(cache_dir=Path(temp) / "jieba"),
            load_issue=lambda _path: issue,
        )
        window.resize(1240, 820)
        window.show()
        window.show_issue(issue)
        window.show_article("s2")
        app.processEvents()

        def bare() -> None:
            empty = QMainWindow()
            empty.resize(400, 300)
            empty.show()
            empty.repaint()
            empty.close()
            empty.deleteLater()

        def look() -> None:
            Look(window).deleteLater()

        def hint() -> None:
            made = FirstRunHint(window)
            made.show()
            made.adjustSize()
            made.deleteLater()

        def themes() -> None:
            for choice in ("dark", "sepia", "light"):
                window.look.set_theme(choice)
                window.pane.viewport().repaint()

        results["bare QMainWindow shown and painted (baseline)"] = median_ms(bare, samples)
        results["settings read from the INI"] = median_ms(lambda: settings.reading, samples)
        results["Look built: settings and theme applied"] = median_ms(look, samples)
        results["first-run hint built and laid out"] = median_ms(hint, samples)
        results["theme switched, long story redrawn (per switch)"] = (
            median_ms(themes, max(3, samples // 4)) / 3
        )
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="start-up rounds per kind")
    parser.add_argument("--samples", type=int, default=40, help="switches per story")
    parser.add_argument(
        "--against",
        type=Path,
        help="another source tree (e.g. a worktree of main) whose app is timed in the same rounds",
    )
    parser.add_argument(
        "--first-run-hint",
        action="store_true",
        help="start with the first-run hint shown (by default it was dismissed, as after a "
        "reader's first start)",
    )
    args = parser.parse_args(argv)
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )
    app_median, first_median, bare_median, other_median = bench_start(
        args.rounds, args.first_run_hint, args.against
    )
    ratio = app_median / bare_median
    ok_start = app_median <= START_BUDGET_SECONDS and ratio <= START_BUDGET_RATIO
    print(
        f"start to painted: app {app_median:.3f} s, bare QMainWindow {bare_median:.3f} s, "
        f"ratio {ratio:.2f} (budget ≤ {START_BUDGET_SECONDS} s and ≤ {START_BUDGET_RATIO}×) "
        f"{'OK' if ok_start else 'OVER BUDGET'}"
    )
    print(
        f"first start (the sample parsed in a child, nothing kept yet): {first_median:.3f} s, "
        f"ratio {first_median / bare_median:.2f}"
    )
    if other_median is not None:
        print(
            f"the app from {args.against}, same rounds: {other_median:.3f} s, "
            f"ratio {other_median / bare_median:.2f}"
        )
    switch = bench_switch(args.samples)
    ok_switch = True
    for label, value in switch.items():
        over = "5,000" in label and value > SWITCH_BUDGET_MS
        ok_switch = ok_switch and not over
        print(f"switch {label}: median {value:.1f} ms{'  OVER BUDGET' if over else ''}")
    print(f"switch budget ≤ {SWITCH_BUDGET_MS} ms: {'OK' if ok_switch else 'OVER BUDGET'}")
    for label, value in bench_look(args.samples).items():
        print(f"look: {label}: median {value:.2f} ms")
    return 0 if ok_start and ok_switch else 1


if __name__ == "__main__":
    sys.exit(main())
