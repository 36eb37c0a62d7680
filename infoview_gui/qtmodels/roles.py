"""Custom item data roles shared by every InfoView model."""

from __future__ import annotations

from PySide6.QtCore import Qt

SortRole = Qt.ItemDataRole.UserRole
RowIdRole = Qt.ItemDataRole.UserRole + 1
