"""Help > Guide and shortcuts (F1): the method and the keys the app really defines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.ui.dialogs.help_guide import (
    INTERVIEW_ACTIONS,
    METHOD,
    HelpGuideDialog,
    guide_html,
    key_text,
)
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.interview_layout import KEYS


def _open_with_f1(qtbot: QtBot, window: MainWindow) -> HelpGuideDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_guide is not None and window.help_guide.isVisible())
    assert window.help_guide is not None
    return window.help_guide


def test_f1_opens_the_guide_from_the_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.guide_action in help_menu.actions()  # type: ignore[union-attr]
    assert "F1" in [key.toString() for key in window.guide_action.shortcuts()]
    dialog = _open_with_f1(qtbot, window)
    text = dialog.text.toPlainText()
    for title, _ in METHOD:
        assert title in text
    # The window's own keys, read from its actions: Undo, Quit, the guide itself.
    for action in (window.undo_action, window.guide_action):
        assert key_text([action.shortcut()]) in text
    assert key_text([QKeySequence.StandardKey.Quit]) in text
    assert "Rename" in text and "F2" in text  # the fields table's actions
    dialog.close()
    assert _open_with_f1(qtbot, window) is dialog  # one guide, shown again


def test_the_keyboard_starts_in_the_text_not_on_a_button(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_with_f1(qtbot, window)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.text)
    assert not isinstance(QApplication.focusWidget(), QAbstractButton)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Space)  # scrolls, presses nothing
    assert dialog.isVisible()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_interview_mode_key_is_explained() -> None:
    assert set(INTERVIEW_ACTIONS) == set(KEYS)


def test_the_guide_escapes_its_text() -> None:
    page = guide_html([("<b>Keys</b>", [("Do <i>this</i>", "Ctrl+<")])])
    assert "<b>Keys</b>" not in page and "&lt;b&gt;Keys&lt;/b&gt;" in page
    assert "Do &lt;i&gt;this&lt;/i&gt;" in page and "Ctrl+&lt;" in page
