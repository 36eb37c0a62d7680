from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Event
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, MeetingFormat
from infoview_gui.exchange import ics
from infoview_gui.services import asking, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.models import Interview

NOW = datetime(2026, 3, 1, 8, 15, tzinfo=UTC)


def _scheduled(
    start: datetime = datetime(2026, 3, 30, 14, 0), zone: str = "Europe/London"
) -> tuple[int, int]:
    contact_id = add_contact(
        contact=ContactData(
            first_name="Ana", last_name="Ruiz", title="Data editor", organisation="The Herald"
        )
    )
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=NOW.date())
    asking.mark_accepted(interview_id=interview_id, on=NOW.date())
    scheduling.schedule(
        interview_id=interview_id,
        start_local=start,
        zone_name=zone,
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="https://meet.example.org/ana",
    )
    return contact_id, interview_id


def _event(data: bytes) -> Event:
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    return event


def test_an_interview_round_trips_with_every_field(store: SqliteDatabase) -> None:
    _, interview_id = _scheduled()
    data = scheduling.calendar_data(interview_ids=[interview_id], now=NOW)
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//InfoView//InfoView//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    event = _event(data)
    assert str(event["UID"]) == Interview.get_by_id(interview_id).uid
    assert event.decoded("DTSTAMP") == NOW
    assert b"DTSTAMP:20260301T081500Z" in data
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert b"DTSTART;TZID=Europe/London:20260330T140000" in data
    assert event.decoded("DTSTART") == datetime(2026, 3, 30, 13, tzinfo=UTC)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=30)
    assert "DURATION" not in event
    assert str(event["SUMMARY"]) == "Informational interview with Ana Ruiz"
    assert str(event["LOCATION"]) == "https://meet.example.org/ana"
    description = str(event["DESCRIPTION"])
    assert "Job title: Data editor" in description
    assert "Organization: The Herald" in description
    assert "Format: Video call" in description
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].to_ical() == b"-P1D"


def test_commas_semicolons_and_line_breaks_are_escaped_and_come_back() -> None:
    name = 'Ruiz, Ana; "Bo"\nthe second'
    event = ics.interview_event(
        ics.InterviewEvent(
            uid="x@infoview",
            start=datetime(2026, 5, 4, 9, tzinfo=UTC),
            time_zone="Europe/Paris",
            duration_min=30,
            contact_name=name,
            place="Room 4, Floor 2; Main St",
        ),
        stamp=NOW,
    )
    data = ics.write_calendar([event])
    assert b'Ruiz\\, Ana\\; "Bo"\\nthe second' in data
    back = _event(data)
    assert str(back["SUMMARY"]) == f"Informational interview with {name}"
    assert str(back["LOCATION"]) == "Room 4, Floor 2; Main St"


def test_long_lines_are_folded_at_75_octets() -> None:
    event = ics.interview_event(
        ics.InterviewEvent(
            uid="y@infoview",
            start=datetime(2026, 5, 4, 9, tzinfo=UTC),
            time_zone="",
            duration_min=30,
            contact_name="Zoë Ångström-Øvergård " * 6,
            organisation="Société générale de l'Écriture " * 4,
        ),
        stamp=NOW,
    )
    data = ics.write_calendar([event])
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    assert str(_event(data)["SUMMARY"]).endswith("Zoë Ångström-Øvergård")
    assert b"DTSTART:20260504T090000Z" in data  # no zone known: plain UTC


def test_re_export_keeps_the_uid_and_moves_the_time(store: SqliteDatabase) -> None:
    _, interview_id = _scheduled()
    first = _event(scheduling.calendar_data(interview_ids=[interview_id], now=NOW))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 4, 2, 11, 0),
        zone_name="Europe/London",
        duration_min=45,
        meeting_format=MeetingFormat.PHONE,
        place="+44 113 496 0000",
    )
    second = _event(scheduling.calendar_data(interview_ids=[interview_id], now=NOW))
    assert str(first["UID"]) == str(second["UID"])
    assert second.decoded("DTSTART") == datetime(2026, 4, 2, 10, tzinfo=UTC)
    assert second.decoded("DTEND") - second.decoded("DTSTART") == timedelta(minutes=45)


def test_the_end_is_right_when_the_clocks_change_during_the_interview() -> None:
    event = ics.interview_event(
        ics.InterviewEvent(
            uid="z@infoview",
            start=datetime(2026, 3, 29, 0, 45, tzinfo=UTC),  # 00:45 GMT
            time_zone="Europe/London",
            duration_min=60,
            contact_name="Ana",
        ),
        stamp=NOW,
    )
    data = ics.write_calendar([event])
    assert b"DTEND;TZID=Europe/London:20260329T024500" in data  # 01:45 UTC, in BST
    back = _event(data)
    assert back.decoded("DTEND").astimezone(UTC) == datetime(2026, 3, 29, 1, 45, tzinfo=UTC)


def test_write_ics_replaces_the_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "interview.ics"
    target.write_bytes(b"old")
    ics.write_ics(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["interview.ics"]


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "interview.ics"
    target.write_bytes(b"old")

    def refuse(_source: object, _target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        ics.write_ics(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["interview.ics"]


def test_export_calendar_writes_the_file(store: SqliteDatabase, tmp_path: Path) -> None:
    _, interview_id = _scheduled()
    target = tmp_path / "ana.ics"
    scheduling.export_calendar(interview_ids=[interview_id], path=target, now=NOW)
    assert str(_event(target.read_bytes())["UID"]).endswith("@infoview")


@pytest.mark.parametrize(
    ("language", "summary", "label", "reminder"),
    [
        ("de", "Informationsgespräch mit Ana Ruiz", "Organisation: The Herald", "Morgen: "),
        ("es", "Entrevista informativa con Ana Ruiz", "Organización: The Herald", "Mañana: "),
    ],
)
def test_the_event_speaks_the_user_s_language(
    store: SqliteDatabase, language: str, summary: str, label: str, reminder: str
) -> None:
    from infoview_gui.domain import i18n
    from tests.unit.domain.languages import speak

    _, interview_id = _scheduled()
    speak(language)
    try:
        event = _event(scheduling.calendar_data(interview_ids=[interview_id], now=NOW))
    finally:
        i18n.install(None)
    assert str(event["SUMMARY"]) == summary
    assert label in str(event["DESCRIPTION"])
    (alarm,) = event.walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == reminder + summary
