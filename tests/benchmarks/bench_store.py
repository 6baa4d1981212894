"""Benchmark of the store: indexing, search latency, cached reopen, size, for three index schemes.

Builds a synthetic library in a temporary folder (default 20,000 stories in 1,000 issues, half
Chinese, half English), indexes it with each scheme (bigram, trigram, jieba), then times queries
of 1, 2 and 4 Chinese characters and English words (50 hits, as the app asks), and compares
how many stories each scheme finds with how many really contain the query ("found/true", the
worst query of each kind). Also times reopening a cached issue against parsing it afresh in the
same run (three real OCR pages from ../shared/corpus when present).

    .venv/bin/python -m tests.benchmarks.bench_store [--stories 20000] [--schemes bigram,trigram]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.model import Article, ArticleKind, Issue, Page
from reader.store import Library
from reader.store.cache import IssueCache, story_texts
from reader.store.search import parse_query

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"

ZH_WORDS = (
    "科技 创新 发展 经济 社会 会议 全国 工作 建设 推进 国家 企业 市场 产业 项目 技术 研究 人员"
    " 人工智能 量子信息 集成电路 新能源 数字经济 高质量 现代化 基础设施 生态环境 乡村振兴 城市 农村"
    " 教育 医疗 文化 旅游 铁路 旅客 列车 春运 交通 航天 卫星 火箭 海洋 能源 电力 气候 农业 粮食"
    " 学生 学校 大学 医院 患者 健康 体育 比赛 冠军 运动员 记者 新华社 北京 上海 广东 深圳 香港 地方"
    " 政府 部门 政策 改革 开放 合作 国际 世界 全球 重大 重要 加强 提高 支持 完善 实施 促进 保障"
    " 服务 管理 制度 安全 质量 标准 数据 平台 网络 信息 系统 应用 设备 材料 装置 实验 科学家 团队"
    " 成果 突破 专利 芯片 软件 算法 模型 计算 机器人 汽车 电池 光伏 风电 氢能 储能 物流 贸易 出口"
    " 投资 消费 金融 银行 资金 价格 增长 指数 规模 水平 能力 作用 方面 领域 问题 任务 目标 计划"
    " 工程"
)
EN_WORDS = (
    "the of and to in a is that for it as was with be by on not he this are or his from at which"
    " but have an they you were her she there been one all we their has would when if so no"
    " will more"
    " bank rates market president congress senate governor city council railway train station"
    " court judge trial police fire storm harbor ship steamer cotton wheat price company stock"
    " election vote party mayor street bridge school church hospital war army navy treaty peace"
    " london paris washington york chicago boston england france germany china japan russia"
    " report meeting committee bill law tax trade labor union strike mill factory mine coal iron"
    " steel gold silver money loan debt farmer crop weather rain snow winter summer morning evening"
)
ZH_QUERIES = {
    "1 char": ["科", "旅", "芯", "电", "海", "粮", "冠", "氢"],
    "2 chars": ["科技", "经济", "旅客", "芯片", "卫星", "粮食", "技术", "冠军", "光伏", "港地"],
    "4 chars": ["人工智能", "量子信息", "集成电路", "乡村振兴", "科技创新", "数字经济", "铁路旅客"],
}
EN_QUERIES = {
    "English": [
        "bank",
        "president",
        "railway",
        "cotton",
        "storm harbor",
        '"city council"',
        "STEAMER",
        "wheat price",
        "treaty",
        "gold",
    ],
}


def _zipf_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(n)]


def make_library(
    stories: int, per_issue: int = 20, seed: int = 1903, languages: tuple[str, ...] = ("zh", "en")
) -> list[tuple[str, Issue]]:
    """``(source hash, Issue)`` pairs: synthetic issues, taking ``languages`` in turn."""
    rng = random.Random(seed)
    zh, en = ZH_WORDS.split(), EN_WORDS.split()
    zh_w, en_w = _zipf_weights(len(zh)), _zipf_weights(len(en))

    def zh_sentence() -> str:
        return "".join(rng.choices(zh, zh_w, k=rng.randint(8, 18))) + rng.choice("。。，；")

    def en_sentence() -> str:
        words = rng.choices(en, en_w, k=rng.randint(10, 24))
        return " ".join(words).capitalize() + "."

    issues = []
    for n in range((stories + per_issue - 1) // per_issue):
        chinese = languages[n % len(languages)] == "zh"
        sentence = zh_sentence if chinese else en_sentence
        articles = []
        for k in range(min(per_issue, stories - n * per_issue)):
            page = k // 5 + 1
            paragraphs = tuple(
                ("" if chinese else " ").join(sentence() for _ in range(rng.randint(2, 4)))
                for _ in range(rng.randint(3, 6))
            )
            headline = sentence().rstrip("。，；.")[:24]
            articles.append(
                Article(
                    f"p{page}-{n:04x}{k:04x}",
                    ArticleKind.STORY,
                    headline=headline,
                    paragraphs=paragraphs,
                    page_number=page,
                )
            )
        pages = tuple(
            Page(p, None, tuple(a for a in articles if a.page_number == p))
            for p in sorted({a.page_number for a in articles})
        )
        day = 1 + n % 28
        paper = "科技日报" if chinese else "The Daily Tribune"
        issue = Issue(paper, f"{2000 + n // 336:04d}-{1 + n // 28 % 12:02d}-{day:02d}", pages)
        issues.append((f"synthetic-{n:06d}", issue))
    return issues


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def ground_truth(library: list[tuple[str, Issue]]) -> dict[str, int]:
    """How many stories really contain each query (substring for CJK, whole words for English)."""
    texts = ["\n".join(story_texts(a)) for _h, issue in library for a in issue.articles]
    folded = [t.casefold() for t in texts]
    truth = {}
    for queries in ZH_QUERIES.values():
        for q in queries:
            truth[q] = sum(q in t for t in texts)
    for q in EN_QUERIES["English"]:
        terms = parse_query(q).terms
        patterns = [
            re.compile(r"\b" + r"\s+".join(map(re.escape, t.casefold().split())) + r"\b")
            for t in terms
        ]
        truth[q] = sum(all(p.search(t) for p in patterns) for t in folded)
    return truth


def bench_scheme(
    scheme: str, library: list[tuple[str, Issue]], folder: Path, truth: dict[str, int]
) -> dict[str, object]:
    path = folder / f"cache-{scheme}.sqlite3"
    cache = IssueCache(path, scheme=scheme)
    if scheme == "jieba":  # load the dictionary outside the timing (the app loads it in a worker)
        start = time.perf_counter()
        cache.index.search("科技")
        print(f"  jieba dictionary load: {time.perf_counter() - start:.2f} s")
    stories = sum(len(issue.articles) for _h, issue in library)
    start = time.perf_counter()
    for digest, issue in library:
        cache.put(digest, 1, issue)
    elapsed = time.perf_counter() - start
    cache.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    result: dict[str, object] = {
        "stories/s": stories / elapsed,
        "index s": elapsed,
        "bytes/story": size / stories,
        "MB": size / 1e6,
    }
    cache.close()
    cache = IssueCache(path, scheme=scheme, check=False)
    start = time.perf_counter()
    assert cache.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    result["quick_check ms"] = (time.perf_counter() - start) * 1000
    for label, queries in {**ZH_QUERIES, **EN_QUERIES}.items():
        for q in queries:  # warm the page cache once, as a second query in the app would
            cache.index.search(q)
        times = [t for q in queries for t in timed(lambda q=q: cache.index.search(q), 5)]
        recall = min(len(cache.index.search(q, limit=10**7)) / max(1, truth[q]) for q in queries)
        result[label] = (statistics.median(times), percentile(times, 95), recall)
    cache.close()
    result["peak MB"] = child_peak_memory(path, scheme)
    return result


# VmHWM, not ru_maxrss: ru_maxrss survives exec, so a child of this big process would report
# the parent's size.
CHILD = """
import sys
from reader.store.cache import IssueCache
cache = IssueCache(sys.argv[1], scheme=sys.argv[2])
for q in sys.argv[3:]:
    cache.index.search(q)
