"""The command line against hostile input: loops, mixed folders, empty results, control characters.

Terminal output is read through a real pseudo-terminal (``pty.openpty``): what a person would see.
"""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

PAGE = (
    "全国科技工作会议在京召开\n\n新华社北京1月13日电 全国科技工作会议13日在京召开。\n"
    "量子信息和人工智能是今年的重点。\n"
)
#: ESC sequences, BEL and a right-to-left override inside an otherwise good page.
EVIL_TEXT = "Evil\x1b[31m red\x07 \u202eevil"
EVIL_PAGE = (
    f"{EVIL_TEXT} headline\n\nLONDON, Jan. 13 — The Bank raised rates {EVIL_TEXT} on Tuesday.\n"
    + "Banking shares fell in London after the announcement was made by the governor.\n" * 12
)
#: issue.toml can carry NUL and the rest through TOML escapes.
EVIL_TOML = 'newspaper = "Evil\\u001b]0;pwned\\u0007 Daily\\u0000\\u202e"\ndate = "2025-01-14"\n'
#: What must never reach a terminal raw (the brief's list; escape.UNSAFE_CHARACTERS has more).
RAW = frozenset({"\x1b", "\x07", "\x00", "\u202e"})


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def _issue(folder: Path, text: str = PAGE) -> Path:
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_folder_of_only_symlink_loops_is_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "loops"
    root.mkdir()
    (root / "a").symlink_to(root)
    (root / "b").symlink_to(root / "a")
    assert run("library", "add", str(root)) == (2, "")
    assert capsys.readouterr().err == f"broadsheet: no issues found in {root}\n"


def test_a_folder_with_pages_and_issue_folders_adds_both(tmp_path: Path) -> None:
    outer = _issue(tmp_path / "2025-01-01")
    inner = _issue(outer / "2025-01-02", PAGE.replace("科技", "农业"))
    status, text = run("library", "add", str(outer))
    assert status == 0
    assert [line.rsplit("— ", 1)[1] for line in text.splitlines()] == [str(outer), str(inner)]


def test_a_search_without_hits_says_so(tmp_path: Path) -> None:
    _issue(tmp_path / "2025-01-01")
    assert run("library", "add", str(tmp_path / "2025-01-01"))[0] == 0
    assert run("search", "火星") == (0, "no stories match 火星\n")
    status, text = run("search", "火星", "--json")
    assert status == 0 and json.loads(text) == []


