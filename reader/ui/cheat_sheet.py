"""The cheat sheet: every shortcut of the keymap, grouped by menu."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.actions import KEYMAP, MENUS, keymap_text, shortcut_text, without_mnemonic
from reader.ui.window_layout import fit_size, keep_on_screen


class CheatSheet(QDialog):
    """A non-modal list of the keymap; Esc or ? closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setAccessibleName(self.tr("Keyboard Shortcuts"))
        for menu in MENUS:
            specs = [s for s in KEYMAP if s.menu == menu and s.shortcuts]
            if not specs:
                continue
            header = QTreeWidgetItem([without_mnemonic(keymap_text(menu)), ""])
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(header)
            for item in specs:
                what = keymap_text(item.help) or without_mnemonic(keymap_text(item.text))
                row = QTreeWidgetItem([shortcut_text(item), what])
                row.setData(0, Qt.ItemDataRole.UserRole, item.name)
                row.setToolTip(1, row.text(1))  # whole, when a narrow screen cuts it short
                self.tree.addTopLevelItem(row)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        # As wide as the longest action (640 px cut Esc's and p's short), but at a large
        # scale the screen may be smaller than the list: never past its edges.
        self.resize(fit_size(parent or self, QSize(max(640, self._whole_width()), 660)))

    def _whole_width(self) -> int:
        """The dialog's width that shows every row whole: the keys' column, the longest action
        with the view's text margins, the scroll bar, the frames and the layout's margins."""
        tree = self.tree
        metrics = tree.fontMetrics()
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        texts = [item.text(1) for item in items if item is not None]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        layout = self.layout()
        sides = layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
        scroll_bar = tree.verticalScrollBar().sizeHint().width()
        return tree.columnWidth(0) + widest + margin + scroll_bar + 2 * tree.frameWidth() + sides

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        keep_on_screen(self)
        # The keyboard in the list, so that the arrows and Page Down scroll it: with the list
        # out of the keyboard's reach (the Close button had it), a small screen's cut-off rows
        # could be read only with a mouse.
        self.tree.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def listed_actions(self) -> list[str]:
        """Names of the actions listed (the tests compare this with the keymap)."""
        names = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            name = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
            if name:
                names.append(str(name))
        return names
