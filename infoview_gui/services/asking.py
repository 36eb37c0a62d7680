"""Asking for an interview (step 3): drafts, answers, declines and the next person.

Every change of status goes through ``domain.pipeline.check_transition``; every action
is one transaction. Dates and moments come from the caller: nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from infoview_gui.domain import drafts
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Source
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.validation import clean_long
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import load_profile
from infoview_gui.services.request_records import (
    contact_row,
    display_name,
    interview_row,
    move_request,
)
from infoview_gui.store import request_rule
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, Contact, Interview, utc_now

_SUBJECT = "Subject: "
_S = InterviewStatus

HOW_FOUND: dict[Source, str] = {
    Source.FRIEND: N_("through a friend"),
    Source.FAMILY: N_("through my family"),
    Source.PROFESSOR: N_("through one of my professors"),
    Source.CAMPUS_STAFF: N_("through the careers service at my school"),
    Source.PROFESSIONAL_ORGANISATION: N_("through a professional organization"),
    Source.NETWORKING_SITE: N_("on a professional networking site"),
    Source.ALUMNI_PROGRAMME: N_("through the alumni program"),
    Source.OTHER: "",
}
"""How the user found a contact, completing "I found your name ..." (translated on use)."""


def _how_found(contact: Contact) -> str:
    """Return how the user found ``contact``, in the user's language ("" when not said)."""
    words = HOW_FOUND[Source(contact.source)]
    return _(words) if words else ""


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
    thank_you_sent_on: date | None = None


def _record(contact: Contact, row: Interview) -> RequestRecord:
    return RequestRecord(
        interview_id=int(row.id),
        contact_id=int(contact.id),
        name=display_name(contact),
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
        thank_you_sent_on=row.thank_you_sent_on,
    )


def _latest(contact_id: int) -> Interview | None:
    """Return the contact's current request by the request rule, or None."""
    interview_id = request_rule.current_request_id(contact_id)
    if interview_id is None:
        return None
    row: Interview | None = Interview.get_or_none(Interview.id == interview_id)
    return row


def current_request(*, contact_id: int) -> RequestRecord | None:
    """Return the contact's current (latest) interview record, or None; writes nothing."""
    contact = contact_row(contact_id)
    row = _latest(contact_id)
    return None if row is None else _record(contact, row)


def request_for(*, contact_id: int) -> RequestRecord:
    """Return the contact's current (latest) interview record, opening one if there is none."""
    with database.atomic():
        contact = contact_row(contact_id)
        row = _latest(contact_id) or interview_row(start_request(contact_id=contact_id))
    return _record(contact, row)


def field_of(*, contact_id: int) -> int | None:
    """Return the id of the contact's career field, if it has one."""
    field_id = contact_row(contact_id).__data__.get("field")
    return None if field_id is None else int(field_id)


def name_of(*, contact_id: int) -> str:
    """Return a contact's name as shown (their email when they have no name)."""
    return display_name(contact_row(contact_id))


def _introducer(contact: Contact) -> str:
    introducer_id = contact.__data__.get("introduced_by")
    if introducer_id is not None:
        other = Contact.get_or_none(Contact.id == introducer_id)
        if other is not None and display_name(other):
            return display_name(other)
    return str(contact.introduced_by_text).strip()


def _recipient(contact: Contact) -> drafts.Recipient:
    return drafts.Recipient(
        first_name=contact.first_name,
        last_name=contact.last_name,
        title=contact.title,
        organisation=contact.organisation,
        introduced_by=_introducer(contact),
    )


def _fielddisplay_name(contact: Contact) -> str:
    field_id = contact.__data__.get("field")
    if field_id is None:
        return ""
    return str(CareerField.select(CareerField.name).where(CareerField.id == field_id).scalar())


def connections(*, contact_id: int) -> tuple[str, ...]:
    """Return the names that count as naming the connection in a request to this contact."""
    introducer = _introducer(contact_row(contact_id))
    return (introducer,) if introducer else ()


def draft_request(*, contact_id: int, today: date, fresh: bool = False) -> drafts.Draft:
    """Return the request email: the one the user edited, or (``fresh``) a new draft."""
    contact = contact_row(contact_id)
    saved = request_for(contact_id=contact_id)
    text = "" if fresh else str(interview_row(saved.interview_id).request_draft)
    if text.startswith(_SUBJECT) and "\n\n" in text:
        subject, body = text.split("\n\n", 1)
        return drafts.Draft(subject.removeprefix(_SUBJECT), body)
    how_found = _how_found(contact)
    recipient, field = _recipient(contact), _fielddisplay_name(contact)
    return drafts.request_email(load_profile(), recipient, field, how_found, today=today)


