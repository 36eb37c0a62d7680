"""One action, one transaction (P3, P5), as the user meets it when the disk fills up.

Each test types an action in, then makes its 1st, 2nd, ... write find the disk full until
it gets through. After every failure, the action's last write included, nothing of the
action is in the database, what was typed is still on screen, and a message says that
the change was not saved; then the same action, tried again, is saved whole.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Topic
from infoview_gui.services import asking, contacts, fields, scheduling
from infoview_gui.store.models import (
    Contact,
    CriterionScore,
    Interview,
    ListQuestion,
    Question,
    QuestionList,
)
from infoview_gui.ui.asking_actions import AskingFlow
from infoview_gui.ui.dialogs.contact import ContactDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interview_mode import InterviewModeWindow

FULL = "Your disk is full, so this change was not saved;"
OK = QDialogButtonBox.StandardButton.Ok
# Typing a name or a zone opens its completer's popup, which the offscreen platform warns about.
POPUP = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer at once any message box that also says what was not saved; return their texts."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def asked(first_name: str) -> tuple[int, int]:
    """A contact in a field, asked for an interview: (contact, interview)."""
    field_id = fields.add_field(name="Nursing")
    contact_id = contacts.add_contact(contact=ContactData(first_name=first_name, field_id=field_id))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 5, 4))
    return contact_id, interview_id


@POPUP
def test_a_contact_with_its_introducer_and_scores_is_saved_whole_or_not_at_all(
    qtbot: QtBot, full_disk: Any
) -> None:
    field_id = fields.add_field(name="Nursing")
    ana = contacts.add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    dialog = ContactDialog(field_id=field_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Chloe")
    qtbot.keyClicks(dialog.last_name, "Martin")
    qtbot.keyClicks(dialog.email, "chloe@example.org")
    qtbot.keyClicks(dialog.introduced_by, "Ana")
    completer = dialog.introduced_by.completer()
    completer.activated.emit(completer.model().index(0, 0).data())
    assert dialog.introduced_by.contact_id == ana
    boxes = dialog.scores_box.findChildren(QSpinBox)
    assert len(boxes) >= 2
    for box, typed in zip(boxes, "4253", strict=False):
        box.selectAll()
        qtbot.keyClicks(box, typed)
    scores = [box.value() for box in boxes]
    assert scores[:2] == [4, 2]
    before = full_disk.snapshot()

    def still_typed(k: int) -> None:
        assert full_disk.snapshot() == before, f"write {k} failed and left part of the contact"
        assert dialog.isVisible() and dialog.error.text().startswith(FULL)
        assert dialog.duplicates.isHidden()  # trying again is no "duplicate" of itself
        assert (dialog.first_name.text(), dialog.last_name.text()) == ("Chloe", "Martin")
        assert dialog.email.text() == "chloe@example.org"
        assert dialog.introduced_by.contact_id == ana
        assert [box.value() for box in boxes] == scores

    def save() -> bool:
        dialog.buttons.button(OK).click()
        return not dialog.isVisible()

    writes = full_disk.fail_each_write(save, still_typed)
    assert writes >= 1 + len(boxes)  # the contact, then a row per score
    chloe = Contact.get(Contact.email == "chloe@example.org")
    assert dialog.created_id == chloe.id and chloe.introduced_by_id == ana
    stored = CriterionScore.select().where(CriterionScore.contact == chloe.id)
    assert sorted(row.score for row in stored) == sorted(scores)
    assert Contact.select().count() == 2


@POPUP
def test_they_accepted_and_the_time_are_saved_together_or_not_at_all(
    qtbot: QtBot, full_disk: Any
) -> None:
    ana, interview_id = asked("Ana")
    host = QWidget()
    qtbot.addWidget(host)
    dialog = AskingFlow(AppEvents(), host).accepted(ana)
    dialog.zone.lineEdit().clear()
    qtbot.keyClicks(dialog.zone.lineEdit(), "Europe/London")
    dialog.meeting_format.setCurrentIndex(
        dialog.meeting_format.findData(MeetingFormat.IN_PERSON.value)
    )
    dialog.time.setTime(QTime(14, 30))
    qtbot.keyClicks(dialog.place, "Ward 7, St Mary's")
    when = dialog.start_local()
    before = full_disk.snapshot()

    def still_typed(k: int) -> None:
        assert full_disk.snapshot() == before, f"write {k} failed and left part of the action"
        assert Interview.get_by_id(interview_id).status == InterviewStatus.ASKED.value
        assert dialog.isVisible() and dialog.error.text().startswith(FULL)
        assert dialog.zone.currentText() == "Europe/London"
        assert dialog.place.text() == "Ward 7, St Mary's"
        assert dialog.start_local() == when

    def save() -> bool:
        dialog.buttons.button(OK).click()
        return not dialog.isVisible()

    assert full_disk.fail_each_write(save, still_typed) >= 2  # accepted, then the time
    row = Interview.get_by_id(interview_id)
    assert (row.status, row.responded_on) == (InterviewStatus.SCHEDULED.value, date.today())
    assert (row.time_zone, row.place) == ("Europe/London", "Ward 7, St Mary's")
    assert row.scheduled_start == scheduling.calendar_rules.to_utc(when, "Europe/London")


def scheduled_with_questions() -> tuple[int, list[int]]:
    """An interview scheduled for 12 May 2026, with two questions on its list."""
    _, interview_id = asked("Ana")
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 5, 5))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 5, 12, 10, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.PHONE,
        place="+44 20 7946 0000",
    )
    question_list = QuestionList.create(interview=interview_id, must_ask=1)
    items = []
    for position, text in enumerate(("How did you start?", "What would you change?")):
        question = Question.create(text=text, topic=Topic.OWN.value)
        row = ListQuestion.create(
            question_list=question_list, question=question, text=text, position=float(position)
        )
        items.append(int(row.id))
    return interview_id, items


def test_ending_an_interview_stores_the_notes_just_typed_with_it_or_nothing(
    qtbot: QtBot, full_disk: Any, events: AppEvents, tmp_path: Path
) -> None:
    interview_id, items = scheduled_with_questions()
    end = datetime(2026, 5, 12, 9, 40, tzinfo=UTC)
    window = InterviewModeWindow(
        interview_id, events, clock=lambda: end, system_zone="UTC", cards_dir=tmp_path
    )
    qtbot.addWidget(window)
    window.show()
    for box in window.ui.checklist.boxes.values():
        box.click()  # each tick is saved as it is made: its own action
    qtbot.keyClicks(window.ui.notes, "Start on a ward, then specialise.")
    before = full_disk.snapshot()

    def still_typed(k: int) -> None:
        assert full_disk.snapshot() == before, f"write {k} failed and left part of the end"
        assert window.ui.notes.toPlainText() == "Start on a ward, then specialise."
        assert window.ui.message.isVisible() and window.ui.message.text().startswith(FULL)
        assert window.ui.end_button.isVisible()

    def end_interview() -> bool:
        window.ui.end_button.click()
        return not window.ui.end_button.isVisible()

    assert full_disk.fail_each_write(end_interview, still_typed) >= 2  # the notes, the end
    row = Interview.get_by_id(interview_id)
    ticked = sum(int(item) for item in window.ui.checklist.boxes)  # the format's own list
    assert (row.status, row.held_at, row.checklist) == (InterviewStatus.HELD.value, end, ticked)
    assert ListQuestion.get_by_id(items[0]).answer == "Start on a ward, then specialise."
    assert not window.ui.message.isVisible()


def test_answer_and_next_keeps_the_notes_with_the_tick_or_stays_on_the_question(
    qtbot: QtBot, full_disk: Any, events: AppEvents, tmp_path: Path
) -> None:
    interview_id, items = scheduled_with_questions()
    window = InterviewModeWindow(interview_id, events, system_zone="UTC", cards_dir=tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.ui.notes, "Twelve-hour shifts.")
    before = full_disk.snapshot()

    def still_typed(k: int) -> None:
        assert full_disk.snapshot() == before, f"write {k} failed and left part of the tick"
        assert window.index == 0 and not window.ui.answered_box.isChecked()
        assert window.ui.notes.toPlainText() == "Twelve-hour shifts."
        assert window.ui.message.isVisible() and window.ui.message.text().startswith(FULL)

    def answer_and_next() -> bool:
        window.ui.answer_next_button.click()
        return window.index == 1

    assert full_disk.fail_each_write(answer_and_next, still_typed) >= 2  # the notes, the tick
    first = ListQuestion.get_by_id(items[0])
    assert (first.answer, first.answered) == ("Twelve-hour shifts.", True)
    assert window.ui.side_list.is_ticked(0)
