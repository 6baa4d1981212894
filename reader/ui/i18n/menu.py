"""View › Language: choose the interface language (kept in the settings, used from the next
start, when every string is set in it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction

from reader.ui.i18n import FOLLOW_SYSTEM, LANGUAGES, language_for_locale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.ui.settings import Settings


class LanguageChooser(QObject):
    """Fills the Language submenu as it opens and saves the choice."""

    def __init__(
        self, settings: Settings, say: Callable[[str, int], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._say = say

    def fill_menu(self, menu: QMenu) -> None:
        """ "Follow the System (…)", then every language named in itself; the saved one ticked."""
        from PySide6.QtGui import QActionGroup  # (when the menu opens: its enums cost start-up)

        menu.clear()
        group = QActionGroup(menu)
        saved = self.settings.language if self.settings.language in LANGUAGES else FOLLOW_SYSTEM
        system = LANGUAGES[language_for_locale(QLocale.system())]
        choices = [
            (FOLLOW_SYSTEM, self.tr("Follow the System ({language})").format(language=system))
        ]
        choices += list(LANGUAGES.items())
        for code, text in choices:
            action = QAction(text, menu)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            menu.addAction(action)
            if not code:
                menu.addSeparator()

    def choose(self, language: str) -> None:
        """Save ``language`` ("" follows the system) and say when it applies."""
        self.settings.language = language
        self.settings.sync()
        name = LANGUAGES.get(language) or LANGUAGES[language_for_locale(QLocale.system())]
        self._say(
            self.tr("The interface will be in {language} from the next start").format(
                language=name
            ),
            8000,
        )
