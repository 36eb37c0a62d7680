"""The contact dialog shows and edits several labelled emails, phones and web addresses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.contact import ContactDialog

EMAIL, PHONE = PointKind.EMAIL, PointKind.PHONE


def _ok(dialog: ContactDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _choose_label(dialog: ContactDialog, row: int, label: PointLabel) -> None:
    combo = dialog.emails.rows[row].label
    combo.setCurrentIndex(combo.findData(label.value))


def test_typing_two_emails_and_choosing_the_second_as_primary_saves_both(
    qtbot: QtBot, store: object
) -> None:
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Maya")
    qtbot.keyClicks(dialog.email, "maya@home.example")
    _choose_label(dialog, 0, PointLabel.HOME)
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    second = dialog.emails.rows[1]
    assert dialog.focusWidget() is second.edit  # the new row is ready for typing
    qtbot.keyClicks(second.edit, "maya@work.example")
    _choose_label(dialog, 1, PointLabel.WORK)
    qtbot.mouseClick(second.primary, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phone, "+1 555 0100")
    _ok(dialog)
    assert not dialog.isVisible()
    saved = load_contact(int(Contact.get().id))
    assert (saved.email, saved.email_label) == ("maya@work.example", PointLabel.WORK)
    assert saved.other_points == (ContactPoint(EMAIL, "maya@home.example", PointLabel.HOME),)
    assert saved.phone == "+1 555 0100"


def test_a_stored_contact_shows_every_point_and_a_removed_one_is_gone(
    qtbot: QtBot, store: object
) -> None:
    contact_id = add_contact(
        contact=ContactData(
            first_name="Ben",
            email="ben@work.example",
            other_points=(
                ContactPoint(EMAIL, "ben@home.example", PointLabel.HOME),
                ContactPoint(PHONE, "+44 7700 900000", PointLabel.MOBILE),
            ),
        )
    )
    dialog = ContactDialog(contact_id=contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [row.edit.text() for row in dialog.emails.rows] == [
        "ben@work.example",
        "ben@home.example",
    ]
    assert dialog.phones.rows[0].label.currentData() == PointLabel.MOBILE.value
    assert dialog.emails.rows[0].primary.isChecked()
    qtbot.mouseClick(dialog.emails.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(dialog.emails.rows) == 1 and not dialog.emails.rows[0].remove.isVisible()
    _ok(dialog)
    saved = load_contact(contact_id)
    assert (saved.email, saved.email_label, saved.other_points) == (
        "ben@home.example",
        PointLabel.HOME,
        (),
    )


def test_a_wrong_further_email_is_explained_with_the_cursor_on_it(
    qtbot: QtBot, store: object
) -> None:
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Cy")
    qtbot.keyClicks(dialog.email, "cy@example.org")
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.emails.rows[1].edit, "cy at home")
    _ok(dialog)
    assert dialog.isVisible()
    assert "does not look like an email address" in dialog.error.text()
    assert dialog.focusWidget() is dialog.emails.rows[1].edit
    assert dialog.emails.rows[1].edit.text() == "cy at home"
    assert Contact.select().count() == 0


def test_tab_goes_through_an_added_row_in_the_order_shown(qtbot: QtBot, store: object) -> None:
    """A row added later is reached by Tab where it shows, not after the dialog's buttons."""
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    first, second = dialog.emails.rows
    order = [
        first.edit,
        first.label,
        first.primary,
        first.remove,
        second.edit,
        second.label,
        second.primary,
        second.remove,
        dialog.emails.add_button,
        dialog.phone,
    ]
    first.edit.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected
