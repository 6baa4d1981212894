"""Benchmark: the page pane. A 6000×8000 scan's picture after asking, an 8-page ALTO issue's
first story and picture after launch, and the GUI thread's longest stall meanwhile.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_pageview [--rounds N]``

Picture: the scan is made here with Pillow (grey text-like lines, 6000×8000, saved as JPEG and
as JPEG 2000 with 6 resolution levels, as archives store them). In a window 1280×800 with the
page pane open, each round forgets the page and shows the story again; the clock runs from that
call to ``pictureShown`` (the first, fit-to-width decode on screen). Budget: median ≤ 1.0 s.

Launch: the 8 pages are the corpus's Evening Star 1920 ALTO and its JPEG, copied into a
temporary folder as 0001…0008 (nothing is written into the project). Each round starts a fresh
``python -c`` child that runs ``reader.cli.launch_window([folder])`` (what ``broadsheet FOLDER``
runs) with the pane open; the clock runs from just before the child starts to the first story
shown (the first ``articleShown``: the list fills a page per turn of the event loop, and a
parse streams its pages in), to its page's picture on screen (``pictureShown``) and to the
whole list in (``issueShown``); the heartbeat runs on after the last of these, while the
library docks its panels and the word list (jieba's dictionary) loads in a worker, until 300 ms
after that load. Budget: median ≤ 1.5 s to the first story.

Stalls: a 5 ms QTimer heartbeat runs throughout the picture rounds (and in the launch child
from the window's creation); the longest gap between beats, minus the 5 ms, is the longest time
the GUI thread was busy. Before each picture round the same heartbeat runs over an idle second:
its worst gap is the baseline a loaded machine gives with no work at all. Budget: the median of
the rounds' worst stalls ≤ 50 ms. On a machine loaded by other processes a gap also holds the
time the GUI thread waited for a core, so the launch also reports the GUI thread's own CPU time
in its worst gap (``time.thread_time``): the work it did, whatever the load; a thread waiting for
the GIL spends no CPU, so a gap with little CPU is the machine's (or another thread's) doing.

Medians are reported; the machine is shared (say so beside the numbers).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_window import run_child

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
ALTO = CORPUS / "alto" / "chronam-eveningstar-1920-11-15-p1.alto.xml"
IMAGE = CORPUS / "images" / "chronam-eveningstar-1920-11-15-p1.jpg"
PICTURE_BUDGET_S = 1.0
LAUNCH_BUDGET_S = 1.5
STALL_BUDGET_MS = 50.0
BEAT_MS = 5

LAUNCH_CHILD = """
import os, sys, time
%(switch)simport reader.cli

launched = reader.cli.launch_window([sys.argv[1]])
window = launched.window
# The pane as a reader left it: built with the window when open (before the heartbeat starts).
window.page_pane.set_visible(%(pane)s)
from PySide6.QtCore import QTimer
marks = {"start": time.monotonic()}
# Linux: the GUI thread's time spent runnable but waiting for a core (schedstat's 2nd field, ns).
SCHEDSTAT = "/proc/thread-self/schedstat"
def queued():
    try:
        with open(SCHEDSTAT, "rb") as stat:
            return int(stat.read().split()[1]) / 1e9
    except OSError:
        return 0.0
beats = [time.monotonic(), time.thread_time(), queued()]
# the longest gap; the most CPU in a gap; in the longest gap: the CPU, the wait for a core
gaps = [0.0, 0.0, 0.0, 0.0]
worst = [None, None]  # the start of the longest gap, of the gap with the most CPU
def beat():
    now, cpu, queue = time.monotonic(), time.thread_time(), queued()
    if now - beats[0] > gaps[0]:
        gaps[0], worst[0] = now - beats[0], beats[0]
        gaps[2], gaps[3] = cpu - beats[1], queue - beats[2]
    if cpu - beats[1] > gaps[1]:
        gaps[1], worst[1] = cpu - beats[1], beats[0]
    beats[0], beats[1], beats[2] = now, cpu, queue
%(where)stimer = QTimer()
timer.setInterval(%(beat)d)
timer.timeout.connect(beat)
timer.start()
def done():
    report_where()
    print(marks["story"], marks["picture"], marks["list"], *gaps, flush=True)
    os._exit(0)
def finish_when_all_in():
    if "list" in marks and "picture" in marks and "ending" not in marks:
        marks["ending"] = True
        wait_for_words()
def wait_for_words():
    # The heartbeat runs on while the library docks its panels and the word list (jieba's
    # dictionary) loads in a worker, 400 ms after the issue: then 300 ms more.
    if window.segmenter.ready:
        QTimer.singleShot(300, done)
    else:
        QTimer.singleShot(50, wait_for_words)