status = open("/proc/self/status").read().split("\\n")
print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


APP_CHILD = """
import sys, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from reader.store import Library
from reader.store.library import StoreReadState
from reader.text.segment import Segmenter
from reader.ui.bookmarks_panel import BookmarksPanel
from reader.ui.library_view import LibraryView
from reader.ui.main_window import MainWindow
from reader.ui.search_panel import SearchPanel
from reader.ui.settings import Settings

cache, user, issue_dir, tmp = (Path(a) for a in sys.argv[1:5])
from reader.qt_compat import pin_singletons
pin_singletons()
app = QApplication([])
library = Library(cache, user, check=False)  # as the window opens it (checks in a worker)

def wait(signal, ms=60000):
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

window = MainWindow(settings=Settings(tmp / "s.ini"), segmenter=Segmenter(cache_dir=tmp / "j"),
                    load_issue=library.load_in_worker, read_state=StoreReadState(library))
window.resize(1200, 800)
window.show()
window.open_path(issue_dir)
wait(window.issueShown)
view = LibraryView(library); view.show(); view.refresh()  # a count and a page: synchronous
marks = BookmarksPanel(library); marks.show(); marks.refresh(); wait(marks.refreshed)
panel = SearchPanel(library); panel.show()
for q in sys.argv[5:]:
    panel.search(q)
    wait(panel.searchFinished)
if not window.segmenter.ready:
    wait(window.segmenterReady)
rows = view.model.rowCount()
for w in (view, marks, panel):
    w.shutdown()
window.close()
status = open("/proc/self/status").read().split("\\n")
print(rows, window.segmenter.ready, next(l.split()[1] for l in status if l.startswith("VmHWM:")))
"""


