"""Helpers for layouts: rows and columns built in one call, and widgets replaced as data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget


def remove_widgets(layout: QBoxLayout) -> None:
    """Take every widget out of ``layout`` and delete it once control returns to Qt.

    Each widget is hidden first (out of the Tab order at once, and an orphan must never
    show as a window of its own) and removed with ``removeWidget``, which deletes the
    layout's item in C++. Not ``takeAt``: that hands the item to Python, and PySide6 6.11's
    garbage collector then deleted it a second time (a crash seen after an import).
    """
    for index in reversed(range(layout.count())):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        widget.hide()
        layout.removeWidget(widget)
        widget.setParent(None)
        widget.deleteLater()


Cell = QWidget | tuple[QWidget, int] | None


def row(*cells: Cell) -> QHBoxLayout:
    """Lay widgets side by side; None is a stretch, (widget, n) a stretched widget."""
    layout = QHBoxLayout()
    for cell in cells:
        if cell is None:
            layout.addStretch(1)
        elif isinstance(cell, tuple):
            layout.addWidget(cell[0], cell[1])
        else:
            layout.addWidget(cell)
    return layout


def column(*cells: QWidget | QHBoxLayout | tuple[QWidget, int]) -> QWidget:
    """Return a widget stacking widgets and rows; (widget, n) is stretched."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 6, 0)
    for cell in cells:
        if isinstance(cell, QHBoxLayout):
            layout.addLayout(cell)
        elif isinstance(cell, tuple):
            layout.addWidget(cell[0], cell[1])
        else:
            layout.addWidget(cell)
    return widget
