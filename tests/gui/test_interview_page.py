from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, MeetingFormat
from infoview_gui.services import asking, holding, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.interview_page import InterviewPage


class Opened:
    """Records which interviews the page asked to open."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, QWidget | None, AppEvents]] = []

    def __call__(self, interview_id: int, parent: QWidget | None, events: AppEvents) -> Any:
        self.calls.append((interview_id, parent, events))
        return None


def scheduled(field_id: int, name: str, day: int) -> int:
    contact_id = add_contact(contact=ContactData(first_name=name, field_id=field_id))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.PHONE, on=date(2026, 5, 1))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 5, 1))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 5, day, 10, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.IN_PERSON,
        place="Café",
    )
    return interview_id


@pytest.fixture
def field(store: object) -> int:
    field_id = add_field(name="Nursing")
    choose_field(field_id=field_id)
    return field_id


@pytest.fixture
def page(qtbot: QtBot, events: AppEvents) -> Iterator[InterviewPage]:
    step = InterviewPage(events)
    step.opener = Opened()
    wizard = QWizard()  # Enter must open the interview, not also press the wizard's button
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.setPage(PageId.INTERVIEW, step)
    wizard.addPage(QWizardPage())
    wizard.setStartId(PageId.INTERVIEW)
    wizard.resize(800, 500)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield step  # the wizard, which owns the page, lives as long as the test


def names(page: InterviewPage) -> list[str]:
    return [str(page.model.index(row, 0).data()) for row in range(page.model.rowCount())]


def test_the_fields_scheduled_interviews_soonest_first_then_held_ones(
    field: int, page: InterviewPage
) -> None:
    later = scheduled(field, "Ana", 20)
    sooner = scheduled(field, "Bo", 12)
    held = scheduled(field, "Cy", 5)
    holding.end_interview(interview_id=held, now=datetime(2026, 5, 5, 10, 30, tzinfo=UTC))
    other_field = add_field(name="Law")
    scheduled(other_field, "Di", 1)
    page.refresh()
    assert page.page_id == PageId.INTERVIEW
    assert names(page) == ["Bo", "Ana", "Cy"]
    assert [page.model.row_id(row) for row in range(3)] == [sooner, later, held]
    assert page.summary.text().startswith("2 interviews scheduled.")
    assert page.start_button.text() == "Start interview"
    assert page.start_button.isEnabled()
    assert "Enter" in page.start_button.toolTip()


def test_start_interview_opens_interview_mode_on_the_chosen_one(
    field: int, page: InterviewPage, qtbot: QtBot, events: AppEvents
) -> None:
    first = scheduled(field, "Ana", 12)
    second = scheduled(field, "Bo", 13)
    page.refresh()
    page.start_button.click()
    page.table.selectRow(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row opens it too...
    assert page.wizard().currentPage() is page  # ...and stays on the step
    page.table.doubleClicked.emit(page.model.index(0, 0))  # as a double click does
    opened = page.opener
    assert isinstance(opened, Opened)
    assert [call[0] for call in opened.calls] == [first, second, first]
    assert opened.calls[0][2] is events
    assert opened.calls[0][1] is page.window()


def test_a_held_interview_opens_its_notes(field: int, page: InterviewPage) -> None:
    held = scheduled(field, "Cy", 5)
    holding.end_interview(interview_id=held, now=datetime(2026, 5, 5, 10, 30, tzinfo=UTC))
    page.refresh()
    assert page.start_button.text() == "Open notes"
    assert page.summary.text().startswith("No interview scheduled yet")


def test_without_interviews_the_page_says_where_to_schedule_one(
    field: int, page: InterviewPage
) -> None:
    page.refresh()
    assert page.summary.text() == (
        "No interview scheduled yet: once a request is accepted, schedule it in step 3."
    )
    assert not page.start_button.isEnabled()
    page.start_button.click()
    assert page.opener.calls == []  # type: ignore[attr-defined]


def test_the_page_follows_changes_made_elsewhere(
    field: int, page: InterviewPage, events: AppEvents
) -> None:
    page.refresh()
    scheduled(field, "Ana", 12)
    events.publish()
    assert names(page) == ["Ana"]


def test_markup_in_a_name_shows_literally(field: int, page: InterviewPage) -> None:
    scheduled(field, "<b>Ana</b>", 12)
    page.refresh()
    assert names(page) == ["<b>Ana</b>"]