def app_peak_memory(
    cache: Path, library: list[tuple[str, Issue]], folder: Path, issue_dir: Path
) -> None:
    """Peak RSS of the app (main window + library view, search and bookmarks panels) with the
    20,000-story library open, an issue shown, jieba loaded and every benchmark query run."""
    from reader.store.userdata import UserData

    user = folder / "app-user.sqlite3"
    data = UserData(user)
    data.record_issues(
        (f"/archive/{n:04d}", digest, issue) for n, (digest, issue) in enumerate(library)
    )
    data.close()
    app_child_peak(cache, user, folder, issue_dir, "20,000-story")


def app_child_peak(cache: Path, user: Path, folder: Path, issue_dir: Path, label: str) -> None:
    """Run the app (APP_CHILD) on these files in a fresh process and print its peak RSS."""
    queries = [q for qs in (*ZH_QUERIES.values(), *EN_QUERIES.values()) for q in qs]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            APP_CHILD,
            str(cache),
            str(user),
            str(issue_dir),
            str(folder),
            *queries,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
    )
    if done.returncode != 0:
        print(f"\napp memory: the window could not run ({done.stderr.strip().splitlines()[-1:]})")
        return
    rows, ready, peak = done.stdout.split()[-3:]
    print(
        f"\napp with the {label} library open ({rows} library entries, an issue shown, "
        f"{len(queries)} searches, jieba loaded: {ready}): peak RSS {int(peak) / 1024:.0f} MB"
    )


def child_peak_memory(path: Path, scheme: str) -> float:
    """Peak RSS (MB) of a fresh process that opens the library (checks included) and searches."""
    queries = [q for qs in (*ZH_QUERIES.values(), *EN_QUERIES.values()) for q in qs]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), scheme, *queries],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return int(done.stdout.split()[-1]) / 1024


PAGES = (
    CORPUS / "seed" / "000_5bf22158df2817fe.txt",
    CORPUS / "text" / "chronam-nytribune-1903-05-01-p1.txt",
    CORPUS / "text" / "chronam-saltlaketribune-1911-09-17-p1.txt",
)


def make_issue_dir(folder: Path) -> Path | None:
    """An issue folder of three real OCR pages (links into the corpus), or None without it."""
    if not all(p.is_file() for p in PAGES):
        return None
    issue_dir = folder / "issue-2025-01-14"
    issue_dir.mkdir()
    for n, page in enumerate(PAGES, 1):
        (issue_dir / f"{n:02d}.txt").symlink_to(page)
    return issue_dir


def bench_reopen(folder: Path) -> Path | None:
    """Reopening a cached issue against parsing it afresh, same issue, same run."""
    from reader.parse import load_issue

    issue_dir = make_issue_dir(folder)
    if issue_dir is None:
        print("reopen: corpus not available, skipped")
        return None
    pages = sorted(issue_dir.iterdir())
    parse_times = timed(lambda: load_issue(issue_dir), 7)
    with Library(folder / "r-cache.sqlite3", folder / "r-user.sqlite3") as library:
        first = library.open_issue(issue_dir)
        assert not first.from_cache
        reopen_times = timed(lambda: library.open_issue(issue_dir), 21)
        assert library.open_issue(issue_dir).from_cache
    n_art = len(first.issue.articles)
    size = sum(p.stat().st_size for p in pages)
    parse, reopen = statistics.median(parse_times), statistics.median(reopen_times)
    print(f"\nreopen: 3 real OCR pages ({size / 1024:.0f} KiB, {n_art} articles)")
    print(f"  parse afresh (load_issue)        median {parse:7.1f} ms")
    print(
        f"  reopen from cache (open_issue)   median {reopen:7.1f} ms  "
        f"(p95 {percentile(reopen_times, 95):.1f} ms; {parse / reopen:.1f}x faster)"
    )
    return issue_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=20_000)
    parser.add_argument("--schemes", default="bigram,trigram,jieba")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, SQLite {__import__('sqlite3').sqlite_version}")
    start = time.perf_counter()
    library = make_library(args.stories)
    chars = sum(len(a.body_text) + len(a.headline or "") for _h, i in library for a in i.articles)
    print(
        f"generated {args.stories} stories in {len(library)} issues, {chars / 1e6:.1f} M "
        f"characters, in {time.perf_counter() - start:.1f} s"
    )
    truth = ground_truth(library)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        results = {}
        for scheme in args.schemes.split(","):
            print(f"\nscheme {scheme}: indexing …")
            gc.collect()
            results[scheme] = bench_scheme(scheme, library, folder, truth)
            r = results[scheme]
            print(
                f"  {r['stories/s']:.0f} stories/s ({r['index s']:.1f} s), "
                f"{r['bytes/story']:.0f} bytes/story ({r['MB']:.0f} MB), "
                f"quick_check at open {r['quick_check ms']:.0f} ms"
            )
            print(f"  peak RSS of a fresh process opening it and searching: {r['peak MB']:.0f} MB")
            for label in (*ZH_QUERIES, *EN_QUERIES):
                p50, p95, recall = r[label]  # type: ignore[misc]
                print(f"  {label:8s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  found/true {recall:.3f}")
        issue_dir = bench_reopen(folder)
        if issue_dir is not None and "bigram" in results:
            app_peak_memory(folder / "cache-bigram.sqlite3", library, folder, issue_dir)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MB (includes the generated library in memory)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
