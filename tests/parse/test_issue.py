"""Issues on disk: page files, folders with issue.toml, guessed metadata, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import InputError
from reader.parse import load_issue
from reader.parse.audit import lost_and_added
from reader.parse.decode import decode_page

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"
PAGE = "全国科技工作会议在京召开\n\n 新华社北京1月13日电 全国科技工作会议13日在京召开。\n"


def test_folder_with_issue_toml(tmp_path: Path) -> None:
    (tmp_path / "02.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    (tmp_path / "issue.toml").write_text(
        'newspaper = "晨星科技报"\ndate = "2025-03-18"\nlanguage = "zh"\n'
        '[pages]\n1 = "第1版 要闻"\n',
        encoding="utf-8",
    )
    issue = load_issue(tmp_path)
    assert (issue.newspaper, issue.date, issue.language) == ("晨星科技报", "2025-03-18", "zh")
    assert [p.number for p in issue.pages] == [1, 2]
    assert [p.name for p in issue.pages] == ["第1版 要闻", None]
    assert [p.label for p in issue.pages] == ["第1版 要闻", "Page 2"]
    assert issue.pages[0].articles[0].id.startswith("p1-")
    assert issue.pages[1].articles[0].page_number == 2


def test_folder_without_toml_guesses_date(tmp_path: Path) -> None:
    folder = tmp_path / "tribune-1911-09-17"
    folder.mkdir()
    (folder / "p1.txt").write_text(PAGE, encoding="gb18030")
    issue = load_issue(folder)
    assert issue.date == "1911-09-17" and issue.newspaper is None
    assert issue.pages[0].articles[0].headline == "全国科技工作会议在京召开"


def test_single_page_file(tmp_path: Path) -> None:
    page = tmp_path / "2025-01-14.txt"
    page.write_text(PAGE, encoding="utf-8")
    issue = load_issue(page)
    assert issue.date == "2025-01-14" and len(issue.pages) == 1
    assert issue.pages[0].source == str(page)


def empty_page(folder: Path) -> Path:
    page = folder / "a.txt"
    page.write_bytes(b"")
    return page


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda p: p / "missing", "no such file or folder"),
        (lambda p: p, "folder has no page files"),
        (empty_page, "file is empty"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, setup, reason: str) -> None:  # type: ignore[no-untyped-def]
    target = setup(tmp_path)
    with pytest.raises(InputError, match=reason) as info:
        load_issue(target)
    assert str(target) in str(info.value)


def test_invalid_issue_toml(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "issue.toml").write_text("newspaper = [unclosed", encoding="utf-8")
    with pytest.raises(InputError, match=r"invalid issue\.toml"):
        load_issue(tmp_path)


@pytest.mark.parametrize("name", ["zh-daily", "en-gazette"])
def test_sample_issues_lose_nothing(name: str) -> None:
    issue = load_issue(SAMPLES / name)
    assert issue.newspaper and issue.date and len(issue.pages) >= 2
    for page in issue.pages:
        assert page.source is not None
        text = decode_page(Path(page.source).read_bytes())
        lost, added = lost_and_added(text, page)
        assert not lost and not added, (page.number, lost, added)
        assert page.unplaced == ()


def test_parsing_never_imports_jieba_or_qt(tmp_path: Path) -> None:
    import subprocess
    import sys

    page = tmp_path / "01.txt"
    page.write_text(PAGE, encoding="utf-8")
    code = (
        "import sys; from reader.parse import load_issue; load_issue(sys.argv[1]); "
        "print(sorted(m for m in ('jieba', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(page)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
