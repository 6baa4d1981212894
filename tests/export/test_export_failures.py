"""Exports that cannot be written: OS errors, a full disk, and what a killed export left behind.

Each through the real ``broadsheet export`` command: one line on stderr naming the target, exit
status 2, no traceback, no file at the target, and nothing of ours left beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store import damage

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "zh-daily"


def export(*argv: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.mark.parametrize("target", ["/proc/x.md", "/proc/x.pdf", "/proc/x.html"])
def test_an_os_error_is_one_line_and_exit_2(target: str) -> None:
    done = export(str(SAMPLE), "--all", "-o", target)
    assert done.returncode == 2
    assert done.stderr.startswith(f"broadsheet: {target}: cannot write")
    assert done.stderr.count("\n") == 1


@pytest.mark.skipif(not damage.can_mount(), reason="mounting a tmpfs needs root")
@pytest.mark.parametrize("name", ["x.pdf", "x.md"])
def test_a_full_disk_says_so_and_names_the_target(tmp_path: Path, name: str) -> None:
    mount = tmp_path / "small"
    with damage.small_tmpfs(mount, 256):
        damage.fill(mount, leave=8 * 1024)
        target = mount / name
        done = export(str(SAMPLE), "--all", "-o", str(target))
        left = sorted(p.name for p in mount.iterdir())
    assert done.returncode == 2
    assert done.stderr.startswith(f"broadsheet: {target}: ")
    assert "the disk is full" in done.stderr and ".part" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert left == ["filler.bin"]  # no half file, no temporary file


def test_a_killed_export_leaves_a_part_file_that_the_next_export_cleans(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(SAMPLE), "--all", "-o", str(target)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".x.pdf.*.part")) and time.monotonic() < deadline:
        time.sleep(0.001)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    [stale] = tmp_path.glob(".x.pdf.*.part")
    # Not ours, or ours but still being written by a live process: never touched.
    mine_alive = tmp_path / f".y.md.broadsheet-{os.getpid()}-abcd1234.part"
    others = [tmp_path / ".x.pdf.part", tmp_path / "notes.part", mine_alive]
    for path in others:
        path.write_text("keep", encoding="utf-8")
    done = export(str(SAMPLE), "--all", "-o", str(tmp_path / "other.md"))
    assert done.returncode == 0, done.stderr
    assert not stale.exists()
    assert all(p.read_text(encoding="utf-8") == "keep" for p in others)
    assert not target.exists()


def test_clean_stale_temp_files_never_follows_a_name_that_is_not_ours(tmp_path: Path) -> None:
    from reader.export.atomic import clean_stale_temp_files

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    ours = tmp_path / f".a.pdf.broadsheet-{pid}-x1y2z3w4.part"
    ours.write_bytes(b"%PDF-")
    folder = tmp_path / f".b.pdf.broadsheet-{pid}-aaaa1111.part"
    folder.mkdir()
    assert clean_stale_temp_files(tmp_path) == [ours]
    assert folder.is_dir()
