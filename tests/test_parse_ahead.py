"""The sample issue is parsed ahead at start-up (kept parse or child process); any failure falls
back to parsing here."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import reader.parse
from reader.errors import InputError
from reader.parse_ahead import ParseAhead, cache_file, cache_key
from reader.ui.app import EarlyLoader
from reader.ui.resources import sample_issue_path


def test_the_child_process_gives_what_the_parser_gives_here() -> None:
    path = sample_issue_path()
    process = ParseAhead.start(path)
    assert process is not None
    issue = process.result()
    assert issue == reader.parse.load_issue(path)
    assert issue is not None and issue.articles


def test_the_early_loader_takes_the_child_process_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = sample_issue_path()
    expected = reader.parse.load_issue(path)
    early = EarlyLoader()
    early.prefetch(path)

    def no_parsing_here(_path: object) -> None:
        raise AssertionError("parsed in this process")

    monkeypatch.setattr(reader.parse, "load_issue", no_parsing_here)
    assert early(path) == expected
    assert early.take() == [str(path)]  # joins the library once that is open


def test_a_failed_child_falls_back_to_parsing_here_with_the_real_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    process = ParseAhead.start(missing)
    assert process is not None
    assert process.result() is None
    early = EarlyLoader()
    early.prefetch(missing)
    with pytest.raises(InputError) as raised:
        early(missing)
    assert str(missing) in str(raised.value)


def test_a_different_path_does_not_take_the_prefetched_result() -> None:
    early = EarlyLoader()
    early.prefetch(sample_issue_path("zh-daily"))
    issue = early(sample_issue_path("en-gazette"))
    assert issue == reader.parse.load_issue(sample_issue_path("en-gazette"))


def test_a_child_that_takes_too_long_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.parse_ahead as parse_ahead

    monkeypatch.setattr(parse_ahead, "PARSE_CHILD", "import time; time.sleep(30)")
    process = ParseAhead.start(sample_issue_path())
    assert process is not None
    assert process.result(timeout=0.2) is None

    with pytest.raises(ChildProcessError):
        os.waitpid(process.pid, os.WNOHANG)  # reaped: no zombie left


def test_the_module_is_light_it_imports_neither_qt_nor_the_parser() -> None:
    code = (
        "import sys, reader.parse_ahead\n"
        "heavy = [m for m in ('PySide6', 'reader.parse', 'reader.model') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def copy_of_sample(tmp_path: Path) -> Path:
    target = tmp_path / "zh-daily"
    shutil.copytree(sample_issue_path(), target)
    return target


def parsed_ahead(path: Path) -> tuple[object, str | None]:
    process = ParseAhead.start(path)
    assert process is not None
    issue = process.result()
    return issue, process.source


def test_a_second_start_takes_the_parse_the_first_kept(tmp_path: Path) -> None:
    path = copy_of_sample(tmp_path)
    expected = reader.parse.load_issue(path)
    assert parsed_ahead(path) == (expected, "child")
    assert cache_file(path).is_file()
    assert parsed_ahead(path) == (expected, "cache")


def test_stopping_a_parse_read_back_from_the_kept_one_imports_no_signal(tmp_path: Path) -> None:
    # ``kill`` runs in the loading worker beside the launch's first paint: with no child to
    # stop there is nothing to signal, and importing ``signal`` would only hold the interpreter.
    path = copy_of_sample(tmp_path)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.parse_ahead import ParseAhead\n"
        "process = ParseAhead.start(Path(sys.argv[1]))\n"
        "issue = process.result()\n"
        "process.kill()\n"
        "print(process.source, issue is not None, 'signal' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    assert runs[1].stdout.split() == ["cache", "True", "False"]


def test_a_changed_page_is_parsed_afresh(tmp_path: Path) -> None:
    path = copy_of_sample(tmp_path)
    parsed_ahead(path)
    page = sorted(path.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n补记：本报讯。\n", encoding="utf-8")
    issue, source = parsed_ahead(path)
    assert source == "child"
    assert issue == reader.parse.load_issue(path)
    assert parsed_ahead(path)[1] == "cache"


def test_a_damaged_kept_parse_is_replaced(tmp_path: Path) -> None:
    path = copy_of_sample(tmp_path)
    parsed_ahead(path)
    cache_file(path).write_bytes(b"\x80\x05not a pickle")
    assert parsed_ahead(path) == (reader.parse.load_issue(path), "child")
    assert parsed_ahead(path)[1] == "cache"


def test_a_kept_parse_naming_anything_but_the_model_runs_nothing(tmp_path: Path) -> None:
    path = copy_of_sample(tmp_path)
    parsed_ahead(path)
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.mkdir, (str(marker),))

    cache_file(path).write_bytes(pickle.dumps((cache_key(path), Payload())))
    assert parsed_ahead(path) == (reader.parse.load_issue(path), "child")
    assert not marker.exists()


def test_parse_in_child_reads_alto_with_lxml_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.parse_ahead import parse_in_child
    from tests.conftest import corpus_file

    page = tmp_path / "0001.xml"
    shutil.copyfile(corpus_file("alto/chronam-eveningstar-1920-11-15-p1.alto.xml"), page)
    expected = reader.parse.load_issue(page)

    def no_parsing_here(_path: object) -> None:
        raise AssertionError("parsed in this process")

    monkeypatch.setattr(reader.parse, "load_issue", no_parsing_here)
    assert parse_in_child(page) == expected
    assert not cache_file(page).exists()


def _parse_in_a_pool_worker(path: Path) -> tuple[object, float]:
    """In a pool worker: what parse_in_child gives, and the CPU its child processes used."""
    import resource

    from reader.parse_ahead import parse_in_child

    def children() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    before = children()
    issue = parse_in_child(path)
    return issue, children() - before


def test_parse_in_child_parses_in_place_in_a_pool_worker() -> None:
    """The window's bulk import calls its loader in pool workers, which have no GUI thread to
    spare: a child process per issue there cost six times the parse (its start and imports)."""
    from reader.parse.pool import process_map

    path = sample_issue_path()
    results = list(process_map(_parse_in_a_pool_worker, [path, path], 2))
    expected = reader.parse.load_issue(path)
    assert [issue for issue, _ in results] == [expected, expected]
    assert [children_cpu for _, children_cpu in results] == [0.0, 0.0]


def test_parse_in_child_raises_the_parsers_error_for_bad_input(tmp_path: Path) -> None:
    from reader.parse_ahead import parse_in_child

    bad = tmp_path / "bomb.alto.xml"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>&x;</Layout></alto>',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        parse_in_child(bad)
    assert str(bad) in str(raised.value)


def test_the_window_library_parses_in_a_child_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    path = copy_of_sample(tmp_path)
    expected = reader.parse.load_issue(path)

    def no_parsing_here(_path: object) -> None:
        raise AssertionError("parsed in this process")

    monkeypatch.setattr(reader.parse, "load_issue", no_parsing_here)
    early = EarlyLoader(through_store=True)
    assert early(path) == expected
    assert early.checked


def write_pages(folder: Path, count: int, bad: int | None = None) -> Path:
    """An issue folder of ``count`` plain-text pages of three stories each; page ``bad`` (if
    any) is binary data the parser refuses."""
    folder.mkdir()
    for number in range(1, count + 1):
        page = folder / f"{number:02d}.txt"
        if number == bad:
            page.write_bytes(b"\x00\x01\x02binary\x00" * 64)
            continue
        stories = [
            f"PAGE {number} STORY {n} HEADLINE\n\n"
            f"The council met on page {number} to hear story {n}. It talked for an hour.\n\n"
            "Nothing was decided, and the members went home."
            for n in range(1, 4)
        ]
        page.write_text("\n\n\n".join(stories) + "\n", encoding="utf-8")
    return folder


def test_a_streamed_folder_comes_page_by_page_and_ends_as_the_parser_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.parse_ahead import stream_in_children

    folder = write_pages(tmp_path / "issue", 5)
    expected = reader.parse.load_issue(folder)
    seen: list[object] = []

    def no_page_parsing_here(*_args: object) -> None:
        raise AssertionError("a page was parsed in this process")

    monkeypatch.setattr("reader.parse.issue.load_page", no_page_parsing_here)
    issue = stream_in_children(folder, seen.append)
    assert issue == expected
    # Page 1 first, then the issue grows in page order; each issue begins with the very page
    # objects of the one before, and the last with all of those shown.
    counts = [len(s.pages) for s in seen]  # type: ignore[attr-defined]
    assert counts == sorted(set(counts)) and counts[0] >= 1 and counts[-1] < 5
    for before, after in zip(seen, [*seen[1:], issue], strict=True):
        pairs = zip(before.pages, after.pages, strict=False)  # type: ignore[attr-defined]
        assert all(a is b for a, b in pairs)


def test_a_bad_page_in_a_streamed_folder_is_named_and_the_others_still_come(
    tmp_path: Path,
) -> None:
    from reader.parse_ahead import stream_in_children

    folder = write_pages(tmp_path / "issue", 5, bad=3)
    seen: list[object] = []
    with pytest.raises(InputError) as raised:
        stream_in_children(folder, seen.append)
    assert str(raised.value) == str(InputError("binary data, not a text page", folder / "03.txt"))
    with pytest.raises(InputError) as directly:
        reader.parse.load_issue(folder)
    assert str(raised.value) == str(directly.value)  # as the parser says it
    # Every readable page was handed on, in order, without the bad one.
    assert [p.number for p in seen[-1].pages] == [1, 2, 4, 5]  # type: ignore[attr-defined]


def test_what_is_not_a_folder_of_pages_is_parsed_whole(tmp_path: Path) -> None:
    from reader.parse_ahead import stream_in_children

    folder = write_pages(tmp_path / "issue", 2)
    page = folder / "01.txt"
    seen: list[object] = []
    assert stream_in_children(page, seen.append) == reader.parse.load_issue(page)
    missing = tmp_path / "missing"
    with pytest.raises(InputError):
        stream_in_children(missing, seen.append)
    assert seen == []


def test_page_ones_parse_started_ahead_is_taken_by_the_stream(tmp_path: Path) -> None:
    from reader.parse_ahead import StreamAhead, stream_in_children

    folder = write_pages(tmp_path / "issue", 4)
    ahead = StreamAhead.start(folder)
    assert ahead is not None
    seen: list[object] = []
    assert stream_in_children(folder, seen.append, ahead) == reader.parse.load_issue(folder)
    assert ahead.take(folder) is None  # taken once


def test_a_parse_started_ahead_and_not_wanted_is_stopped(tmp_path: Path) -> None:
    from reader.parse_ahead import StreamAhead, stream_in_children

    folder = write_pages(tmp_path / "issue", 2)
    other = write_pages(tmp_path / "other", 2)
    ahead = StreamAhead.start(folder)
    assert ahead is not None
    pid = ahead._child[0] if ahead._child else None
    # Another folder is parsed: the child started for the first is killed and reaped.
    assert stream_in_children(other, None, ahead) == reader.parse.load_issue(other)
    assert pid is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    ahead.stop()  # (nothing left to stop)
    again = StreamAhead.start(folder)
    assert again is not None
    again.stop()  # the library had the issue: killed and reaped
    assert again.take(folder) is None


def test_a_page_process_that_dies_leaves_the_parse_to_this_process(tmp_path: Path) -> None:
    import signal

    from reader.parse_ahead import StreamAhead, stream_in_children

    folder = write_pages(tmp_path / "issue", 4)
    ahead = StreamAhead.start(folder)
    assert ahead is not None and ahead._child is not None
    os.kill(ahead._child[0], signal.SIGKILL)  # page 1's child dies before it writes a page
    assert stream_in_children(folder, None, ahead) == reader.parse.load_issue(folder)


def test_a_stopped_load_kills_its_children_and_parses_nothing_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closing stops its loads (``LoadToken.stop``): a streamed folder ends at its
    next page, a child's parse is killed, and neither falls back to parsing in this process.
    walk25: closing the window while 2,000 pages were read waited 105 s for them."""
    import threading
    import time

    from reader.parse_ahead import (
        LoadStopped,
        LoadToken,
        parse_in_child,
        stoppable,
        stream_in_children,
    )

    def no_parsing_here(*_args: object) -> None:
        raise AssertionError("parsed in this process")

    monkeypatch.setattr("reader.parse.issue.load_page", no_parsing_here)
    monkeypatch.setattr("reader.parse.load_issue", no_parsing_here)
    folder = write_pages(tmp_path / "issue", 300)
    token = LoadToken()
    outcome: list[object] = []

    def stop_at_the_first_pages(_issue: object) -> None:
        token.stop()

    def load() -> None:
        with stoppable(token):
            try:
                outcome.append(stream_in_children(folder, stop_at_the_first_pages))
            except LoadStopped as error:
                outcome.append(error)

    worker = threading.Thread(target=load)
    started = time.monotonic()
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    [stopped] = outcome
    assert isinstance(stopped, LoadStopped) and stopped.path == str(folder)
    assert time.monotonic() - started < 20  # (the 300 pages take ~15 s on two cores)
    # A child's parse (the library's loader) stopped while it runs: killed, nothing here.
    token = LoadToken()
    outcome.clear()
    bigger = write_pages(tmp_path / "bigger", 3000)  # (~7 s in one child)

    def load_in_child() -> None:
        with stoppable(token):
            try:
                outcome.append(parse_in_child(bigger))
            except LoadStopped as error:
                outcome.append(error)

    worker = threading.Thread(target=load_in_child)
    worker.start()
    time.sleep(1.0)
    started = time.monotonic()
    token.stop()
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - started < 5
    assert [type(o) for o in outcome] == [LoadStopped]
    # A load started under a stopped token never starts.
    with stoppable(token), pytest.raises(LoadStopped):
        parse_in_child(folder)
