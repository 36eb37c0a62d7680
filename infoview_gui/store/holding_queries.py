"""Read helpers for holding an interview: the interview at hand and its questions in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN, fn

from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.domain.text import full_name
from infoview_gui.store.models import CareerField, Contact, Interview, ListQuestion, QuestionList
from infoview_gui.store.queries import Row, held_or_planned, tuples


@dataclass(frozen=True)
class InterviewHeader:
    """What interview mode shows about the interview and the person."""

    id: int
    contact_id: int
    contact_name: str
    contact_title: str
    organisation: str
    field_name: str
    status: InterviewStatus
    scheduled_start: datetime | None
    time_zone: str
    duration_min: int
    place: str
    checklist: int
    notes: str
    started_at: datetime | None
    held_at: datetime | None
    thank_you_due: date | None
    meeting_format: MeetingFormat | None = None


def interview_header(interview_id: int) -> InterviewHeader | None:
    """Return the interview and who it is with, or None when it no longer exists."""
    query = (
        Interview.select(
            Interview.id,
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.title,
            Contact.organisation,
            CareerField.name,
            Interview.status,
            Interview.scheduled_start,
            Interview.time_zone,
            Interview.duration_min,
            Interview.place,
            Interview.checklist,
            Interview.notes,
            Interview.started_at,
            Interview.held_at,
            Interview.thank_you_due,
            Interview.format,
        )
        .join(Contact, on=(Interview.contact == Contact.id))
        .switch(Interview)
        .join(CareerField, JOIN.LEFT_OUTER, on=(Interview.field == CareerField.id))
        .where(Interview.id == interview_id)
    )
    for row in tuples(query):
        return _header(row)
    return None


def _header(row: tuple[Any, ...]) -> InterviewHeader:
    (interview_id, contact_id, first, last, email, title, organisation, field_name) = row[:8]
    status, start, zone, minutes, place, checklist, notes, started, held, due, kind = row[8:]
    return InterviewHeader(
        id=int(interview_id),
        contact_id=int(contact_id),
        contact_name=full_name(first, last) or str(email),
        contact_title=str(title),
        organisation=str(organisation),
        field_name=str(field_name or ""),
        status=InterviewStatus(status),
        scheduled_start=start,
        time_zone=str(zone),
        duration_min=int(minutes),
        place=str(place),
        checklist=int(checklist),
        notes=str(notes),
        started_at=started,
        held_at=held,
        thank_you_due=due,
        meeting_format=MeetingFormat(kind) if kind else None,
    )


def question_rows(interview_id: int) -> tuple[int, list[tuple[int, str, str, bool]]]:
    """Return the list's must-ask count and its (id, text, answer, answered) rows in order.

    An interview without a question list has none: ``(0, [])``.
    """
    return _rows_of(QuestionList.interview == interview_id)


def conversation_question_rows(
    conversation_id: int,
) -> tuple[int, list[tuple[int, str, str, bool]]]:
    """Return a follow-up's list as ``question_rows`` does an interview's (none: ``(0, [])``)."""
    return _rows_of(QuestionList.conversation == conversation_id)


def _rows_of(which: Any) -> tuple[int, list[tuple[int, str, str, bool]]]:
    must_ask = QuestionList.select(QuestionList.must_ask).where(which).scalar()
    query = (
        ListQuestion.select(
            ListQuestion.id, ListQuestion.text, ListQuestion.answer, ListQuestion.answered
        )
        .join(QuestionList, on=(ListQuestion.question_list == QuestionList.id))
        .where(which)
        .order_by(ListQuestion.position, ListQuestion.id)
    )
    rows = [(int(i), str(t), str(a), bool(d)) for i, t, a, d in tuples(query)]
    return int(must_ask or 0), rows


def held_and_scheduled_rows(field_id: int | None) -> list[Row]:
    """Return (id, contact, organisation, status, when, format) for step 5.

    ``when`` is the moment a held interview was held, the planned one of a scheduled one.

    Scheduled interviews come first, soonest first; then held ones, latest first.
    """
    name = fn.TRIM(Contact.first_name.concat(" ").concat(Contact.last_name))
    statuses = (InterviewStatus.SCHEDULED.value, InterviewStatus.HELD.value)
    is_held = Interview.status == InterviewStatus.HELD.value
    query = (
        Interview.select(
            Interview.id,
            name,
            Contact.organisation,
            Interview.status,
            held_or_planned(),
            Interview.format,
        )
        .join(Contact, on=(Interview.contact == Contact.id))
        .where(Interview.status.in_(statuses))
        .order_by(is_held, Interview.scheduled_start, Interview.id)
    )
    if field_id is not None:
        query = query.where(Interview.field == field_id)
    rows = tuples(query)
    scheduled = [row for row in rows if row[3] == InterviewStatus.SCHEDULED.value]
    held = [row for row in rows if row[3] == InterviewStatus.HELD.value]
    return scheduled + held[::-1]
