"""Parser benchmark: the seed page and a generated 16-page issue in-process, and a cold command.

Run: ``python -m tests.benchmarks.bench_parse`` (from the repository root, in the venv).
Prints medians of repeated runs, each with a baseline measured in the same run:
in-process against decoding and splitting the same text (the floor any parser pays), the cold
command against a bare ``python -c pass`` start.
"""

from __future__ import annotations

import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.parse import load_issue, parse_page_text
from reader.parse.decode import decode_page

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "000_5bf22158df2817fe.txt"
SAMPLES = ROOT / "resources" / "sample"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def generated_issue(folder: Path, pages: int = 16) -> Path:
    """A 16-page issue made from the bundled sample pages (Chinese and English), renumbered."""
    sources = sorted(SAMPLES.glob("*/[0-9]*.txt"))
    if SEED.is_file():
        sources.append(SEED)
    for number in range(1, pages + 1):
        shutil.copy(sources[(number - 1) % len(sources)], folder / f"{number:02d}.txt")
    (folder / "issue.toml").write_text('newspaper = "Bench"\ndate = "2025-01-01"\n')
    return folder


def main() -> None:
    print(
        f"machine: {platform.processor() or platform.machine()}, {platform.system()}, "
        f"Python {platform.python_version()}"
    )
    page = SEED if SEED.is_file() else SAMPLES / "zh-daily" / "01.txt"
    raw = page.read_bytes()
    text = decode_page(raw)
    floor = median_ms(lambda: decode_page(raw).split("\n"), 200)
    seed = median_ms(lambda: parse_page_text(text), 200)
    seed_full = median_ms(lambda: parse_page_text(decode_page(raw)), 200)
    print(
        f"seed page ({page.name}, {len(text)} chars): parse {seed:.2f} ms, decode+parse "
        f"{seed_full:.2f} ms; decode+split floor {floor:.3f} ms (×{seed_full / floor:.0f})"
    )

    with tempfile.TemporaryDirectory() as tmp:
        folder = generated_issue(Path(tmp))
        files = sorted(folder.glob("*.txt"))
        floor16 = median_ms(lambda: [decode_page(f.read_bytes()).split("\n") for f in files], 30)
        issue16 = median_ms(lambda: load_issue(folder), 30)
        print(
            f"16-page issue: load+parse {issue16:.1f} ms ({issue16 / 16:.2f} ms/page); "
            f"read+decode+split floor {floor16:.2f} ms"
        )

    def cold(args: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        return (time.perf_counter() - start) * 1000

    runs = 15
    bare = statistics.median(cold([sys.executable, "-c", "pass"]) for _ in range(runs))
    command = statistics.median(
        cold([sys.executable, "-m", "reader", "parse", str(page)]) for _ in range(runs)
    )
    print(
        f"cold `broadsheet parse` (python -m reader): {command:.0f} ms; bare python start "
        f"{bare:.0f} ms (×{command / bare:.1f})"
    )
    jieba_loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from reader.parse import load_issue; "
            f"load_issue({str(page)!r}); print('jieba' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"jieba imported by a parse: {jieba_loaded}")


if __name__ == "__main__":
    main()
