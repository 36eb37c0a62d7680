"""A contact's timeline, in plain SQL: everything that happened with them, newest first.

One ``UNION ALL`` over the contact's own rows, each part read through an index on the
contact (``interview`` by contact, ``touch`` and ``conversation`` by contact and day,
``contact`` by who introduced whom), ordered and cut by SQLite: a contact's timeline costs
the same at 300,000 contacts as at ten.
"""

from __future__ import annotations

from typing import Any

from infoview_gui.store.connection import current

Row = tuple[Any, ...]

LIMIT = 200
"""The most rows a timeline shows: years of a busy relationship."""

_INTERVIEW_DAYS = (
    ("created_at", "drafted", "status"),
    ("requested_on", "requested", "channel"),
    ("responded_on", "replied", "status"),
    ("scheduled_start", "scheduled", "format", "held_at IS NULL"),
    ("held_at", "held", "notes != ''"),
    ("thank_you_sent_on", "thanked", "''"),
    ("note_card_sent_on", "card_sent", "''"),
    ("letter_sent_on", "letter_sent", "''"),
)
"""(column, what, detail[, when]) of each day of a request that makes a row (a meeting
planned makes one until it is held)."""


def _interview_part(step: int, column: str, what: str, detail: str, when: str = "1") -> str:
    return (
        f"SELECT {column}, {step}, '{what}', id, {detail}, field_id FROM interview "
        f"WHERE contact_id = :c AND {column} IS NOT NULL AND {when}"
    )


_NAME = "coalesce(nullif(trim({r}.first_name || ' ' || {r}.last_name), ''), {r}.email)"
_PARTS = (
    "SELECT created_at AS at, 0 AS step, 'added' AS what, id AS record, source AS detail, "
    "NULL AS also FROM contact WHERE id = :c",
    *(_interview_part(step, *day) for step, day in enumerate(_INTERVIEW_DAYS, start=1)),
    "SELECT held_at, 5, 'conversation', id, kind, NULL FROM conversation WHERE contact_id = :c",
    "SELECT thank_you_sent_on, 6, 'conversation_thanked', id, kind, NULL FROM conversation "
    "WHERE contact_id = :c AND thank_you_sent_on IS NOT NULL",
    "SELECT on_day, 9, 'touch', contact_id, note, NULL FROM touch WHERE contact_id = :c",
    f"SELECT created_at, 7, 'introduced', id, {_NAME.format(r='contact')}, NULL "
    "FROM contact WHERE introduced_by_id = :c",
    f"SELECT c.created_at, 1, 'introduced_by', i.id, {_NAME.format(r='i')}, NULL "
    "FROM contact AS c JOIN contact AS i ON i.id = c.introduced_by_id WHERE c.id = :c",
    "SELECT updated_at, 5, 'card', id, '', NULL FROM contact "
    "WHERE id = :c AND (card_image != '' OR card_name != '')",
)

TIMELINE_SQL = (
    "SELECT * FROM (" + " UNION ALL ".join(_PARTS) + ") "
    "ORDER BY substr(at, 1, 10) DESC, step DESC, at DESC, record DESC LIMIT :limit"
)
"""The rows of the contact ``:c``, newest first (a day's later steps first), ``:limit`` at most."""


def timeline_rows(contact_id: int, *, limit: int = LIMIT) -> list[Row]:
    """Return the contact's timeline rows, newest first, at most ``limit``.

    Each row is (when, step, what, record id, detail, field id): ``when`` an ISO date or
    UTC datetime; ``what`` what happened (``drafted``, ``held``, ``conversation``...).
    """
    cursor = current().execute(TIMELINE_SQL, {"c": contact_id, "limit": limit})
    return list(cursor.fetchall())
