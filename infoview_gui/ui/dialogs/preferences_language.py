"""Preferences > Language: follow the system, or one of the shipped languages.

The languages are listed by their own names ("Deutsch", "Español"), never translated, so
that whoever cannot read the language shown still finds theirs. The window is built in its
language at start: a change applies from the next start, as the line under the list says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from infoview_gui.domain.language import Language
from infoview_gui.services.language import language
from infoview_gui.ui.translation import LANGUAGE_NAMES
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate


class LanguageChoice:
    """The language list of Preferences and the line that says when a change applies."""

    def __init__(self) -> None:
        self.combo = QComboBox()
        self.combo.addItem(translate("LanguageChoice", "Follow the system"), Language.SYSTEM.value)
        for shipped, name in LANGUAGE_NAMES.items():
            self.combo.addItem(name, shipped.value)
        self.combo.setCurrentIndex(max(0, self.combo.findData(language().value)))
        self.said = plain_label(
            translate(
                "LanguageChoice",
                "InfoView speaks the language chosen here from the next time it starts.",
            )
        )
        self.said.setObjectName("viewDescription")

    def chosen(self) -> Language:
        """Return the language chosen now."""
        return Language.parse(str(self.combo.currentData() or ""))
