"""Formats benchmark: ALTO, hOCR and METS pages of the corpus, each against its own baseline.

Run: ``python -m tests.benchmarks.bench_formats`` (from the repository root, in the venv).
Prints medians (wall and CPU) of repeated runs. Baselines measured in the same run: the same
page's plain text through the text path (the Tribune has a text twin in the corpus), and the
bare XML parse (the floor any XML reader pays). The budget: the 1 MB Tribune ALTO in ≤ 300 ms.
Also checks that the cost is linear: the Tribune page repeated 1, 2 and 4 times as blocks.
"""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.parse import load_issue
from reader.parse.formats.xml import parse_xml

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TRIBUNE_ALTO = CORPUS / "alto" / "chronam-nytribune-1903-05-01-p1.alto.xml"
TRIBUNE_TEXT = CORPUS / "text" / "chronam-nytribune-1903-05-01-p1.txt"
PAGES = [
    TRIBUNE_ALTO,
    CORPUS / "alto" / "chronam-eveningstar-1920-11-15-p1.alto.xml",
    CORPUS / "alto" / "chronam-nationaltribune-1898-11-10-p1.alto.xml",
    CORPUS / "hocr" / "chronam-eveningstar-1920-11-15-p1.tesseract.hocr",
    CORPUS / "hocr" / "chronam-eveningstar-1920-11-15-p1.tesseract.alto.xml",
    CORPUS / "mets" / "bl-antigallican-1811-01-27" / "bl-antigallican-1811-01-27.mets.xml",
    CORPUS / "mets" / "bnf-jdpl-1821-08-01" / "bnf-jdpl-1821-08-01.mets.xml",
]


def measure(action: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return walls, cpus


def medians(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(wall ms, CPU ms) medians of ``repeat`` runs."""
    walls, cpus = measure(action, repeat)
    return statistics.median(walls), statistics.median(cpus)


def repeated_alto(source: bytes, times: int) -> bytes:
    """The page's PrintSpace content repeated ``times`` times (a longer page of the same kind)."""
    start = source.index(b"<PrintSpace")
    start = source.index(b">", start) + 1
    end = source.index(b"</PrintSpace>")
    return source[:start] + source[start:end] * times + source[end:]


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    print(
        f"machine: {platform.processor() or platform.machine()}, {platform.system()}, "
        f"Python {platform.python_version()}; {repeat} runs each, medians (wall / CPU)"
    )
    if not TRIBUNE_ALTO.is_file():
        print(f"corpus not found at {CORPUS}")
        return
    load_issue(TRIBUNE_ALTO)  # imports and caches, outside the timing
    data = TRIBUNE_ALTO.read_bytes()
    xml_wall, xml_cpu = medians(lambda: parse_xml(data, TRIBUNE_ALTO), repeat)
    text_wall, text_cpu = medians(lambda: load_issue(TRIBUNE_TEXT), repeat)
    print(f"baseline: bare safe XML parse of the Tribune ALTO {xml_wall:.0f} / {xml_cpu:.0f} ms")
    print(
        "baseline: the Tribune's plain text through the text path "
        f"{text_wall:.0f} / {text_cpu:.0f} ms"
    )
    for page in PAGES:
        if not page.is_file():
            continue
        wall, cpu = medians(lambda page=page: load_issue(page), repeat)
        size = page.stat().st_size / 1e6
        ratio = f" (×{wall / text_wall:.2f} the text twin)" if page == TRIBUNE_ALTO else ""
        print(f"{page.name} ({size:.2f} MB): {wall:.0f} / {cpu:.0f} ms{ratio}")
    with tempfile.TemporaryDirectory() as tmp:
        costs = []
        for times in (1, 2, 4):
            path = Path(tmp) / f"x{times}.alto.xml"
            path.write_bytes(repeated_alto(data, times))
            wall, cpu = medians(lambda path=path: load_issue(path), max(3, repeat // times))
            costs.append(cpu / times)
            print(
                f"Tribune ×{times} as one page: {wall:.0f} / {cpu:.0f} ms "
                f"({cpu / times:.0f} ms CPU per copy)"
            )
        print(f"linearity: CPU per copy at ×4 is ×{costs[-1] / costs[0]:.2f} of ×1")


if __name__ == "__main__":
    main()
