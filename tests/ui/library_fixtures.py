"""A real Library on temporary files, filled with small issue folders, for the store's widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import Library

ZH_PAGE = (
    "全国科技工作会议在京召开\n\n新华社北京1月13日电 全国科技工作会议13日在京召开。\n"
    "量子信息和人工智能是今年的重点。\n"
)
EN_PAGE = (
    "Bank Rates Rise Again\n\nLONDON, Jan. 13 — The Bank of England raised rates on Tuesday.\n"
    "Banking shares fell <b>sharply</b> & quickly.\n"
)


def write_issue(folder: Path, *pages: str) -> Path:
    folder.mkdir(parents=True)
    for n, text in enumerate(pages, 1):
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "cache.sqlite3", tmp_path / "userdata.sqlite3") as lib:
        yield lib


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    write_issue(root / "2025-01-14", ZH_PAGE)
    write_issue(root / "2025-01-15", EN_PAGE)
    write_issue(root / "2025-01-16", ZH_PAGE, EN_PAGE)
    return root
