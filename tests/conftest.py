"""Shared fixtures: private data folders for every test, and access to the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from reader.model import Issue

#: Under CI the property tests draw the same examples on every run (hypothesis's
#: ``derandomize``), so a red run is a change in the code, not a new draw; elsewhere they draw
#: afresh each run and keep what failed in ``.hypothesis/`` to try first next time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED_PAGE = CORPUS / "seed" / "000_5bf22158df2817fe.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the cache, data, config, state (log) and runtime (the single-instance socket)
    folders at a fresh temporary folder for each test."""
    base = tmp_path_factory.mktemp("xdg")
    for var, sub in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        folder = base / sub
        folder.mkdir(mode=0o700)  # (platformdirs refuses a runtime dir others may enter)
        monkeypatch.setenv(var, str(folder))
    return base


def corpus_file(relative: str) -> Path:
    """A file of ../shared/corpus; under CI a missing corpus fails, elsewhere it skips."""
    path = CORPUS / relative
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"corpus file missing under CI: {path}")
        pytest.skip(f"corpus not available: {path} (../shared/corpus is beside the checkout in CI)")
    return path


def bare_page_issue(folder: Path, text: str) -> Issue:
    """The issue ``load_issue`` makes of one bare text page (no issue.toml, no titles.tsv)
    holding ``text``, written in ``folder``: what its masthead names."""
    from reader.parse import load_issue  # (here: the conftest imports no parser for all tests)

    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    return load_issue(page)


@pytest.fixture
def seed_page() -> Path:
    return corpus_file("seed/000_5bf22158df2817fe.txt")
