"""Read helpers for questions: the bank, question lists, and what a list is for."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN, fn

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.store.connection import current
from infoview_gui.store.models import (
    CareerField,
    Contact,
    Conversation,
    Interview,
    ListQuestion,
    Question,
    QuestionList,
    ResearchItem,
)
from infoview_gui.store.queries import tuples

OWN_MINUTES = 2.5
"""How long a question without a bank entry is expected to take (the column default)."""


@dataclass(frozen=True)
class BankRow:
    """One question of the bank, as the bank panel and the suggestions need it."""

    id: int
    text: str
    topic: str
    decidedness_mask: int
    stage_mask: int
    minutes: float
    builtin: bool
    edited: bool
    hidden: bool

    @property
    def key(self) -> str:
        """A stable key for ``question_bank.suggest``."""
        return str(self.id)


@dataclass(frozen=True)
class ItemRow:
    """One question of a list, in the user's order."""

    id: int
    text: str
    position: float
    minutes: float
    question_id: int | None


@dataclass(frozen=True)
class ListInfo:
    """What a question list is for."""

    id: int
    field_id: int | None
    interview_id: int | None
    must_ask: int
    meeting_minutes: int | None
    conversation_id: int | None = None  # a follow-up interview's list (its contact's field)


@dataclass(frozen=True)
class ListTarget:
    """A field or an interview that has (or can have) a question list."""

    field_id: int | None
    interview_id: int | None
    field_name: str
    contact: str
    organisation: str
    status: str
    start: datetime | None


def bank_has_questions() -> bool:
    """Whether the bank holds any question, hidden or not."""
    return bool(Question.select(Question.id).limit(1).exists())


def bank_rows(*, include_hidden: bool = False) -> list[BankRow]:
    """Return the questions of the bank in the order they came (the bank file's order)."""
    query = Question.select(
        Question.id,
        Question.text,
        Question.topic,
        Question.decidedness_mask,
        Question.stage_mask,
        Question.minutes,
        Question.builtin_key,
        Question.builtin_text,
        Question.hidden,
    ).order_by(Question.id)
    if not include_hidden:
        query = query.where(Question.hidden == False)  # noqa: E712
    return [
        BankRow(
            int(i),
            str(t),
            str(tp),
            int(d),
            int(s),
            float(m),
            k is not None,
            b not in (None, t),
            bool(h),
        )
        for i, t, tp, d, s, m, k, b, h in tuples(query)
    ]


def list_items(list_id: int) -> list[ItemRow]:
    """Return a list's questions in the user's order, with their expected minutes."""
    query = (
        ListQuestion.select(
            ListQuestion.id,
            ListQuestion.text,
            ListQuestion.position,
            fn.COALESCE(Question.minutes, OWN_MINUTES),
            ListQuestion.question,
        )
        .join(Question, JOIN.LEFT_OUTER, on=(ListQuestion.question == Question.id))
        .where(ListQuestion.question_list == list_id)
        .order_by(ListQuestion.position, ListQuestion.id)
    )
    return [
        ItemRow(int(i), str(t), float(p), float(m), None if q is None else int(q))
        for i, t, p, m, q in tuples(query)
    ]


def list_info(list_id: int) -> ListInfo | None:
    """Return what a list is for, or None when it no longer exists."""
    query = (
        QuestionList.select(
            QuestionList.id,
            fn.COALESCE(QuestionList.field, Interview.field, Contact.field),
            QuestionList.interview,
            QuestionList.must_ask,
            Interview.duration_min,
            QuestionList.conversation,
        )
        .join(Interview, JOIN.LEFT_OUTER, on=(QuestionList.interview == Interview.id))
        .switch(QuestionList)
        .join(Conversation, JOIN.LEFT_OUTER, on=(QuestionList.conversation == Conversation.id))
        .join(Contact, JOIN.LEFT_OUTER, on=(Conversation.contact == Contact.id))
        .where(QuestionList.id == list_id)
    )
    for row_id, field_id, interview_id, must_ask, minutes, conversation_id in tuples(query):
        return ListInfo(
            int(row_id),
            _id(field_id),
            _id(interview_id),
            int(must_ask),
            _id(minutes),
            _id(conversation_id),
        )
    return None


def _id(value: object) -> int | None:
    return None if value is None else int(str(value))


def field_list_id(field_id: int) -> int | None:
    """Return the id of a field's own list (the one not tied to an interview), if any."""
    query = (
        QuestionList.select(QuestionList.id)
        .where(
            (QuestionList.field == field_id)
            & QuestionList.interview.is_null()
            & QuestionList.conversation.is_null()
        )
        .order_by(QuestionList.id)
        .limit(1)
    )
    rows = tuples(query)
    return int(rows[0][0]) if rows else None


def conversation_list_id(conversation_id: int) -> int | None:
    """Return the id of a follow-up conversation's list, if it has one."""
    rows = tuples(
        QuestionList.select(QuestionList.id).where(QuestionList.conversation == conversation_id)
    )
    return int(rows[0][0]) if rows else None


def interview_list_id(interview_id: int) -> int | None:
    """Return the id of an interview's list, if it has one."""
    rows = tuples(
        QuestionList.select(QuestionList.id).where(QuestionList.interview == interview_id)
    )
    return int(rows[0][0]) if rows else None


