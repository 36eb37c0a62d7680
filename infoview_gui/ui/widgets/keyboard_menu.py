"""The context menu of a list or table opened from the keyboard, on the current row.

Qt gives a scroll area's context menu asked for by the keyboard (the Menu key) a
position in the view's own coordinates, while a mouse's is in its viewport's; a handler
of ``customContextMenuRequested`` that looks up ``indexAt(position)`` then finds the row
below the current one (by the header's height) and acts on the wrong person. Shift+F10,
the menu key of keyboards without one, opens no menu at all in Qt. ``keyboard_menu(view)``
makes both open the view's menu on its current row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


class _KeyboardMenu(QObject):
    """Event filter of one view: its keyboard menus at its current row, in viewport terms."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        view = self._view
        if (
            watched is not view
            or view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu
        ):
            return False
        if isinstance(event, QContextMenuEvent):
            if event.reason() != QContextMenuEvent.Reason.Keyboard:
                return False
            return self._open_at_current()
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            shift_f10 = event.key() == Qt.Key.Key_F10
            if shift_f10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
                return self._open_at_current()
        return False

    def _open_at_current(self) -> bool:
        view = self._view
        current = view.currentIndex()
        if not current.isValid():
            return True  # no row to act on: no menu, rather than one for another row
        view.scrollTo(current)
        view.customContextMenuRequested.emit(view.visualRect(current).center())
        return True


def keyboard_menu(view: QAbstractItemView) -> None:
    """Open ``view``'s custom context menu on its current row from the Menu key and Shift+F10."""
    view.installEventFilter(_KeyboardMenu(view))
