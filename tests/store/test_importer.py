"""The bulk import: a process pool, one writer, skips of unchanged files, failures, cancel,
shards; and a real ``library add`` killed with SIGKILL at several moments, then resumed."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.parse import load_issue
from reader.store import Library
from reader.store.importer import (
    BATCH_ISSUES,
    TAIL_ISSUES,
    ImportProgress,
    Known,
    Prepared,
    Status,
    find_issues,
    prepare,
    read_shard_line,
    shard_line,
    write_prepared,
)
from tests.conftest import corpus_file

DAY_FILES = (
    "sn82014682-ed-1_seq-1.txt",
    "sn82014682-ed-2_seq-1.txt",
    "sn83025121-ed-1_seq-1.txt",
    "2010270504-ed-1_seq-1.txt",
)


def chronam_day(root: Path) -> Path:
    """A day folder of real Chronicling America pages (copied from the corpus into tmp) with the
    titles.tsv beside it, as the archive lays them out."""
    first = corpus_file(f"chronam-1916-02/19160201/{DAY_FILES[0]}")
    day = root / "chronam" / "19160201"
    day.mkdir(parents=True)
    for name in DAY_FILES:
        shutil.copy(first.parent / name, day / name)
    shutil.copy(first.parent.parent / "titles.tsv", root / "chronam" / "titles.tsv")
    return day


def page_text(n: int) -> str:
    return (
        f"Council Votes on Bridge Number {n}\n\n"
        f"SPRINGFIELD, Feb. {n % 28 + 1} — The council voted {n} to 2 on the bridge tonight.\n"
        "The mayor said the work would begin in the spring and end before the winter.\n\n"
        f"Harbor Report {n}\n\nShips in port: {n}. The harbor master kept the lights lit.\n"
    )


def text_archive(root: Path, issues: int, repeat: int = 1) -> Path:
    for n in range(issues):
        folder = root / f"2025-{n // 28 + 1:02d}-{n % 28 + 1:02d}"
        folder.mkdir(parents=True)
        (folder / "01.txt").write_text(page_text(n) * repeat, encoding="utf-8")
    return root


def open_library(base: Path) -> Library:
    return Library(base / "cache.sqlite3", base / "userdata.sqlite3")


def test_a_day_of_chronicling_america_is_one_issue_per_paper_named_from_titles(
    tmp_path: Path,
) -> None:
    day = chronam_day(tmp_path)
    seen: list[ImportProgress] = []
    with open_library(tmp_path) as library:
        report = library.import_paths([day], jobs=2, progress=seen.append)
        assert report.failed == () and not report.cancelled
        assert [i.status for i in report.issues] == [Status.ADDED] * 4
        assert {Path(i.path).name for i in report.issues} == set(DAY_FILES)
        names = {e.newspaper for e in library.entries()}
        assert len(library.entries()) == 4 and None not in names
        assert all(e.date == "1916-02-01" and e.pages == 1 for e in library.entries())
        # Two editions of one paper are two issues of the same paper.
        assert len(names) == 3
        assert [p.done for p in seen] == [1, 2, 3, 4] and seen[-1].pages == 4
        assert seen[-1].pages_per_second > 0 and seen[-1].seconds_left == 0
        assert library.check() == []
        # What the import stored is what opening the issue parses.
        one = day / DAY_FILES[2]
        opened = library.open_issue(one)
        assert opened.from_cache and opened.issue == load_issue(one.resolve())


def test_a_second_import_skips_unchanged_files_and_hashes_touched_ones(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 6)
    with open_library(tmp_path) as library:
        first = library.import_paths([archive], jobs=2)
        assert first.count(Status.ADDED) == 6
        stories = library.cache.story_count()
        again = library.import_paths([archive], jobs=2)
        assert again.count(Status.UNCHANGED) == 6 and again.pages == 0
        touched = archive / "2025-01-02" / "01.txt"
        os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
        edited = archive / "2025-01-03" / "01.txt"
        edited.write_text(page_text(300), encoding="utf-8")
        third = library.import_paths([archive], jobs=2)
        by_name = {Path(i.path).name: i.status for i in third.issues}
        assert by_name["2025-01-02"] is Status.CACHED
        assert by_name["2025-01-03"] is Status.ADDED
        assert third.count(Status.UNCHANGED) == 4
        # The edited issue's old parse is gone from the cache and from search.
        assert library.cache.story_count() == stories
        assert library.search("300") and not library.search('"Number 2 SPRINGFIELD"')
        assert library.check() == []


def test_a_batch_in_the_cache_but_not_in_the_library_list_is_recorded_without_a_parse(
    tmp_path: Path,
) -> None:
    """What a kill between a batch's two commits leaves (the cache is written first): the next
    import finds each issue's bytes in the cache by content hash and lists it, parsing nothing."""
    archive = text_archive(tmp_path / "archive", 5)
    with open_library(tmp_path) as library:
        first = library.import_paths([archive], jobs=2)
        assert first.count(Status.ADDED) == 5
        stories = library.cache.story_count()
        listed = [(e.path, e.newspaper, e.date, e.stories) for e in library.entries()]
    cache = tmp_path / "cache.sqlite3"
    with Library(cache, tmp_path / "userdata-after-the-kill.sqlite3") as killed:
        assert killed.entries() == []
        resumed = killed.import_paths([archive], jobs=2)
        assert resumed.count(Status.CACHED) == 5 and resumed.pages == 0
        assert [(e.path, e.newspaper, e.date, e.stories) for e in killed.entries()] == listed
        assert killed.cache.story_count() == stories and killed.check() == []
        assert len(killed.search('"Harbor Report"', limit=100)) == 5
        again = killed.import_paths([archive], jobs=2)
        assert again.count(Status.UNCHANGED) == 5


