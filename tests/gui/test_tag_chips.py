"""Tags in the contact dialog: typed and added with Enter or a comma, completed, removed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services import tags
from infoview_gui.services.contacts import add_contact
from infoview_gui.ui.dialogs.contact import ContactDialog


def _dialog(qtbot: QtBot, contact_id: int | None = None) -> ContactDialog:
    dialog = ContactDialog(contact_id=contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)  # where it opens
    return dialog


def _save(dialog: ContactDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_tag_typed_then_enter_becomes_a_chip_and_is_saved_with_the_contact(
    qtbot: QtBot, store: object
) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.first_name, "Maya")
    qtbot.keyClicks(dialog.tags.entry, "Alumni")
    qtbot.keyClick(dialog.tags.entry, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the tag; it did not save and close the dialog
    assert dialog.tags.names() == ["Alumni"] and dialog.tags.entry.text() == ""
    qtbot.keyClicks(dialog.tags.entry, "mentor, hospital ")  # a comma adds too
    assert dialog.tags.names() == ["Alumni", "mentor"]
    _save(dialog)  # "hospital", typed but not added, is kept as well
    assert not dialog.isVisible()
    assert dialog.created_id is not None
    assert tags.tags_of(contact_id=dialog.created_id) == ["Alumni", "hospital", "mentor"]


POPUP = pytest.mark.qt_log_ignore(  # the offscreen platform, opening a popup
    "does not support raise", "does not support grabbing the keyboard"
)


@POPUP
def test_completion_offers_a_tag_in_use_whatever_the_case(qtbot: QtBot, store: object) -> None:
    ben = add_contact(contact=ContactData(first_name="Ben"))
    tags.add_tags(contact_ids=[ben], names=["Hospital volunteers", "alumni"])
    dialog = _dialog(qtbot)
    dialog.tags.entry.setFocus()
    qtbot.keyClicks(dialog.tags.entry, "VOL")  # a word inside, in capitals
    completer = dialog.tags.completer
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert completer.currentCompletion() == "Hospital volunteers"
    assert completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.tags.names() == ["Hospital volunteers"])
    qtbot.waitUntil(lambda: dialog.tags.entry.text() == "")  # ready for the next tag
    qtbot.wait(50)  # the completer is done: what was typed ("VOL") is not a tag of its own
    assert dialog.tags.names() == ["Hospital volunteers"] and dialog.tags.entry.text() == ""
    assert dialog.isVisible()


def test_a_chip_is_removed_by_keyboard_and_the_removal_is_saved(
    qtbot: QtBot, store: object
) -> None:
    cy = add_contact(contact=ContactData(first_name="Cy"))
    tags.add_tags(contact_ids=[cy], names=["alumni", "nursing"])
    dialog = _dialog(qtbot, cy)
    dialog.tags.entry.setFocus()
    assert QApplication.focusWidget() is dialog.tags.entry
    qtbot.keyClick(dialog.tags.entry, Qt.Key.Key_Tab)
    first = dialog.tags.chips[0].remove_button
    assert QApplication.focusWidget() is first
    assert first.accessibleName() == "Remove tag alumni"
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert dialog.tags.names() == ["nursing"]
    assert QApplication.focusWidget() is dialog.tags.chips[0].remove_button
    _save(dialog)
    assert tags.tags_of(contact_id=cy) == ["nursing"]


def test_a_bad_tag_is_refused_with_a_sentence_and_stays_typed(qtbot: QtBot, store: object) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.first_name, "Maya")
    qtbot.keyClicks(dialog.tags.entry, "x" * 70)
    qtbot.keyClick(dialog.tags.entry, Qt.Key.Key_Return)
    assert dialog.tags.names() == [] and dialog.tags.entry.text() == "x" * 70
    assert "at most 60" in dialog.tags.error.text() and dialog.tags.error.isVisible()
    _save(dialog)
    assert dialog.isVisible() and "at most 60" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.tags.entry


def test_escape_after_adding_or_removing_a_chip_asks_before_losing_it(
    qtbot: QtBot, store: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    cy = add_contact(contact=ContactData(first_name="Cy"))
    tags.add_tags(contact_ids=[cy], names=["alumni"])
    dialog = _dialog(qtbot, cy)
    assert not dialog.has_unsaved_typing()
    dialog.tags.remove("alumni")
    assert dialog.has_unsaved_typing()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    asked = dialog.findChild(QMessageBox)
    assert asked is not None and asked.isVisible() and dialog.isVisible()
    asked.close()
