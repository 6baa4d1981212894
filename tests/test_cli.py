"""The ``broadsheet`` entry point's window start-up (the subcommands are tested in commands/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.ui.resources import sample_issue_path


def run_child(code: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_sample_parse_starts_before_qt_is_imported() -> None:
    code = (
        "import sys\n"
        "import reader.cli\n"
        "import reader.parse_ahead as pp\n"
        "seen = []\n"
        "start = pp.ParseAhead.start.__func__\n"
        "def spy(cls, path):\n"
        "    seen.append(('PySide6' in sys.modules, path))\n"
        "    return start(cls, path)\n"
        "pp.ParseAhead.start = classmethod(spy)\n"
        "launched = reader.cli.launch_window([])\n"
        "qt_loaded, path = seen[0]\n"
        "print(len(seen), qt_loaded, path, launched.window.isVisible())\n"
        "launched.window.close()\n"
    )
    count, qt_loaded, path, visible = run_child(code)
    assert (count, qt_loaded, visible) == ("1", "False", "True")
    assert Path(path).resolve() == sample_issue_path().resolve()


def test_the_garbage_collector_is_paused_until_the_first_paint_then_resumed() -> None:
    code = (
        "import gc\n"
        "import reader.cli\n"
        "import reader.ui.app\n"
        # Painting (and so the collector) is released by the issue, not by the fallback timer
        # that a loaded machine's slow parse would reach first.
        "reader.ui.app.FirstPaint.WAIT_MS = 600_000\n"
        "launched = reader.cli.launch_window([])\n"
        "window = launched.window\n"
        "from PySide6.QtCore import QTimer\n"
        "states = [gc.isenabled()]\n"
        "def shown(*_args):\n"  # the issue put in the list: before the first paint (the story
        "    if len(states) == 1:\n"  # is drawn a turn later, after that paint)
        "        states.append(gc.isenabled())\n"
        "        QTimer.singleShot(100, finish)\n"
        "def finish():\n"
        "    states.append(gc.isenabled())\n"
        "    print(*states, gc.get_freeze_count() > 10_000)\n"
        "    launched.app.quit()\n"
        "window.model.modelReset.connect(shown)\n"
        "launched.run()\n"
    )
    before_loop, at_issue, after_paint, frozen = run_child(code)
    assert (before_loop, at_issue) == ("False", "False")
    assert (after_paint, frozen) == ("True", "True")


def test_version_names_every_component_without_widgets_or_jieba() -> None:
    code = (
        "import io, sys\n"
        "from reader.cli import main\n"
        "out = io.StringIO()\n"
        "status = main(['--version'], out)\n"
        "heavy = ('PySide6.QtWidgets', 'PySide6.QtGui', 'jieba')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "print(status, *loaded)\n"
        "print(out.getvalue())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    first, *lines = done.stdout.splitlines()
    assert first == "0"  # exit status 0, and none of the heavy modules loaded
    import sqlite3

    import PySide6

    from reader import __version__

    names = {line.split()[0]: line.split()[1] for line in lines if line.strip()}
    assert names["Broadsheet"] == __version__
    assert names["PySide6"] == PySide6.__version__
    assert names["SQLite"] == sqlite3.sqlite_version
    assert names["Python"] == sys.version.split()[0]
    assert names["Qt"][0].isdigit() and names["jieba"][0].isdigit()


def test_version_after_a_window_option_still_prints_the_versions() -> None:
    import io

    from reader.cli import main

    out = io.StringIO()
    assert main(["--new-window", "--version"], out) == 0
    assert out.getvalue().startswith("Broadsheet")


def quit_after_load(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``broadsheet --quit-after-load`` (the real program) in ``env``."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "--quit-after-load"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_quit_after_load_opens_the_sample_and_exits_cleanly() -> None:
    done = quit_after_load({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown: 晨星科技报 · 2025-03-18 (")


def test_quit_after_load_fails_with_status_1_on_a_bad_path(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--quit-after-load", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 1
    assert f"broadsheet: {missing}" in done.stderr and "Traceback" not in done.stderr


def test_no_display_is_one_line_with_how_to_run_headless_and_exit_2(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    for argv in ([], [str(sample_issue_path())]):
        done = subprocess.run(
            [sys.executable, "-m", "reader", *argv],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            cwd=tmp_path,
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1
        assert done.stderr.startswith("broadsheet: no display found")
        assert "QT_QPA_PLATFORM=offscreen broadsheet" in done.stderr
    assert not list(tmp_path.iterdir())  # nothing was started: no parse ahead, no files


def _x11_platform_loads() -> bool:
    """Whether Qt's X11 platform library (from PySide6's wheel) loads on this machine."""
    import ctypes

    import PySide6

    from reader.cli import XCB_LIBRARY

    try:
        ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / XCB_LIBRARY))
    except OSError:
        return False
    return True


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or _x11_platform_loads(),
    reason="needs a Linux machine without the X11 libraries Qt's xcb platform uses",
)
def test_missing_x11_libraries_are_one_line_naming_one_not_an_abort(tmp_path: Path) -> None:
    """With a display set but a library of Qt's X11 plugin missing (Debian 12 with the packages
    docs/install.md named: libxcb-icccm4 and libxcb-keysyms1 were missing), Qt aborted with
    status 134 and five lines that blamed libxcb-cursor0, which was installed."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(
        DISPLAY=":99",  # (never reached: the check comes before Qt opens a display)
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    done = quit_after_load(env)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("broadsheet: the window cannot start")
    assert ".so" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr


