"""The first records of Home's agenda and the counts of all of them, in plain SQL.

Home shows thirty items; with 50,000 interviews, reading and wording every held, scheduled
and waiting one to show thirty took most of a second before the first paint. Here SQLite
orders each kind as the agenda does (``domain.agenda_window`` gives today's boundaries),
returns the first few of each, and counts the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from infoview_gui.domain.agenda_window import AgendaWindow
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.store.connection import current, read
from infoview_gui.store.request_rule import CURRENT_REQUEST_ID_SQL

_S = InterviewStatus
Row = tuple[Any, ...]
_FROM = "FROM interview AS i JOIN contact AS c ON i.contact_id = c.id "
_HELD = (
    "SELECT * FROM (SELECT 'held', i.id, c.first_name, c.last_name, c.email, i.held_at, "
    f"i.thank_you_due, NULL, NULL {_FROM}WHERE i.status = ? AND i.thank_you_due {{due}} "
    "ORDER BY {order} LIMIT ?)"
)
_SCHEDULED = (
    "SELECT * FROM (SELECT 'scheduled', i.id, c.first_name, c.last_name, c.email, "
    f"i.scheduled_start, NULL, i.time_zone, i.format {_FROM}"
    "WHERE i.status = ? AND i.scheduled_start < ? ORDER BY i.scheduled_start, i.id LIMIT ?)"
)
_WAITING = (
    f"{_FROM}WHERE i.status IN ('{_S.ASKED.value}', '{_S.NO_REPLY.value}') "
    f"AND i.requested_on IS NOT NULL AND i.id = {CURRENT_REQUEST_ID_SQL} "
)
# A request calls for a step (sooner) once it has waited long enough: how long depends
# on whether it was followed up.
_WAITED = (
    "i.requested_on <= CASE WHEN i.follow_up_on IS NULL THEN :asked_by ELSE :asked_by_followed END"
)
_DUE_BEFORE = (
    "CASE WHEN thank_you_due IS NOT NULL THEN thank_you_due < :today "
    "ELSE held_at < :yesterday_starts END"
)
_DUE_TODAY = (
    "CASE WHEN thank_you_due IS NOT NULL THEN thank_you_due = :today "
    "WHEN held_at IS NULL THEN 1 "
    "ELSE held_at >= :yesterday_starts AND held_at < :today_starts END"
)
_SCHEDULED_WHERE = f"FROM interview WHERE status = '{_S.SCHEDULED.value}' AND scheduled_start"
# One pass over each kind: held, scheduled (by its index), waiting.
_COUNTS = (
    f"SELECT * FROM (SELECT count(*), sum({_DUE_BEFORE}), sum({_DUE_TODAY}) "
    f"FROM interview WHERE status = '{_S.HELD.value}'), "
    f"(SELECT (SELECT count(*) {_SCHEDULED_WHERE} < :week_ends), "
    f"(SELECT count(*) {_SCHEDULED_WHERE} < :tomorrow_starts), "
    f"(SELECT count(*) {_SCHEDULED_WHERE} >= :today_starts AND scheduled_start < :week_ends)), "
    f"(SELECT count(*), group_concat(DISTINCT c.field_id) {_WAITING})"
)


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _named(sql: str, params: Mapping[str, object]) -> list[Row]:
    return list(current().execute(sql, params).fetchall())


def first_timed_rows(window: AgendaWindow, limit: int) -> list[Row]:
    """Return the first held interviews to thank for, and the first scheduled this week.

    Each row is (kind, interview, first, last, email, moment, thank-you due, zone,
    format), ``kind`` "held" or "scheduled". Held ones come first by due day: those with a
    stored day, then those without, by the moment held (their due day follows from it).
    """
    sql = " UNION ALL ".join(
        (
            _HELD.format(due="IS NOT NULL", order="i.thank_you_due, i.id"),
            _HELD.format(due="IS NULL", order="i.held_at IS NULL, i.held_at, i.id"),
            _SCHEDULED,
        )
    )
    held, scheduled = _S.HELD.value, _S.SCHEDULED.value
    rows = read(sql, [held, limit, held, limit, scheduled, window.week_ends, limit])
    return [(*row[:5], _moment(row[5]), _day(row[6]), *row[7:]) for row in rows]


def first_waiting_rows(window: AgendaWindow, limit: int) -> list[Row]:
    """Return the first requests waiting for an answer, in agenda order.

    Each row is (interview, first, last, email, asked on, field, followed up on, contact):
    those that call for a step first, then the others, each oldest first.
    """
    rows = _named(
        "SELECT i.id, c.first_name, c.last_name, c.email, i.requested_on, c.field_id, "
        f"i.follow_up_on, c.id {_WAITING}ORDER BY CASE WHEN {_WAITED} THEN 0 ELSE 1 END, "
        "i.requested_on, i.id LIMIT :shown",
        {**window._asdict(), "shown": limit},
    )
    return [(*row[:4], _day(row[4]), row[5], _day(row[6]), row[7]) for row in rows]


def agenda_counts(window: AgendaWindow) -> tuple[tuple[int, ...], set[int]]:
    """Return the counts of ``FactCounts`` in its order, and the fields with a request waiting."""
    row = _named(_COUNTS, window._asdict())[0]
    fields = {int(field) for field in str(row[-1] or "").split(",") if field}
    return tuple(int(number or 0) for number in row[:-1]), fields
