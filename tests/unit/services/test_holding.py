from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Topic
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.interview_mode import ChecklistItem
from infoview_gui.domain.pipeline import IllegalTransition
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import asking, holding, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import save_profile
from infoview_gui.store.holding_queries import held_and_scheduled_rows, question_rows
from infoview_gui.store.models import (
    CareerField,
    Contact,
    Interview,
    ListQuestion,
    Question,
    QuestionList,
)

NEW_YORK = "America/New_York"
# Tuesday 12 May 2026, 23:30 in New York: already Wednesday in UTC.
LATE_EVENING = datetime(2026, 5, 12, 23, 30, tzinfo=ZoneInfo(NEW_YORK)).astimezone(UTC)


def scheduled_interview(
    *, zone: str = NEW_YORK, questions: tuple[str, ...] = (), must_ask: int = 2
) -> int:
    field_id = CareerField.get_or_none(CareerField.name == "Data journalism")
    field_id = field_id.id if field_id else add_field(name="Data journalism")
    contact_id = add_contact(
        contact=ContactData(
            first_name="Ana",
            last_name="Ruiz",
            title="Data editor",
            organisation="The Herald",
            field_id=field_id,
        )
    )
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 5, 4))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 5, 5))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 5, 12, 23, 0),
        zone_name=zone,
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="https://meet.example/ana",
    )
    add_questions(interview_id, questions, must_ask)
    return interview_id


def add_questions(interview_id: int, texts: tuple[str, ...], must_ask: int = 2) -> list[int]:
    if not texts:
        return []
    question_list = QuestionList.create(interview=interview_id, must_ask=must_ask)
    ids = {}
    for position, text in reversed(list(enumerate(texts))):  # created last-first
        question = Question.create(text=text, topic=Topic.OWN.value)
        item = ListQuestion.create(
            question_list=question_list, question=question, text=text, position=float(position)
        )
        ids[position] = int(item.id)
    return [ids[position] for position in range(len(texts))]


def test_starting_stores_the_start_once(store: SqliteDatabase) -> None:
    interview_id = scheduled_interview()
    started = holding.start_interview(interview_id=interview_id, now=LATE_EVENING)
    assert started == LATE_EVENING
    again = holding.start_interview(interview_id=interview_id, now=LATE_EVENING + timedelta(1))
    assert again == LATE_EVENING
    assert Interview.get_by_id(interview_id).started_at == LATE_EVENING


def test_only_a_scheduled_interview_starts(store: SqliteDatabase) -> None:
    contact_id = add_contact(contact=ContactData(first_name="Bo"))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    with pytest.raises(ValidationError, match="Only a scheduled interview"):
        holding.start_interview(interview_id=interview_id, now=LATE_EVENING)
    with pytest.raises(NotFoundError):
        holding.start_interview(interview_id=999, now=LATE_EVENING)
    with pytest.raises(ValueError):
        holding.start_interview(interview_id=interview_id, now=datetime(2026, 5, 12))


def test_questions_come_in_the_users_order_with_answers_and_ticks(store: SqliteDatabase) -> None:
    interview_id = scheduled_interview(questions=("First?", "Second?", "Third?"), must_ask=1)
    first, second, _ = [row[0] for row in question_rows(interview_id)[1]]
    holding.save_answer(item_id=second, text="Started as an intern.\nThen <b>editor</b>.")
    holding.mark_answered(item_id=first)
    must_ask, rows = question_rows(interview_id)
    assert must_ask == 1
    assert [(text, answer, answered) for _, text, answer, answered in rows] == [
        ("First?", "", True),
        ("Second?", "Started as an intern.\nThen <b>editor</b>.", False),
        ("Third?", "", False),
    ]
    holding.mark_answered(item_id=first, answered=False)
    assert not ListQuestion.get_by_id(first).answered
    with pytest.raises(NotFoundError):
        holding.save_answer(item_id=999, text="x")
    with pytest.raises(ValidationError):
        holding.save_answer(item_id=first, text="x" * 100_001)
    assert question_rows(12345) == (0, [])


def test_the_checklist_is_kept_item_by_item(store: SqliteDatabase) -> None:
    interview_id = scheduled_interview()
    holding.set_checklist(interview_id=interview_id, item=ChecklistItem.PHONE_OFF, done=True)
    flags = holding.set_checklist(
        interview_id=interview_id, item=ChecklistItem.CARD_ASKED, done=True
    )
    assert flags == ChecklistItem.PHONE_OFF | ChecklistItem.CARD_ASKED
    holding.set_checklist(interview_id=interview_id, item=ChecklistItem.PHONE_OFF, done=False)
    assert Interview.get_by_id(interview_id).checklist == ChecklistItem.CARD_ASKED


