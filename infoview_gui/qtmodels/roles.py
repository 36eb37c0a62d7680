"""Custom item data roles shared by every InfoView model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

SortRole = Qt.ItemDataRole.UserRole
RowIdRole = Qt.ItemDataRole.UserRole + 1
MarkedRole = Qt.ItemDataRole.UserRole + 2
"""True for a row shown marked: an overdue thank-you, in red."""


def dimmed() -> QBrush:
    """Return the brush of a row shown dimmed (hidden, already chosen, past the time).

    The palette's placeholder colour: InfoView's palettes make it readable (WCAG AA) on
    the base colour, light or dark, so a dimmed row stays legible.
    """
    return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
