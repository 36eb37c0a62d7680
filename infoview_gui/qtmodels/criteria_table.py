"""A field's ranking criteria as an editable table: name, weight, and their order.

Typing a name or a weight saves it (one service call); rows move by drag and drop or
Move up / Move down, ending in ``moveRows``. Adding and removing are the dialog's
actions: it reloads the model afterwards.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from infoview_gui.domain.errors import DomainError
from infoview_gui.qtmodels.contact_columns import Criterion
from infoview_gui.qtmodels.roles import RowIdRole
from infoview_gui.qtmodels.row_moves import RowDragMixin
from infoview_gui.services import ranking

AnyIndex = QModelIndex | QPersistentModelIndex


class CriteriaColumn(IntEnum):
    """The columns of the criteria table."""

    NAME = 0
    WEIGHT = 1


HEADERS = {
    CriteriaColumn.NAME: str(QT_TRANSLATE_NOOP("CriteriaTableModel", "Criterion")),
    CriteriaColumn.WEIGHT: str(QT_TRANSLATE_NOOP("CriteriaTableModel", "Weight (0-5)")),
}
"""The columns' titles, translated where shown (``CriteriaTableModel`` their context)."""


def weight_help() -> str:
    """Return what a weight means, in the user's language (the weight's tooltips)."""
    return QCoreApplication.translate(
        "CriteriaTableModel", "0 ignores this criterion, 5 makes it count most."
    )


class CriteriaTableModel(RowDragMixin, QAbstractTableModel):
    """The criteria of one field, in their order.

    Its own writes show at once; it then calls ``after_write``, which the view sets to
    publish the change to the other views.

    Signals:
        write_refused(str): a name, a weight or a move could not be saved; why, in words.
    """

    ROW_MIME_TYPE = "application/x-infoview-criterion-rows"
    write_refused = Signal(str)

    def __init__(self, field_id: int | None = None) -> None:
        super().__init__()
        self.after_write: Callable[[], object] = lambda: None
        self._field_id = field_id
        self._rows: list[Criterion] = []
        self.reload()

    @property
    def field_id(self) -> int | None:
        """The field whose criteria are shown."""
        return self._field_id

    def set_field(self, field_id: int | None) -> None:
        """Show the criteria of another field."""
        self._field_id = field_id
        self.reload()

    def reload(self) -> None:
        """Read the criteria again."""
        self.beginResetModel()
        field_id = self._field_id
        self._rows = [] if field_id is None else [Criterion(*c) for c in ranking.criteria(field_id)]
        self.endResetModel()

    def criterion(self, row: int) -> Criterion:
        """Return the criterion shown at ``row``."""
        return self._rows[row]

    def row_of(self, criterion_id: int) -> int:
        """Return the row of a criterion, or -1."""
        return next((r for r, c in enumerate(self._rows) if c.id == criterion_id), -1)

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """The number of criteria."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Name and weight."""
        return 0 if parent.isValid() else len(CriteriaColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; the weight's tooltip says what it means."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CriteriaColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "CriteriaTableModel", HEADERS[CriteriaColumn(section)]
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == CriteriaColumn.WEIGHT:
            return weight_help()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Every cell is editable; rows are dragged to reorder."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The name or the weight, for display and editing; the row's criterion id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        criterion = self._rows[index.row()]
        if role == RowIdRole:
            return criterion.id
        weight = index.column() == CriteriaColumn.WEIGHT
        if role == Qt.ItemDataRole.EditRole:
            return criterion.weight if weight else criterion.name
        if role == Qt.ItemDataRole.DisplayRole:
            return str(criterion.weight) if weight else criterion.name
        if role == Qt.ItemDataRole.ToolTipRole:  # tooltips take markup: show it literally
            return weight_help() if weight else html.escape(criterion.name)
        if role == Qt.ItemDataRole.TextAlignmentRole and weight:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Save a name or a weight typed in a cell."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        criterion = self._rows[index.row()]
        try:
            if index.column() == CriteriaColumn.WEIGHT:
                if int(value) == criterion.weight:
                    return True
                ranking.set_weight(criterion_id=criterion.id, weight=int(value))
                fresh = Criterion(criterion.id, criterion.name, int(value))
            else:
                if str(value).strip() == criterion.name:
                    return True
                name = ranking.rename_criterion(criterion_id=criterion.id, name=str(value))
                fresh = Criterion(criterion.id, name, criterion.weight)
        except DomainError as exc:
            self.write_refused.emit(str(exc))
            return False
        self._rows[index.row()] = fresh
        self.dataChanged.emit(index, index)
        self.after_write()
        return True

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move rows before ``destination_child`` and save the new order first."""
        field_id = self._field_id
        if field_id is None or count < 1 or source_parent.isValid():
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself
        block = self._rows[source_row : source_row + count]
        rest = self._rows[:source_row] + self._rows[source_row + count :]
        start = destination_child if destination_child <= source_row else destination_child - count
        order = rest[:start] + block + rest[start:]
        try:
            ranking.reorder_criteria(field_id=field_id, criterion_ids=[c.id for c in order])
        except DomainError as exc:
            self.write_refused.emit(str(exc))
            return False
        last = source_row + count - 1
        if not self.beginMoveRows(
            source_parent, source_row, last, destination_parent, destination_child
        ):
            return False
        self._rows = order
        self.endMoveRows()
        self.after_write()
        return True
