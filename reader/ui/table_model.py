"""Shared item-model pieces: a table over a list of plain rows, and named roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def role_names(
    inherited: Mapping[int, QByteArray], named: Mapping[int, bytes]
) -> dict[int, QByteArray]:
    """A model's ``roleNames``: Qt's own plus the model's named roles."""
    names = dict(inherited)
    names.update({int(role): QByteArray(name) for role, name in named.items()})
    return names


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of domain objects under ``HEADERS``; subclasses supply ``data``."""

    #: Column titles, marked ``QT_TRANSLATE_NOOP("<the subclass's name>", …)``: they are
    #: translated in that context when shown.
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def valid_row(self, index: AnyIndex) -> Row | None:
        """The row object behind ``index``, or None for an invalid index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None
