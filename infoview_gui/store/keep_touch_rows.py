"""Keeping in touch, in plain SQL: whose reminder is due, counted and ordered by SQLite.

The reminder of a contact counts from their last interaction of any kind: the latest of
the days of their requests, replies, follow-ups, interviews, thank-yous (email, card,
letter), the updates the user logged, and the follow-up conversations (and their
thank-yous). SQLite works out each reminder's day the way ``domain.keep_touch.next_reminder``
does (a month later, or the month's last day), so Home reads only the rows it shows, and
counts the others.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from infoview_gui.store.connection import current, read

Row = tuple[Any, ...]

_DAYS = (
    "requested_on",
    "responded_on",
    "follow_up_on",
    "substr(held_at, 1, 10)",
    "thank_you_sent_on",
    "note_card_sent_on",
    "letter_sent_on",
)
_INTERVIEWS = "(SELECT max(max({days})) FROM interview WHERE contact_id = {contact})".format(
    days=", ".join(f"coalesce({day}, '')" for day in _DAYS), contact="{contact}"
)
_TOUCHES = "(SELECT max(on_day) FROM touch WHERE contact_id = {contact})"
_CONVERSATIONS = (
    "(SELECT max(max(substr(held_at, 1, 10), coalesce(thank_you_sent_on, ''))) "
    "FROM conversation WHERE contact_id = {contact})"
)
LAST_SQL = (
    f"nullif(max(coalesce({_INTERVIEWS}, ''), coalesce({_TOUCHES}, ''), "
    f"coalesce({_CONVERSATIONS}, '')), '')"
)
"""The day of a contact's last interaction ({contact} names its id), or NULL."""
_DUE = (
    "CASE unit WHEN 'weeks' THEN date(base, '+' || (7 * every) || ' days') "
    "ELSE min(date(base, '+' || every || ' months'), "
    "date(base, 'start of month', '+' || (every + 1) || ' months', '-1 day')) END"
)
_KEPT = (
    "WITH kept AS (SELECT k.contact_id, k.every, k.unit, k.snoozed_until, k.set_on, "
    f"{LAST_SQL.format(contact='k.contact_id')} AS last FROM keep_touch AS k), "
    f"dues AS (SELECT *, {_DUE.replace('base', 'coalesce(last, set_on)')} AS due FROM kept) "
)
_DUE_NOW = "due <= :due_by AND (snoozed_until IS NULL OR snoozed_until <= :today)"


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def due_rows(*, due_by: date, today: date, limit: int) -> list[Row]:
    """Return the first ``limit`` contacts due an update, the longest due first.

    Each row is (contact, first, last, email, organisation, every, unit, last
    interaction, reminder day). Reminders falling after ``due_by``, or put off past
    ``today``, are left out.
    """
    rows = current().execute(
        f"{_KEPT}SELECT d.contact_id, c.first_name, c.last_name, c.email, c.organisation, "
        "d.every, d.unit, d.last, d.due FROM dues AS d JOIN contact AS c "
        f"ON c.id = d.contact_id WHERE {_DUE_NOW} ORDER BY d.due, d.contact_id LIMIT :shown",
        {"due_by": due_by.isoformat(), "today": today.isoformat(), "shown": limit},
    )
    return [(*row[:7], _day(row[7]), _day(row[8])) for row in rows.fetchall()]


def due_count(*, due_by: date, today: date) -> int:
    """Return how many contacts are due an update (as :func:`due_rows` would list)."""
    row = current().execute(
        f"{_KEPT}SELECT count(*) FROM dues WHERE {_DUE_NOW}",
        {"due_by": due_by.isoformat(), "today": today.isoformat()},
    )
    return int(row.fetchone()[0])


def kept(contact_id: int) -> Row | None:
    """Return (every, unit, snoozed until, last interaction, reminder day) of a contact."""
    rows = (
        current()
        .execute(
            f"{_KEPT}SELECT every, unit, snoozed_until, last, due FROM dues WHERE contact_id = ?",
            (contact_id,),
        )
        .fetchall()
    )
    if not rows:
        return None
    every, unit, snoozed, last, due = rows[0]
    return every, unit, _day(snoozed), _day(last), _day(due)


def last_interaction(contact_id: int) -> date | None:
    """Return the day of a contact's last interaction of any kind, if there was one."""
    return _day(read(f"SELECT {LAST_SQL.format(contact='?')}", (contact_id,) * 3)[0][0])


def relationship_row(contact_id: int) -> Row:
    """Return (held, thanked, card or letter, referrals given, last day held) of a contact."""
    return tuple(
        current()
        .execute(
            "SELECT EXISTS (SELECT 1 FROM interview WHERE contact_id = :c AND held_at IS NOT NULL),"
            " EXISTS (SELECT 1 FROM interview WHERE contact_id = :c "
            "AND thank_you_sent_on IS NOT NULL),"
            " EXISTS (SELECT 1 FROM interview WHERE contact_id = :c "
            "AND (note_card_sent_on IS NOT NULL OR letter_sent_on IS NOT NULL)),"
            " (SELECT count(*) FROM contact WHERE introduced_by_id = :c),"
            " (SELECT max(substr(held_at, 1, 10)) FROM interview WHERE contact_id = :c)",
            {"c": contact_id},
        )
        .fetchone()
    )