def save_request_draft(*, interview_id: int, text: str, subject: str = "") -> None:
    """Keep the user's edits of a request email (``text`` is the body)."""
    body = clean_long("request_draft", "The request", text, limit=20_000)
    subject = " ".join(subject.split())
    stored = f"{_SUBJECT}{subject}\n\n{body}" if subject else body
    with database.atomic():
        interview_row(interview_id)
        Interview.update(request_draft=stored, updated_at=utc_now()).where(
            Interview.id == interview_id
        ).execute()


def call_script(*, contact_id: int) -> str:
    """Return what to say when asking this contact by phone."""
    contact = contact_row(contact_id)
    how_found = _how_found(contact)
    return drafts.call_script(
        load_profile(), _recipient(contact), _fielddisplay_name(contact), how_found=how_found
    )


def decline_draft(*, interview_id: int) -> drafts.Draft:
    """Return the polite thank-you to someone who declined."""
    contact = contact_row(int(interview_row(interview_id).__data__["contact"]))
    return drafts.decline_thanks(load_profile(), _recipient(contact))


def follow_up_draft(*, interview_id: int) -> drafts.Draft:
    """Return the one polite follow-up to a request without an answer."""
    row = interview_row(interview_id)
    if row.requested_on is None:
        raise ValidationError("status", _("This person has not been asked yet."))
    contact = contact_row(int(row.__data__["contact"]))
    return drafts.follow_up_email(
        load_profile(), _recipient(contact), _fielddisplay_name(contact), row.requested_on
    )


def mark_asked(*, interview_id: int, channel: Channel, on: date) -> None:
    """Record that the person was asked, by phone or email, on ``on``."""
    with database.atomic():
        move_request(interview_id, _S.ASKED, channel=Channel(channel).value, requested_on=on)


def send_request(*, interview_id: int, subject: str, body: str, on: date) -> None:
    """Keep the request email as sent and mark the person asked by email, all or nothing."""
    with database.atomic():
        save_request_draft(interview_id=interview_id, text=body, subject=subject)
        mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=on)


def record_call(*, interview_id: int, notes: str, on: date) -> None:
    """Keep the notes of the call and mark the person asked by phone, all or nothing."""
    with database.atomic():
        log_call(interview_id=interview_id, text=notes)
        mark_asked(interview_id=interview_id, channel=Channel.PHONE, on=on)


def mark_accepted(*, interview_id: int, on: date) -> None:
    """Record that the person said yes."""
    with database.atomic():
        move_request(interview_id, _S.ACCEPTED, responded_on=on)


def mark_no_reply(*, interview_id: int) -> None:
    """Record that the person has not answered."""
    with database.atomic():
        move_request(interview_id, _S.NO_REPLY)


def mark_declined(*, interview_id: int, on: date, thanked: bool = False) -> int | None:
    """Record that the person declined; return the next contact to ask in the same field.

    With ``thanked``, the thank-you for their reply is recorded as sent ``on`` that day too.
    """
    sent = {"thank_you_sent_on": on} if thanked else {}
    with database.atomic():
        row = move_request(interview_id, _S.DECLINED, responded_on=on, **sent)
        field_id = field_of(contact_id=int(row.__data__["contact"]))
        return None if field_id is None else next_to_ask(field_id=field_id)


def record_follow_up(*, interview_id: int, on: date) -> None:
    """Record the one follow-up sent to a request without an answer (it counts as no reply)."""
    with database.atomic():
        row = interview_row(interview_id)
        if row.follow_up_on is not None:
            raise ValidationError("follow_up_on", _("You have already followed up once."))
        move_request(interview_id, _S.NO_REPLY, follow_up_on=on)


def next_to_ask(*, field_id: int) -> int | None:
    """Return the next person to ask in a field by the request rule, or None."""
    return request_rule.next_to_ask(field_id)


def log_call(*, interview_id: int, text: str) -> None:
    """Keep the notes of a phone call about the request."""
    text = clean_long("call_log", "The call notes", text, limit=20_000)
    with database.atomic():
        interview_row(interview_id)
        Interview.update(call_log=text, updated_at=utc_now()).where(
            Interview.id == interview_id
        ).execute()
