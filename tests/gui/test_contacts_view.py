from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.ranking import criteria, ranked_ids, set_score
from infoview_gui.store.models import Contact, Interview
from infoview_gui.ui.dialogs.contact import ContactDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId
from tests.gui.settle import settled

Name = 1


@pytest.fixture
def view(window: MainWindow) -> ContactsView:
    window.show_view(ViewId.CONTACTS)
    contacts = window.views[ViewId.CONTACTS]
    assert isinstance(contacts, ContactsView)
    return contacts


def shown(view: ContactsView) -> list[str]:
    model = settled(view.model)
    return [model.index(r, Name).data() for r in range(model.rowCount())]


def when_dialog(action: Callable[[ContactDialog], None]) -> None:
    """Run ``action`` on the contact dialog as soon as it is open."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ContactDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def test_empty_view_offers_to_add_the_first_contact(view: ContactsView, qtbot: QtBot) -> None:
    assert view.stack.currentWidget() is view.empty

    def fill(dialog: ContactDialog) -> None:
        qtbot.keyClicks(dialog.first_name, "Ana")
        qtbot.keyClicks(dialog.email, "ana@example.org")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(fill)
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert shown(view) == ["Ana"]
    assert view.stack.currentIndex() == 1
    assert view.count.text() == "1 contact"


def test_typing_in_the_search_box_filters(view: ContactsView, qtbot: QtBot) -> None:
    for first, org in (("Ana", "St Mary"), ("Ben", "Northside"), ("Bea", "St Mary")):
        add_contact(contact=ContactData(first_name=first, organisation=org))
    view.events.publish()
    qtbot.keyClicks(view.search, "st m")
    assert sorted(shown(view)) == ["Ana", "Bea"]
    qtbot.keyClicks(view.search, "x")
    assert shown(view) == []
    assert view.count.text() == "0 of 3"


def test_enter_opens_the_contact_and_edits_are_saved(view: ContactsView, qtbot: QtBot) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana", last_name="Lopez"))
    view.events.publish()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, Name))

    def edit(dialog: ContactDialog) -> None:
        assert dialog.windowTitle() == "Contact: Ana Lopez"
        dialog.title.setText("Charge nurse")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(edit)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert load_contact(ana).title == "Charge nurse"
    assert view.model.index(0, 2).data() == "Charge nurse"


def test_a_likely_duplicate_is_shown_before_saving(view: ContactsView, qtbot: QtBot) -> None:
    add_contact(contact=ContactData(first_name="Ana", last_name="Lopez", email="ana@x.org"))
    view.events.publish()
    seen: list[str] = []

    def fill(dialog: ContactDialog) -> None:
        qtbot.keyClicks(dialog.first_name, "Anna")
        qtbot.keyClicks(dialog.email, "ANA@x.org")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.duplicates.message.text())
        assert dialog.isVisible() and dialog.first_name.text() == "Anna"
        dialog.duplicates.save_anyway.click()

    when_dialog(fill)
    view.add_contact()
    assert seen == ["This looks like Ana Lopez, already saved: the same email address."]
    assert Contact.select().count() == 2


def test_delete_and_undo_bring_back_the_contact_with_its_interview(
    view: ContactsView, qtbot: QtBot, events: AppEvents
) -> None:
    ana = add_contact(contact=ContactData(first_name="Ana"))
    start_request(contact_id=ana)
    view.events.publish()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown(view) == []
    assert Interview.select().count() == 0
    assert events.undo_stack.undoText() == "Delete Ana"
    events.undo_stack.undo()
    assert shown(view) == ["Ana"]
    assert Interview.get().contact_id == ana


def test_ctrl_up_and_down_move_a_contact_in_its_field(view: ContactsView, qtbot: QtBot) -> None:
    field_id = add_field(name="Nursing")
    ids = [add_contact(contact=ContactData(first_name=n, field_id=field_id)) for n in "ABC"]
    view.events.publish()
    assert not view.up_button.isEnabled()
    view.show_field(field_id)
    settled(view.model)
    assert view.up_button.isEnabled()
    assert not view.reorder_hint.isVisible()
    view.table.setFocus()
    view.table.selectRow(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown(view) == ["A", "C", "B"]
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    assert shown(view) == ["A", "B", "C"]
    view.up_button.click()
    view.up_button.click()
    assert shown(view) == ["C", "A", "B"]
    assert [i for i, _ in ranked_ids(field_id)] == [ids[2], ids[0], ids[1]]


def test_order_by_score(view: ContactsView) -> None:
    field_id = add_field(name="Nursing")
    ids = [add_contact(contact=ContactData(first_name=n, field_id=field_id)) for n in "ABC"]
    first_criterion = criteria(field_id)[0][0]
    for contact_id, score in zip(ids, (1, 5, 3), strict=True):
        set_score(contact_id=contact_id, criterion_id=first_criterion, score=score)
    view.events.publish()
    view.show_field(field_id)
    view.score_button.click()
    assert shown(view) == ["B", "C", "A"]


def test_next_step_menu_offers_asking_the_selected_contact(view: ContactsView) -> None:
    add_contact(contact=ContactData(first_name="Tom & Jerry", email="tj@example.org"))
    view.events.publish()
    view.table.selectRow(0)
    view.table.setCurrentIndex(view.model.index(0, Name))
    view.step_menu.aboutToShow.emit()
    texts = [a.text() for a in view.step_menu.actions()]
    assert texts[:2] == ["Ask by email…", "Call…"]


def test_the_contact_dialog_shows_the_business_card_photo(
    view: ContactsView, qtbot: QtBot, paths: object
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from infoview_gui.services import cards

    ana = add_contact(contact=ContactData(first_name="Ana"))
    dialog = ContactDialog(view, contact_id=ana)
    qtbot.addWidget(dialog)
    assert dialog.card_button.text() == "Business card…"
    assert not dialog.card.has_image
    image = QImage(300, 180, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    cards.attach_card_image(
        contact_id=ana, data=bytes(data.data()), cards_dir=cards.cards_dir_of_store()
    )
    again = ContactDialog(view, contact_id=ana)
    qtbot.addWidget(again)
    assert again.card.has_image


def test_a_new_contact_goes_to_the_one_field_there_is(view: ContactsView, qtbot: QtBot) -> None:
    only = add_field(name="UX design")
    view.events.publish()
    dialog = ContactDialog(view)
    qtbot.addWidget(dialog)
    assert dialog.field.currentData() == only
    add_field(name="Data science")
    second = ContactDialog(view)
    qtbot.addWidget(second)
    assert second.field.currentData() is None  # two fields: the user chooses


def test_the_next_step_column_follows_a_change_of_country_in_preferences(
    window: MainWindow,
) -> None:
    from datetime import date

    from infoview_gui.qtmodels.contact_columns import Column
    from infoview_gui.services.holiday_calendar import set_country
    from infoview_gui.ui.save_status import run_action

    ana = add_contact(contact=ContactData(first_name="Ana", last_name="Lopez"))
    interview = start_request(contact_id=ana)
    Interview.update(status="asked", requested_on=date(2026, 4, 2)).where(
        Interview.id == interview
    ).execute()  # Thursday 2 April 2026; Good Friday is the 3rd, Easter Monday the 6th
    window.events.publish()
    window.show_view(ViewId.CONTACTS)
    view = window.views[ViewId.CONTACTS]
    assert isinstance(view, ContactsView)
    view.model._today = lambda: date(2026, 4, 7)  # noqa: SLF001 - the table's clock
    model = settled(view.model)
    step = lambda: model.index(0, model.column_of(Column.NEXT_STEP)).data()  # noqa: E731
    assert step() == "No reply yet: ask the next person"
    run_action(window.events, lambda: set_country(code="GB", region="ENG"))
    assert step() == "Wait for a reply (1 business day)"
