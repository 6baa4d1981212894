"""Benchmark: start-up of the one-folder bundle against the pip-installed ``broadsheet``.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_bundle [--rounds N]
[--bundle dist/broadsheet/broadsheet]`` after ``python packaging/build.py``.

Each round starts both programs fresh, alternating, with one warm-up run of each first: the
clock runs from just before the child is started to the moment its ``shown: …`` line (printed
by ``--quit-after-load`` once the bundled sample issue is on screen) reaches this process; and,
separately, to the end of ``--version``. Medians are reported, and the bundle's over the
installed program's. The installed program parses the sample in a child process and keeps the
parse for the next start (reader.ui.parse_ahead); the bundle, a frozen program, parses it in
its own worker thread every time. Both get the same private XDG folders, kept across rounds.
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

ROOT = Path(__file__).resolve().parents[2]


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from start to the ``shown:`` line; the program then closes by itself."""
    started = time.perf_counter()
    with subprocess.Popen(
        [*command, "--new-window", "--quit-after-load"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        encoding="utf-8",
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        seconds = time.perf_counter() - started
        child.stdout.read()
    if child.returncode != 0 or not line.startswith("shown:"):
        raise SystemExit(f"{command}: no window ({child.returncode}, {line!r})")
    return seconds


def time_version(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "broadsheet" / "broadsheet")
    args = parser.parse_args(argv)
    installed = shutil.which("broadsheet", path=str(Path(sys.executable).parent))
    if installed is None or not args.bundle.is_file():
        raise SystemExit("needs the pip-installed broadsheet and a built bundle (--bundle)")
    commands = {"installed": [installed], "bundle": [str(args.bundle)]}
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            env[var] = os.path.join(home, var)
        env["XDG_RUNTIME_DIR"] = os.path.join(home, "run")
        os.mkdir(env["XDG_RUNTIME_DIR"], 0o700)
        shown: dict[str, list[float]] = {name: [] for name in commands}
        version: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up: caches, bytecode, page cache
            time_to_shown(command, env)
        for _ in range(args.rounds):
            for name, command in commands.items():
                shown[name].append(time_to_shown(command, env))
                version[name].append(time_version(command, env))
    for label, times in (("window shown", shown), ("--version", version)):
        medians = {name: statistics.median(values) for name, values in times.items()}
        ratio = medians["bundle"] / medians["installed"]
        print(
            f"{label}: installed {medians['installed']:.3f} s, bundle {medians['bundle']:.3f} s"
            f" ({ratio:.2f}x), medians of {args.rounds}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
