"""The window's docked panels (search, bookmarks, library): docking them with a View menu entry,
showing one with the keyboard in it, and what to say while there is no library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from reader.ui.actions import menu_mnemonics, with_mnemonic

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QWidget

    from reader.ui.main_window import MainWindow


class Docks:
    """The panels docked in the window, by their widget's object name."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._docks: dict[str, QDockWidget] = {}
        self._focus: dict[str, Callable[[], object]] = {}
        self._unavailable = QCoreApplication.translate(
            "Docks", "The library is still opening; try again in a moment"
        )

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        *,
        visible: bool = True,
        focus: Callable[[], object] | None = None,
    ) -> QDockWidget:
        """Dock a panel (search, bookmarks, library) with a show/hide entry in the View menu.

        The dock is named after the widget's object name, so its place and visibility are
        remembered; ``visible`` is the first-time choice. A panel docked where another one is
        shares its place as a tab. ``focus`` puts the keyboard in the panel when
        ``show_panel`` raises it (default: the widget takes the focus).
        """
        from PySide6.QtWidgets import QDockWidget

        window = self.window
        name = widget.objectName() or title
        dock = QDockWidget(title, window)
        dock.setObjectName(f"dock_{name}")
        dock.setAccessibleName(title)
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        dock.setWidget(widget)
        siblings = [d for d in self._docks.values() if window.dockWidgetArea(d) == area]
        window.addDockWidget(area, dock)
        if siblings:
            window.tabifyDockWidget(siblings[-1], dock)
        if not visible:
            dock.hide()
        self._docks[name] = dock
        self._focus[name] = focus or widget.setFocus
        view = window.menu("View")
        if len(self._docks) == 1:
            view.addSeparator()
        toggle = dock.toggleViewAction()
        toggle.setText(with_mnemonic(title, menu_mnemonics(view)))
        view.addAction(toggle)
        if window.settings.window_state is not None:
            window.restoreState(window.settings.window_state)
        return dock

    def docked(self) -> list[QDockWidget]:
        """Every panel docked so far (shown or hidden), in the order they were docked."""
        return list(self._docks.values())

    def panel(self, name: str) -> QDockWidget | None:
        """The dock of a panel by its widget's object name (None until it is docked)."""
        return self._docks.get(name)

    def focuser(self, name: str) -> Callable[[], object]:
        """The call that puts the keyboard in panel ``name`` (its search field, its table)."""
        return self._focus[name]

    def show_panel(self, name: str) -> bool:
        """Show and raise a docked panel and put the keyboard in it (Ctrl+Shift+F …).

        The same key in the panel closes it and gives the keyboard back to the headline list,
        so a panel's shortcut never traps the keyboard there. False when there is no such panel
        (the library is not open) or it was closed.
        """
        dock = self._docks.get(name)
        if dock is None:
            self.window.statusBar().showMessage(self._unavailable, 6000)
            return False
        focus = QApplication.focusWidget()
        if dock.isVisible() and focus is not None and dock.isAncestorOf(focus):
            dock.hide()
            self.window.regions.to_list()
            return False
        dock.show()
        dock.raise_()
        self._focus[name]()
        return True

    @property
    def unavailable_reason(self) -> str:
        """What the library's commands say while there is no library."""
        return self._unavailable

    def set_library_unavailable(self, reason: str) -> None:
        """The library could not be opened: say why when its commands are used."""
        self._unavailable = QCoreApplication.translate(
            "Docks", "The library is not available: {reason}"
        ).format(reason=reason)
