"""Settings > Preferences: printed sheets, when to move on, the appearance and the language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from infoview_gui.domain.sheet import Paper, Spacing
from infoview_gui.services import sheets, waiting
from infoview_gui.services.preferences import save_preferences
from infoview_gui.ui.dialogs.appearance_group import AppearanceGroup
from infoview_gui.ui.dialogs.form import FormDialog
from infoview_gui.ui.dialogs.holiday_choice import HolidayChoice
from infoview_gui.ui.dialogs.preferences_language import LanguageChoice

translate = QCoreApplication.translate

PAPER_LABELS = {
    Paper.A4: str(QT_TRANSLATE_NOOP("PreferencesDialog", "A4")),
    Paper.LETTER: str(QT_TRANSLATE_NOOP("PreferencesDialog", "US Letter")),
}
SPACING_LABELS = {
    Spacing.COMPACT: str(
        QT_TRANSLATE_NOOP("PreferencesDialog", "Compact (three lines a question)")
    ),
    Spacing.ROOMY: str(QT_TRANSLATE_NOOP("PreferencesDialog", "Roomy (seven lines a question)")),
}


class DaysBox(QSpinBox):
    """A number of business days, its unit in the form the number needs: "1 business day"."""

    def __init__(self, value: int, maximum: int) -> None:
        super().__init__()
        self.setRange(1, maximum)
        self.valueChanged.connect(self._on_value_changed)
        self.setValue(value)
        self._on_value_changed(value)

    def _on_value_changed(self, value: int) -> None:
        suffix = self.tr(" business day(s)", "", value)
        if suffix != self.suffix():  # a new suffix rewrites the text being typed
            self.setSuffix(suffix)


class PreferencesDialog(FormDialog):
    """The few choices InfoView leaves to the user, saved together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PreferencesDialog", "Preferences"),
            parent,
            ok_text=translate("PreferencesDialog", "Save"),
        )
        self.paper = QComboBox()
        for paper, label in PAPER_LABELS.items():
            self.paper.addItem(translate("PreferencesDialog", label), paper.value)
        current = sheets.paper_size(locale_name=QLocale().name())
        self.paper.setCurrentIndex(self.paper.findData(current.value))
        self.spacing = QComboBox()
        for spacing, label in SPACING_LABELS.items():
            self.spacing.addItem(translate("PreferencesDialog", label), spacing.value)
        self.spacing.setCurrentIndex(self.spacing.findData(sheets.sheet_spacing().value))
        ask_next, follow_up = waiting.reply_thresholds()
        self.ask_next = DaysBox(ask_next, 30)
        self.follow_up = DaysBox(follow_up, 60)
        self._add_sheet_rows()
        self._add_waiting_rows()
        self.holidays = HolidayChoice()
        holidays_group = self.add_group(translate("PreferencesDialog", "Public holidays"))
        country = translate("PreferencesDialog", "Country")
        self.add_row("holiday_country", country, self.holidays.country, holidays_group)
        region = translate("PreferencesDialog", "Region")
        self.add_row("holiday_region", region, self.holidays.region, holidays_group)
        holidays_group.addRow(self.holidays.said)
        self.appearance = AppearanceGroup()
        self.add_group(translate("PreferencesDialog", "Appearance")).addRow(self.appearance)
        self.language = LanguageChoice()
        language_group = self.add_group(translate("PreferencesDialog", "Language"))
        shown = translate("PreferencesDialog", "Language of InfoView")
        self.add_row("language", shown, self.language.combo, language_group)
        language_group.addRow(self.language.said)

    def _add_sheet_rows(self) -> None:
        group = self.add_group(translate("PreferencesDialog", "Question sheets"))
        self.add_row("paper", translate("PreferencesDialog", "Paper"), self.paper, group)
        self.add_row(
            "spacing", translate("PreferencesDialog", "Room for notes"), self.spacing, group
        )

    def _add_waiting_rows(self) -> None:
        group = self.add_group(translate("PreferencesDialog", "Requests without an answer"))
        ask = translate("PreferencesDialog", "Suggest asking the next person after")
        self.add_row("ask_next_after", ask, self.ask_next, group)
        follow = translate("PreferencesDialog", "Suggest one polite follow-up after")
        self.add_row("follow_up_after", follow, self.follow_up, group)

    def save(self) -> None:
        """Store every preference, or none."""
        save_preferences(
            paper=Paper(self.paper.currentData()),
            spacing=Spacing(self.spacing.currentData()),
            ask_next_after=self.ask_next.value(),
            follow_up_after=self.follow_up.value(),
            appearance=self.appearance.chosen(),
            holidays=self.holidays.chosen(),
            language=self.language.chosen(),
        )
        self.appearance.apply()
