"""The one-folder bundle builds from this checkout and the built program runs (slow: ~2 min).

Needs PyInstaller (the ``test`` and ``bundle`` extras install it); under CI a missing one
fails, elsewhere the test skips. ``python packaging/build.py --smoke`` is the same by hand.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reader import __version__
from reader.parse import build_name

ROOT = Path(__file__).resolve().parents[1]


def build_script() -> ModuleType:  # packaging/ is scripts, not a package (see its docstring)
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build"] = module  # (dataclasses look their module up)
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["build"]
    return module


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_bundle_builds_and_passes_its_smoke_test(tmp_path: Path, seed_page: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller missing under CI: pip install -e '.[test]'")
        pytest.skip("PyInstaller not installed: pip install -e '.[bundle]'")
    build = build_script()
    built = build.build(tmp_path / "dist", tmp_path / "work")
    assert built.program.is_file() and os.access(built.program, os.X_OK)
    inside = built.folder / "_internal"
    assert (inside / "reader" / "resources" / "sample" / "zh-daily" / "issue.toml").is_file()
    icon = "icons/hicolor/256x256/apps/io.github.broadsheet.Broadsheet.png"
    assert (inside / "reader" / "resources" / icon).is_file()
    assert (inside / "jieba" / "dict.txt").stat().st_size > 4_000_000
    assert any((inside / "PySide6" / "Qt" / "translations").glob("qtbase_zh_CN.qm"))
    for language in ("en", "zh_CN", "zh_TW"):  # the interface's own translations
        assert (inside / "reader" / "resources" / "i18n" / f"broadsheet_{language}.qm").is_file()
    assert not (inside / "jieba" / "lac_small").exists()  # trimmed: never used

    seen = build.smoke_test(built.program, seed_page)

    versions = dict(line.split(None, 1) for line in seen["version"].splitlines())
    assert versions["Broadsheet"] == __version__
    assert versions["Python"].endswith("(bundled)")
    assert versions["jieba"][0].isdigit() and versions["Qt"][0].isdigit()
    # the installed build's parser: compiled when a compiled wheel is installed (docs/install.md)
    assert versions["Parser"] == build_name()
    installed = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(seed_page), "--format", "text"],
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    assert seen["parse"] == installed.stdout  # the bundle parses as the installed package does
    assert seen["window"].splitlines() == [
        "shown: 晨星科技报 · 2025-03-18 (15 stories)",
        "word list: ready",
    ]
