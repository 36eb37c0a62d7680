"""A read-only table model over row tuples whose first item is the record's id."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from infoview_gui.qtmodels.headers import header_text
from infoview_gui.qtmodels.roles import RowIdRole, SortRole

Row = tuple[object, ...]
Formatter = Callable[[object], str]
AnyIndex = QModelIndex | QPersistentModelIndex


def _plain(value: object) -> str:
    return "" if value is None else str(value)


class RowsTableModel(QAbstractTableModel):
    """Shows ``rows[i][1:]`` as columns; ``rows[i][0]`` is the id behind ``RowIdRole``.

    Args:
        headers: the column titles.
        formatters: one per column, turning a stored value into the text shown.
    """

    def __init__(
        self, headers: Sequence[str], formatters: Sequence[Formatter] | None = None
    ) -> None:
        super().__init__()
        self._headers = list(headers)
        self._formatters = list(formatters or [_plain] * len(headers))
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_id(self, row: int) -> int:
        """Return the record id shown at ``row``."""
        return int(str(self._rows[row][0]))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for display and tooltips, raw values for sorting, the id for RowIdRole."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._formatters[index.column()](value)
        if role == Qt.ItemDataRole.ToolTipRole:  # tooltips take markup: show it literally
            return html.escape(self._formatters[index.column()](value))
        if role == SortRole:
            return value if isinstance(value, int | float) else _plain(value).casefold()
        if role == RowIdRole:
            return row[0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return header_text(self._headers, section, orientation, role)
