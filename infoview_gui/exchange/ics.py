"""Scheduled interviews as an iCalendar file (RFC 5545), for the user's calendar program.

The ``icalendar`` library writes the text: it escapes commas, semicolons, backslashes
and line breaks, folds long lines at 75 octets and builds the VTIMEZONE that each
DTSTART's TZID refers to. This module only decides what goes in, in the user's language
(the summary, the description's labels, the reminder's text).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.files import atomic_write

PRODID = "-//InfoView//InfoView//EN"
REMINDER_BEFORE = timedelta(days=1)


@dataclass(frozen=True)
class InterviewEvent:
    """The facts about one scheduled interview that its calendar event shows."""

    uid: str
    start: datetime  # aware
    time_zone: str  # IANA name; empty or unknown writes the times in UTC
    duration_min: int
    contact_name: str
    title: str = ""
    organisation: str = ""
    meeting_format: MeetingFormat | None = None
    place: str = ""


def interview_event(interview: InterviewEvent, *, stamp: datetime) -> Event:
    """Return the VEVENT of one interview, with a reminder the day before.

    Args:
        interview: the interview to show.
        stamp: when the file is made (DTSTAMP), aware; written in UTC.

    The summary, the description and the reminder are in the user's language, in an
    exported file as in the account's calendar.

    Raises:
        ValueError: when ``interview.start`` or ``stamp`` has no time zone.
    """
    if interview.start.tzinfo is None or stamp.tzinfo is None:
        raise ValueError("calendar times must carry a time zone")
    zone = _zone(interview.time_zone)
    start_utc = interview.start.astimezone(UTC)
    # End from the UTC instant: wall-clock arithmetic would be wrong across a DST change.
    end_utc = start_utc + timedelta(minutes=interview.duration_min)
    summary = _("Informational interview with {name}").format(name=interview.contact_name).strip()
    event = Event()
    event.add("uid", interview.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", start_utc.astimezone(zone))
    event.add("dtend", end_utc.astimezone(zone))
    event.add("summary", summary)
    if interview.place:
        event.add("location", interview.place)
    description = _description(interview)
    if description:
        event.add("description", description)
    event.add_component(_reminder(summary))
    return event


def write_calendar(events: Iterable[Event]) -> bytes:
    """Return a VCALENDAR holding ``events`` and the time zones they use, as bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    starts: list[date] = []
    for event in events:
        calendar.add_component(event)
        starts.append(event.decoded("dtstart").date())
    if starts:
        # A VTIMEZONE covering the events' years, not the whole of 1970-2038.
        calendar.add_missing_timezones(
            first_date=date(min(starts).year - 1, 1, 1),
            last_date=date(max(starts).year + 2, 1, 1),
        )
    data: bytes = calendar.to_ical()
    return data


def write_ics(path: str | os.PathLike[str], data: bytes) -> None:
    """Write calendar bytes to ``path``: either the old file stays or the new one is whole.

    The bytes go to a private (0600) temporary file in the same folder, are flushed to
    disk, then renamed over ``path``; on any error the temporary file is removed.

    Raises:
        OSError: when the folder cannot be written.
    """
    atomic_write(path, data)


def _zone(name: str) -> tzinfo:
    """Return the zone called ``name``, or UTC when it is empty or unknown."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _description(interview: InterviewEvent) -> str:
    """Return the lines that say who, where and how, leaving out what is not known."""
    how = interview.meeting_format.label if interview.meeting_format else ""
    lines = (
        (_("Job title: {value}"), interview.title),
        (_("Organization: {value}"), interview.organisation),
        (_("Format: {value}"), how),
        (_("Place or link: {value}"), interview.place),
    )
    return "\n".join(said.format(value=value) for said, value in lines if value)


def _reminder(summary: str) -> Alarm:
    """Return a display alarm one day before the start."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -REMINDER_BEFORE)
    alarm.add("description", _("Tomorrow: {summary}").format(summary=summary))
    return alarm
