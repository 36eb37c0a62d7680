"""Preferences > Language: follow the system, or one of the shipped languages.

The languages are listed by their own names ("Deutsch", "Español"), never translated, so
that whoever cannot read the language shown still finds theirs. The window is built in its
language at start: a change applies from the next start, as the line under the list says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from infoview_gui.domain.language import COMPLETE, Language
from infoview_gui.services.language import language
from infoview_gui.ui.translation import LANGUAGE_NAMES
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate


class LanguageChoice:
    """The language list of Preferences and the line that says when a change applies."""

    def __init__(self) -> None:
        self.combo = QComboBox()
        self.combo.addItem(translate("LanguageChoice", "Follow the system"), Language.SYSTEM.value)
        partly = translate("LanguageChoice", "%1 (partly translated)")
        for shipped, name in LANGUAGE_NAMES.items():
            shown = name if shipped in COMPLETE else partly.replace("%1", name)
            self.combo.addItem(shown, shipped.value)
        self.stored = language()
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.stored.value)))
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

    def saved_message(self) -> str:
        """Say that the preferences are saved, and when a new language applies."""
        chosen = self.chosen()
        if chosen is self.stored:
            return translate("LanguageChoice", "Preferences saved")
        if chosen is Language.SYSTEM:
            return translate(
                "LanguageChoice",
                "Preferences saved. InfoView follows the system's language from its next start.",
            )
        return translate(
            "LanguageChoice", "Preferences saved. InfoView speaks %1 from its next start."
        ).replace("%1", LANGUAGE_NAMES[chosen])