def test_found_issues_are_their_resolved_paths_once_through_links(tmp_path: Path) -> None:
    """Each issue is named by its real path (files resolved through their folder once, links
    followed), and an issue reached twice, through a link, is found once."""
    day = chronam_day(tmp_path / "real")
    archive = text_archive(tmp_path / "archive", 2)
    (tmp_path / "via").symlink_to(tmp_path / "real")  # a linked folder above the pages
    linked_page = tmp_path / "linked.txt"  # a page file that is a link to a page of the day
    linked_page.symlink_to(day / DAY_FILES[0])
    (archive / "again").symlink_to(archive / "2025-01-01")  # an issue folder reached twice
    paths = [tmp_path / "via" / "chronam" / "19160201", archive, linked_page]
    found, failed, _skipped = find_issues(paths)
    assert failed == []
    walked = [str(p.resolve()) for p in paths]
    assert found == list(dict.fromkeys(found))  # each once
    assert {str((day / name).resolve()) for name in DAY_FILES} <= set(found)
    assert str(archive / "2025-01-01") in found and str(archive / "again") not in found
    assert str(linked_page) not in found and str(linked_page.resolve()) in found
    assert len(found) == len(DAY_FILES) + 2
    assert all(p == str(Path(p).resolve()) for p in found)
    assert walked[0] == str(day)


def test_the_pool_server_starts_at_the_first_issue_to_parse_and_not_when_all_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.store import importer

    started: list[int] = []
    original = importer.prestart_pool

    def counted() -> None:
        started.append(1)
        original()

    monkeypatch.setattr(importer, "prestart_pool", counted)
    archive = text_archive(tmp_path / "archive", 4)
    with open_library(tmp_path) as library:
        assert library.import_paths([archive], jobs=2).count(Status.ADDED) == 4
        assert started == [1]
        assert library.import_paths([archive], jobs=2).count(Status.UNCHANGED) == 4
        assert started == [1]
        assert library.import_paths([archive], jobs=1).count(Status.UNCHANGED) == 4
        (archive / "2025-01-01" / "01.txt").write_text(page_text(99), encoding="utf-8")
        assert library.import_paths([archive], jobs=1).count(Status.ADDED) == 1
        assert started == [1]  # one job parses here: no pool


