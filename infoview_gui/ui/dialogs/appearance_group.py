"""Preferences > Appearance: follow the system, or always light, or always dark."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from infoview_gui.domain.appearance import Appearance
from infoview_gui.services.appearance import appearance
from infoview_gui.ui.appearance import apply_appearance

CHOICES = {
    Appearance.SYSTEM: "&Follow the system",
    Appearance.LIGHT: "&Light",
    Appearance.DARK: "&Dark",
}


class AppearanceGroup(QGroupBox):
    """Three choices, the stored one checked; ``apply`` uses the checked one at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Appearance", parent)
        self.setObjectName("appearanceGroup")
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        stored = appearance()
        for index, (choice, text) in enumerate(CHOICES.items()):
            button = QRadioButton(text)
            button.setChecked(choice is stored)
            self.buttons.addButton(button, index)
            layout.addWidget(button)
        self.buttons.button(0).setAccessibleDescription(
            "Light or dark as the desktop is; a high-contrast desktop gets high contrast"
        )

    def chosen(self) -> Appearance:
        """Return the appearance checked now."""
        return list(CHOICES)[max(0, self.buttons.checkedId())]

    def apply(self) -> None:
        """Use the checked appearance now (once it is saved)."""
        apply_appearance(self.chosen())
