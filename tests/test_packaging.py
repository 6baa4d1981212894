"""The distribution ships every subpackage and the bundled resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
