"""Asking for an interview (step 3): drafts, answers, no replies, scheduling, calendar.

Every change of status goes through ``domain.pipeline.check_transition``; every action
is one transaction. Dates and moments come from the caller: nothing here reads the clock.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN

from infoview_gui.domain import calendar_rules, drafts, pipeline
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Source
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.text import full_name
from infoview_gui.domain.validation import clean_long, clean_short
from infoview_gui.exchange import ics
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import load_profile
from infoview_gui.services.ranking import ranked_ids
from infoview_gui.services.settings import get_setting, set_setting
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, Contact, Interview, utc_now
from infoview_gui.store.queries import tuples

ASK_NEXT_KEY = "ask_next_after_days"
FOLLOW_UP_KEY = "follow_up_after_days"
DEFAULT_ASK_NEXT = 3
DEFAULT_FOLLOW_UP = 7
DURATION_RANGE = (5, 240)
PLACE_MAX = 500
_SUBJECT = "Subject: "
_S = InterviewStatus

HOW_FOUND: dict[Source, str] = {
    Source.FRIEND: "through a friend",
    Source.FAMILY: "through my family",
    Source.PROFESSOR: "through one of my professors",
    Source.CAMPUS_STAFF: "through the careers service at my school",
    Source.PROFESSIONAL_ORGANISATION: "through a professional organisation",
    Source.NETWORKING_SITE: "on a professional networking site",
    Source.ALUMNI_PROGRAMME: "through the alumni programme",
    Source.OTHER: "",
}


@dataclass(frozen=True)
class RequestRecord:
    """A contact's current interview record, as the asking dialogs show it."""

    interview_id: int
    contact_id: int
    name: str
    email: str
    phone: str
    status: InterviewStatus
    requested_on: date | None
    follow_up_on: date | None
    scheduled_start: datetime | None
    time_zone: str
    duration_min: int
    meeting_format: MeetingFormat | None
    place: str
    call_log: str
    uid: str


@dataclass(frozen=True)
class Scheduled:
    """What ``schedule`` stored, and what the user should know about it."""

    start_utc: datetime
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class WaitingRequest:
    """A request still without an answer, with what to do about it."""

    interview_id: int
    contact_id: int
    name: str
    requested_on: date
    business_days: int
    followed_up: bool
    suggestion: calendar_rules.ReplySuggestion | None


def _contact(contact_id: int) -> Contact:
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFoundError("That contact no longer exists.")
    return row


def _interview(interview_id: int) -> Interview:
    row = Interview.get_or_none(Interview.id == interview_id)
    if row is None:
        raise NotFoundError("That request no longer exists.")
    return row


def _name(contact: Contact) -> str:
    return full_name(contact.first_name, contact.last_name) or str(contact.email)


def _record(contact: Contact, row: Interview) -> RequestRecord:
    return RequestRecord(
        interview_id=int(row.id),
        contact_id=int(contact.id),
        name=_name(contact),
        email=contact.email,
        phone=contact.phone,
        status=_S(row.status),
        requested_on=row.requested_on,
        follow_up_on=row.follow_up_on,
        scheduled_start=row.scheduled_start,
        time_zone=row.time_zone,
        duration_min=int(row.duration_min),
        meeting_format=MeetingFormat(row.format) if row.format else None,
        place=row.place,
        call_log=row.call_log,
        uid=row.uid,
    )


def _latest(contact_id: int) -> Interview | None:
    query = Interview.select().where(Interview.contact == contact_id)
    row: Interview | None = query.order_by(Interview.id.desc()).first()
    return row


def current_request(*, contact_id: int) -> RequestRecord | None:
    """Return the contact's current (latest) interview record, or None; writes nothing."""
    contact = _contact(contact_id)
    row = _latest(contact_id)
    return None if row is None else _record(contact, row)


def request_for(*, contact_id: int) -> RequestRecord:
    """Return the contact's current (latest) interview record, opening one if there is none."""
    with database.atomic():
        contact = _contact(contact_id)
        row = _latest(contact_id) or _interview(start_request(contact_id=contact_id))
    return _record(contact, row)


