"""The interface language: which one to use, its translators, and the labels page content needs.

English is the source language; the others are Qt Linguist files in ``resources/i18n``
(``broadsheet_<language>.ts``, compiled to ``.qm`` by ``python -m reader.ui.i18n update``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from reader.ui.resources import resources_dir

if TYPE_CHECKING:
    from reader.model import Page


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged, as Qt's macro does
    (lupdate finds the call by this name); PySide6's own is typed as returning ``object``."""
    return text


#: The interface languages, each named in itself (as the Language menu lists them).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

#: The language the source strings are written in. Its .ts holds only plural forms.
SOURCE_LANGUAGE = "en"

#: The saved choice that means "follow the system's locale".
FOLLOW_SYSTEM = ""

#: The object name of the translators ``install_translators`` installs.
TRANSLATOR_NAME = "broadsheet-translator"

#: Chinese territories whose people read Traditional characters (as QLocale names them).
_TRADITIONAL_TERRITORIES = ("TW", "HK", "MO")


def translations_dir() -> Path:
    """The folder of the ``.ts`` sources and ``.qm`` files (package data: the wheel and the
    bundle carry it with the rest of ``resources``)."""
    return resources_dir() / "i18n"


def qm_path(language: str) -> Path:
    return translations_dir() / f"broadsheet_{language}.qm"


def ts_path(language: str) -> Path:
    return translations_dir() / f"broadsheet_{language}.ts"


def language_for_locale(locale: QLocale) -> str:
    """The interface language for a locale: Chinese in Simplified or Traditional characters,
    else English. (Read from the locale's names: PySide6 builds its enums of countries and
    languages, hundreds of members, on first use, ~30 ms of start-up.)"""
    name = locale.name()  # "zh_CN", "zh_TW", "en_US", "C"
    if not name.startswith("zh"):
        return "en"
    tag = locale.bcp47Name()  # "zh-Hant-CN" when the script is not the territory's default
    if "Hant" in tag:
        return "zh_TW"
    if "Hans" in tag:
        return "zh_CN"
    return "zh_TW" if name[3:5] in _TRADITIONAL_TERRITORIES else "zh_CN"


def choose_language(requested: str | None, saved: str, system: QLocale) -> str:
    """``--lang`` if given, else the choice saved in the settings, else the system's."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    return language_for_locale(system)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app``: Qt's own strings (dialog buttons,
    the file dialog, the context menus of fields) and the app's. Call it before any widget is
    built: strings are translated when they are set. Returns the installed translators (their
    parent is ``app``); those a previous call installed are removed first. A missing file
    leaves that part in English and is logged."""
    import logging

    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    paths = [str(qm_path(language))]  # (English: only the plural forms)
    if language != SOURCE_LANGUAGE:  # Qt's own strings are English already
        from PySide6.QtCore import QLibraryInfo  # (only here: its enums cost start-up)

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        paths.insert(0, os.path.join(qt_folder, f"qtbase_{language}.qm"))
    for path in paths:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(path) and app.installTranslator(translator):
            installed.append(translator)
        else:
            logging.getLogger("reader").warning("no translations for %s at %s", language, path)
    return installed


def page_label(page: Page | None, number: int) -> str:
    """A page's heading in the interface language: its printed name ("第2版 综合") when it has
    one, else "Page 2" translated."""
    if page is not None and page.name:
        return page.name
    return QCoreApplication.translate("Content", "Page {number}").format(number=number)
