"""``broadsheet export``: selection by --all, --story and --query; format by extension; errors."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands.export import matches_query, select_articles
from reader.model import Article, ArticleKind, Issue
from reader.parse import load_issue
from reader.store.search import parse_query

ROOT = Path(__file__).resolve().parents[2]


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out)
    return status, out.getvalue()


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")


def test_all_stories_to_markdown(seed_page: Path, tmp_path: Path):
    target = tmp_path / "all.md"
    status, out = _run("export", str(seed_page), "--all", "-o", str(target))
    issue = load_issue(seed_page)
    assert status == 0
    assert out == f"{target}: {len(issue.articles)} stories exported as markdown\n"
    text = target.read_text(encoding="utf-8")
    positions = [text.find(a.display_title) for a in issue.articles]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_stories_by_id_keep_the_given_order(seed_page: Path, tmp_path: Path):
    issue = load_issue(seed_page)
    second, first = issue.articles[1], issue.articles[0]
    target = tmp_path / "two.txt"
    status, _out = _run("export", str(seed_page), "--story", second.id, first.id, "-o", str(target))
    assert status == 0
    text = target.read_text(encoding="utf-8")
    assert text.count("-" * 40) == 2
    assert text.index(second.display_title) < text.index(first.paragraphs[0])


def test_unknown_story_id_is_one_line_and_writes_nothing(
    seed_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    status, _out = _run(
        "export", str(seed_page), "--story", "p1-nope", "-o", str(tmp_path / "x.md")
    )
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "p1-nope" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_bad_extension_and_missing_input(
    seed_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert _run("export", str(seed_page), "--all", "-o", str(tmp_path / "x.docx"))[0] == 2
    assert "unknown export format '.docx'" in capsys.readouterr().err
    assert _run("export", str(tmp_path / "none.txt"), "--all", "-o", str(tmp_path / "x.md"))[0] == 2
    assert "none.txt" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_the_target_is_named_as_one(
    seed_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """walk27: ``-o out/`` (a folder) was told "unknown export format '(none)'"."""
    folder = tmp_path / "out"
    folder.mkdir()
    for target, example in ((folder, "issue.pdf"), (tmp_path / "x.pdf", "issue.pdf")):
        target.mkdir(exist_ok=True)
        assert _run("export", str(seed_page), "--all", "-o", str(target))[0] == 2
        err = capsys.readouterr().err
        assert err == (
            f"broadsheet: {target}: is a folder; name the file to write, such as "
            f"{target / example}\n"
        )
        assert list(target.iterdir()) == []


def test_query_selects_matching_stories_and_highlights_them(seed_page: Path, tmp_path: Path):
    issue = load_issue(seed_page)
    target = tmp_path / "q.html"
    status, out = _run("export", str(seed_page), "--query", "AI 眼镜", "-o", str(target))
    assert status == 0 and "1 story exported as html" in out
    text = target.read_text(encoding="utf-8")
    assert text.count("<article") == 1
    assert "AI眼镜能否成为“杀手级”产品" in re.sub(r"<[^>]+>", "", text)
    assert '<span class="hl">AI</span>' in text and '<span class="hl">眼镜</span>' in text
    assert len(issue.articles) > 1


def test_query_without_matches_fails(
    seed_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    status, _out = _run(
        "export", str(seed_page), "--query", "不存在的词语", "-o", str(tmp_path / "q.md")
    )
    assert status == 2
    assert "no story matches" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_query_rules_follow_the_library_search():
    article = Article(
        id="a",
        kind=ArticleKind.STORY,
        headline="ＡＩ眼镜",
        paragraphs=("Rains in Spain fall mainly.",),
    )
    assert matches_query(article, parse_query("AI"))  # full-width letters fold
    assert matches_query(article, parse_query("眼镜 spain"))
    assert not matches_query(article, parse_query("rain"))  # English: whole words
    assert not matches_query(article, parse_query("眼镜 snow"))  # every term required
    issue = Issue(pages=())
    assert select_articles(issue, query=parse_query("x")) == []


@pytest.mark.usefixtures("qapp")
def test_pdf_in_process(seed_page: Path, tmp_path: Path):
    issue = load_issue(seed_page)
    first = issue.articles[0]
    target = tmp_path / "one.pdf"
    status, _out = _run(
        "export", str(seed_page), "--story", first.id, "--page-size", "Letter", "-o", str(target)
    )
    assert status == 0
    assert re.sub(r"\s+", "", first.paragraphs[0]) in re.sub(r"\s+", "", _pdftotext(target))


def test_pdf_from_a_fresh_process_without_display(seed_page: Path, tmp_path: Path):
    """The command makes its own offscreen QGuiApplication when nothing else has one."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    target = tmp_path / "fresh.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "export",
            str(seed_page),
            "--all",
            "--contents",
            "-o",
            str(target),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "exported as pdf" in done.stdout
    text = _pdftotext(target)
    assert "目录" in text  # the seed page is Chinese: so are the document's labels
    assert "全国科技工作会议在京召开" in text


