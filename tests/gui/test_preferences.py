from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.sheet import Paper, Spacing
from infoview_gui.services import sheets, waiting
from infoview_gui.ui.dialogs.preferences import PreferencesDialog


def test_preferences_are_saved_and_shown_again(qtbot: QtBot, store: object) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert (dialog.ask_next.value(), dialog.follow_up.value()) == (3, 7)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.spacing.setCurrentIndex(dialog.spacing.findData("roomy"))
    dialog.ask_next.setValue(4)
    dialog.follow_up.setValue(9)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sheets.paper_size(locale_name="en_GB") is Paper.LETTER
    assert sheets.sheet_spacing() is Spacing.ROOMY
    assert waiting.reply_thresholds() == (4, 9)
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.paper.currentData() == "letter"
    assert (again.ask_next.value(), again.follow_up.value()) == (4, 9)


def test_a_follow_up_before_moving_on_is_refused_and_nothing_is_saved(
    qtbot: QtBot, store: object
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.spacing.setCurrentIndex(dialog.spacing.findData("roomy"))
    dialog.ask_next.setValue(10)
    dialog.follow_up.setValue(5)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "Follow up after moving on" in dialog.error.text()
    assert sheets.sheet_spacing() is Spacing.COMPACT
    assert waiting.reply_thresholds() == (3, 7)


def test_the_country_and_region_of_public_holidays_are_chosen_and_kept(
    qtbot: QtBot, store: object
) -> None:
    from infoview_gui.services.holiday_calendar import chosen_country, user_holidays

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.holidays
    assert choice.country.currentText() == "None: weekends only"
    assert not choice.region.isEnabled()
    choice.country.setFocus()
    qtbot.keyClicks(choice.country, "United")  # a space would open the list
    assert choice.country.currentData() == "GB" and choice.region.isEnabled()
    qtbot.keyClicks(choice.region, "Scotland")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert chosen_country() == ("GB", "SCT")
    assert date(2026, 1, 2) in user_holidays(today=date(2026, 6, 1))  # Scotland's 2 January
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.holidays.chosen() == ("GB", "SCT")
    assert again.holidays.region.currentText() == "Scotland"