def test_lang_chooses_the_window_language_and_the_system_locale_is_the_default() -> None:
    code = (
        "import reader.cli\n"
        "language, rest = reader.cli.take_language(sys.argv[1:])\n"
        "launched = reader.cli.launch_window([], language=language)\n"
        "print(launched.window.menus['File'].title(), *rest)\n"
        "launched.window.close()\n"
    )
    code = "import sys\n" + code
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "zh_CN.UTF-8"}
    env.pop("LANGUAGE", None)
    for argv, expected in (
        (["--lang", "en", "a"], ["&File", "a"]),
        (["--lang=zh_TW"], ["檔案(&F)"]),
        ([], ["文件(&F)"]),  # no --lang, nothing saved: the system's locale, Chinese here
    ):
        done = subprocess.run(
            [sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=60, env=env
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == expected


def test_an_unknown_lang_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    for argv in (["--lang", "fr"], ["--lang"], ["--lang=", "parse", "x.txt"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "--lang" in err and "zh_CN" in err, err


def test_the_cli_knows_the_interface_languages_without_importing_qt() -> None:
    from reader.cli import LANGUAGES
    from reader.ui.i18n import LANGUAGES as INTERFACE

    assert tuple(INTERFACE) == LANGUAGES


def test_help_shows_that_a_path_opens_the_window() -> None:
    """``broadsheet --help`` (the real program): the usage names PATH, the window's argument,
    which argparse's own usage line left out, and the subcommands."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    usage = done.stdout.split("\n\n")[0].splitlines()
    assert usage[0] == (
        "usage: broadsheet [PATH] [--new-window] [--lang {en,zh_CN,zh_TW}] [--quit-after-load]"
    )
    assert usage[1].split()[:2] == ["broadsheet", "COMMAND"]
    assert usage[2].split() == ["broadsheet", "--version"]
    for command in ("parse", "library", "search", "export"):
        assert f"    {command} " in done.stdout


def test_a_subcommand_usage_names_only_that_subcommand(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A subcommand's usage and errors read ``broadsheet parse …``: the top-level usage (three
    lines, for the window) once leaked into every subcommand's, as
    ``broadsheet --version parse [-h] …``, and into each error line."""
    from reader.cli import main

    for argv, command in (
        (["parse"], "broadsheet parse"),
        (["search"], "broadsheet search"),
        (["library", "add"], "broadsheet library add"),
    ):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 2
        err = capsys.readouterr().err
        lines = err.splitlines()
        assert lines[0].startswith(f"usage: {command} "), err
        assert "[PATH]" not in err and "--version" not in err, err
        assert lines[-1].startswith(f"{command}: error: "), err


def test_every_missing_x11_library_is_named_with_its_package(tmp_path: Path) -> None:
    """walk27: on a machine lacking libxcb-icccm4 and libxcb-keysyms1 the start-up message named
    only the first (the loader's error), and the reader met the second on the next start. A
    library needing two that are not there stands in for Qt's xcb library."""
    import shutil

    from reader.cli import debian_package, x11_platform_problem

    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd")
    source = tmp_path / "x.c"
    source.write_text("int f(void) { return 0; }\n")
    for name in ("libbroadsheet-gone.so.4", "libbroadsheet-away-x11.so.0"):
        subprocess.run(
            [
                compiler,
                "-shared",
                "-fPIC",
                f"-Wl,-soname,{name}",
                "-o",
                str(tmp_path / name),
                str(source),
            ],
            check=True,
        )
    needing = tmp_path / "libneeds.so"
    subprocess.run(
        [
            compiler,
            "-shared",
            "-fPIC",
            "-o",
            str(needing),
            str(source),
            f"-L{tmp_path}",
            "-Wl,--no-as-needed",
            "-l:libbroadsheet-gone.so.4",
            "-l:libbroadsheet-away-x11.so.0",
        ],
        check=True,
    )
    for name in ("libbroadsheet-gone.so.4", "libbroadsheet-away-x11.so.0"):
        (tmp_path / name).unlink()
    problem = x11_platform_problem({"DISPLAY": ":9"}, needing)
    assert problem is not None
    assert "libbroadsheet-gone.so.4, libbroadsheet-away-x11.so.0" in problem
    assert "apt-get install libbroadsheet-gone4 libbroadsheet-away-x11-0" in problem
    assert "QT_QPA_PLATFORM=offscreen" in problem
    # Debian's rule for the package of a library, on the libraries docs/install.md lists.
    names = {
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libEGL.so.1": "libegl1",
        "libfontconfig.so.1": "libfontconfig1",
    }
    assert {soname: debian_package(soname) for soname in names} == names
    # A library that loads: no problem; another platform: not looked at.
    assert x11_platform_problem({"DISPLAY": ":9"}, tmp_path / "none.so") is None
    assert x11_platform_problem({"DISPLAY": ":9", "QT_QPA_PLATFORM": "offscreen"}, needing) is None
