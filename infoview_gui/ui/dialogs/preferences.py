"""Settings > Preferences: printed sheets, when to move on, and the appearance."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from infoview_gui.domain.sheet import Paper, Spacing
from infoview_gui.services import sheets, waiting
from infoview_gui.services.preferences import save_preferences
from infoview_gui.ui.dialogs.appearance_group import AppearanceGroup
from infoview_gui.ui.dialogs.form import FormDialog
from infoview_gui.ui.dialogs.holiday_choice import HolidayChoice

PAPER_LABELS = {Paper.A4: "A4", Paper.LETTER: "US Letter"}
SPACING_LABELS = {
    Spacing.COMPACT: "Compact (three lines a question)",
    Spacing.ROOMY: "Roomy (seven lines a question)",
}


def _days_box(value: int, maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, maximum)
    box.setSuffix(" business days")
    box.setValue(value)
    return box


class PreferencesDialog(FormDialog):
    """The few choices InfoView leaves to the user, saved together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Preferences", parent)
        self.paper = QComboBox()
        for paper, label in PAPER_LABELS.items():
            self.paper.addItem(label, paper.value)
        current = sheets.paper_size(locale_name=QLocale.system().name())
        self.paper.setCurrentIndex(self.paper.findData(current.value))
        self.spacing = QComboBox()
        for spacing, label in SPACING_LABELS.items():
            self.spacing.addItem(label, spacing.value)
        self.spacing.setCurrentIndex(self.spacing.findData(sheets.sheet_spacing().value))
        ask_next, follow_up = waiting.reply_thresholds()
        self.ask_next = _days_box(ask_next, 30)
        self.follow_up = _days_box(follow_up, 60)
        sheets_group = self.add_group("Question sheets")
        self.add_row("paper", "Paper", self.paper, sheets_group)
        self.add_row("spacing", "Room for notes", self.spacing, sheets_group)
        waiting_group = self.add_group("Requests without an answer")
        self.add_row(
            "ask_next_after", "Suggest asking the next person after", self.ask_next, waiting_group
        )
        self.add_row(
            "follow_up_after", "Suggest one polite follow-up after", self.follow_up, waiting_group
        )
        self.holidays = HolidayChoice()
        holidays_group = self.add_group("Public holidays")
        self.add_row("holiday_country", "Country", self.holidays.country, holidays_group)
        self.add_row("holiday_region", "Region", self.holidays.region, holidays_group)
        holidays_group.addRow(self.holidays.said)
        self.appearance = AppearanceGroup()
        self.add_group("Appearance").addRow(self.appearance)

    def save(self) -> None:
        """Store every preference, or none."""
        save_preferences(
            paper=Paper(self.paper.currentData()),
            spacing=Spacing(self.spacing.currentData()),
            ask_next_after=self.ask_next.value(),
            follow_up_after=self.follow_up.value(),
            appearance=self.appearance.chosen(),
            holidays=self.holidays.chosen(),
        )
        self.appearance.apply()
