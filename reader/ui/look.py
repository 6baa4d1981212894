"""How the window looks: the reading settings and the theme applied to the reading pane, the
headline list and the page view; the settings dialog; full screen (F11) with only the text."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.reading_settings import ReadingSettings
from reader.ui.themes import THEME_CHOICES, Theme, resolve_theme, system_prefers_dark, theme_palette

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.ui.reading_settings_dialog import ReadingSettingsDialog


def theme_title(choice: str) -> str:
    """A theme choice as the reader sees it (menus, the dialog, the status bar)."""
    titles = {
        "system": QCoreApplication.translate("Look", "Follow the system"),
        "light": QCoreApplication.translate("Look", "Light"),
        "sepia": QCoreApplication.translate("Look", "Sepia"),
        "dark": QCoreApplication.translate("Look", "Dark"),
    }
    return titles.get(choice, choice)


class Look(QObject):
    """Applies ``ReadingSettings`` (kept in the window's settings) and their theme."""

    #: The settings or the theme in use changed (the resolved Theme).
    changed = Signal(object)
    #: Full screen was entered (True) or left (False).
    fullScreenChanged = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._reading = window.settings.reading
        self._theme: Theme | None = None
        self._dialog: ReadingSettingsDialog | None = None
        #: What full screen hid, to show again when it ends.
        self._hidden: list[QWidget] = []
        self._was_maximized = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply()

    # Settings -------------------------------------------------------------------------------
    @property
    def reading(self) -> ReadingSettings:
        return self._reading

    @property
    def theme(self) -> Theme:
        """The theme in use (the setting resolved: "system" is light or dark)."""
        assert self._theme is not None
        return self._theme

    def set_reading(self, reading: ReadingSettings, remember: bool = True) -> None:
        """Use ``reading`` from now on; ``remember`` keeps it in the settings file."""
        reading = reading.checked()
        if remember:
            self.window.settings.reading = reading
        if reading != self._reading:
            self._reading = reading
            self.apply()

    def set_theme(self, choice: str) -> None:
        self.set_reading(replace(self._reading, theme=choice))

    def cycle_theme(self) -> None:
        """The next theme: follow the system → light → sepia → dark → follow the system."""
        choices = THEME_CHOICES
        current = choices.index(self._reading.theme) if self._reading.theme in choices else 0
        self.set_theme(choices[(current + 1) % len(choices)])
        message = QCoreApplication.translate("Look", "Theme: {theme}").format(
            theme=theme_title(self._reading.theme)
        )
        self.window.statusBar().showMessage(message, 3000)

    def _on_scheme_changed(self, *_args: object) -> None:
        if self._reading.theme == "system":
            self.apply()

    def apply(self) -> None:
        """Give the pane, the list and the page view the settings and the theme's colours."""
        window = self.window
        desktop = QApplication.palette()
        theme = resolve_theme(self._reading.theme, system_prefers_dark(desktop))
        palette = theme_palette(theme, desktop)
        if palette != window.palette():
            window.setPalette(palette)
        window.model.set_palette(window.tree.palette())
        window.page_pane.set_colours(QColor(theme.backdrop), QColor(theme.sketch_paper))
        window.pane.set_look(self._reading, theme)
        self._theme = theme
        self.changed.emit(theme)

    # The dialog -----------------------------------------------------------------------------
    @property
    def dialog(self) -> ReadingSettingsDialog | None:
        """The settings dialog while it is open."""
        return self._dialog

    def open_settings(self) -> ReadingSettingsDialog:
        """View › Reading Settings…: changes show at once; Cancel goes back to what was."""
        from reader.ui.reading_settings_dialog import ReadingSettingsDialog  # only when asked

        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return self._dialog
        before = self._reading
        dialog = ReadingSettingsDialog(before, self.window.pane.installed_fonts, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.previewed.connect(lambda value: self.set_reading(value, remember=False))
        dialog.accepted.connect(lambda: self.set_reading(dialog.value()))
        dialog.rejected.connect(lambda: self.set_reading(before))
        dialog.finished.connect(self._forget_dialog)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, *_args: object) -> None:
        self._dialog = None

    # Full screen ----------------------------------------------------------------------------
    @property
    def full_screen(self) -> bool:
        return bool(self._hidden) or self.window.isFullScreen()

    def toggle_full_screen(self) -> None:
        """F11: only the story, on the whole screen; F11 or Esc again brings the rest back."""
        if self.full_screen:
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        window = self.window
        if self.full_screen:
            return
        from PySide6.QtWidgets import QDockWidget

        candidates: list[QWidget] = [window.menuBar(), window.statusBar()]
        candidates += window.findChildren(QDockWidget)
        # Everything beside the pane in the reading area (the list, the page picture), and
        # every bar under it (the highlight bar).
        splitter = window.splitter
        candidates += [w for i in range(splitter.count()) if (w := splitter.widget(i))]
        central = window.centralWidget()
        assert central is not None
        candidates += [w for w in central.findChildren(QWidget) if w.parentWidget() is central]
        hidden = []
        for widget in candidates:
            if widget is window.pane or widget is splitter or widget in hidden:
                continue
            if widget.isVisible():
                widget.hide()
                hidden.append(widget)
        self._hidden = hidden
        self._was_maximized = window.isMaximized()
        window.showFullScreen()
        window.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fullScreenChanged.emit(True)

    def leave_full_screen(self) -> None:
        window = self.window
        if not self.full_screen:
            return
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            widget.show()
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
        window.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fullScreenChanged.emit(False)
