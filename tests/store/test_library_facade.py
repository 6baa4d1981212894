"""The Library facade over the real parser: cache hits, the library list, bookmarks, notices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from damage import EN_PAGE, ZH_PAGE
from store_helpers import write_issue_folder

from reader.errors import BroadsheetError, InputError, QueryError
from reader.model import Issue
from reader.parse import load_issue
from reader.store import Library
from reader.store.importer import Status
from reader.store.library import BookmarkState, NoticeKind
from tests.conftest import corpus_file


class CountingLoader:
    """The real parser, counting how often it runs."""

    def __init__(self) -> None:
        self.calls: list[Path] = []

    def __call__(self, path: Path) -> Issue:
        self.calls.append(path)
        return load_issue(path)


@pytest.fixture
def loader() -> CountingLoader:
    return CountingLoader()


def _library(tmp_path: Path, loader: CountingLoader, version: int = 1, **kw: object) -> Library:
    return Library(
        tmp_path / "cache" / "c.sqlite3",
        tmp_path / "data" / "u.sqlite3",
        loader=loader,
        parser_version=version,
        **kw,  # type: ignore[arg-type]
    )


def test_reopening_an_unchanged_issue_does_not_parse(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE, EN_PAGE)
    with _library(tmp_path, loader) as library:
        first = library.open_issue(folder)
        second = library.open_issue(folder)
    assert not first.from_cache and second.from_cache
    assert len(loader.calls) == 1
    assert second.issue == first.issue
    with _library(tmp_path, loader) as library:
        assert library.open_issue(folder).from_cache
    assert len(loader.calls) == 1


def test_new_parser_version_or_changed_bytes_parse_again(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader, version=1) as library:
        library.open_issue(folder)
    with _library(tmp_path, loader, version=2) as library:
        assert not library.open_issue(folder).from_cache
        assert library.open_issue(folder).from_cache
        (folder / "01.txt").write_text(ZH_PAGE + "\n补充一段。\n", encoding="utf-8")
        assert not library.open_issue(folder).from_cache
        # The old bytes' parse is pruned from the cache and from search.
        assert library.cache.story_count() == len(library.open_issue(folder).issue.articles)
    assert len(loader.calls) == 3


def test_add_a_folder_of_many_issues(tmp_path: Path, loader: CountingLoader) -> None:
    root = tmp_path / "archive"
    for day in range(1, 13):
        write_issue_folder(root / "2025-01" / f"2025-01-{day:02d}", ZH_PAGE, EN_PAGE)
    (root / "loose-1903-05-01.txt").write_text(EN_PAGE, encoding="utf-8")
    progress: list[tuple[int, int]] = []
    with _library(tmp_path, loader) as library:
        report = library.add(
            [root / "2025-01", root / "loose-1903-05-01.txt"],
            progress=lambda n, total, _p: progress.append((n, total)),
        )
        entries = library.entries()
    assert report.failed == ()
    assert report.count(Status.ADDED) == 13
    assert progress[-1] == (13, 13)
    assert len(entries) == 13
    assert {e.date for e in entries} >= {"2025-01-01", "2025-01-12", "1903-05-01"}
    assert all(e.present and e.pages >= 1 and e.stories >= 1 for e in entries)
    with _library(tmp_path, loader) as library:
        assert library.userdata.recent_files() == []  # a bulk add is not "recently opened"
        library.open_issue(root / "loose-1903-05-01.txt")
        assert library.userdata.recent_files() == [str((root / "loose-1903-05-01.txt").resolve())]


def test_add_reports_bad_issues_and_keeps_going(tmp_path: Path, loader: CountingLoader) -> None:
    good = write_issue_folder(tmp_path / "a" / "good", ZH_PAGE)
    empty = tmp_path / "a" / "empty.txt"
    empty.write_bytes(b"")
    with _library(tmp_path, loader) as library:
        report = library.add([good, empty])
        assert [i.path for i in report.issues] == [str(good.resolve())]
        assert len(report.failed) == 1 and "empty" in report.failed[0][1]
        with pytest.raises(InputError):
            library.open_issue(tmp_path / "missing")


def test_remove_forgets_cache_and_entry_but_never_the_files(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        library.open_issue(folder)
        assert library.search("科技")
        removed = library.remove(folder)
        assert removed is not None and removed.path == str(folder.resolve())
        assert library.remove(folder) is None
        assert library.entries() == []
        assert library.search("科技") == []
        assert library.cache.keys() == set()
    assert (folder / "01.txt").read_text(encoding="utf-8") == ZH_PAGE


def test_missing_files_are_shown_not_dropped(tmp_path: Path, loader: CountingLoader) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        library.open_issue(folder)
        (folder / "01.txt").unlink()
        folder.rmdir()
        [entry] = library.entries()
        assert not entry.present


def test_search_across_the_library(tmp_path: Path, loader: CountingLoader) -> None:
    with _library(tmp_path, loader) as library:
        library.add(
            [
                write_issue_folder(tmp_path / "i" / "2025-01-14", ZH_PAGE),
                write_issue_folder(tmp_path / "i" / "2025-01-15", EN_PAGE),
            ]
        )
        [zh] = library.search("人工智能")
        assert zh.date == "2025-01-14" and zh.headline == "全国科技工作会议在京召开"
        [en] = library.search("banking")
        assert en.date == "2025-01-15"
        assert en.snippet.text[slice(*en.snippet.spans[0])].lower() == "banking"
        with pytest.raises(QueryError):
            library.search('"unclosed')


def test_bookmark_toggle_and_orphan_kept(tmp_path: Path, loader: CountingLoader) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(folder)
        article = opened.issue.articles[0]
        bookmark, now_set = library.toggle_bookmark(opened, article, note="读")
        assert now_set and library.find_bookmark(opened, article) == bookmark
        _, now_set = library.toggle_bookmark(opened, article)
        assert not now_set and library.find_bookmark(opened, article) is None
        library.toggle_bookmark(opened, article, note="again")
        [resolved] = library.resolve_bookmarks()
        assert resolved.state is BookmarkState.FOUND and resolved.article == article

    # A "better parser" that finds no such story: the bookmark stays, marked orphaned.
    def parse_nothing(path: Path) -> Issue:
        return Issue(pages=())

    with Library(
        tmp_path / "cache" / "c.sqlite3",
        tmp_path / "data" / "u.sqlite3",
        loader=parse_nothing,
        parser_version=2,
    ) as library:
        library.open_issue(folder)
        [resolved] = library.resolve_bookmarks()
        assert resolved.state is BookmarkState.ORPHANED
        assert resolved.bookmark.note == "again"
        assert resolved.bookmark.headline == "全国科技工作会议在京召开"
        assert len(library.userdata.bookmarks()) == 1


def test_annotate_bookmarks_a_story_once_and_keeps_its_latest_note(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(folder)
        article = opened.issue.articles[0]
        first = library.annotate(opened, article, "核对数字")
        assert library.find_bookmark(opened, article) == first and first.note == "核对数字"
        second = library.annotate(opened, article, "checked\nfine")
        assert second.id == first.id and second.note == "checked\nfine"
        assert second.updated >= first.updated
        assert [b.note for b in library.userdata.bookmarks()] == ["checked\nfine"]
    # On disk: a new Library on the same files finds the note.
    with _library(tmp_path, loader) as library:
        [resolved] = library.resolve_bookmarks()
        assert resolved.bookmark.note == "checked\nfine"


def test_bookmark_of_issue_whose_files_are_gone(tmp_path: Path, loader: CountingLoader) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(folder)
        library.toggle_bookmark(opened, opened.issue.articles[0])
        library.remove(folder)
        [resolved] = library.resolve_bookmarks()
        assert resolved.state is BookmarkState.FOUND  # reread from the files
        assert library.entries() == []  # … without coming back into the library
        (folder / "01.txt").unlink()
        [resolved] = library.resolve_bookmarks()
        assert resolved.state is BookmarkState.ISSUE_MISSING


def test_damaged_databases_are_reported_and_the_library_still_works(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(folder)
        library.toggle_bookmark(opened, opened.issue.articles[0])
    (tmp_path / "cache" / "c.sqlite3").write_bytes(b"garbage" * 1000)
    (tmp_path / "data" / "u.sqlite3").write_bytes(b"rubbish" * 1000)
    told = []
    with _library(tmp_path, loader, on_notice=told.append) as library:
        assert {n.kind for n in told} == {NoticeKind.CACHE_REBUILT, NoticeKind.USERDATA_RECOVERED}
        assert library.notices == told
        backup = next(n.backup for n in told if n.kind is NoticeKind.USERDATA_RECOVERED)
        assert backup.read_bytes() == b"rubbish" * 1000
        assert library.entries() == []
        assert library.open_issue(folder).from_cache is False


def test_reindex_after_cache_loss(tmp_path: Path, loader: CountingLoader) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        library.open_issue(folder)
    for f in (tmp_path / "cache").iterdir():
        f.unlink()
    with _library(tmp_path, loader) as library:
        assert library.search("科技") == []
        report = library.reindex()
        assert report.count(Status.ADDED) == 1
        assert library.search("科技")


def test_open_default_follows_xdg(private_dirs: Path) -> None:
    with Library.open_default() as library:
        assert Path(library.cache_path).is_relative_to(private_dirs / "cache")
        assert Path(library.userdata_path).is_relative_to(private_dirs / "data")
    assert (private_dirs / "cache" / "broadsheet" / "cache.sqlite3").exists()


def test_clone_shares_the_files_for_a_worker_thread(tmp_path: Path, loader: CountingLoader) -> None:
    import threading

    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    results: list[object] = []
    with _library(tmp_path, loader) as library:
        worker_library = library.clone()

        def work() -> None:
            # A clone is made in one thread and used in another only if handed over whole;
            # here the worker makes its own, as a QRunnable would.
            with library.clone() as mine:
                results.append(mine.open_issue(folder).from_cache)

        worker_library.close()
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        assert results == [False]
        assert library.open_issue(folder).from_cache
        assert [e.path for e in library.entries()] == [str(folder.resolve())]


def test_read_state_survives_a_reparse(tmp_path: Path, loader: CountingLoader) -> None:
    from reader.store.library import StoreReadState

    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE, EN_PAGE)
    with _library(tmp_path, loader) as library:
        issue = library.load_in_worker(folder)
        state = StoreReadState(library)
        assert state.read_ids(issue) == set()
        first = issue.articles[0]
        state.set_read(issue, first.id, True)
        assert state.read_ids(issue) == {first.id}
    with _library(tmp_path, loader, version=2) as library:
        reparsed = library.load_in_worker(folder)
        assert loader.calls == [folder.resolve(), folder.resolve()]
        state = StoreReadState(library)
        assert state.read_ids(reparsed) == {first.id}
        state.set_read(reparsed, first.id, False)
        assert state.read_ids(reparsed) == set()


def test_opened_for_an_issue_the_window_shows(tmp_path: Path, loader: CountingLoader) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        issue = library.load_in_worker(folder)
        opened = library.opened(issue)
        assert opened.path == str(folder.resolve())
        assert library.opened(issue) is opened
        _, now_set = library.toggle_bookmark(opened, issue.articles[0])
        assert now_set
        with pytest.raises(BroadsheetError):
            library.opened(Issue())


def test_opened_takes_the_workers_hash_without_reading_the_files_again(
    tmp_path: Path, loader: CountingLoader, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.store.library as library_module

    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    with _library(tmp_path, loader) as library, _library(tmp_path, loader) as other:
        issue = library.load_in_worker(folder)
        early = other.open_issue(folder)  # as the window's early loader does, on its own Library
        hashed: list[Path] = []
        real_hash = library_module.source_hash
        monkeypatch.setattr(
            library_module, "source_hash", lambda path: hashed.append(path) or real_hash(path)
        )
        assert library.opened(issue).source_hash == early.source_hash
        other.remember(early)
        assert other.opened(early.issue) is early
        assert hashed == []


def test_an_unwritable_store_does_not_stop_an_issue_opening(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE)
    told: list[object] = []
    with _library(tmp_path, loader, on_notice=told.append) as library:
        library.cache.conn.execute("PRAGMA query_only = 1")
        library.userdata.conn.execute("PRAGMA query_only = 1")
        opened = library.open_issue(folder)
        assert opened.issue.articles and not opened.from_cache
        kinds = [n.kind for n in library.notices]  # type: ignore[attr-defined]
        assert kinds == [NoticeKind.STORE_WRITE_FAILED, NoticeKind.STORE_WRITE_FAILED]
        assert "cannot write the cache" in library.notices[0].message
        assert told == library.notices


def test_bookmarked_ids(tmp_path: Path, loader: CountingLoader) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "2025-01-14", ZH_PAGE, EN_PAGE)
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(folder)
        assert library.bookmarked_ids(opened) == set()
        second = opened.issue.articles[-1]
        library.toggle_bookmark(opened, second)
        assert library.bookmarked_ids(opened) == {second.id}


def test_renamed_issue_is_parsed_again_and_keeps_its_bookmarks(
    tmp_path: Path, loader: CountingLoader
) -> None:
    folder = write_issue_folder(tmp_path / "issues" / "scan-0001", ZH_PAGE)
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(folder)
        assert opened.issue.date is None
        library.toggle_bookmark(opened, opened.issue.articles[0], note="keep")
        renamed = folder.rename(folder.with_name("2025-01-14"))
        # The old entry's files are gone: its bookmark is found through the renamed copy's bytes.
        again = library.open_issue(renamed)
        assert not again.from_cache and again.issue.date == "2025-01-14"
        assert again.source_hash == opened.source_hash
        [(bookmark, article)] = library.bookmarks_in(again)
        assert bookmark.note == "keep" and article is not None
        library.remove(folder)  # the stale entry
        [resolved] = library.resolve_bookmarks()
        assert resolved.state is BookmarkState.FOUND
        assert [e.date for e in library.entries()] == ["2025-01-14"]
        assert [h.date for h in library.search("科技")] == ["2025-01-14"]


def test_a_moved_or_copied_issue_from_the_cache_shows_its_own_page_pictures(
    tmp_path: Path, loader: CountingLoader
) -> None:
    """The cache holds a parse per bytes and name: the same METS issue opened from another
    folder (a copy, the archive moved to another disk) is a cache hit, and its pages' files and
    pictures are the ones in that folder (walk25: the picture of the first copy was shown, and
    "missing" once that copy was gone)."""
    mets = corpus_file(
        "mets/chronam-eveningstar-1920-11-15/chronam-eveningstar-1920-11-15.mets.xml"
    )
    first = shutil.copytree(mets.parent, tmp_path / "first" / "issue")
    with _library(tmp_path, loader) as library:
        opened = library.open_issue(first / mets.name)
        assert [p.image for p in opened.issue.pages] == [str(first / "0007.jpg")]
        second = first.parent.parent / "second" / "issue"
        second.parent.mkdir()
        shutil.move(first, second)
        again = library.open_issue(second / mets.name)
    assert again.from_cache and len(loader.calls) == 1
    assert again.issue.source == str(second / mets.name)
    [page] = again.issue.pages
    assert page.image == str(second / "0007.jpg") and Path(page.image).is_file()
    assert page.source == str(second / "0007.xml")
    assert page.image_size == opened.issue.pages[0].image_size
