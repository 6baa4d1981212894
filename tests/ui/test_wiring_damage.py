"""The window's library check (``wiring.check_library``, run in a worker at start-up) on damaged
databases: it never raises, so the window never runs on without the library in silence; every
damage comes back as a notice the window shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store.library import NoticeKind
from reader.ui.wiring import check_library
from tests.store import damage


@pytest.mark.parametrize("which", ["cache", "user"])
def test_random_header_bytes_are_notices_never_exceptions(
    private_dirs: Path, tmp_path: Path, which: str
) -> None:
    cache = private_dirs / "cache" / "broadsheet" / "cache.sqlite3"
    user = private_dirs / "data" / "broadsheet" / "userdata.sqlite3"
    damage.build_library(tmp_path, cache, user)
    target = cache if which == "cache" else user
    pristine = target.read_bytes()
    expected = NoticeKind.CACHE_REBUILT if which == "cache" else NoticeKind.USERDATA_RECOVERED
    for seed in range(20):
        for old in target.parent.glob(target.name + "*"):
            old.unlink()
        target.write_bytes(pristine)
        damage.random_header(target, seed)
        notices = check_library()  # before the fix: UnicodeDecodeError for some seeds
        moved = list(target.parent.glob(target.name + ".corrupt-*"))
        assert [n.kind for n in notices] == ([expected] if moved else []), seed
