"""Drag and drop of a block of rows within one model, ending in ``moveRows``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def encode_rows(mime_type: str, indexes: Sequence[QModelIndex]) -> QMimeData:
    """Return drag data naming the rows of ``indexes``."""
    rows = sorted({index.row() for index in indexes if index.isValid()})
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(json.dumps(rows).encode()))
    return mime


def decode_block(mime_type: str, data: QMimeData) -> list[int] | None:
    """Return the dragged rows when they are one contiguous block, else None."""
    try:
        rows = json.loads(bytes(data.data(mime_type).data()).decode())
    except ValueError:
        return None
    if not isinstance(rows, list) or not rows or not all(isinstance(r, int) for r in rows):
        return None
    return rows if rows == list(range(rows[0], rows[-1] + 1)) else None


def drop_row(row: int, parent: AnyIndex, row_count: int) -> int:
    """Return the row a drop lands before (the end when dropped below the last row)."""
    if row != -1:
        return row
    return parent.row() if parent.isValid() else row_count


class RowDragMixin:
    """Drag and drop of rows within the model, for a Qt item model that moves rows.

    Put it first among the bases. The model sets ``ROW_MIME_TYPE``, implements
    ``moveRows`` and ``rowCount``, and may refuse drops with ``accepts_row_drops``.
    """

    ROW_MIME_TYPE = "application/x-infoview-rows"

    def accepts_row_drops(self) -> bool:
        """True when rows may be moved now."""
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Our own row format only."""
        return [self.ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Encode the dragged rows."""
        return encode_rows(self.ROW_MIME_TYPE, indexes)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Accept our own rows, as a move, when moving is possible."""
        return (
            self.accepts_row_drops()
            and action == Qt.DropAction.MoveAction
            and data.hasFormat(self.ROW_MIME_TYPE)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Move the dropped block before the row it was dropped at."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = decode_block(self.ROW_MIME_TYPE, data)
        if rows is None:
            return False
        model = self  # the Qt model this is mixed into
        destination = drop_row(row, parent, model.rowCount())  # type: ignore[attr-defined]
        model.moveRows(  # type: ignore[attr-defined]
            QModelIndex(), rows[0], len(rows), QModelIndex(), destination
        )
        return False  # the move is done: the view must not remove the source rows itself