def _through_a_terminal(*argv: str) -> tuple[int, str]:
    """``broadsheet ARGV`` with stdout on a pseudo-terminal: exit status and what it showed."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", *argv],
        stdout=follower,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    _out, err = proc.communicate(timeout=60)
    assert not err.strip() or b"Traceback" not in err
    return proc.returncode, shown.decode("utf-8")


@pytest.fixture
def evil_library(tmp_path: Path) -> Path:
    folder = _issue(tmp_path / "evil\x1b[2J\u202ename", EVIL_PAGE)
    (folder / "issue.toml").write_text(EVIL_TOML, encoding="utf-8")
    assert run("library", "add", str(folder))[0] == 0
    return folder


@pytest.mark.parametrize(
    "argv",
    [
        ("parse", "{folder}", "--format", "text"),
        ("parse", "{folder}", "--format", "markdown"),
        ("parse", "{folder}"),
        ("library", "list"),
        ("library", "add", "{folder}"),
        ("search", "Bank"),
    ],
    ids=["parse-text", "parse-markdown", "parse-json", "list", "add", "search"],
)
def test_control_characters_never_reach_the_terminal(
    evil_library: Path, argv: tuple[str, ...]
) -> None:
    status, shown = _through_a_terminal(*(a.format(folder=evil_library) for a in argv))
    assert status == 0
    assert not set(shown) & RAW, shown
    assert "\\x1b" in shown or "\\u001b" in shown
    assert "\\u202e" in shown


def test_json_keeps_them_as_json_escapes(evil_library: Path) -> None:
    for argv in (("parse", str(evil_library)), ("library", "list", "--json")):
        status, text = run(*argv)
        assert status == 0
        assert not set(text) & RAW
        assert "\\u001b" in text and "\\u202e" in text
    status, text = run("parse", str(evil_library))
    data = json.loads(text)
    assert data["newspaper"] == "Evil\x1b]0;pwned\x07 Daily\x00\u202e"  # nothing lost
    status, text = run("search", "Bank", "--json")
    assert "\\u001b" in text and "\x1b[31m red\x07" in json.loads(text)[0]["snippet"]["text"]


@pytest.mark.parametrize("suffix", [".md", ".html", ".txt", ".pdf"])
def test_exports_escape_them(evil_library: Path, tmp_path: Path, suffix: str, qapp: object) -> None:
    # qapp: the PDF export reuses the test session's QApplication rather than making a
    # QGuiApplication of its own that later widget tests could not use.
    target = tmp_path / f"out{suffix}"
    assert run("export", str(evil_library), "--all", "-o", str(target))[0] == 0
    if suffix == ".pdf":  # the page text, running header, title and bookmarks as a reader sees
        written = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True
        ).stdout
        written += subprocess.run(
            ["pdfinfo", "-enc", "UTF-8", str(target)], capture_output=True, text=True
        ).stdout
    else:
        written = target.read_text(encoding="utf-8")
    assert not set(written) & RAW
    assert "x1b" in written and "u202e" in written


def bad_inputs(root: Path) -> dict[Path, str]:
    """What a new user hands the commands by mistake, and the reason each names."""
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.jpg").write_bytes(bytes(range(256)) * 80)  # binary, 20 KB
    (root / "no pages").mkdir()
    big = root / "big.txt"
    big.write_text("The council met on Tuesday and voted the new budget.\n" * 120_000)  # 6.4 MB
    return {
        root / "missing.txt": "no such file or folder",
        root / "empty.txt": "file is empty",
        root / "photo.jpg": "binary data, not a text page",
        big: "file is too large for a page (6.1 MB; the limit is 5 MB)",
    }


@pytest.mark.parametrize(
    "command",
    [("parse",), ("library", "add"), ("export", "--all", "-o", "OUT.pdf")],
    ids=["parse", "library-add", "export"],
)
def test_every_command_refuses_bad_input_in_one_line_exit_2(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """The real program, in a process of its own: a missing file, an empty one, a binary one,
    one over the size limit and a folder without pages are each exit 2 and one line naming the
    file (``library add`` adds its summary line), never a traceback."""
    out = str(tmp_path / "out.pdf")
    cases = bad_inputs(tmp_path / "in")
    cases[tmp_path / "in" / "no pages"] = (
        "no issues found in {path}"
        if command[0] == "library"
        else "folder has no page files (expected 01.txt, 02.txt …)"
    )
    for path, reason in cases.items():
        argv = [command[0], str(path), *(out if a == "OUT.pdf" else a for a in command[1:])]
        if command[0] == "library":
            argv = ["library", "add", str(path)]
        done = subprocess.run(
            [sys.executable, "-m", "reader", *argv],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        lines = done.stderr.splitlines()
        assert done.returncode == 2, (argv, done.stderr)
        assert "Traceback" not in done.stderr and done.stdout == "", (argv, done.stderr)
        if "{path}" in reason:
            assert lines == [f"broadsheet: {reason.format(path=path)}"]
            continue
        assert lines[0] == f"broadsheet: {path}: {reason}", argv
        if command[0] == "library":  # and one summary line, in the singular
            assert len(lines) == 2 and lines[1].startswith("broadsheet: 1 issue: 0 added,"), lines
            assert "1 failed; 0 pages parsed" in lines[1]
        else:
            assert len(lines) == 1, lines
    assert not Path(out).exists()


def test_a_dangling_symlink_is_a_missing_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link whose target is gone (a page moved after it was linked) is named as missing."""
    link = tmp_path / "moved.txt"
    link.symlink_to(tmp_path / "gone" / "page.txt")
    for argv in (
        ["parse", str(link)],
        ["export", str(link), "--all", "-o", str(tmp_path / "x.md")],
    ):
        status, out = run(*argv)
        lines = capsys.readouterr().err.splitlines()
        assert status == 2 and out == ""
        assert lines == [f"broadsheet: {link}: no such file or folder"], argv
    assert not (tmp_path / "x.md").exists()


