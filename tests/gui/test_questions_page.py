from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.question_lists import add_text, list_for_field
from infoview_gui.services.questions import sync_builtin_bank
from infoview_gui.store.models import Interview, QuestionList
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.questions_page import QuestionsPage

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def field_id(store: SqliteDatabase) -> int:
    sync_builtin_bank(bank=parse_bank(resource_path("questions", "bank.json").read_bytes()))
    new = add_field(name="Nursing")
    choose_field(field_id=new)
    return new


def interview(field_id: int, name: str, status: str, start: datetime | None) -> int:
    contact = add_contact(contact=ContactData(first_name=name, field_id=field_id))
    record = start_request(contact_id=contact)
    Interview.update(status=status, scheduled_start=start).where(Interview.id == record).execute()
    return record


_WIZARDS: list[QWizard] = []


def page_in_wizard(qtbot: QtBot, events: AppEvents) -> QuestionsPage:
    wizard = QWizard()
    _WIZARDS[:] = [wizard]  # keep it alive: the page belongs to it
    qtbot.addWidget(wizard)
    page = QuestionsPage(events, now=lambda: NOW)
    wizard.setPage(PageId.QUESTIONS, page)
    wizard.resize(1000, 700)
    wizard.show()
    wizard.restart()
    return page


def test_the_page_is_step_four(qtbot: QtBot, store: SqliteDatabase, events: AppEvents) -> None:
    page = page_in_wizard(qtbot, events)
    assert page.page_id == PageId.QUESTIONS
    assert page.title() == "Step 4 of 6 · Prepare questions"
    assert page.note.text() == "Choose a career field in step 1 first."
    assert not page.editor.isEnabled()


def test_the_page_prepares_the_next_scheduled_interview(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    interview(field_id, "Past", "scheduled", NOW - timedelta(days=2))
    later = interview(field_id, "Later", "scheduled", NOW + timedelta(days=9))
    sooner = interview(field_id, "Sooner", "scheduled", NOW + timedelta(days=2))
    interview(field_id, "Accepted", "accepted", None)
    page = page_in_wizard(qtbot, events)
    chosen = QuestionList.get(QuestionList.id == page.editor.list_id)
    assert chosen.__data__["interview"] == sooner
    assert "Sooner" in page.targets.currentText()
    assert later != sooner


def test_an_accepted_request_is_prepared_when_nothing_is_scheduled(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    accepted = interview(field_id, "Ana", "accepted", None)
    page = page_in_wizard(qtbot, events)
    assert QuestionList.get_by_id(page.editor.list_id).__data__["interview"] == accepted


def test_without_an_interview_the_page_edits_the_field_list(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    add_text(list_id=list_for_field(field_id=field_id), text="Is it <b>hard</b>?")
    page = page_in_wizard(qtbot, events)
    assert page.editor.list_id == list_for_field(field_id=field_id)
    assert page.editor.questions.index(0).data() == "Is it <b>hard</b>?"
    assert page.targets.currentText() == "Nursing (career field)"
    assert page.isComplete()


def test_the_page_asks_for_the_sheet_of_its_list(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    add_text(list_id=list_for_field(field_id=field_id), text="Why?")
    page = page_in_wizard(qtbot, events)
    with qtbot.waitSignal(page.print_requested) as asked:
        qtbot.mouseClick(page.editor.print_button, Qt.MouseButton.LeftButton)
    assert asked.args == [list_for_field(field_id=field_id)]


def test_the_users_choice_of_list_survives_a_change_elsewhere(
    qtbot: QtBot, field_id: int, events: AppEvents
) -> None:
    interview(field_id, "Ana", "accepted", None)
    page = page_in_wizard(qtbot, events)
    page.targets.setCurrentIndex(0)
    assert page.editor.list_id == list_for_field(field_id=field_id)
    add_field(name="Law")
    events.publish()
    assert page.editor.list_id == list_for_field(field_id=field_id)
