"""Ctrl+K as a person presses it: from a text box of a view, then a few letters typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from infoview_gui.ui.dialogs.search import SearchDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import ViewId


def search_from_a_box(qtbot: QtBot, window: MainWindow, view: ViewId, text: str) -> SearchDialog:
    """Show ``view``, put the keyboard in its first text box, press Ctrl+K, type ``text``.

    Returns the Search everything dialog, open with the keyboard in its box.
    """
    window.show_view(view)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shown = window.view(view)
    boxes = [*shown.findChildren(QPlainTextEdit), *shown.findChildren(QLineEdit)]
    box = next(w for w in boxes if w.isVisible() and w.isEnabled())
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(SearchDialog)
    assert search is not None and search.isVisible()
    qtbot.waitUntil(search.box.hasFocus)
    qtbot.keyClicks(search.box, text)
    return search
