"""Typing is never lost in a dialog: it opens in its first field and asks before discarding.

Each test types into the real widgets as a person does: every key goes to the widget that
has the keyboard at that moment (the ``type_keys`` fixture), never to a widget named by
the test.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel
from infoview_gui.services import asking
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import load_profile
from infoview_gui.store.models import CareerField, Contact, Interview
from infoview_gui.ui.dialogs.contact import ContactDialog
from infoview_gui.ui.dialogs.field_edit import LinkDialog, RenameFieldDialog
from infoview_gui.ui.dialogs.profile import ProfileDialog
from infoview_gui.ui.dialogs.question import QuestionDialog
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.dialogs.request import RequestDialog
from infoview_gui.ui.dialogs.schedule import ScheduleDialog
from infoview_gui.ui.dialogs.typing_guard import DISCARD_BOX_NAME, is_text_input

Show = Callable[[QWidget], None]
Type = Callable[..., None]


def a_contact(name: str = "Ana") -> int:
    return add_contact(contact=ContactData(first_name=name, last_name="Ruiz"))


def accepted_contact() -> int:
    contact_id = a_contact()
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 5, 4))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 5, 5))
    return contact_id


def discard_box(dialog: QDialog) -> QMessageBox | None:
    """Return the question "discard what you typed?" shown over ``dialog``, if any."""
    boxes = dialog.findChildren(QMessageBox, DISCARD_BOX_NAME)
    shown = [box for box in boxes if box.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def asked(qtbot: QtBot, dialog: QDialog) -> QMessageBox | None:
    """Wait for the question over ``dialog`` to have the keyboard; None if none came."""

    def shown_and_active() -> bool:
        box = discard_box(dialog)
        return box is not None and QApplication.activeWindow() is box

    try:
        qtbot.waitUntil(shown_and_active, timeout=1000)
    except qtbot.TimeoutError:
        return None
    return discard_box(dialog)


def answer(box: QMessageBox, text: str) -> None:
    buttons = [b for b in box.buttons() if b.text() == text]
    assert buttons, f"no button {text!r} in {[b.text() for b in box.buttons()]}"
    buttons[0].click()


def test_first_start_profile_keeps_maya_chen(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = ProfileDialog(first_start=True)
    show_active(dialog)
    type_keys("Maya Chen")
    assert dialog.isVisible()  # the space did not press Save
    assert dialog.name.text() == "Maya Chen"
    assert load_profile().is_empty
    type_keys(Qt.Key.Key_Tab)
    type_keys("maya@example.org")
    assert dialog.email.text() == "maya@example.org"


DIALOGS: dict[str, Callable[[], QDialog]] = {
    "add career field": FieldDialog,
    "rename career field": lambda: RenameFieldDialog(add_field(name="Nursing"), "Nursing"),
    "add link": lambda: LinkDialog(add_field(name="Nursing"), "Nursing"),
    "add contact": ContactDialog,
    "edit contact": lambda: ContactDialog(contact_id=a_contact()),
    "add question": QuestionDialog,
    "schedule": lambda: ScheduleDialog(accepted_contact()),
    "profile": ProfileDialog,
}


@pytest.mark.parametrize("make", DIALOGS.values(), ids=DIALOGS.keys())
def test_a_form_opens_with_the_keyboard_in_its_first_field(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type, make: Callable[[], QDialog]
) -> None:
    dialog = make()
    show_active(dialog)
    focused = QApplication.focusWidget()
    assert focused is not None and not isinstance(focused, QAbstractButton)
    assert is_text_input(focused) or is_text_input(focused.parentWidget() or focused)
    type_keys("ab cd ")
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert not isinstance(QApplication.focusWidget(), QAbstractButton)


def test_typing_at_once_in_a_stored_contact_adds_to_it_and_replaces_nothing(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = ContactDialog(contact_id=a_contact("Lee"))
    show_active(dialog)
    qtbot.waitUntil(lambda: not dialog.first_name.hasSelectedText())
    type_keys("na")
    assert dialog.first_name.text() == "Leena"


def test_no_button_of_a_form_is_pressed_by_a_space_it_was_not_moved_to(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = FieldDialog()
    show_active(dialog)
    type_keys("UX design ")
    assert dialog.isVisible()
    assert dialog.name.text() == "UX design "
    assert CareerField.select().count() == 0


def test_escape_in_add_contact_with_typing_asks_first(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = ContactDialog()
    show_active(dialog)
    type_keys("Maya")
    type_keys(Qt.Key.Key_Escape)
    box = asked(qtbot, dialog)
    assert box is not None, "Escape closed the dialog and lost the typing"
    assert dialog.isVisible()
    answer(box, "Keep editing")
    assert dialog.isVisible()
    assert dialog.first_name.text() == "Maya"
    assert dialog.focusWidget() is dialog.first_name
    dialog.activateWindow()  # as the window manager does when the question closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)
    type_keys(" Chen")
    assert dialog.first_name.text() == "Maya Chen"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    box = asked(qtbot, dialog)
    assert box is not None
    answer(box, "Discard")
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Contact.select().count() == 0


def test_escape_in_the_first_start_profile_keeps_the_name_until_asked(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = ProfileDialog(first_start=True)
    show_active(dialog)
    type_keys("Maya")
    assert dialog.skip_button is not None
    dialog.skip_button.click()
    box = asked(qtbot, dialog)
    assert box is not None
    type_keys(Qt.Key.Key_Escape)  # Escape in the question keeps the typing
    assert dialog.isVisible()
    assert dialog.name.text() == "Maya"


def test_a_dialog_with_nothing_typed_closes_without_asking(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = ContactDialog()
    show_active(dialog)
    type_keys(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert discard_box(dialog) is None


def test_typing_then_erasing_it_closes_without_asking(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = FieldDialog()
    show_active(dialog)
    type_keys("ab")
    type_keys(Qt.Key.Key_Backspace)
    type_keys(Qt.Key.Key_Backspace)
    type_keys(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_start_again_in_the_request_draft_asks_before_replacing_it(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = RequestDialog(a_contact(), opener=lambda url: True)
    show_active(dialog)
    fresh = dialog.editor.draft()
    dialog.fresh_button.click()  # nothing typed: nothing to ask
    assert discard_box(dialog) is None
    dialog.editor.body.setFocus()
    type_keys("PS I loved your talk")
    written = dialog.editor.draft()
    assert written != fresh
    dialog.fresh_button.click()
    box = asked(qtbot, dialog)
    assert box is not None, "Start again threw the draft away without asking"
    answer(box, "Keep my draft")
    assert dialog.editor.draft() == written
    dialog.fresh_button.click()
    box = asked(qtbot, dialog)
    assert box is not None
    answer(box, "Start again")
    assert dialog.editor.draft() == fresh


def test_enter_in_the_request_subject_does_not_mark_the_person_asked(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    dialog = RequestDialog(a_contact(), opener=lambda url: True)
    show_active(dialog)
    with qtbot.assertNotEmitted(dialog.request_sent):
        type_keys(" next week")
        type_keys(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.editor.draft().subject.endswith("next week")
    assert Interview.get_by_id(dialog.interview_id).requested_on is None


def test_the_request_draft_saves_as_typed_so_escape_does_not_ask(
    qtbot: QtBot, store: object, show_active: Show, type_keys: Type
) -> None:
    contact_id = a_contact()
    dialog = RequestDialog(contact_id, opener=lambda url: True)
    show_active(dialog)
    dialog.editor.body.setFocus()
    type_keys("PS")
    type_keys(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = RequestDialog(contact_id, opener=lambda url: True)
    qtbot.addWidget(again)
    assert "PS" in again.editor.draft().body


def test_the_discard_question_keeps_typing_by_default(qtbot: QtBot, store: object) -> None:
    dialog = FieldDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Law")
    dialog.reject()
    box = asked(qtbot, dialog)
    assert box is not None
    default = box.defaultButton()
    assert isinstance(default, QPushButton) and default.text() == "Keep editing"
    assert box.escapeButton() is default