def field_of(*, contact_id: int) -> int | None:
    """Return the id of the contact's career field, if it has one."""
    field_id = _contact(contact_id).__data__.get("field")
    return None if field_id is None else int(field_id)


def name_of(*, contact_id: int) -> str:
    """Return a contact's name as shown (their email when they have no name)."""
    return _name(_contact(contact_id))


def _introducer(contact: Contact) -> str:
    introducer_id = contact.__data__.get("introduced_by")
    if introducer_id is not None:
        other = Contact.get_or_none(Contact.id == introducer_id)
        if other is not None and _name(other):
            return _name(other)
    return str(contact.introduced_by_text).strip()


def _recipient(contact: Contact) -> drafts.Recipient:
    return drafts.Recipient(
        first_name=contact.first_name,
        last_name=contact.last_name,
        title=contact.title,
        organisation=contact.organisation,
        introduced_by=_introducer(contact),
    )


def _field_name(contact: Contact) -> str:
    field_id = contact.__data__.get("field")
    if field_id is None:
        return ""
    return str(CareerField.select(CareerField.name).where(CareerField.id == field_id).scalar())


def connections(*, contact_id: int) -> tuple[str, ...]:
    """Return the names that count as naming the connection in a request to this contact."""
    introducer = _introducer(_contact(contact_id))
    return (introducer,) if introducer else ()


def draft_request(*, contact_id: int, today: date, fresh: bool = False) -> drafts.Draft:
    """Return the request email: the one the user edited, or (``fresh``) a new draft."""
    contact = _contact(contact_id)
    saved = request_for(contact_id=contact_id)
    text = "" if fresh else str(_interview(saved.interview_id).request_draft)
    if text.startswith(_SUBJECT) and "\n\n" in text:
        subject, body = text.split("\n\n", 1)
        return drafts.Draft(subject.removeprefix(_SUBJECT), body)
    how_found = HOW_FOUND[Source(contact.source)]
    recipient, field = _recipient(contact), _field_name(contact)
    return drafts.request_email(load_profile(), recipient, field, how_found, today=today)


def save_request_draft(*, interview_id: int, text: str, subject: str = "") -> None:
    """Keep the user's edits of a request email (``text`` is the body)."""
    body = clean_long("request_draft", "The request", text, limit=20_000)
    subject = " ".join(subject.split())
    stored = f"{_SUBJECT}{subject}\n\n{body}" if subject else body
    with database.atomic():
        _interview(interview_id)
        Interview.update(request_draft=stored, updated_at=utc_now()).where(
            Interview.id == interview_id
        ).execute()


def call_script(*, contact_id: int) -> str:
    """Return what to say when asking this contact by phone."""
    contact = _contact(contact_id)
    how_found = HOW_FOUND[Source(contact.source)]
    return drafts.call_script(
        load_profile(), _recipient(contact), _field_name(contact), how_found=how_found
    )


def decline_draft(*, interview_id: int) -> drafts.Draft:
    """Return the polite thank-you to someone who declined."""
    contact = _contact(int(_interview(interview_id).__data__["contact"]))
    return drafts.decline_thanks(load_profile(), _recipient(contact))


def follow_up_draft(*, interview_id: int) -> drafts.Draft:
    """Return the one polite follow-up to a request without an answer."""
    row = _interview(interview_id)
    if row.requested_on is None:
        raise ValidationError("status", "This person has not been asked yet.")
    contact = _contact(int(row.__data__["contact"]))
    return drafts.follow_up_email(
        load_profile(), _recipient(contact), _field_name(contact), row.requested_on
    )


def _move(interview_id: int, new: InterviewStatus, **values: Any) -> Interview:
    """Change a request's status, refusing what the pipeline does not allow."""
    row = _interview(interview_id)
    pipeline.check_transition(_S(row.status), new)
    Interview.update(status=new.value, updated_at=utc_now(), **values).where(
        Interview.id == interview_id
    ).execute()
    return row


