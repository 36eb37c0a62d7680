"""Holding the interview (step 5): start, notes as typed, the checklist, and the end."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from infoview_gui.domain import calendar_rules, interview_mode
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.interview_mode import (
    ALL_ITEMS,
    ChecklistItem,
    NotesDocumentData,
    question_items,
    with_item,
)
from infoview_gui.domain.validation import clean_long
from infoview_gui.services import cards
from infoview_gui.services.request_records import interview_row, move_request
from infoview_gui.store.database import database
from infoview_gui.store.holding_queries import InterviewHeader, interview_header, question_rows
from infoview_gui.store.models import Interview, ListQuestion, Profile, utc_now

NOTES_MAX = 100_000
FALLBACK_ZONE = "UTC"


@dataclass(frozen=True)
class PendingNotes:
    """Notes typed but not stored yet: under a question (``item_id``), else the interview's."""

    text: str
    item_id: int | None = None


@dataclass(frozen=True)
class Ended:
    """What ``end_interview`` stored."""

    held_at: datetime
    thank_you_due: date
    zone_name: str


def _aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must carry a time zone")


def start_interview(*, interview_id: int, now: datetime) -> datetime:
    """Start the clock of a scheduled interview; return when it started.

    Starting again (interview mode closed and opened) keeps the first start.

    Raises:
        ValidationError: when the interview is not scheduled.
    """
    _aware(now)
    with database.atomic():
        row = interview_row(interview_id)
        if row.status != InterviewStatus.SCHEDULED.value:
            raise ValidationError("status", _("Only a scheduled interview can be started."))
        if row.started_at is not None:
            return row.started_at  # type: ignore[no-any-return]
        Interview.update(started_at=now, updated_at=utc_now()).where(
            Interview.id == interview_id
        ).execute()
    return now


def save_answer(*, item_id: int, text: str) -> None:
    """Store the notes typed under one question; one small write, fit for every pause."""
    text = clean_long("answer", "The note", text, limit=NOTES_MAX)
    updated = ListQuestion.update(answer=text).where(ListQuestion.id == item_id).execute()
    if not updated:
        raise NotFoundError(_("That question is no longer on the interview's list."))


def save_interview_notes(*, interview_id: int, text: str) -> None:
    """Store what was noted outside any question."""
    text = clean_long("notes", "The note", text, limit=NOTES_MAX)
    updated = (
        Interview.update(notes=text, updated_at=utc_now())
        .where(Interview.id == interview_id)
        .execute()
    )
    if not updated:
        raise NotFoundError(_("That interview no longer exists."))


def mark_answered(*, item_id: int, answered: bool = True) -> None:
    """Tick a question as answered (or open it again)."""
    updated = ListQuestion.update(answered=answered).where(ListQuestion.id == item_id).execute()
    if not updated:
        raise NotFoundError(_("That question is no longer on the interview's list."))


def answer_question(*, item_id: int, notes: str | None) -> None:
    """Keep the notes just typed under a question (None: none) and tick it, all or nothing."""
    with database.atomic():
        if notes is not None:
            save_answer(item_id=item_id, text=notes)
        mark_answered(item_id=item_id)


def set_checklist(*, interview_id: int, item: ChecklistItem, done: bool) -> int:
    """Tick (or untick) one checklist item; return the stored flags."""
    with database.atomic():
        flags = with_item(int(interview_row(interview_id).checklist), item, done)
        Interview.update(checklist=flags).where(Interview.id == interview_id).execute()
    return flags


def end_interview(*, interview_id: int, now: datetime, system_zone: str = "") -> Ended:
    """Mark a scheduled interview held at ``now`` and set the thank-you's due date.

    The thank-you is due by the end of the day after, in the interview's time zone,
    else the profile's, else ``system_zone`` (the computer's), else UTC.

    Raises:
        IllegalTransition: when the interview is not scheduled (not yet, or held already).
    """
    return _end(interview_id, now, system_zone)


def finish_interview(
    *,
    interview_id: int,
    now: datetime,
    checklist: int,
    notes: PendingNotes | None = None,
    system_zone: str = "",
) -> Ended:
    """End the interview with the notes just typed and its checklist, all or nothing.

    Interview mode's End: the ``notes`` not stored yet, then the interview held at ``now``
    with the ``checklist`` flags as shown, in one transaction; see :func:`end_interview`.
    """
    with database.atomic():
        if notes is not None and notes.item_id is not None:
            save_answer(item_id=notes.item_id, text=notes.text)
        elif notes is not None:
            save_interview_notes(interview_id=interview_id, text=notes.text)
        return _end(interview_id, now, system_zone, checklist=checklist & int(ALL_ITEMS))


def _end(interview_id: int, now: datetime, system_zone: str, **values: int) -> Ended:
    _aware(now)
    with database.atomic():
        row = interview_row(interview_id)
        zone_name = _zone_name(str(row.time_zone), system_zone)
        due = calendar_rules.thank_you_due(now, _zone(zone_name))
        move_request(interview_id, InterviewStatus.HELD, held_at=now, thank_you_due=due, **values)
    return Ended(held_at=now, thank_you_due=due, zone_name=zone_name)


def _zone_name(interview_zone: str, system_zone: str) -> str:
    profile_zone = Profile.select(Profile.time_zone).where(Profile.id == 1).scalar() or ""
    for name in (interview_zone, str(profile_zone), system_zone):
        if name and _known(name):
            return name
    return FALLBACK_ZONE


def _known(zone_name: str) -> bool:
    try:
        calendar_rules.zone_named(zone_name)
    except ValidationError:
        return False
    return True


def _zone(zone_name: str) -> ZoneInfo:
    return calendar_rules.zone_named(zone_name)


def notes_document_data(
    *, interview_id: int, system_zone: str = "", cards_dir: Path | None = None
) -> NotesDocumentData:
    """Return the interview's notes as one document: the card, each question, its answer.

    Args:
        interview_id: the interview.
        system_zone: the computer's time zone, for an interview stored without one.
        cards_dir: where card images are kept (the open data folder's ``cards/`` if None).
    """
    header = interview_header(interview_id)
    if header is None:
        raise NotFoundError(_("That interview no longer exists."))
    must_ask, rows = question_rows(interview_id)
    card = cards.load_card(header.contact_id)
    image = cards.card_image_path(header.contact_id, cards_dir or cards.cards_dir_of_store())
    return NotesDocumentData(
        contact_name=header.contact_name,
        contact_title=header.contact_title,
        organisation=header.organisation,
        field_name=header.field_name,
        when=when_text(header, system_zone=system_zone),
        items=question_items(rows, must_ask),
        other_notes=header.notes,
        card=tuple(
            line
            for value in astuple(card)
            for line in (" ".join(part.split()) for part in str(value).splitlines())
            if line
        ),
        card_image=image.as_uri() if image is not None else "",
    )


def when_text(header: InterviewHeader, *, system_zone: str = "") -> str:
    """Return when the interview was held (or is planned), with its zone, written out."""
    moment = header.held_at or header.started_at or header.scheduled_start
    if moment is None:
        return ""
    zone_name = header.time_zone if _known(header.time_zone) else ""
    zone_name = zone_name or _zone_name("", system_zone)
    return interview_mode.when_text(moment.astimezone(_zone(zone_name)), zone_name)
