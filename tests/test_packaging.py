"""The distribution ships every subpackage and the bundled resources, and builds without a
setuptools warning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The first setuptools to read `project.license` as an SPDX expression (pyproject.toml).
SETUPTOOLS_SPDX = (77, 0)


def test_every_subpackage_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reader").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert config["tool"]["setuptools"]["package-dir"]["reader.resources"] == "resources"


def test_sample_issue_is_in_resources() -> None:
    assert (ROOT / "resources" / "sample" / "zh-daily" / "issue.toml").is_file()
    assert (ROOT / "resources" / "sample" / "en-gazette" / "issue.toml").is_file()


def test_the_build_warns_of_nothing_and_ships_every_resource(tmp_path: Path) -> None:
    """``setup.py build_py`` is the part of a wheel build that reads the license and lays out
    the packages and their data: no warning (a license table, a data folder that looks like an
    unlisted package), and every file under resources/ lands in reader/resources."""
    have = tuple(int(part) for part in re.findall(r"\d+", version("setuptools"))[:2])
    if have < SETUPTOOLS_SPDX:
        message = f"setuptools {version('setuptools')} is older than 77: pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [sys.executable, "-W", "always", "setup.py", "-q", "build_py", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    warnings = [line for line in output.splitlines() if re.search(r"Warning\b|absent from", line)]
    assert not warnings, output

    def files(folder: Path) -> set[str]:
        return {
            path.relative_to(folder).as_posix()
            for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }

    shipped = files(tmp_path / "reader" / "resources")
    assert shipped == files(ROOT / "resources")
    assert "sample/zh-daily/issue.toml" in shipped
    assert "icons/hicolor/scalable/apps/io.github.broadsheet.Broadsheet.svg" in shipped
