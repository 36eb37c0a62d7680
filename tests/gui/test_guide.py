from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWizard
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field, current_field
from infoview_gui.services.interviews import start_request
from infoview_gui.store.models import Interview
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.wizard.guide import GuideWizard
from infoview_gui.ui.wizard.ids import PageId

TITLES = [
    "Step 1 of 6 · Choose a career field",
    "Step 2 of 6 · Find professionals to interview",
    "Step 3 of 6 · Rank, ask, schedule",
    "Step 4 of 6 · Prepare questions",
    "Step 5 of 6 · Hold the interview",
    "Step 6 of 6 · Say thank you",
]


def test_guide_is_embedded_in_the_window_not_a_dialog(window: MainWindow) -> None:
    window.show_view(ViewId.GUIDE)
    wizard = window.guide().wizard
    assert isinstance(wizard, QWizard)
    assert not wizard.isWindow()
    assert wizard.window() is window


def test_guide_has_the_six_steps_in_order(qtbot: QtBot, store: object, events: AppEvents) -> None:
    wizard = GuideWizard(events)
    qtbot.addWidget(wizard)
    assert wizard.pageIds() == [int(p) for p in PageId]
    assert [wizard.page(p).title() for p in PageId] == TITLES


def test_step_one_needs_a_field_before_going_on(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    wizard = GuideWizard(events)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.go_to_step(4) == PageId.FIELD


def test_picking_a_field_in_step_one_is_stored(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    add_field(name="Nursing")
    law = add_field(name="Law")
    wizard = GuideWizard(events)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    fields = wizard.page(PageId.FIELD).findChild(QListWidget)
    fields.setCurrentRow(1)
    assert current_field() == (law, "Law")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_pages_show_the_stored_data_of_the_chosen_field(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    field_id = add_field(name="Nursing")
    other = add_field(name="Law")
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    add_contact(contact=ContactData(first_name="Ben", field_id=field_id))
    add_contact(contact=ContactData(first_name="Lee", field_id=other))
    Interview.update(status="asked").where(Interview.id == start_request(contact_id=ana)).execute()
    choose_field(field_id=field_id)
    wizard = GuideWizard(events)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.go_to_step(3) == PageId.ASK
    contacts = wizard.page(PageId.CONTACTS)
    assert contacts.model.rowCount() == 2  # type: ignore[attr-defined]
    assert contacts.table.model().index(0, 1).data() == "Ana"  # type: ignore[attr-defined]
    ask = wizard.page(PageId.ASK)
    assert ask.next_person.text() == "Next to ask: Ben"  # type: ignore[attr-defined]


def test_guide_resumes_at_the_step_the_user_left(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    field_id = add_field(name="Nursing")
    choose_field(field_id=field_id)
    window.show_view(ViewId.GUIDE)
    wizard = window.guide().wizard
    wizard.go_to_step(4)
    assert window.state.value("guide/step") == 4
    window.close()
    again = MainWindow(window.paths, AppEvents(), window.state)
    qtbot.addWidget(again)
    again.show_view(ViewId.GUIDE)
    assert again.guide().wizard.currentId() == PageId.QUESTIONS


def test_home_suggestion_opens_the_guide_at_its_step(window: MainWindow) -> None:
    add_field(name="Nursing")
    choose_field(field_id=1)
    window.events.guide_step_requested.emit(2)
    assert window.current_view() == ViewId.GUIDE
    assert window.guide().wizard.currentId() == PageId.CONTACTS


def test_finishing_the_guide_goes_home(window: MainWindow) -> None:
    window.show_view(ViewId.GUIDE)
    window.guide().wizard.done(1)
    assert window.current_view() == ViewId.HOME