def mark_asked(*, interview_id: int, channel: Channel, on: date) -> None:
    """Record that the person was asked, by phone or email, on ``on``."""
    with database.atomic():
        _move(interview_id, _S.ASKED, channel=Channel(channel).value, requested_on=on)


def mark_accepted(*, interview_id: int, on: date) -> None:
    """Record that the person said yes."""
    with database.atomic():
        _move(interview_id, _S.ACCEPTED, responded_on=on)


def mark_no_reply(*, interview_id: int) -> None:
    """Record that the person has not answered."""
    with database.atomic():
        _move(interview_id, _S.NO_REPLY)


def mark_declined(*, interview_id: int, on: date) -> int | None:
    """Record that the person declined; return the next contact to ask in the same field."""
    with database.atomic():
        row = _move(interview_id, _S.DECLINED, responded_on=on)
        field_id = field_of(contact_id=int(row.__data__["contact"]))
        return None if field_id is None else next_to_ask(field_id=field_id)


def record_follow_up(*, interview_id: int, on: date) -> None:
    """Record the one follow-up sent to a request without an answer (it counts as no reply)."""
    with database.atomic():
        row = _interview(interview_id)
        if row.follow_up_on is not None:
            raise ValidationError("follow_up_on", "You have already followed up once.")
        _move(interview_id, _S.NO_REPLY, follow_up_on=on)


def next_to_ask(*, field_id: int) -> int | None:
    """Return the first contact of a field, in the user's order, who has not been asked."""
    query = (
        Interview.select(Interview.contact, Interview.status)
        .join(Contact, on=(Interview.contact == Contact.id))
        .where(Contact.field == field_id)
        .order_by(Interview.id)
    )
    latest = {int(contact): _S(status) for contact, status in tuples(query)}  # last one wins
    return pipeline.next_to_ask([(cid, latest.get(cid)) for cid, _ in ranked_ids(field_id)])


def schedule(
    *,
    interview_id: int,
    start_local: datetime,
    zone_name: str,
    duration_min: int,
    meeting_format: MeetingFormat,
    place: str,
) -> Scheduled:
    """Fix (or move) the interview's time, stored as a UTC moment with the user's zone.

    Args:
        interview_id: the accepted (or already scheduled) request.
        start_local: the wall-clock start in ``zone_name``, without a time zone.
        zone_name: an IANA zone such as ``Europe/London``.
        duration_min: 5 to 240 minutes.
        meeting_format: in person, phone, video or email.
        place: the address, phone number or video link.
    """
    if start_local.tzinfo is not None:
        raise ValidationError("start", "Give the time as shown on the clock, without a zone.")
    zone_name = clean_short("time_zone", "The time zone", zone_name, limit=64)
    low, high = DURATION_RANGE
    if not low <= duration_min <= high:
        raise ValidationError("duration_min", f"An interview lasts {low} to {high} minutes.")
    place = clean_short("place", "The place or link", place, limit=PLACE_MAX)
    meeting_format = MeetingFormat(meeting_format)
    start_utc = calendar_rules.to_utc(start_local, zone_name)
    warnings = _schedule_warnings(start_local, zone_name, meeting_format, place)
    with database.atomic():
        _move(
            interview_id,
            _S.SCHEDULED,
            scheduled_start=start_utc,
            time_zone=zone_name,
            duration_min=duration_min,
            format=meeting_format.value,
            place=place,
        )
    return Scheduled(start_utc, warnings)


def _schedule_warnings(
    start_local: datetime, zone_name: str, meeting_format: MeetingFormat, place: str
) -> tuple[str, ...]:
    found = []
    if calendar_rules.wall_time_kind(start_local, zone_name) == "gap":
        shown = calendar_rules.to_local(calendar_rules.to_utc(start_local, zone_name), zone_name)
        found.append(
            f"{start_local:%H:%M} does not exist on that day in {zone_name} (the clocks go "
            f"forward); it was saved as {shown:%H:%M}."
        )
    is_link = place.casefold().startswith(("https://", "http://"))
    if meeting_format is MeetingFormat.VIDEO and not is_link:
        found.append("A video call needs a link (https://…): add it when you have it.")
    if meeting_format is MeetingFormat.IN_PERSON and not place:
        found.append("No place yet: add the address when you know it.")
    return tuple(found)


