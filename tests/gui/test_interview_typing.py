"""Interview mode keeps the keyboard in the notes: typing never starts, ends or opens anything.

Each key goes to the widget that has the keyboard when it is pressed (``type_keys``), as
when a student types notes while the other person talks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Topic
from infoview_gui.paths import AppPaths
from infoview_gui.services import asking, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.models import Interview, ListQuestion, Question, QuestionList
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interview_mode import InterviewModeWindow

START = datetime(2026, 5, 12, 15, 0, tzinfo=UTC)
CTRL = Qt.KeyboardModifier.ControlModifier
Type = Callable[..., None]


class FakeClock:
    """The time now, moved by the test."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def scheduled_interview() -> int:
    contact_id = add_contact(contact=ContactData(first_name="Ana", last_name="Ruiz"))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 5, 4))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 5, 5))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 5, 12, 15, 0),
        zone_name="UTC",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="",
    )
    question_list = QuestionList.create(interview=interview_id, must_ask=1)
    for position, text in enumerate(("How did you start?", "What skills matter most?")):
        question = Question.create(text=text, topic=Topic.OWN.value)
        ListQuestion.create(
            question_list=question_list, question=question, text=text, position=float(position)
        )
    return interview_id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(
    qtbot: QtBot,
    store: object,
    events: AppEvents,
    clock: FakeClock,
    paths: AppPaths,
    show_active: Callable[..., None],
) -> InterviewModeWindow:
    """Interview mode on a scheduled interview, shown and active, as a person opens it."""
    made = InterviewModeWindow(
        scheduled_interview(), events, clock=clock, system_zone="UTC", cards_dir=paths.cards_dir
    )
    made.resize(1200, 760)
    show_active(made)
    return made


def status(window: InterviewModeWindow) -> InterviewStatus:
    return InterviewStatus(Interview.get_by_id(window.interview_id).status)


def test_interview_mode_opens_with_the_keyboard_in_the_notes(
    window: InterviewModeWindow, type_keys: Type
) -> None:
    assert QApplication.focusWidget() is window.ui.notes
    type_keys("Ana joined early ")
    assert window.ui.notes.toPlainText() == "Ana joined early "
    assert Interview.get_by_id(window.interview_id).started_at is None  # no space started it


def test_after_f5_the_keyboard_is_in_the_notes_and_typing_never_ends(
    window: InterviewModeWindow, type_keys: Type, clock: FakeClock
) -> None:
    type_keys(Qt.Key.Key_F5)
    assert Interview.get_by_id(window.interview_id).started_at == START
    clock.now = START + timedelta(minutes=12)
    type_keys("Maya Chen started in print ")
    type_keys(Qt.Key.Key_Return)
    type_keys("then UX ")
    assert window.ui.notes.toPlainText() == "Maya Chen started in print \nthen UX "
    assert status(window) is InterviewStatus.SCHEDULED
    assert window.ui.end_button.text() == "End interview"  # not "armed" by a space
    assert "Press End again" not in window.ui.banner_text.text()


def test_after_clicking_start_the_keyboard_is_in_the_notes(
    qtbot: QtBot, window: InterviewModeWindow, type_keys: Type
) -> None:
    qtbot.mouseClick(window.ui.start_button, Qt.MouseButton.LeftButton)
    assert Interview.get_by_id(window.interview_id).started_at == START
    type_keys("Loves research  ")
    assert window.ui.notes.toPlainText() == "Loves research  "
    assert status(window) is InterviewStatus.SCHEDULED


def test_only_a_click_or_ctrl_e_ends_and_typing_after_it_opens_nothing(
    qtbot: QtBot, window: InterviewModeWindow, type_keys: Type, clock: FakeClock
) -> None:
    type_keys(Qt.Key.Key_F5)
    clock.now = START + timedelta(minutes=25)
    type_keys("Ask Sam at the lab")
    type_keys(Qt.Key.Key_E, CTRL)  # the checklist is not done: a reminder first
    assert status(window) is InterviewStatus.SCHEDULED
    type_keys(Qt.Key.Key_E, CTRL)
    row = Interview.get_by_id(window.interview_id)
    assert status(window) is InterviewStatus.HELD
    assert row.held_at == START + timedelta(minutes=25)
    assert QApplication.focusWidget() is window.ui.notes
    type_keys(" and Lee ")
    assert window.card_dialog is None  # a space never opens the business card
    assert window.ui.notes.toPlainText() == "Ask Sam at the lab and Lee "
    assert window.ui.end_button.focusPolicy() == Qt.FocusPolicy.NoFocus  # never Space/Enter


def test_clicking_next_or_a_question_keeps_the_keyboard_in_the_notes(
    qtbot: QtBot, window: InterviewModeWindow, type_keys: Type
) -> None:
    qtbot.mouseClick(window.ui.next_button, Qt.MouseButton.LeftButton)
    type_keys("Python ")
    assert window.index == 1
    assert window.ui.notes.toPlainText() == "Python "
    side = window.ui.side_list
    qtbot.mouseClick(
        side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(side.item(0)).center()
    )
    assert window.index == 0
    type_keys("portfolio ")
    assert window.ui.notes.toPlainText() == "portfolio "
    assert not ListQuestion.get_by_id(window.items[0].id).answered  # the space ticked nothing
