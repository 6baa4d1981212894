"""The window's regions for the keyboard: the headline list, the story, the page picture and the
docked panels. F6 and Shift+F6 cycle through them, Esc in a panel comes back to the list, F10
opens the menu bar, and a bar along the top of the focused region shows where the keys go.
Also the names Qt leaves empty for a screen reader (a field's clear button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from reader.ui.main_window import MainWindow


def name_clear_button(field: QLineEdit) -> None:
    """Give ``field``'s clear button (an icon only) the name a screen reader reads: "Clear"."""
    for action in field.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(QCoreApplication.translate("Regions", "Clear"))


class FocusMark(QFrame):
    """A thin bar in the highlight colour along the top of the region that has the keyboard."""

    #: Its thickness in pixels.
    THICKNESS = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusMark")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setAccessibleName(self.tr("Keyboard focus"))
        self.hide()

    def follow(self, region: QWidget | None) -> None:
        """Lie along the top edge of ``region`` (hide for None or a hidden region)."""
        if region is None or not region.isVisible():
            self.hide()
            return
        parent = self.parentWidget()
        assert parent is not None
        top_left = region.mapTo(parent, region.rect().topLeft())
        self.setGeometry(top_left.x(), top_left.y(), region.width(), self.THICKNESS)
        self.raise_()
        self.show()


class Regions(QObject):
    """The parts of the window the keyboard moves between, in their visual order."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.mark = FocusMark(window)
        self._marked: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # The regions ------------------------------------------------------------------------------
    def _docks(self) -> list[QDockWidget]:
        """The visible docked panels, left to right, top to bottom."""
        # (From the window's ``docks``, which docks them all: asked at every change of focus,
        # the first one at the launch, before the first paint, where importing QDockWidget to
        # find them built its enums for a window with no panel yet.)
        docks = [
            dock
            for dock in self.window.docks.docked()
            if dock.isVisible() and not dock.visibleRegion().isEmpty()
        ]
        return sorted(docks, key=lambda d: (d.mapTo(self.window, d.rect().topLeft()).x(), d.y()))

    def regions(self) -> list[tuple[QWidget, Callable[[], object]]]:
        """Each region (its outermost widget) with the call that puts the keyboard in it."""
        window = self.window
        reason = Qt.FocusReason.OtherFocusReason
        found: list[tuple[QWidget, Callable[[], object]]] = []
        if self.list_shown:  # (a collapsed list is no place for the keyboard: nothing shows it)
            found.append((window.tree, lambda: window.tree.setFocus(reason)))
        found.append((window.pane, lambda: window.pane.setFocus(reason)))
        page = window.page_pane
        if page.visible:
            found.append((page.container, lambda: page.view.setFocus(reason)))
        for dock in self._docks():
            widget = dock.widget()
            if widget is not None:
                found.append((dock, window.docks.focuser(widget.objectName())))
        return found

    def region_of(self, widget: QWidget | None) -> QWidget | None:
        """The region ``widget`` is in (None: the menu bar, the highlight bar, a dialog)."""
        while widget is not None:
            for region, _focus in self.regions():
                if widget is region:
                    return region
            widget = widget.parentWidget()
        return None

    @property
    def current(self) -> QWidget | None:
        """The region that has the keyboard now."""
        return self.region_of(QApplication.focusWidget())

    # Moving -----------------------------------------------------------------------------------
    def cycle(self, step: int) -> None:
        """F6 / Shift+F6: the keyboard to the next (previous) region, round the end."""
        regions = self.regions()
        current = self.current
        position = next((n for n, (r, _f) in enumerate(regions) if r is current), -1)
        if position == -1:
            target = 0 if step > 0 else len(regions) - 1
        else:
            target = (position + step) % len(regions)
        regions[target][1]()

    @property
    def list_shown(self) -> bool:
        """Whether the headline list has room on screen (it collapses when it gives way for
        room, at 800x600 with the page picture and a panel, or by the reader's hand)."""
        return not self.window.layout_guard.list_collapsed

    def to_list(self) -> None:
        """The keyboard back to the headline list, or to the story while the list is collapsed
        (a keyboard in a collapsed list was where no one could see it; the reading keys work
        from the story all the same)."""
        window = self.window
        target = window.tree if self.list_shown else window.pane
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def in_panel(self) -> bool:
        """Whether the keyboard is in a docked panel."""
        from PySide6.QtWidgets import QDockWidget

        return isinstance(self.current, QDockWidget)

    def open_menu_bar(self) -> None:
        """F10: the first menu open, as Alt+F would open it."""
        bar = self.window.menuBar()
        first = next((a for a in bar.actions() if a.isVisible() and a.menu()), None)
        if first is not None:
            bar.setActiveAction(first)

    # The mark ---------------------------------------------------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not shiboken6.isValid(self.window):  # the window is going: nothing to mark
            return
        region = self.current
        if region is self._marked:
            return
        if self._marked is not None and shiboken6.isValid(self._marked):
            self._marked.removeEventFilter(self)
        self._marked = region
        if region is not None:
            region.installEventFilter(self)
        self.mark.follow(region)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._marked and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Hide,
            QEvent.Type.Show,
        ):
            self.mark.follow(self._marked)
        return False
