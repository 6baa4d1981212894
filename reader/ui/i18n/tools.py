"""Extracting the interface's strings into the ``.ts`` files and compiling them to ``.qm``.

``python -m reader.ui.i18n update`` runs both (after a merge, or after writing new strings);
``python -m reader.ui.i18n check`` fails when either is out of date (a test runs it too).
The ``.qm`` files are committed, so an installed app, a wheel and the bundle need no Qt tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
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


#: One message of a .ts: (context, source, plural, translations, finished).
Message = tuple[str, str, bool, tuple[str, ...], bool]


def ts_messages(ts: Path) -> set[Message]:
    """The messages of a .ts file, whatever the layout lupdate's version gave it."""
    messages: set[Message] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            finished = False
            if translation is not None:
                plural = tuple(f.text or "" for f in translation.iter("numerusform"))
                forms = plural or (translation.text or "",)
                finished = translation.get("type") is None
            numerus = message.get("numerus") == "yes"
            messages.add((name, message.findtext("source") or "", numerus, forms, finished))
    return messages


def qm_disagrees(qm: Path, messages: set[Message]) -> list[str]:
    """The finished messages that the compiled file ``qm`` does not translate as the .ts does."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return ["cannot be read"]
    wrong = []
    for context, source, numerus, forms, finished in sorted(messages):
        if not finished or not any(forms):
            continue
        # (A count picks each plural form: 1 the first, 2 the second where there is one.)
        for count, form in enumerate(forms, start=1) if numerus else [(-1, forms[0])]:
            expected = form.replace("%n", str(count)) if numerus else form
            got = translator.translate(context, source, None, count) or ""
            if got.replace("%n", str(count)) != expected:
                wrong.append(f"{context}: {source!r}")
                break
    return wrong


def stale() -> list[str]:
    """What is out of date, one line each: a .ts missing strings the source has (or holding
    strings it no longer has), a .qm that does not translate as its .ts does. Both compare
    meaning, not bytes, so another PySide6's lupdate or lrelease does not trip them."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        fresh = {lang: Path(temp) / ts_path(lang).name for lang in LANGUAGES}
        for language, ts in fresh.items():
            if ts_path(language).exists():
                shutil.copyfile(ts_path(language), ts)
        lupdate(fresh.items())
        for language, ts in fresh.items():
            committed, qm = ts_path(language), qm_path(language)
            if not committed.exists():
                problems.append(f"{committed.name}: missing")
                continue
            messages = ts_messages(committed)
            if ts_messages(ts) != messages:
                problems.append(f"{committed.name}: the source's strings changed")
            if not qm.exists():
                problems.append(f"{qm.name}: missing")
            elif wrong := qm_disagrees(qm, messages):
                shown = "; ".join(wrong[:3]) + (
                    f" and {len(wrong) - 3} more" if len(wrong) > 3 else ""
                )
                problems.append(f"{qm.name}: stale against its .ts ({shown})")
    return problems
