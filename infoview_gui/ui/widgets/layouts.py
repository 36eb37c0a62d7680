"""Helpers for layouts whose widgets are replaced as the data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout


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