def test_a_file_that_fails_is_reported_and_the_others_are_kept(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 3)
    (archive / "2025-01-02" / "01.txt").write_bytes(b"")
    with open_library(tmp_path) as library:
        report = library.import_paths([archive, tmp_path / "missing"], jobs=2)
        assert [Path(i.path).name for i in report.issues] == ["2025-01-01", "2025-01-03"]
        failed = dict(report.failed)
        assert set(failed) == {str(tmp_path / "missing"), str((archive / "2025-01-02").resolve())}
        assert all(reason.startswith(path) for path, reason in report.failed)
        assert json.loads(json.dumps(report.to_json()))["failed"][0]["reason"]
        assert len(library.entries()) == 2


def test_a_parser_crash_is_a_failure_of_that_file_only(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 2)

    def broken(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "2025-01-01":
            raise RecursionError("deep")
        return load_issue(path)

    library = Library(tmp_path / "c.sqlite3", tmp_path / "u.sqlite3", loader=broken)
    with library:
        report = library.import_paths([archive], jobs=1)
    assert [Path(i.path).name for i in report.issues] == ["2025-01-02"]
    assert "cannot parse (RecursionError('deep'))" in report.failed[0][1]


def _killed_on_the_second_day(path: Path) -> object:
    """A loader whose parse of one issue ends its process (as the kernel's out-of-memory killer
    or a crash in C would); picklable, so it runs in the pool's workers."""
    if path.name == "2025-01-02":
        os.kill(os.getpid(), signal.SIGKILL)
    return load_issue(path)


def test_a_worker_killed_by_an_issue_fails_that_issue_only(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 8)
    library = Library(
        tmp_path / "c.sqlite3", tmp_path / "u.sqlite3", loader=_killed_on_the_second_day
    )
    with library:
        report = library.import_paths([archive], jobs=2)
        assert report.count(Status.ADDED) == 7
        assert report.failed == (
            (
                str((archive / "2025-01-02").resolve()),
                f"{(archive / '2025-01-02').resolve()}: cannot parse (the worker process was "
                "killed (SIGKILL))",
            ),
        )
        assert len(library.entries()) == 7 and library.check() == []


def test_cancel_keeps_what_was_finished_and_the_next_import_continues(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 8)
    done: list[int] = []

    def progress(p: ImportProgress) -> None:
        done.append(p.done)

    with open_library(tmp_path) as library:
        report = library.import_paths(
            [archive], jobs=2, progress=progress, cancelled=lambda: len(done) >= 3
        )
        assert report.cancelled and len(report.issues) == 3
        assert len(library.entries()) == 3 and library.check() == []
        rest = library.import_paths([archive], jobs=2)
        assert rest.count(Status.UNCHANGED) == 3 and rest.count(Status.ADDED) == 5
        assert len(library.entries()) == 8


def test_the_last_issues_are_committed_as_they_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch before the import's tail is written while the last issues are still being
    parsed, and each of those is written as it comes, not left for after the last parse."""
    monkeypatch.setattr("reader.store.importer.BATCH_SECONDS", 3600.0)
    total = TAIL_ISSUES + 12  # fewer than a batch: only the tail rule commits before the end
    found, _, _ = find_issues([text_archive(tmp_path / "archive", total)])
    with open_library(tmp_path) as library:
        known = Known({}, frozenset(), library.parser_version)
        prepared = [prepare(path, known, load_issue) for path in found]
        on_disk: list[int] = []  # issues in the library list as each next one was asked for

        def results() -> Iterator[Prepared]:
            for one in prepared:
                on_disk.append(len(library.userdata.library()))
                yield one

        report = write_prepared(
            results(),
            total,
            library.cache,
            library.userdata,
            start=time.perf_counter(),
            failed=[],
        )
        assert report.count(Status.ADDED) == total and library.check() == []
    first_tail = total - TAIL_ISSUES + 1  # the first issue with fewer than TAIL_ISSUES after it
    assert on_disk[:first_tail] == [0] * first_tail
    assert on_disk[first_tail:] == list(range(first_tail, total))


def test_shard_lines_carry_a_prepared_issue_and_library_ingests_them(tmp_path: Path) -> None:
    archive = text_archive(tmp_path / "archive", 3)
    paths, _failed, _skipped = find_issues([archive])
    known = Known({}, frozenset(), 4)
    prepared = [prepare(p, known, load_issue) for p in paths]
    line = shard_line(prepared[0])
    assert "\n" not in line and read_shard_line(line, "x:1", 4) == prepared[0]
    failed = Prepared(str(archive / "gone"), Status.FAILED, reason="gone: no such file")
    assert read_shard_line(shard_line(failed), "x:2", 4) == failed
    newer = read_shard_line(line, "s.jsonl:1", 5)
    assert newer.status is Status.FAILED and "parser version 4" in newer.reason
    shards = tmp_path / "shards"
    shards.mkdir()
    body = "\n".join(shard_line(p) for p in prepared[:2]) + "\n\n{not json\n"
    (shards / "part-0.jsonl").write_text(body, encoding="utf-8")
    (shards / "part-1.jsonl").write_text(shard_line(prepared[2]) + "\n", encoding="utf-8")
    library = Library(tmp_path / "c.sqlite3", tmp_path / "u.sqlite3", parser_version=4)
    with library:
        report = library.import_shards([shards])
        assert report.count(Status.ADDED) == 3
        assert [r for _p, r in report.failed] == [
            f"{shards / 'part-0.jsonl'}:4: not a shard record (Expecting property name enclosed "
            "in double quotes: line 1 column 2 (char 1))"
        ]
        assert len(library.entries()) == 3 and library.check() == []
        assert library.search("harbor")
        # The files are as the cluster saw them: a local import skips them unread.
        again = library.import_paths([archive], jobs=1)
        assert again.count(Status.UNCHANGED) == 3


def _library_state(env: dict[str, str]) -> tuple[list[dict[str, object]], str]:
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "library", "list", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    checked = subprocess.run(
        [sys.executable, "-m", "reader", "library", "check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return json.loads(listed.stdout), checked.stdout


def _entries_on_disk(private_dirs: Path) -> int:
    """How many issues the library list holds now (read while the import writes: WAL)."""
    path = private_dirs / "data" / "broadsheet" / "userdata.sqlite3"
    if not path.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return int(conn.execute("SELECT count(*) FROM library").fetchone()[0])
    except sqlite3.Error:
        return 0  # not made yet


#: More issues than two batches hold (BATCH_ISSUES each), so a kill after the first lands before
#: the end even on an idle machine.
KILL_ISSUES = 3 * BATCH_ISSUES + 8


@pytest.mark.parametrize("kill_after", [0, 1, BATCH_ISSUES + 1])
def test_sigkill_at_any_moment_leaves_a_consistent_library_that_resumes(
    tmp_path: Path, private_dirs: Path, kill_after: int
) -> None:
    """Killed before anything was written, after the first batch, and after the second."""
    archive = text_archive(tmp_path / "archive", KILL_ISSUES)
    env = dict(os.environ)
    command = [sys.executable, "-m", "reader", "library", "add", "--jobs", "2", str(archive)]
    child = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        while (
            kill_after
            and child.poll() is None
            and _entries_on_disk(private_dirs) < kill_after
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)  # the import itself, mid-flight
        child.wait(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)  # its orphaned workers, if any are left
    entries, _ = _library_state(env)
    assert kill_after <= len(entries) < KILL_ISSUES  # killed where meant, before the end
    assert all(e["stories"] > 0 and e["pages"] == 1 for e in entries)
    resumed = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=600
    )
    assert resumed.returncode == 0, resumed.stderr
    statuses = [line.split()[0] for line in resumed.stdout.splitlines()]
    assert len(statuses) == KILL_ISSUES
    assert statuses.count("unchanged") + statuses.count("cached") >= len(entries)
    entries, _ = _library_state(env)
    assert len(entries) == KILL_ISSUES
    with Library.open_default() as library:
        assert library.cache.story_count() == sum(e["stories"] for e in entries)  # none twice
        hits = library.search('"Harbor Report"', limit=10_000)
        assert len(hits) == len({h.source_hash for h in hits}) == KILL_ISSUES
