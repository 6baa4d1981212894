"""Benchmark: what the interface languages cost start-up.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_i18n [--rounds N]``

Start-up: ``bench_window``'s children, three per round in turn: the app with the system's
locale English (``LC_ALL=en_US.UTF-8``: the English translator, plural forms only), the app
with the system's locale Chinese (``LC_ALL=zh_CN.UTF-8``: Qt's and the app's Chinese
translators, every string translated), and the bare ``QMainWindow``; one warm-up of each,
medians. In process: ``install_translators`` for each language, the first call (which reads the
files) and the median of the next 50.

Budget: loading the translators ≤ 5 ms; the Chinese start no slower than the English one beyond
noise (the median of the rounds' paired ratios ≤ 1.05); both within bench_window's budget
against the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_window import APP_CHILD, BARE_CHILD, time_child

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TRANSLATOR_BUDGET_MS = 5.0
LANGUAGE_RATIO_BUDGET = 1.05
LOCALES = {"en": "en_US.UTF-8", "zh_CN": "zh_CN.UTF-8"}


def bench_start(rounds: int) -> dict[str, float]:
    """Median start-to-painted seconds of the app in each language and of the bare window, and
    ("zh_CN / en") the median of each round's ratio of the two: the rounds' neighbours share
    the machine's load, so the paired ratio holds better than the ratio of medians on a busy
    machine."""
    times: dict[str, list[float]] = {name: [] for name in (*LOCALES, "bare")}
    with tempfile.TemporaryDirectory(prefix="bench-i18n-") as temp:
        base = dict(os.environ)
        for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            base[var] = str(Path(temp) / var.lower())
        base.pop("PYTHONDONTWRITEBYTECODE", None)
        base.pop("LANGUAGE", None)
        envs = {name: {**base, "LC_ALL": locale} for name, locale in LOCALES.items()}
        children = [(name, APP_CHILD, env) for name, env in envs.items()]
        children.append(("bare", BARE_CHILD, envs["en"]))
        for _name, code, env in children:  # warm-up: bytecode, the kept parse, file cache
            time_child(code, env)
        for _ in range(rounds):
            for name, code, env in children:
                times[name].append(time_child(code, env))
    for name, values in times.items():
        print(f"start-up {name:>5}: {[round(t, 3) for t in values]}")
    medians = {name: statistics.median(values) for name, values in times.items()}
    pairs = [zh / en for zh, en in zip(times["zh_CN"], times["en"], strict=True)]
    medians["zh_CN / en"] = statistics.median(pairs)
    return medians


def bench_translators(samples: int = 50) -> dict[str, tuple[float, float]]:
    """(first call, median of the rest) in ms of installing each language's translators."""
    from PySide6.QtWidgets import QApplication

    from reader.qt_compat import pin_singletons
    from reader.ui.i18n import LANGUAGES, install_translators

    pin_singletons()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, tuple[float, float]] = {}
    for language in LANGUAGES:
        times = []
        for _ in range(samples + 1):
            start = time.perf_counter()
            install_translators(app, language)
            times.append((time.perf_counter() - start) * 1000)
        results[language] = (times[0], statistics.median(times[1:]))
    install_translators(app, "en")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()}")
    over = False
    for language, (first, median) in bench_translators().items():
        verdict = "" if first <= TRANSLATOR_BUDGET_MS else "  OVER BUDGET"
        over |= bool(verdict)
        print(
            f"install_translators({language}): first {first:.2f} ms, then {median:.2f} ms{verdict}"
        )
    medians = bench_start(args.rounds)
    ratio = medians["zh_CN / en"]
    verdict = "" if ratio <= LANGUAGE_RATIO_BUDGET else "  OVER BUDGET"
    over |= bool(verdict)
    en, zh, bare = medians["en"], medians["zh_CN"], medians["bare"]
    print(
        f"start to painted: en {en:.3f} s ({en / bare:.2f}× bare), "
        f"zh_CN {zh:.3f} s ({zh / bare:.2f}× bare), bare {bare:.3f} s; "
        f"zh_CN / en, paired {ratio:.3f}",
        verdict,
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
