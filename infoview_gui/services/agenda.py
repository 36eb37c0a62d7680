"""What Home needs for its list of things to do, read in a few small queries.

Home is the first screen: every query here is narrowed by an indexed column (the
interview's status, the contact's field) and returns plain tuples. The date logic is in
``domain.agenda``; this module only reads the facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import JOIN, fn

from infoview_gui.domain import agenda as rules
from infoview_gui.domain.enums import FieldStatus, InterviewStatus, MeetingFormat
from infoview_gui.domain.text import full_name
from infoview_gui.services import waiting
from infoview_gui.store.models import CareerField, Contact, Interview, Profile, Setting
from infoview_gui.store.queries import tuples

_S = InterviewStatus
_WINDOW = timedelta(days=rules.WEEK_DAYS + 1)  # a day more than the week: zones differ


def user_zone(*, system_zone: str = "") -> ZoneInfo:
    """Return the user's time zone: the profile's, else ``system_zone``, else UTC."""
    stored = Profile.select(Profile.time_zone).where(Profile.id == 1).scalar() or ""
    for name in (str(stored), system_zone, "UTC"):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def agenda(*, now: datetime, zone: ZoneInfo) -> rules.Agenda:
    """Return what to do next, most urgent first, as of ``now`` in the user's ``zone``."""
    return rules.build_agenda(agenda_facts(now=now), now=now, zone=zone)


def agenda_facts(*, now: datetime) -> rules.AgendaFacts:
    """Return the records the agenda is made from.

    Scheduled interviews are read up to eight days ahead of ``now``; the domain keeps
    those of the user's coming week.
    """
    ask_next_after, follow_up_after = _thresholds()
    waiting_rows = _waiting_rows()
    declined_rows = _declined_rows()
    fields = {int(row[5]) for row in waiting_rows if row[5] is not None}
    fields |= {int(row[4]) for row in declined_rows}
    following = {field_id: _next_person(field_id) for field_id in sorted(fields)}
    return rules.AgendaFacts(
        held=_held(),
        scheduled=_scheduled(now + _WINDOW),
        waiting=tuple(_waiting_fact(row, following) for row in waiting_rows),
        declined=tuple(_declined_fact(row, following) for row in declined_rows),
        empty_fields=_empty_fields(),
        ask_next_after=ask_next_after,
        follow_up_after=follow_up_after,
    )


def _thresholds() -> tuple[int, int]:
    """Return the business days before suggesting the next person, and a follow-up.

    One query for both of the settings that ``waiting.reply_thresholds`` reads.
    """
    defaults = {
        waiting.ASK_NEXT_KEY: waiting.DEFAULT_ASK_NEXT,
        waiting.FOLLOW_UP_KEY: waiting.DEFAULT_FOLLOW_UP,
    }
    query = Setting.select(Setting.key, Setting.value).where(Setting.key.in_(list(defaults)))
    stored = {str(key): str(value) for key, value in tuples(query)}
    days = {
        key: int(stored[key]) if stored.get(key, "").isdigit() and int(stored[key]) > 0 else value
        for key, value in defaults.items()
    }
    return days[waiting.ASK_NEXT_KEY], days[waiting.FOLLOW_UP_KEY]


def _name(first: object, last: object, email: object) -> str:
    return full_name(str(first or ""), str(last or "")) or str(email or "")


def _with_contact(*columns: Any) -> Any:
    return Interview.select(
        Interview.id, Contact.first_name, Contact.last_name, Contact.email, *columns
    ).join(Contact, on=(Interview.contact == Contact.id))


def _held() -> tuple[rules.HeldFact, ...]:
    query = (
        _with_contact(Interview.held_at, Interview.thank_you_due)
        .where(Interview.status == _S.HELD.value)
        .order_by(Interview.thank_you_due, Interview.id)
    )
    return tuple(
        rules.HeldFact(int(i), _name(first, last, email), held_at, due)
        for i, first, last, email, held_at, due in tuples(query)
    )


def _scheduled(until: datetime) -> tuple[rules.ScheduledFact, ...]:
    query = (
        _with_contact(Interview.scheduled_start, Interview.time_zone, Interview.format)
        .where(Interview.status == _S.SCHEDULED.value)
        .where(Interview.scheduled_start.is_null(False), Interview.scheduled_start < until)
        .order_by(Interview.scheduled_start)
    )
    return tuple(
        rules.ScheduledFact(
            int(i),
            _name(first, last, email),
            start,
            str(zone or ""),
            MeetingFormat(kind) if kind else None,
        )
        for i, first, last, email, start, zone, kind in tuples(query)
    )