def log_call(*, interview_id: int, text: str) -> None:
    """Keep the notes of a phone call about the request."""
    text = clean_long("call_log", "The call notes", text, limit=20_000)
    with database.atomic():
        _interview(interview_id)
        Interview.update(call_log=text, updated_at=utc_now()).where(
            Interview.id == interview_id
        ).execute()


def _days_setting(key: str, default: int) -> int:
    stored = get_setting(key)
    return int(stored) if stored.isdigit() and int(stored) > 0 else default


def reply_thresholds() -> tuple[int, int]:
    """Return the business days after which to ask the next person, and to follow up."""
    return (
        _days_setting(ASK_NEXT_KEY, DEFAULT_ASK_NEXT),
        _days_setting(FOLLOW_UP_KEY, DEFAULT_FOLLOW_UP),
    )


def set_reply_thresholds(*, ask_next_after: int, follow_up_after: int) -> None:
    """Store the business days after which to ask the next person, and to follow up."""
    if not 1 <= ask_next_after <= 30:
        raise ValidationError("ask_next_after", "Wait 1 to 30 business days before moving on.")
    if not ask_next_after <= follow_up_after <= 60:
        raise ValidationError(
            "follow_up_after", "Follow up after moving on, and within 60 business days."
        )
    with database.atomic():
        set_setting(key=ASK_NEXT_KEY, value=str(ask_next_after))
        set_setting(key=FOLLOW_UP_KEY, value=str(follow_up_after))


def waiting_requests(
    *, today: date, ask_next_after: int | None = None, follow_up_after: int | None = None
) -> list[WaitingRequest]:
    """Return requests still without an answer, oldest first, each with its suggestion.

    The thresholds default to the stored settings (3 and 7 business days).
    """
    stored_next, stored_follow = reply_thresholds()
    ask_next = stored_next if ask_next_after is None else ask_next_after
    follow = stored_follow if follow_up_after is None else follow_up_after
    query = (
        Interview.select(Interview, Contact)
        .join(Contact, JOIN.INNER, on=(Interview.contact == Contact.id))
        .where(Interview.status.in_([_S.ASKED.value, _S.NO_REPLY.value]))
        .where(Interview.requested_on.is_null(False))
        .order_by(Interview.requested_on, Interview.id)
    )
    rows = []
    for row in query:
        asked = row.requested_on
        if asked is None:  # excluded by the query; keeps the type checker sure
            continue
        followed = row.follow_up_on is not None
        suggestion = calendar_rules.reply_suggestion(asked, today, ask_next, follow, followed)
        waited = calendar_rules.business_days_between(asked, today)
        contact = row.contact
        rows.append(
            WaitingRequest(row.id, contact.id, _name(contact), asked, waited, followed, suggestion)
        )
    return rows


def calendar_data(*, interview_ids: list[int], now: datetime) -> bytes:
    """Return an iCalendar file of the scheduled interviews among ``interview_ids``."""
    events = []
    for interview_id in interview_ids:
        row = _interview(interview_id)
        if row.scheduled_start is None:
            continue
        contact = _contact(int(row.__data__["contact"]))
        facts = ics.InterviewEvent(
            uid=row.uid,
            start=row.scheduled_start,
            time_zone=row.time_zone,
            duration_min=int(row.duration_min),
            contact_name=_name(contact),
            title=contact.title,
            organisation=contact.organisation,
            meeting_format=MeetingFormat(row.format) if row.format else None,
            place=row.place,
        )
        events.append(ics.interview_event(facts, stamp=now))
    if not events:
        raise ValidationError("scheduled_start", "Schedule the interview first.")
    return ics.write_calendar(events)


def export_calendar(
    *, interview_ids: list[int], path: str | os.PathLike[str], now: datetime
) -> None:
    """Write the scheduled interviews among ``interview_ids`` to an ``.ics`` file."""
    ics.write_ics(path, calendar_data(interview_ids=interview_ids, now=now))
