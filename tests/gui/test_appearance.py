"""Preferences > Appearance: the choice is saved, used at once, and used again at start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QRadioButton
from pytestqt.qtbot import QtBot

from infoview_gui.domain.appearance import Appearance
from infoview_gui.services.appearance import appearance
from infoview_gui.ui import after_paint
from infoview_gui.ui.appearance import AppearanceKeeper, keeper, scheme_for
from infoview_gui.ui.dialogs.preferences import PreferencesDialog
from infoview_gui.ui.theme import Scheme, ThemeColours, is_dark, palette_for


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The application's palette and style sheet as they were, once the test is done."""
    before = QPalette(qapp.palette())
    made = keeper(qapp) is None
    yield qapp
    found = keeper(qapp)
    if found is not None:
        found.appearance = Appearance.SYSTEM
        if made:
            found.setParent(None)
            found.deleteLater()
    qapp.setPalette(before)
    qapp.setStyleSheet("")


def choose(qtbot: QtBot, dialog: PreferencesDialog, text: str) -> None:
    buttons = [b for b in dialog.appearance.findChildren(QRadioButton) if b.text() == text]
    middle_of_circle = QPoint(8, buttons[0].height() // 2)
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton, pos=middle_of_circle)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_dark_is_saved_and_used_at_once(
    qtbot: QtBot, store: object, restored: QApplication
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    checked = dialog.appearance.buttons.checkedButton()
    assert checked is not None and checked.text() == "&Follow the system"
    choose(qtbot, dialog, "&Dark")
    assert appearance() is Appearance.DARK
    assert is_dark(restored.palette())
    assert ThemeColours.of(palette_for(Scheme.DARK)).surface.name() in restored.styleSheet()
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.appearance.chosen() is Appearance.DARK
    choose(qtbot, again, "&Light")
    assert not is_dark(restored.palette())
    assert appearance() is Appearance.LIGHT


def test_the_stored_choice_is_used_at_start(store: object, restored: QApplication) -> None:
    AppearanceKeeper(restored, at_start=True).apply(Appearance.SYSTEM)
    assert not is_dark(restored.palette())  # offscreen Qt reports no dark desktop
    from infoview_gui.services.appearance import set_appearance

    set_appearance(appearance=Appearance.DARK)
    after_paint.apply_stored_appearance()
    assert is_dark(restored.palette())


def test_a_forced_choice_wins_over_the_desktop_and_high_contrast_is_honoured() -> None:
    dark, light = Qt.ColorScheme.Dark, Qt.ColorScheme.Light
    assert scheme_for(Appearance.LIGHT, dark == dark, False) is Scheme.LIGHT
    assert scheme_for(Appearance.DARK, light == dark, False) is Scheme.DARK
    assert scheme_for(Appearance.SYSTEM, True, False) is Scheme.DARK
    assert scheme_for(Appearance.SYSTEM, False, True) is Scheme.HIGH_CONTRAST_LIGHT
    assert scheme_for(Appearance.DARK, False, True) is Scheme.HIGH_CONTRAST_DARK