#: ALTO whose numbers are not numbers a page can have: NaN, infinities, negatives, 1e400, text.
ODD_NUMBERS_ALTO = (
    '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>'
    '<Page WIDTH="-5" HEIGHT="abc"><PrintSpace>'
    '<TextBlock ID="b1" HPOS="nan" VPOS="inf" WIDTH="1e400" HEIGHT="-3"><TextLine>'
    '<String CONTENT="STORM HITS COAST" HPOS="nan" VPOS="1e400" WIDTH="-1" HEIGHT="0"/>'
    "</TextLine></TextBlock>"
    '<TextBlock ID="b2" HPOS="10" VPOS="99999999999999999999" WIDTH="5" HEIGHT="5"><TextLine>'
    '<String CONTENT="The storm hit the coast today and many were without power." HPOS="10"'
    ' VPOS="50" WIDTH="500" HEIGHT="12"/></TextLine></TextBlock>'
    "</PrintSpace></Page></Layout></alto>"
)


def test_walk24_odd_inputs_are_read_or_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What walk24 tried that no row held: ALTO with impossible numbers is read (its words kept),
    an XML file of another kind, a file name too long for the file system and ``--jobs 0``
    are refused in one line, exit 2."""
    odd = tmp_path / "odd.alto.xml"
    odd.write_text(ODD_NUMBERS_ALTO, encoding="utf-8")
    status, out = run("parse", str(odd), "--format", "text")
    assert status == 0 and "STORM HITS COAST" in out and "without power" in out
    assert capsys.readouterr().err == ""

    picture = tmp_path / "picture.xml"
    picture.write_text(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>'
    )
    long_name = tmp_path / ("a" * 300 + ".pdf")
    page = _issue(tmp_path / "issue") / "01.txt"
    for argv, reason in (
        (["parse", str(picture)], f"{picture}: <svg> document is not a page format"),
        (["export", str(page), "--all", "-o", str(long_name)], f"{long_name}: File name too long"),
    ):
        status, out = run(*argv)
        lines = capsys.readouterr().err.splitlines()
        assert status == 2 and out == "", argv
        assert len(lines) == 1 and lines[0].startswith(f"broadsheet: {reason}"), lines
    with pytest.raises(SystemExit) as stopped:
        run("parse", str(page), "--jsonl", "--jobs", "0")
    assert stopped.value.code == 2
    assert "not a whole number of at least 1: '0'" in capsys.readouterr().err


def _broadsheet(*argv: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *argv],
        capture_output=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_page_named_in_gbk_bytes_is_read_exported_and_refused_by_the_library(
    tmp_path: Path,
) -> None:
    """A name written by Chinese Windows (中文报.txt in GBK bytes, not UTF-8): Python keeps its
    bytes as lone surrogates, which UTF-8 output cannot carry (before: a traceback, exit 1)."""
    folder = os.fsencode(tmp_path / "gbk")
    os.mkdir(folder)
    page = os.path.join(folder, "中文报.txt".encode("gbk"))
    with open(page, "wb") as file:
        file.write(PAGE.encode("utf-8"))
    text = _broadsheet("parse", page, "--format", "text")
    assert (text.returncode, text.stderr) == (0, b"")
    assert text.stdout.decode("utf-8").splitlines()[0] == "中文报"  # its name, read as GBK
    shown = _broadsheet("parse", page)
    assert (shown.returncode, shown.stderr) == (0, b"")
    assert os.fsencode(json.loads(shown.stdout)["source"]) == page  # the very bytes, back
    target = tmp_path / "out.md"
    exported = _broadsheet("export", page, "--all", "-o", str(target))
    assert (exported.returncode, exported.stderr) == (0, b"")
    assert "> 中文报.txt, 日期不详" in target.read_text(encoding="utf-8")
    added = _broadsheet("library", "add", folder)
    message = added.stderr.decode("utf-8").splitlines()
    assert added.returncode == 2 and b"Traceback" not in added.stderr, message
    assert message[0] == (
        f"broadsheet: {tmp_path / 'gbk' / '中文报.txt'}: the file name is not UTF-8 and the "
        "library keeps names as text: rename it (for example convmv -f gbk -t utf-8 --notest)"
    )


def test_a_pdf_or_a_scan_given_as_a_page_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """walk27 tried a PDF (one of Broadsheet's own exports) and a page scan (JPEG) as a page, a
    user's likely mistake: each is refused in one line naming it, exit 2."""
    pdf = tmp_path / "issue.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n"
        + bytes(range(256)) * 4
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    scan = tmp_path / "0007.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4 + b"\xff\xd9")
    for path in (pdf, scan):
        assert run("parse", str(path)) == (2, "")
        assert capsys.readouterr().err == f"broadsheet: {path}: binary data, not a text page\n"