def test_pdf_with_page_crops_of_a_real_alto_page(tmp_path: Path):
    """--page-crops: the story's part of its page scan follows it (the window's export option);
    the story still cites its page."""
    from tests.conftest import corpus_file

    folder = corpus_file("mets/chronam-eveningstar-1920-11-15/0007.xml").parent
    issue = load_issue(folder)
    story = next(a for a in issue.articles if len(a.zones) == 1 and len(a.paragraphs) > 3)
    plain, cropped = tmp_path / "plain.pdf", tmp_path / "cropped.pdf"
    assert _run("export", str(folder), "--story", story.id, "-o", str(plain))[0] == 0
    status, _out = _run(
        "export", str(folder), "--story", story.id, "--page-crops", "-o", str(cropped)
    )
    assert status == 0
    listed = subprocess.run(
        ["pdfimages", "-list", str(cropped)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    # The crop (one column, 430 × 1057 scan pixels), at 100 pixels an inch, cut in two: a page
    # of text each at most (walk27: it was one picture 0.8 in wide).
    rows = [line.split() for line in listed]
    assert len(rows) == 2 and {(r[3], r[12], r[13]) for r in rows} == {("430", "100", "100")}
    assert (
        subprocess.run(
            ["pdfimages", "-list", str(plain)], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        == []
    )
    assert "Page 1" in _pdftotext(cropped)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--page-crops"], "--page-crops"),
        (["--one-per-page", "--page-size", "Letter"], "--page-size, --one-per-page"),
        (["--font-size", "12"], "--font-size"),
    ],
)
def test_a_pdfs_options_for_another_format_are_refused_in_one_line(
    seed_page: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    named: str,
):
    target = tmp_path / "x.md"
    status, out = _run("export", str(seed_page), "--all", "-o", str(target), *options)
    err = capsys.readouterr().err
    assert status == 2 and out == ""
    assert err == f"broadsheet: {target}: {named}: only for a PDF, not markdown\n"
    assert list(tmp_path.iterdir()) == []  # before: written, the options ignored without a word


def test_all_on_an_issue_without_stories_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    # (walk24) An ALTO page whose one word is unplaced text: `--all` said "no story matches
    # None", a query nobody gave.
    page = tmp_path / "one-word.alto.xml"
    page.write_text(
        '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>'
        '<Page WIDTH="100" HEIGHT="100"><PrintSpace><TextBlock ID="b"><TextLine>'
        '<String CONTENT="Hello" HPOS="1" VPOS="1" WIDTH="20" HEIGHT="5"/>'
        "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    assert load_issue(page).articles == ()
    status, _out = _run("export", str(page), "--all", "-o", str(tmp_path / "none.pdf"))
    err = capsys.readouterr().err
    assert status == 2
    assert err == f"broadsheet: {page}: the issue has no stories to export\n"
    assert not (tmp_path / "none.pdf").exists()
