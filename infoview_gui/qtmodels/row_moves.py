"""Drag and drop of a block of rows within one model, ending in ``moveRows``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex

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
