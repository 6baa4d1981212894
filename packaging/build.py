"""Build Broadsheet's one-folder bundle with PyInstaller, and smoke-test it.

    pip install -e '.[bundle]'
    python packaging/build.py            # -> dist/broadsheet/broadsheet
    python packaging/build.py --smoke    # build, then run the built program's smoke test

(A script, not ``python -m packaging.build``: a ``packaging`` package would shadow the PyPI
``packaging`` library that pip and setuptools import.) ``tests/test_bundle.py`` calls ``build``
and ``smoke_test`` below.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "broadsheet.spec"
#: The page every parser change is checked on (in ../shared/corpus, beside a checkout).
SEED_PAGE = ROOT.parent / "shared" / "corpus" / "seed" / "000_5bf22158df2817fe.txt"


@dataclass(frozen=True)
class Built:
    """A finished bundle: its folder, program, size on disk and how long the build took."""

    folder: Path
    program: Path
    size_bytes: int
    seconds: float


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Built:
    """Run PyInstaller on the spec; the bundle is ``dist/broadsheet``. Raises CalledProcessError
    (with PyInstaller's output) when the build fails."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        cwd=ROOT,
        check=True,
    )
    seconds = time.perf_counter() - started
    folder = dist / "broadsheet"
    program = folder / ("broadsheet.exe" if os.name == "nt" else "broadsheet")
    return Built(folder, program, folder_size(folder), seconds)


def run_program(program: Path, *args: str, env: dict[str, str] | None = None) -> tuple[str, float]:
    """Run the built program with ``args`` (offscreen); its stdout and wall time. Raises
    SystemExit with its output when it fails."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    started = time.perf_counter()
    command = [str(program), *args]
    done = subprocess.run(command, capture_output=True, encoding="utf-8", env=env, timeout=300)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(
            f"{program} {' '.join(args)}: exit status {done.returncode}\n{done.stdout}{done.stderr}"
        )
    return done.stdout, seconds


def smoke_test(program: Path, page: Path | None = None) -> dict[str, str]:
    """Run the built program three ways and return what each printed: ``--version``; ``parse``
    on ``page`` (the seed page, else a page of the bundled sample); and the window on the
    bundled sample, offscreen, which quits once the issue and jieba's dictionary are in."""
    if page is None:
        page = SEED_PAGE if SEED_PAGE.is_file() else ROOT / "resources" / "sample" / "zh-daily"
    version, _ = run_program(program, "--version")
    parsed, _ = run_program(program, "parse", str(page), "--format", "text")
    window, _ = run_program(program, "--new-window", "--quit-after-load")
    return {"version": version, "parse": parsed, "window": window}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the built program")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    built = build(args.dist, args.work)
    print(f"built {built.program} in {built.seconds:.0f} s, {built.size_bytes / 1e6:.0f} MB")
    if args.smoke:
        for what, output in smoke_test(built.program).items():
            print(f"--- {what}: {output.strip().splitlines()[0]}")
        print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