def on_story(_id):
    marks.setdefault("story", time.monotonic())
    if not window.page_pane.visible:
        marks.setdefault("picture", marks["story"])
def on_issue(_issue):
    marks.setdefault("list", time.monotonic())
    finish_when_all_in()
def on_picture(*_args):
    marks.setdefault("picture", time.monotonic())
    finish_when_all_in()
window.articleShown.connect(on_story)
window.issueShown.connect(on_issue)
window.page_pane.view.pictureShown.connect(on_picture)
QTimer.singleShot(60_000, lambda: os._exit(3))
launched.run()
"""

# With ``--where``: a watchdog thread reads the GUI thread's stack every 2 ms while a beat is
# late (the heartbeat's gap is open), so the report names what the longest gaps were doing.
WHERE_SAMPLER = """
import threading
GUI = threading.get_ident()
samples = {}
def frames(frame):
    names = []
    while frame is not None:
        code = frame.f_code
        if "/reader/" in code.co_filename or code.co_filename == "<string>":
            module = code.co_filename.rsplit("/reader/", 1)[-1].removesuffix(".py")
            names.append(f"{module}:{code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(names[:4]) or "(Qt, no Python frame)"
def top(frame):
    names = []
    while frame is not None and len(names) < 3:
        name = frame.f_code.co_filename.rsplit("/", 1)[-1].removesuffix(".py")
        names.append(f"{name}:{frame.f_code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(names)
def idle(frame):  # a thread blocked in a wait (a pool's queue, a condition, a pipe)
    return frame.f_code.co_name in ("wait", "get", "select", "poll", "_recv", "read", "readinto")
def watch():
    while True:
        time.sleep(0.002)
        start = beats[0]
        late = time.monotonic() - start
        if late > 0.012:
            every = sys._current_frames()
            others = [
                top(frame) for ident, frame in every.items()
                if ident not in (GUI, threading.get_ident()) and not idle(frame)
            ]
            samples.setdefault(start, []).append((late, frames(every.get(GUI)), others))
threading.Thread(target=watch, daemon=True).start()
def report_where():
    first = marks["start"]
    for label, start in (("longest", worst[0]), ("most CPU", worst[1])):
        print(f"WHERE {label} gap began {(start - first) * 1000:.0f} ms after the window:")
        for late, stack, others in samples.get(start, []):
            print(f"WHERE   +{late * 1000:5.1f} ms  {stack}")
            for other in others:  # what the other threads ran meanwhile (the GIL's holder?)
                print(f"WHERE            other thread: {other}")
"""


class Heartbeat:
    """A QTimer beating every ``BEAT_MS``; ``worst`` is the longest gap between two beats."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(0.0, self.worst * 1000 - BEAT_MS)


def make_scans(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw

    image = Image.new("L", (6000, 8000), 236)
    draw = ImageDraw.Draw(image)
    for column in range(8):
        left = 150 + column * 715
        for y in range(300, 7800, 36):
            draw.line((left, y, left + 640 - (y * 7) % 200, y), fill=35, width=14)
    jpeg = folder / "scan.jpg"
    jp2 = folder / "scan.jp2"
    image.save(jpeg, quality=85)
    image.save(jp2, irreversible=True, quality_mode="rates", quality_layers=[20], num_resolutions=6)
    return [jpeg, jp2]


def bench_picture(
    scans: list[Path], rounds: int, folder: Path
) -> dict[str, tuple[float, float, float]]:
    """Per scan, medians: seconds to the picture, the round's worst stall (ms), and the worst
    stall of an idle second measured just before (ms: the machine's own gaps)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from reader.model import Article, ArticleKind, Issue, Page, Zone
    from reader.text.segment import Segmenter
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    results: dict[str, tuple[float, float, float]] = {}
    for scan in scans:
        article = Article(
            id="p1-a",
            kind=ArticleKind.STORY,
            headline="A story",
            paragraphs=("Text.",),
            zones=(Zone(1, 150, 300, 640, 2400),),
        )
        page = Page(number=1, articles=(article,), image=str(scan), image_size=(6000, 8000))
        issue = Issue(newspaper="Bench", pages=(page,), source=str(scan))
        window = MainWindow(
            Settings(folder / f"{scan.suffix}.ini"),
            Segmenter(cache_dir=folder / "jieba"),
            lambda _path, issue=issue: issue,
        )
        window.resize(1280, 800)
        window.show()
        window.page_pane.set_visible(True)
        loop = QEventLoop()
        window.issueShown.connect(loop.quit)
        window.open_path(str(scan))
        loop.exec()
        view = window.page_pane.view
        times: list[float] = []
        stalls: list[float] = []
        idle: list[float] = []
        beat = Heartbeat()
        for _ in range(rounds + 1):  # the first round warms Pillow's imports; not counted
            # The baseline: the same heartbeat over an idle second (the machine's own gaps).
            beat.start()
            rest = QEventLoop()
            QTimer.singleShot(1000, rest.quit)
            rest.exec()
            idle.append(beat.stop())
            loop = QEventLoop()
            view.pictureShown.connect(loop.quit)
            QTimer.singleShot(20_000, loop.quit)
            beat.start()
            start = time.perf_counter()
            view.set_issue(None)  # forget the page (the same issue again keeps it on screen)
            view.set_issue(issue)
            view.show_article(article)
            loop.exec()
            elapsed = time.perf_counter() - start
            view.pictureShown.disconnect(loop.quit)
            settle = QEventLoop()  # let the sharper re-decode (if any) land, heartbeat still on
            QTimer.singleShot(400, settle.quit)
            settle.exec()
            stall = beat.stop()
            if not view.has_picture:
                raise SystemExit(f"no picture shown for {scan}: {view.message}")
            times.append(elapsed)
            stalls.append(stall)
        window.close()
        print(
            f"{scan.suffix} 6000×8000 picture (s): {[round(t, 3) for t in times[1:]]}; "
            f"GUI stalls (ms): {[round(s, 1) for s in stalls[1:]]}; idle baseline (ms): "
            f"{[round(s, 1) for s in idle[1:]]}; decoded {view.decoded_width} px (window "
            f"{window.width()}×{window.height()}, page pane {view.width()} px)"
        )
        results[scan.suffix] = (
            statistics.median(times[1:]),
            statistics.median(stalls[1:]),
            statistics.median(idle[1:]),
        )
    return results


def bench_launch(
    rounds: int,
    folder: Path,
    pane: bool = True,
    cold: bool = False,
    tree: Path | None = None,
    where: bool = False,
    switch_ms: float | None = None,
) -> tuple[float, float, float, float]:
    """Medians: seconds to the first story, to its picture; the worst stall and the most CPU
    the GUI thread spent between two beats, in ms. With
    ``pane`` false, the same launch with the page pane closed (what the pane adds). With
    ``cold``, each round has empty cache and data folders: the issue is parsed (its first
    opening), not read from the library's cache. With ``tree``, the app of that source tree
    (``--against``: a ``git archive`` of main, run in that tree: ``bench_window.in_tree``).
    ``switch_ms``: the interpreter's switch interval in the child (``sys.setswitchinterval``,
    an experiment: how long a thread waiting for the GIL waits for the one holding it)."""
    import shutil

    issue = folder / "issue"
    issue.mkdir(exist_ok=True)
    for number in range(1, 9):
        shutil.copyfile(ALTO, issue / f"{number:04d}.xml")
        shutil.copyfile(IMAGE, issue / f"{number:04d}.jpg")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    sampler = WHERE_SAMPLER if where else "def report_where():\n    pass\n"
    switch = "" if switch_ms is None else f"sys.setswitchinterval({switch_ms / 1000!r})\n"
    code = LAUNCH_CHILD % {"beat": BEAT_MS, "pane": pane, "where": sampler, "switch": switch}
    stories: list[float] = []
    pictures: list[float] = []
    lists: list[float] = []
    stalls: list[float] = []
    busy: list[float] = []
    own: list[float] = []
    waited: list[float] = []
    blocked: list[float] = []
    for index in range(rounds + 1):  # the first round warms the file cache; not counted
        label = "other" if tree is not None else "this"
        home = folder / (f"cold-{label}-{pane}-{index}" if cold else f"home-{label}")
        for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            env[var] = str(home / var.lower())
        start = time.monotonic()
        output = run_child(code, env, str(issue), timeout=120, tree=tree)
        values = (float(v) for v in output.split()[-7:])
        story, picture, whole, gap, cpu, longest_cpu, queue = values
        for line in output.splitlines():
            if line.startswith("WHERE"):
                print(f"round {index}: {line[6:]}")
        if index:
            stories.append(story - start)
            pictures.append(picture - start)
            lists.append(whole - start)
            stalls.append(max(0.0, gap * 1000 - BEAT_MS))
            busy.append(cpu * 1000)
            own.append(longest_cpu * 1000)
            # the rest of the gap: neither running nor waiting for a core — blocked (the GIL)
            blocked.append(max(0.0, (gap - longest_cpu - queue) * 1000 - BEAT_MS))
            waited.append(queue * 1000)
    state = "open" if pane else "closed"
    source = f" (the app from {tree})" if tree is not None else ""
    print(f"8-page ALTO issue{', parsed' if cold else ''}, page pane {state}{source}:")
    print(f"                   first story after launch (s): {[round(t, 3) for t in stories]}")
    print(f"                   its page picture (s):         {[round(t, 3) for t in pictures]}")
    print(f"                   the whole list in (s):        {[round(t, 3) for t in lists]}")
    print(f"                   longest GUI stall (ms):       {[round(s, 1) for s in stalls]}")
    print(f"                   GUI CPU in that stall (ms):   {[round(s, 1) for s in own]}")
    print(f"                   waiting for a core in it:     {[round(s, 1) for s in waited]}")
    print(f"                   blocked in it (GIL…):         {[round(s, 1) for s in blocked]}")
    print(f"                   most GUI CPU in a gap (ms):   {[round(s, 1) for s in busy]}")
    return (
        statistics.median(stories),
        statistics.median(pictures),
        statistics.median(stalls),
        statistics.median(busy),
    )


#: The offscreen platform's screen for the rounds (its default, 800×800, kept the 1280×800
#: window 800 pixels wide and the page pane a sliver: the picture was decoded ~66 px wide).
SCREEN = (1920, 1200)


def offscreen_screen(folder: Path) -> None:
    """Under the offscreen platform, give it a ``SCREEN``-sized screen (a config file in
    ``folder``, which the launch children read too); before the QApplication is made."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    config = folder / "screen.json"
    width, height = SCREEN
    screen = {"name": "bench", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-launch", action="store_true")
    parser.add_argument("--skip-picture", action="store_true")
    parser.add_argument(
        "--cold", action="store_true", help="launch with empty caches (the issue is parsed)"
    )
    parser.add_argument(
        "--where",
        action="store_true",
        help="sample the GUI thread's stack in its longest gaps and print it (adds a thread)",
    )
    parser.add_argument(
        "--switch-ms",
        type=float,
        help="the launch child's switch interval (sys.setswitchinterval), an experiment",
    )
    parser.add_argument(
        "--pane-open-only", action="store_true", help="skip the launch with the pane closed"
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="another source tree (e.g. a git archive of main): its launch is timed too",
    )
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from reader.qt_compat import pin_singletons

    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-pageview-") as temp:
        folder = Path(temp)
        offscreen_screen(folder)
        pin_singletons()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        made = time.perf_counter()
        scans = make_scans(folder)
        print(f"made the 6000×8000 JPEG and JPEG 2000 in {time.perf_counter() - made:.1f} s")
        pictures = {} if args.skip_picture else bench_picture(scans, args.rounds, folder)
        for suffix, (seconds, stall, idle) in pictures.items():
            print(
                f"{suffix}: median {seconds:.3f} s to the picture; median worst stall "
                f"{stall:.1f} ms (idle baseline {idle:.1f} ms)"
            )
            if seconds > PICTURE_BUDGET_S:
                failures.append(f"{suffix} picture {seconds:.3f} s > {PICTURE_BUDGET_S} s")
            if stall > STALL_BUDGET_MS:
                failures.append(f"{suffix} stall {stall:.1f} ms > {STALL_BUDGET_MS} ms")
        if not args.skip_launch:
            if not ALTO.is_file():
                raise SystemExit(f"corpus missing: {ALTO}")
            closed = (
                None
                if args.pane_open_only
                else bench_launch(
                    args.rounds,
                    folder,
                    pane=False,
                    cold=args.cold,
                    where=args.where,
                    switch_ms=args.switch_ms,
                )
            )
            if closed is not None:
                print(
                    f"launch, pane closed: median {closed[0]:.3f} s to the first story; median "
                    f"worst stall {closed[2]:.1f} ms (GUI thread's CPU in a gap: "
                    f"{closed[3]:.1f} ms)"
                )
            story, picture, stall, busy = bench_launch(
                args.rounds, folder, cold=args.cold, where=args.where, switch_ms=args.switch_ms
            )
            print(
                f"launch: median {story:.3f} s to the first story, {picture:.3f} s to its "
                f"picture; median worst stall {stall:.1f} ms (GUI thread's CPU in a gap: "
                f"{busy:.1f} ms)"
            )
            if args.against is not None:
                other = bench_launch(args.rounds, folder, cold=args.cold, tree=args.against)
                print(
                    f"launch of {args.against}: median {other[0]:.3f} s to the first story; "
                    f"median worst stall {other[2]:.1f} ms (GUI CPU in a gap: {other[3]:.1f} ms)"
                )
            if story > LAUNCH_BUDGET_S:
                failures.append(f"first story {story:.3f} s > {LAUNCH_BUDGET_S} s")
            if stall > STALL_BUDGET_MS:
                failures.append(f"launch stall {stall:.1f} ms > {STALL_BUDGET_MS} ms")
    del app
    for failure in failures:
        print(f"OVER BUDGET: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
