"""The ``broadsheet`` command: subcommands for scripts; with no subcommand it opens the window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from reader.errors import BroadsheetError, InputError

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from reader.ui.app import Launched

log = logging.getLogger("reader")

#: Subcommand modules, each with add_arguments(subparsers) and run(args, out).
COMMANDS = ("parse", "library", "search", "export")

#: Options of the window (``broadsheet [OPTION…] [PATH…]``), with their help.
WINDOW_OPTIONS = {
    "--new-window": "open a window of its own, even when one is open already (without it, "
    "PATH goes to the open window, which is raised)",
    "--quit-after-load": "close the window once the first issue is shown and jieba's word list "
    "is loaded, printing the issue's title (exit status 1 when either fails): a smoke test of "
    "an installation",
}

#: The interface languages ``--lang`` takes (reader.ui.i18n.LANGUAGES, kept here too so that
#: the command line imports no Qt; a test holds the two together).
LANGUAGES = ("en", "zh_CN", "zh_TW")
LANG_OPTION = "--lang"


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang LANG`` or ``--lang=LANG`` taken out of ``argv``: (LANG or None, the rest).
    Raises InputError naming the languages when LANG is missing or unknown."""
    rest: list[str] = []
    language: str | None = None
    items = iter(argv)
    for arg in items:
        if arg == LANG_OPTION or arg.startswith(LANG_OPTION + "="):
            value = arg.partition("=")[2] if "=" in arg else next(items, "")
            if value not in LANGUAGES:
                raise InputError(
                    f"{LANG_OPTION}: unknown interface language {value!r} "
                    f"(choose {', '.join(LANGUAGES)})"
                )
            language = value
        else:
            rest.append(arg)
    return language, rest


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not on the window's start-up path

    parser = argparse.ArgumentParser(
        prog="broadsheet",
        # argparse's own usage line left PATH out (the window's PATH is read before argparse).
        usage=f"broadsheet [PATH] [--new-window] [--lang {{{','.join(LANGUAGES)}}}] "
        "[--quit-after-load]\n"
        "       broadsheet COMMAND ...   (COMMAND --help for its options)\n"
        "       broadsheet --version",
        description="A reader for digitized newspapers. Without a subcommand, opens the window "
        "(on PATH, or on the bundled sample issue).",
    )
    parser.add_argument(
        LANG_OPTION,
        choices=LANGUAGES,
        help="the window's interface language for this run (the subcommands speak English); "
        "without it, the one chosen in View › Language, else the system's",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="show the versions of Broadsheet, Qt, PySide6, Python, SQLite and jieba, and exit",
    )
    for option, text in WINDOW_OPTIONS.items():
        parser.add_argument(option, action="store_true", help=text)
    # prog: argparse would start each subcommand's usage with the whole usage above.
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", prog="broadsheet")
    import importlib

    for name in COMMANDS:
        try:
            module = importlib.import_module(f"reader.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"reader.commands.{name}":
                raise
            continue
        module.add_arguments(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (2 for bad input, never a traceback)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    try:
        language, argv = take_language(argv)
    except BroadsheetError as exc:
        print(f"broadsheet: {exc}", file=sys.stderr)
        return 2
    options = [a for a in argv if a in WINDOW_OPTIONS]
    paths = [a for a in argv if a not in WINDOW_OPTIONS]
    if not paths or not (paths[0] in COMMANDS or paths[0].startswith("-")):
        return _open_window(paths, options, language)
    if argv[:1] == ["--version"]:  # the quick way: no subcommand modules imported
        return _print_versions(out)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        return _print_versions(out)
    if not getattr(args, "run", None):
        parser.print_help(out)
        return 0
    try:
        if hasattr(out, "reconfigure"):
            # A file name whose bytes are not UTF-8 (a lone surrogate in Python) is written as
            # its escape (\\udcff, in JSON a string escape that reads back as the same name).
            out.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
        return int(args.run(args, out))
    except BroadsheetError as exc:
        from reader.text.escape import terminal_text

        print(f"broadsheet: {terminal_text(str(exc), sys.stderr)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the last net: an OS error no command turned into its own message
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"broadsheet: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


def _print_versions(out: TextIO) -> int:
    from reader.diagnostics import version_report

    print(version_report(), file=out)
    return 0


def launch_window(paths: Sequence[str], **options: bool | str | None) -> Launched:
    """What ``broadsheet [PATH]`` does before its event loop. With no path, the bundled sample's
    parse is started ahead first (read back from the last start, or parsed by a child process),
    before Qt is imported, so that it is ready when the window is; then the window is made and
    shown. ``options``: ``serve``, ``quit_after_load`` and ``language`` of
    ``reader.ui.app.launch``."""
    import gc

    gc.disable()  # until the first paint: see reader.ui.app.resume_gc
    from pathlib import Path

    from reader.parse_ahead import ParseAhead, StreamAhead
    from reader.ui.resources import sample_issue_path

    prefetched = None if paths else ParseAhead.start(sample_issue_path())
    # An issue folder: page 1's parse starts now, in case the library has not got the issue
    # (it is stopped when the library's cache has it).
    ahead = StreamAhead.start(Path(paths[0]).expanduser().resolve()) if paths else None
    try:
        from reader.qt_compat import spare_feature_scan

        spare_feature_scan()
        from reader.ui.app import launch

        problem = x11_platform_problem()
        if problem is not None:
            raise ImportError(problem)
    except ImportError:
        gc.enable()
        if prefetched is not None:
            prefetched.kill()
        if ahead is not None:
            ahead.stop()
        raise
    return launch(paths, prefetched, stream_ahead=ahead, **options)  # type: ignore[arg-type]


#: Qt's platform plugins that need no display server.
NO_DISPLAY_HINT = (
    "no display found (DISPLAY and WAYLAND_DISPLAY are not set); to run without one, start it "
    "as QT_QPA_PLATFORM=offscreen broadsheet, or use the subcommands (broadsheet --help)"
)


#: The library of Qt's X11 platform plugin (xcb) in PySide6's wheel, next to Qt's own.
XCB_LIBRARY = "libQt6XcbQpa.so.6"


def x11_platform_problem(
    environ: Mapping[str, str] | None = None, library: Path | None = None
) -> str | None:
    """Why Qt's X11 platform cannot load, when it is the platform Qt will pick: every system
    library missing (``ldd``'s list; the loader's message, naming the first, without it) and
    the Debian/Ubuntu packages that hold them; None when it loads, or when Qt will use another
    platform or a Qt not from PySide6's wheel. ``library``: the one to load (PySide6's
    ``XCB_LIBRARY`` by default).

    Qt aborts (status 134) when its xcb plugin does not load, and names libxcb-cursor0 whatever
    is missing. Loading the library here costs about a millisecond (Qt loads it next anyway).
    walk27: on a machine lacking libxcb-icccm4 and libxcb-keysyms1 the message named only the
    first, and the reader found the second on the next start."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return None
    if not env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    import ctypes

    if library is None:
        from pathlib import Path

        import PySide6

        library = Path(PySide6.__file__).parent / "Qt" / "lib" / XCB_LIBRARY
    if not library.is_file():
        return None
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        missing = missing_libraries(library)
        if not missing:
            return (
                f"Qt's X11 platform cannot load: {exc}; install the package that has it (on "
                "Debian/Ubuntu see docs/install.md), or start it as QT_QPA_PLATFORM=offscreen "
                "broadsheet"
            )
        packages = " ".join(debian_package(name) for name in missing)
        return (
            f"Qt's X11 platform cannot load: missing {', '.join(missing)}; on Debian/Ubuntu "
            f"install them with: apt-get install {packages} (docs/install.md lists them all), "
            "or start it as QT_QPA_PLATFORM=offscreen broadsheet"
        )
    return None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs that the loader cannot find (directly or through
    another), as ``ldd`` lists them; empty when ``ldd`` is not there or fails."""
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        listed = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    names = [line.split("=>")[0].strip() for line in listed.splitlines() if "=> not found" in line]
    return list(dict.fromkeys(names))


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that holds a shared library, by Debian's naming rule: the name
    before ``.so`` in small letters, then the version (after a hyphen when the name ends in a
    digit): libxcb-icccm.so.4 → libxcb-icccm4, libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    name, _so, version = soname.partition(".so.")
    name = name.lower()
    if not version:
        return name
    major = version.split(".")[0]
    return f"{name}-{major}" if name[-1:].isdigit() else f"{name}{major}"


def display_missing(environ: dict[str, str] | None = None) -> bool:
    """True on X11/Wayland systems when no display is set and Qt was not told to go without one
    (Qt would abort with its plugin message and status 134)."""
    env = os.environ if environ is None else environ
    if sys.platform == "darwin" or sys.platform.startswith("win"):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _report_missing(paths: Sequence[str]) -> int:
    """After paths went to a running window (which shows its own message for each it cannot
    open): name on stderr each path that does not exist, so the launch's status says so too;
    2 when one is missing, else 0."""
    missing = [path for path in paths if not os.path.lexists(path)]
    for path in missing:
        print(f"broadsheet: {path}: no such file or folder", file=sys.stderr)
    return 2 if missing else 0


def _open_window(paths: list[str], options: Sequence[str], language: str | None = None) -> int:
    """``broadsheet [--new-window] [--quit-after-load] [--lang LANG] [PATH…]``: hand PATH to the
    window open already (``reader.ui.single_instance``), else open a window that takes later
    launches, its interface in ``language`` when given."""
    single = "--new-window" not in options
    if single:
        from reader.ui.single_instance import hand_off

        if hand_off(paths):
            return _report_missing(paths)
    if display_missing():
        print(f"broadsheet: {NO_DISPLAY_HINT}", file=sys.stderr)
        return 2
    try:
        launched = launch_window(
            paths,
            serve=single,
            quit_after_load="--quit-after-load" in options,
            language=language,
        )
    except ImportError as exc:
        print(f"broadsheet: the window cannot start ({exc})", file=sys.stderr)
        return 1
    return int(launched.run())