def test_ending_marks_it_held_with_the_thank_you_due_the_day_after_in_its_zone(
    store: SqliteDatabase,
) -> None:
    interview_id = scheduled_interview()
    ended = holding.end_interview(interview_id=interview_id, now=LATE_EVENING)
    row = Interview.get_by_id(interview_id)
    assert row.status == InterviewStatus.HELD.value
    assert row.held_at == LATE_EVENING
    # Held on Tuesday in New York (Wednesday in UTC): due by the end of Wednesday.
    assert row.thank_you_due == date(2026, 5, 13)
    assert ended.thank_you_due == date(2026, 5, 13)
    assert ended.zone_name == NEW_YORK
    with pytest.raises(IllegalTransition, match="already marked"):
        holding.end_interview(interview_id=interview_id, now=LATE_EVENING)


def test_without_the_interviews_zone_the_profiles_then_the_computers_is_used(
    store: SqliteDatabase,
) -> None:
    interview_id = scheduled_interview()
    Interview.update(time_zone="").execute()
    ended = holding.end_interview(
        interview_id=interview_id, now=LATE_EVENING, system_zone="Asia/Tokyo"
    )
    assert ended.zone_name == "Asia/Tokyo"
    assert ended.thank_you_due == date(2026, 5, 14)  # 12:30 on Wednesday in Tokyo

    other = scheduled_interview()
    Interview.update(time_zone="").where(Interview.id == other).execute()
    save_profile(profile=ProfileData(name="Sam", time_zone=NEW_YORK))
    ended = holding.end_interview(interview_id=other, now=LATE_EVENING, system_zone="Asia/Tokyo")
    assert (ended.zone_name, ended.thank_you_due) == (NEW_YORK, date(2026, 5, 13))


def test_a_scheduled_interview_cannot_be_ended_before_it_is_scheduled(
    store: SqliteDatabase,
) -> None:
    contact_id = add_contact(contact=ContactData(first_name="Bo"))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    with pytest.raises(IllegalTransition):
        holding.end_interview(interview_id=interview_id, now=LATE_EVENING)
    assert Interview.get_by_id(interview_id).held_at is None


def test_the_notes_read_as_one_document(store: SqliteDatabase) -> None:
    interview_id = scheduled_interview(questions=("What is a day like?", "How did you start?"))
    ids = [row[0] for row in question_rows(interview_id)[1]]
    holding.save_answer(item_id=ids[0], text="Meetings, then data.")
    holding.mark_answered(item_id=ids[0])
    holding.save_interview_notes(interview_id=interview_id, text="Talk to Bo at the Post.")
    holding.end_interview(interview_id=interview_id, now=LATE_EVENING)
    data = holding.notes_document_data(interview_id=interview_id)
    assert data.title == "Interview notes: Ana Ruiz"
    assert (data.contact_title, data.organisation, data.field_name) == (
        "Data editor",
        "The Herald",
        "Data journalism",
    )
    assert data.when == "Tuesday 12 May 2026, 23:30 (EDT, America/New York)"
    assert [(i.number, i.text, i.answer, i.answered) for i in data.items] == [
        (1, "What is a day like?", "Meetings, then data.", True),
        (2, "How did you start?", "", False),
    ]
    assert data.other_notes == "Talk to Bo at the Post."
    with pytest.raises(NotFoundError):
        holding.notes_document_data(interview_id=999)


def test_step_5_lists_scheduled_interviews_soonest_first_then_held_ones(
    store: SqliteDatabase,
) -> None:
    first = scheduled_interview()
    second = scheduled_interview()
    Interview.update(scheduled_start=LATE_EVENING - timedelta(days=1)).where(
        Interview.id == second
    ).execute()
    held = scheduled_interview()
    holding.end_interview(interview_id=held, now=LATE_EVENING)
    rows = held_and_scheduled_rows(None)
    assert [row[0] for row in rows] == [second, first, held]
    assert rows[0][1:4] == ("Ana Ruiz", "The Herald", "scheduled")
    assert rows[2][4] == LATE_EVENING  # a held interview shows when it was held


def test_the_printed_notes_escape_every_field(store: SqliteDatabase) -> None:
    from infoview_gui.printing.notes_html import NO_NOTES, notes_document

    interview_id = scheduled_interview(questions=("<b>Why?</b>", "Second & last"))
    ids = [row[0] for row in question_rows(interview_id)[1]]
    holding.save_answer(item_id=ids[0], text='Tom & Jerry <script>alert("x")</script>\n  indented')
    holding.save_interview_notes(interview_id=interview_id, text="<img src=x>")
    Contact.update(first_name="<i>Ana</i>").execute()
    data = holding.notes_document_data(interview_id=interview_id)
    document = notes_document(data)
    html = "".join(block.html for block in document.blocks)
    assert "<b>Why?</b>" not in html and "&lt;b&gt;Why?&lt;/b&gt;" in html
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)" in html
    assert "<img" not in html and "&lt;img src=x&gt;" in html
    assert "&lt;i&gt;Ana&lt;/i&gt;" in html
    assert "Second &amp; last" in html
    assert NO_NOTES in html  # the second question has no notes yet
    assert document.title == "Interview notes: <i>Ana</i> Ruiz"  # the renderer escapes the footer
    assert len(document.blocks) == 4  # heading, two questions, other notes
