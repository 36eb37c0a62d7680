"""Column titles and row numbers of the simple tables, asked for by their views' headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt


def header_text(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """Return a column's title or a row's number (from 1); None for any other role."""
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    if orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
        return headers[section]
    if orientation == Qt.Orientation.Vertical:
        return str(section + 1)
    return None
