"""Preferences > Appearance: follow the system, or always light, or always dark."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from infoview_gui.domain.appearance import Appearance
from infoview_gui.services.appearance import appearance
from infoview_gui.ui.appearance import apply_appearance

CHOICES = {
    Appearance.SYSTEM: str(QT_TRANSLATE_NOOP("AppearanceGroup", "&Follow the system")),
    Appearance.LIGHT: str(QT_TRANSLATE_NOOP("AppearanceGroup", "&Light")),
    Appearance.DARK: str(QT_TRANSLATE_NOOP("AppearanceGroup", "&Dark")),
}
translate = QCoreApplication.translate


class AppearanceGroup(QWidget):
    """Three choices, the stored one checked; ``apply`` uses the checked one at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceGroup")
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        stored = appearance()
        for index, (choice, text) in enumerate(CHOICES.items()):
            button = QRadioButton(translate("AppearanceGroup", text))
            button.setChecked(choice is stored)
            self.buttons.addButton(button, index)
            layout.addWidget(button)
        self.buttons.button(0).setAccessibleDescription(
            translate(
                "AppearanceGroup",
                "Light or dark as the desktop is; a high-contrast desktop gets high contrast",
            )
        )

    def chosen(self) -> Appearance:
        """Return the appearance checked now."""
        return list(CHOICES)[max(0, self.buttons.checkedId())]

    def apply(self) -> None:
        """Use the checked appearance now (once it is saved)."""
        apply_appearance(self.chosen())
