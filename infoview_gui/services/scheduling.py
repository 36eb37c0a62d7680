"""Scheduling an accepted request, and putting interviews into a calendar file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.validation import clean_short
from infoview_gui.services.request_records import (
    contact_row,
    display_name,
    interview_row,
    move_request,
)
from infoview_gui.store.database import database

DURATION_RANGE = (5, 240)
PLACE_MAX = 500


@dataclass(frozen=True)
class Scheduled:
    """What ``schedule`` stored, and what the user should know about it."""

    start_utc: datetime
    warnings: tuple[str, ...]


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
        raise ValidationError("start", _("Give the time as shown on the clock, without a zone."))
    zone_name = clean_short("time_zone", "The time zone", zone_name, limit=64)
    low, high = DURATION_RANGE
    if not low <= duration_min <= high:
        raise ValidationError(
            "duration_min",
            _("An interview lasts {low} to {high} minutes.").format(low=low, high=high),
        )
    place = clean_short("place", "The place or link", place, limit=PLACE_MAX)
    meeting_format = MeetingFormat(meeting_format)
    start_utc = calendar_rules.to_utc(start_local, zone_name)
    warnings = _schedule_warnings(start_local, zone_name, meeting_format, place)
    with database.atomic():
        move_request(
            interview_id,
            InterviewStatus.SCHEDULED,
            scheduled_start=start_utc,
            time_zone=zone_name,
            duration_min=duration_min,
            format=meeting_format.value,
            place=place,
        )
    return Scheduled(start_utc, warnings)


def accept_and_schedule(
    *,
    interview_id: int,
    accepted_on: date,
    start_local: datetime,
    zone_name: str,
    duration_min: int,
    meeting_format: MeetingFormat,
    place: str,
) -> Scheduled:
    """Record that the person accepted on ``accepted_on`` and fix the time, all or nothing.

    "They accepted" followed by the schedule dialog's Save: one action, so a failure leaves
    the request as it was (asked), not accepted without its time. The other arguments are
    those of :func:`schedule`.
    """
    with database.atomic():
        move_request(interview_id, InterviewStatus.ACCEPTED, responded_on=accepted_on)
        return schedule(
            interview_id=interview_id,
            start_local=start_local,
            zone_name=zone_name,
            duration_min=duration_min,
            meeting_format=meeting_format,
            place=place,
        )


def _schedule_warnings(
    start_local: datetime, zone_name: str, meeting_format: MeetingFormat, place: str
) -> tuple[str, ...]:
    found = []
    if calendar_rules.wall_time_kind(start_local, zone_name) == "gap":
        shown = calendar_rules.to_local(calendar_rules.to_utc(start_local, zone_name), zone_name)
        said = _(
            "{time} does not exist on that day in {zone} (the clocks go forward); it was saved "
            "as {saved}."
        )
        time_of = formats().time
        found.append(
            said.format(
                time=time_of(start_local.time()), zone=zone_name, saved=time_of(shown.time())
            )
        )
    is_link = place.casefold().startswith(("https://", "http://"))
    if meeting_format is MeetingFormat.VIDEO and not is_link:
        found.append(_("A video call needs a link (https://…): add it when you have it."))
    if meeting_format is MeetingFormat.IN_PERSON and not place:
        found.append(_("No place yet: add the address when you know it."))
    return tuple(found)


def calendar_data(*, interview_ids: list[int], now: datetime) -> bytes:
    """Return an iCalendar file of the scheduled interviews among ``interview_ids``."""
    from infoview_gui.exchange import ics  # icalendar: a tenth of a second, when asked for

    events = []
    for interview_id in interview_ids:
        row = interview_row(interview_id)
        if row.scheduled_start is None:
            continue
        contact = contact_row(int(row.__data__["contact"]))
        facts = ics.InterviewEvent(
            uid=row.uid,
            start=row.scheduled_start,
            time_zone=row.time_zone,
            duration_min=int(row.duration_min),
            contact_name=display_name(contact),
            title=contact.title,
            organisation=contact.organisation,
            meeting_format=MeetingFormat(row.format) if row.format else None,
            place=row.place,
        )
        events.append(ics.interview_event(facts, stamp=now))
    if not events:
        raise ValidationError("scheduled_start", _("Schedule the interview first."))
    return ics.write_calendar(events)


def export_calendar(
    *, interview_ids: list[int], path: str | os.PathLike[str], now: datetime
) -> None:
    """Write the scheduled interviews among ``interview_ids`` to an ``.ics`` file."""
    from infoview_gui.exchange import ics

    ics.write_ics(path, calendar_data(interview_ids=interview_ids, now=now))
