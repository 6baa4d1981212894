"""Small helpers shared by the widget tests."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_first_row(table: QAbstractItemView) -> None:
    """Select row 0 alone, whatever keyboard modifiers Qt believes are held.

    ``QTableView.selectRow`` reads the application's modifier state (Shift extends, Ctrl
    toggles), which key-sequence tests earlier in the same process can leave behind.
    """
    flag = QItemSelectionModel.SelectionFlag
    flags = flag.ClearAndSelect | flag.Rows
    table.selectionModel().select(table.model().index(0, 0), flags)