def verify_lines(field_id: int) -> list[tuple[int, str]]:
    """Return (id, text) of a field's research lines marked to verify in an interview."""
    query = (
        ResearchItem.select(ResearchItem.id, ResearchItem.text)
        .where((ResearchItem.field == field_id) & (ResearchItem.verify == True))  # noqa: E712
        .order_by(ResearchItem.position, ResearchItem.id)
    )
    return [(int(i), str(t)) for i, t in tuples(query)]


def research_lines(field_id: int) -> list[tuple[str, bool]]:
    """Return (text, to verify) of every research line of a field, in order."""
    query = (
        ResearchItem.select(ResearchItem.text, ResearchItem.verify)
        .where(ResearchItem.field == field_id)
        .order_by(ResearchItem.position, ResearchItem.id)
    )
    return [(str(t), bool(v)) for t, v in tuples(query)]


def research_notes(field_id: int) -> tuple[str, str]:
    """Return a field's (name, free research notes); blanks when it no longer exists."""
    query = CareerField.select(CareerField.name, CareerField.research_notes).where(
        CareerField.id == field_id
    )
    for name, notes in tuples(query):
        return str(name), str(notes)
    return "", ""


def list_targets(field_id: int | None = None) -> list[ListTarget]:
    """Return every field, then the interviews in progress, that a list can be made for.

    Fields come in the user's order; interviews (accepted, scheduled, held or thanked)
    follow, the next meetings first. ``field_id`` keeps one field and its interviews.
    A picker of every list reads ``field_targets`` and ``interview_target_ids`` instead,
    and the interviews it shows with ``interview_targets``.
    """
    return field_targets(field_id) + _interview_targets(field_id)


def field_targets(field_id: int | None = None) -> list[ListTarget]:
    """Return every field (or the one ``field_id``) in the user's order, as list targets."""
    fields = CareerField.select(CareerField.id, CareerField.name).order_by(
        CareerField.position, CareerField.id
    )
    if field_id is not None:
        fields = fields.where(CareerField.id == field_id)
    return [ListTarget(int(i), None, str(n), "", "", "", None) for i, n in tuples(fields)]


_IN_PROGRESS = [
    InterviewStatus.ACCEPTED.value,
    InterviewStatus.SCHEDULED.value,
    InterviewStatus.HELD.value,
    InterviewStatus.THANKED.value,
]
_NEXT_FIRST = (Interview.scheduled_start.desc(nulls="FIRST"), Interview.id.desc())


def interview_target_ids(field_id: int | None = None) -> array[int]:
    """Return the ids of the interviews in progress, the next meetings first.

    Only the ids, from the status index and straight from the cursor: 10 ms for 10,000
    interviews, where their labels took a third of a second.
    """
    query = Interview.select(Interview.id).where(Interview.status.in_(_IN_PROGRESS))
    if field_id is not None:
        query = query.where(Interview.field == field_id)
    sql, params = query.order_by(*_NEXT_FIRST).sql()
    ids: array[int] = array("q")
    cursor = current().execute(sql, params)
    while chunk := cursor.fetchmany(8192):
        ids.extend(row[0] for row in chunk)
    return ids


def interview_targets(interview_ids: Sequence[int]) -> dict[int, ListTarget]:
    """Return the targets of these interviews, by interview id."""
    query = _target_query().where(Interview.id.in_(list(interview_ids)))
    return {target.interview_id or 0: target for target in _as_targets(query)}


def _target_query() -> Any:
    name = fn.TRIM(Contact.first_name.concat(" ").concat(Contact.last_name))
    return (
        Interview.select(
            Interview.field,
            Interview.id,
            CareerField.name,
            fn.COALESCE(fn.NULLIF(name, ""), Contact.email),
            Contact.organisation,
            Interview.status,
            Interview.scheduled_start,
        )
        .join(Contact, on=(Interview.contact == Contact.id))
        .join(CareerField, JOIN.LEFT_OUTER, on=(Interview.field == CareerField.id))
    )


def _as_targets(query: Any) -> list[ListTarget]:
    return [
        ListTarget(
            None if f is None else int(f), int(i), str(fname or ""), str(c), str(o), str(s), start
        )
        for f, i, fname, c, o, s, start in tuples(query)
    ]


def _interview_targets(field_id: int | None) -> list[ListTarget]:
    query = _target_query().where(Interview.status.in_(_IN_PROGRESS)).order_by(*_NEXT_FIRST)
    if field_id is not None:
        query = query.where(Interview.field == field_id)
    return _as_targets(query)


def next_interview(field_id: int, now: datetime) -> int | None:
    """Return the interview of a field to prepare next, or None.

    That is the first scheduled interview that has not started more than a few hours
    ago, else the latest accepted request that is not scheduled yet.
    """
    for target in sorted(
        (t for t in _interview_targets(field_id) if t.status == InterviewStatus.SCHEDULED),
        key=lambda t: (t.start is None, t.start or now),
    ):
        if target.start is None or (now - target.start).total_seconds() < 6 * 3600:
            return target.interview_id
    for target in _interview_targets(field_id):
        if target.status == InterviewStatus.ACCEPTED:
            return target.interview_id
    return None