def _waiting_rows() -> list[tuple[Any, ...]]:
    query = (
        _with_contact(Interview.requested_on, Contact.field, Interview.follow_up_on, Contact.id)
        .where(Interview.status.in_([_S.ASKED.value, _S.NO_REPLY.value]))
        .where(Interview.requested_on.is_null(False))
        .order_by(Interview.requested_on, Interview.id)
    )
    return tuples(query)


def _waiting_fact(
    row: tuple[Any, ...], following: dict[int, tuple[int, str] | None]
) -> rules.WaitingFact:
    interview_id, first, last, email, asked, field_id, followed, contact_id = row
    person = following.get(int(field_id)) if field_id is not None else None
    return rules.WaitingFact(
        int(interview_id),
        int(contact_id),
        _name(first, last, email),
        asked,
        followed is not None,
        person[0] if person else None,
        person[1] if person else "",
    )


def _declined_rows() -> list[tuple[Any, ...]]:
    """Return the latest decline of each field (not set aside) nobody was asked in since.

    Each row is (interview, first, last, email, field, field name, responded on, contact).
    """
    query = (
        _with_contact(Contact.field, CareerField.name, Interview.responded_on, Contact.id)
        .join(CareerField, JOIN.INNER, on=(Contact.field == CareerField.id))
        .where(Interview.status == _S.DECLINED.value)
        .where(CareerField.status != FieldStatus.SET_ASIDE.value)
        .order_by(Interview.responded_on, Interview.id)
    )
    latest = {int(row[4]): row for row in tuples(query)}  # the last one of a field wins
    asked_since = _last_request_by_field(latest) if latest else {}
    return [row for field_id, row in latest.items() if _open(row[6], asked_since.get(field_id))]


def _open(declined_on: date | None, asked_since: date | None) -> bool:
    """Return True when nobody in the field was asked on or after the day of the decline."""
    if asked_since is None:
        return True
    return declined_on is not None and asked_since < declined_on


def _last_request_by_field(field_ids: Iterable[int]) -> dict[int, date]:
    """Return the day of the latest request in each field that was not declined."""
    query = (
        Interview.select(Contact.field, fn.MAX(Interview.requested_on))
        .join(Contact, on=(Interview.contact == Contact.id))
        .where(Contact.field.in_(list(field_ids)))
        .where(Interview.status.not_in([_S.NOT_ASKED.value, _S.DECLINED.value]))
        .where(Interview.requested_on.is_null(False))
        .group_by(Contact.field)
    )
    return {int(field_id): _as_date(day) for field_id, day in tuples(query) if day}


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _declined_fact(
    row: tuple[Any, ...], following: dict[int, tuple[int, str] | None]
) -> rules.DeclinedFact:
    interview_id, first, last, email, field_id, field_name, responded, contact_id = row
    person = following.get(int(field_id))
    return rules.DeclinedFact(
        int(interview_id),
        int(contact_id),
        _name(first, last, email),
        int(field_id),
        str(field_name),
        responded,
        person[0] if person else None,
        person[1] if person else "",
    )


def _next_person(field_id: int) -> tuple[int, str] | None:
    """Return (id, name) of the next person to ask in a field, in the user's order.

    As ``asking.next_to_ask``: the first contact whose latest request is missing or not
    made yet. The field's rank index lets SQLite stop at the first one.
    """
    latest = (
        Interview.select(Interview.status)
        .where(Interview.contact == Contact.id)
        .order_by(Interview.id.desc())
        .limit(1)
    )
    query = (
        Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.email)
        .where(Contact.field == field_id)
        .where(fn.COALESCE(latest, _S.NOT_ASKED.value) == _S.NOT_ASKED.value)
        .order_by(Contact.rank.asc(nulls="LAST"), Contact.id)
        .limit(1)
    )
    for contact_id, first, last, email in tuples(query):
        return int(contact_id), _name(first, last, email)
    return None


def _empty_fields() -> tuple[rules.FieldFact, ...]:
    anyone = Contact.select(Contact.id).where(Contact.field == CareerField.id)
    query = (
        CareerField.select(CareerField.id, CareerField.name)
        .where(CareerField.status != FieldStatus.SET_ASIDE.value, ~fn.EXISTS(anyone))
        .order_by(CareerField.position, CareerField.id)
    )
    return tuple(rules.FieldFact(int(i), str(name)) for i, name in tuples(query))
