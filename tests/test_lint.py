"""The code base passes ruff and mypy, so lint and type problems fail CI like any other test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_passes() -> None:
    try:
        import ruff  # noqa: F401
    except ImportError:
        if shutil.which("ruff") is None:
            pytest.skip("ruff is not installed (it comes with the test extra)")
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "reader", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_finds_no_type_errors_in_the_package() -> None:
    """Type hints throughout, and checked: ``mypy reader`` (its settings in pyproject.toml)
    passes, so a wrong type fails CI like a failing test. mypy comes with the test extra (it
    also compiles the parser's hot modules in a wheel build)."""
    try:
        import mypy  # noqa: F401
    except ImportError:
        pytest.skip("mypy is not installed (it comes with the test extra)")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "reader"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
