"""What Home needs for its list of things to do, read in a few small queries.

Home is the first screen: the facts come from ``store.overview`` (plain SQL, no Peewee)
and the date logic is in ``domain.agenda``; this module only puts them together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from infoview_gui.domain import agenda as rules
from infoview_gui.domain import agenda_facts as facts
from infoview_gui.domain.agenda_window import agenda_window
from infoview_gui.domain.calendar_rules import (
    ASK_NEXT_KEY,
    DEFAULT_ASK_NEXT,
    DEFAULT_FOLLOW_UP,
    FOLLOW_UP_KEY,
    stored_days,
)
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.public_holidays import COUNTRY_KEY, REGION_KEY
from infoview_gui.domain.text import full_name
from infoview_gui.services.holiday_calendar import holidays_around
from infoview_gui.services.user_zone import user_zone
from infoview_gui.store import agenda_rows, overview

__all__ = ["SHOWN", "agenda", "agenda_facts", "user_zone"]

SHOWN = 30
"""How many items Home shows; the others are counted."""
UTC_ZONE = ZoneInfo("UTC")


def agenda(*, now: datetime, zone: ZoneInfo, limit: int = SHOWN) -> rules.Agenda:
    """Return what to do next, most urgent first, as of ``now`` in the user's ``zone``.

    Only the first ``limit`` items are made; the counts and the total are of all.
    """
    return rules.build_agenda(
        agenda_facts(now=now, zone=zone, limit=limit), now=now, zone=zone, limit=limit
    )


def agenda_facts(
    *, now: datetime, zone: ZoneInfo = UTC_ZONE, limit: int = SHOWN
) -> facts.AgendaFacts:
    """Return the records the agenda is made from: the first ``limit`` of each timed kind.

    Held interviews to thank for, interviews of the user's coming week and requests
    waiting for an answer are counted in SQL and read ``limit`` of each, in agenda order;
    declines, fields to ask in and empty fields (one at most per field) are read whole.
    """
    ask_next_after, follow_up_after, country = _thresholds()
    holidays = holidays_around(*country, today=now.astimezone(zone).date())
    window = agenda_window(now, zone, ask_next_after, follow_up_after, holidays)
    numbers, busy = agenda_rows.agenda_counts(window)
    timed = agenda_rows.first_timed_rows(window, limit)
    waiting_rows = agenda_rows.first_waiting_rows(window, limit)
    declined_rows = _declined_rows()
    shown_fields = {int(row[5]) for row in waiting_rows if row[5] is not None}
    shown_fields |= {int(row[4]) for row in declined_rows}
    following = {field_id: _next_person(field_id) for field_id in sorted(shown_fields)}
    return facts.AgendaFacts(
        held=_held_facts(row for row in timed if row[0] == "held"),
        scheduled=tuple(_scheduled_fact(row) for row in timed if row[0] == "scheduled"),
        waiting=tuple(_waiting_fact(row, following) for row in waiting_rows),
        declined=tuple(_declined_fact(row, following) for row in declined_rows),
        to_ask=_to_ask(busy=busy | {int(row[4]) for row in declined_rows}),
        empty_fields=tuple(
            facts.FieldFact(int(i), str(name)) for i, name in overview.empty_fields()
        ),
        ask_next_after=ask_next_after,
        follow_up_after=follow_up_after,
        counted=facts.FactCounts(*numbers),
        holidays=holidays,
    )


def _held_facts(rows: Iterable[tuple[Any, ...]]) -> tuple[facts.HeldFact, ...]:
    """Held ones without a stored due day first, by id: the order ties keep on the agenda."""
    held = [
        facts.HeldFact(int(i), _name(first, last, email), held_at, due)
        for _, i, first, last, email, held_at, due, *_ in rows
    ]
    held.sort(key=lambda fact: (fact.due is not None, fact.interview_id if fact.due is None else 0))
    return tuple(held)


def _scheduled_fact(row: tuple[Any, ...]) -> facts.ScheduledFact:
    _, interview_id, first, last, email, start, _, zone, kind = row
    return facts.ScheduledFact(
        int(interview_id),
        _name(first, last, email),
        start,
        str(zone or ""),
        MeetingFormat(kind) if kind else None,
    )


def _thresholds() -> tuple[int, int, tuple[str, str]]:
    """Return the business days before suggesting the next person, and a follow-up.

    One query for both of the settings that ``waiting.reply_thresholds`` reads, and the
    country and region whose public holidays are not business days.
    """
    stored = overview.settings([ASK_NEXT_KEY, FOLLOW_UP_KEY, COUNTRY_KEY, REGION_KEY])
    return (
        stored_days(stored.get(ASK_NEXT_KEY), DEFAULT_ASK_NEXT),
        stored_days(stored.get(FOLLOW_UP_KEY), DEFAULT_FOLLOW_UP),
        (stored.get(COUNTRY_KEY) or "", stored.get(REGION_KEY) or ""),
    )


def _name(first: object, last: object, email: object) -> str:
    return full_name(str(first or ""), str(last or "")) or str(email or "")


def _waiting_fact(
    row: tuple[Any, ...], following: dict[int, tuple[int, str] | None]
) -> facts.WaitingFact:
    interview_id, first, last, email, asked, field_id, followed, contact_id = row
    person = following.get(int(field_id)) if field_id is not None else None
    return facts.WaitingFact(
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
    latest = {int(row[4]): row for row in overview.declined_rows()}  # one a field
    days = [row[6] for row in latest.values()]
    since = min(days) if days and None not in days else None  # asked before: still open
    asked_since = overview.last_request_by_field(sorted(latest), since) if latest else {}
    return [row for field_id, row in latest.items() if _open(row[6], asked_since.get(field_id))]


def _open(declined_on: date | None, asked_since: date | None) -> bool:
    """Return True when nobody in the field was asked on or after the day of the decline."""
    if asked_since is None:
        return True
    return declined_on is not None and asked_since < declined_on


def _declined_fact(
    row: tuple[Any, ...], following: dict[int, tuple[int, str] | None]
) -> facts.DeclinedFact:
    interview_id, first, last, email, field_id, field_name, responded, contact_id = row
    person = following.get(int(field_id))
    return facts.DeclinedFact(
        int(interview_id),
        int(contact_id),
        _name(first, last, email),
        int(field_id),
        str(field_name),
        responded,
        person[0] if person else None,
        person[1] if person else "",
    )


def _to_ask(*, busy: set[int]) -> tuple[facts.AskFact, ...]:
    """Return the next person to ask in each field whose requests already say nothing.

    A field with a request waiting for an answer, or a decline to act on, is left out
    (those items name the next person themselves when it is time), unless a request to
    its next person was started and never sent.
    """
    return tuple(
        facts.AskFact(int(field), str(name), int(contact), _name(first, last, email), bool(d))
        for field, name, contact, first, last, email, d in overview.to_ask_rows()
        if d or int(field) not in busy
    )


def _next_person(field_id: int) -> tuple[int, str] | None:
    """Return (id, name) of the next person to ask in a field, in the user's order."""
    row = overview.next_person(field_id)
    if row is None:
        return None
    contact_id, first, last, email = row
    return int(contact_id), _name(first, last, email)
