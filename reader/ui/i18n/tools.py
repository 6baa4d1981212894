"""Extracting the interface's strings into the ``.ts`` files and compiling them to ``.qm``.

``python -m reader.ui.i18n update`` runs both (after a merge, or after writing new strings);
``python -m reader.ui.i18n check`` fails when either is out of date (a test runs it too).
The ``.qm`` files are committed, so an installed app, a wheel and the bundle need no Qt tools.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from reader.ui.i18n import LANGUAGES, SOURCE_LANGUAGE, qm_path, ts_path

#: The context of the keymap's menu texts and help (reader.ui.actions.keymap_text).
KEYMAP_CONTEXT = "Keymap"

#: The package folder whose Python files hold the interface's strings.
UI_PACKAGE = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``) beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def keymap_source() -> str:
    """The keymap's texts (menus, entries, help) as ``QT_TRANSLATE_NOOP`` lines lupdate reads:
    the keymap stays plain data, and an entry added to it is extracted with the rest."""
    from reader.ui.actions import KEYMAP, MENUS, SUBMENUS

    texts: list[str] = [*MENUS]
    for item in KEYMAP:
        texts += [item.text, item.help]
    texts += [sub.text for sub in SUBMENUS]
    lines = [f"QT_TRANSLATE_NOOP({KEYMAP_CONTEXT!r}, {text!r})" for text in dict.fromkeys(texts)]
    return "\n".join(lines) + "\n"


def source_files() -> list[Path]:
    return sorted(p for p in UI_PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(targets: Iterable[tuple[str, Path]], quiet: bool = True) -> None:
    """Extract the strings into each (language, .ts path); existing translations are kept,
    strings no longer in the source are dropped. The source language's file holds only the
    plural forms (its singular strings are the source)."""
    with tempfile.TemporaryDirectory() as temp:
        keymap = Path(temp) / "keymap_strings.py"
        keymap.write_text(keymap_source(), encoding="utf-8")
        files = [str(p) for p in source_files()] + [str(keymap)]
        for language, ts in targets:
            command = [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete"]
            command += ["-target-language", language, "-ts", str(ts)]
            if language == SOURCE_LANGUAGE:
                command.insert(-2, "-pluralonly")
            subprocess.run(command, check=True, capture_output=quiet)
            drop_extracomments(ts)


#: lupdate takes the code's ``#:`` comments (this code base's attribute docs) for notes to
#: translators; they are not, and they would make the .ts change with every such comment.
_EXTRACOMMENT = re.compile(r"[ \t]*<extracomment>.*?</extracomment>\n", re.DOTALL)


def drop_extracomments(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_EXTRACOMMENT.sub("", text), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def update() -> None:
    """Re-extract every language's strings, then rebuild its .qm."""
    lupdate(((language, ts_path(language)) for language in LANGUAGES), quiet=False)
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))


def stale() -> list[str]:
    """What is out of date, one line each: a .ts missing strings the source has (or holding
    strings it no longer has), a .qm not compiled from its .ts."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        fresh = {lang: Path(temp) / ts_path(lang).name for lang in LANGUAGES}
        for language, ts in fresh.items():
            if ts_path(language).exists():
                shutil.copyfile(ts_path(language), ts)
        lupdate(fresh.items())
        for language, ts in fresh.items():
            if not ts_path(language).exists():
                problems.append(f"{ts_path(language).name}: missing")
            elif ts.read_bytes() != ts_path(language).read_bytes():
                problems.append(f"{ts_path(language).name}: the source's strings changed")
            qm = Path(temp) / qm_path(language).name
            lrelease(ts_path(language), qm) if ts_path(language).exists() else None
            if not qm_path(language).exists() or not qm.exists():
                problems.append(f"{qm_path(language).name}: missing")
            elif not filecmp.cmp(qm, qm_path(language), shallow=False):
                problems.append(f"{qm_path(language).name}: stale against its .ts")
    return problems
