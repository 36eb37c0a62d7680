"""What Home reads, in plain SQL on the open connection: no Peewee, no models.

Home is the first screen, shown before Peewee is imported (``store.connection``). Every
query here is narrowed by an indexed column (the interview's status, the contact's field)
and returns plain tuples, with dates and times already turned into Python values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from infoview_gui.domain.enums import Decidedness, FieldStatus, InterviewStatus
from infoview_gui.domain.profile import ProfileData
from infoview_gui.store.connection import read
from infoview_gui.store.request_rule import (
    CURRENT_REQUEST_ID_SQL,
    NEXT_TO_ASK_SQL,
    next_to_ask_sql,
)

_S = InterviewStatus
Row = tuple[Any, ...]
_WITH_CONTACT = (
    "SELECT i.id, c.first_name, c.last_name, c.email, {columns} "
    "FROM interview AS i JOIN contact AS c ON i.contact_id = c.id "
)


class Counts(NamedTuple):
    """How much the user has stored, for Home and the empty states."""

    fields: int
    contacts: int
    interviews: int
    questions: int


def counts() -> Counts:
    """Return the number of records of each kind, in one query.

    A request never sent (*not asked yet*: a draft opened and closed) is not an interview.
    """
    row = read(
        "SELECT (SELECT count(*) FROM career_field), (SELECT count(*) FROM contact), "
        "(SELECT count(*) FROM interview WHERE status != ?), "
        "(SELECT count(*) FROM question WHERE hidden = 0)",
        [_S.NOT_ASKED.value],
    )[0]
    return Counts(*(int(number) for number in row))


def profile() -> ProfileData:
    """Return the stored profile, or an empty one."""
    rows = read(
        "SELECT name, email, phone, organisation, address, graduation, decidedness, "
        "time_zone FROM profile WHERE id = 1"
    )
    if not rows:
        return ProfileData()
    name, email, phone, organisation, address, graduation, decidedness, zone = rows[0]
    return ProfileData(
        name=name,
        email=email,
        phone=phone,
        organisation=organisation,
        address=address,
        graduation=graduation,
        decidedness=Decidedness(decidedness) if decidedness else None,
        time_zone=zone,
    )


def profile_time_zone() -> str:
    """Return the time zone the user chose in the profile, or ``""``."""
    rows = read("SELECT time_zone FROM profile WHERE id = 1")
    return str(rows[0][0] or "") if rows else ""


def settings(keys: Iterable[str]) -> dict[str, str]:
    """Return the stored values of the settings ``keys`` (those stored)."""
    wanted = list(keys)
    marks = ", ".join("?" * len(wanted))
    rows = read(f"SELECT key, value FROM setting WHERE key IN ({marks})", wanted)
    return {str(key): str(value) for key, value in rows}


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def declined_rows() -> list[Row]:
    """Return (interview, first, last, email, field, field name, responded on, contact).

    The latest decline of each field the user has not set aside (by the day of the answer,
    then the interview), oldest answer first; current requests only (a person asked again
    after declining is no longer a decline to act on).
    """
    rows = read(
        "SELECT * FROM (SELECT i.id, c.first_name, c.last_name, c.email, c.field_id, f.name, "
        "i.responded_on, c.id AS contact, row_number() OVER (PARTITION BY c.field_id "
        "ORDER BY i.responded_on DESC, i.id DESC) AS latest "
        "FROM interview AS i JOIN contact AS c ON i.contact_id = c.id "
        "JOIN career_field AS f ON c.field_id = f.id "
        f"WHERE i.status = ? AND f.status != ? AND i.id = {CURRENT_REQUEST_ID_SQL}) "
        "WHERE latest = 1 ORDER BY responded_on, id",
        [_S.DECLINED.value, FieldStatus.SET_ASIDE.value],
    )
    return [(*row[:6], _day(row[6]), row[7]) for row in rows]


def last_request_by_field(field_ids: Sequence[int], since: date | None = None) -> dict[int, date]:
    """Return the day of the latest request in each field that was not declined.

    With ``since``, only requests made on or after that day count: SQLite then reads the
    recent requests first (``CROSS JOIN`` keeps that order) instead of every contact of
    the fields.
    """
    marks = ", ".join("?" * len(field_ids))
    rows = read(
        "SELECT c.field_id, MAX(i.requested_on) FROM interview AS i "
        "CROSS JOIN contact AS c ON i.contact_id = c.id "
        f"WHERE c.field_id IN ({marks}) AND i.status NOT IN (?, ?) "
        "AND i.requested_on >= ? GROUP BY c.field_id",
        [*field_ids, _S.NOT_ASKED.value, _S.DECLINED.value, since.isoformat() if since else ""],
    )
    return {int(field_id): day for field_id, value in rows if (day := _day(value))}


def next_person(field_id: int) -> Row | None:
    """Return (id, first, last, email) of the next person to ask in a field, or None.

    The rule is ``request_rule.NEXT_TO_ASK_SQL``; the field's rank index lets SQLite stop
    at the first one.
    """
    rows = read(
        "SELECT c.id, c.first_name, c.last_name, c.email FROM contact AS c "
        f"WHERE c.id = ({NEXT_TO_ASK_SQL})",
        [field_id],
    )
    return rows[0] if rows else None


def empty_fields() -> list[Row]:
    """Return (id, name) of the fields not set aside that have nobody in them yet."""
    return read(
        "SELECT f.id, f.name FROM career_field AS f WHERE f.status != ? AND NOT EXISTS "
        "(SELECT 1 FROM contact AS c WHERE c.field_id = f.id) ORDER BY f.position, f.id",
        [FieldStatus.SET_ASIDE.value],
    )


def to_ask_rows() -> list[Row]:
    """Return (field, field name, contact, first, last, email, drafted) per field to ask in.

    One row for each field not set aside that has a next person to ask (the request rule);
    ``drafted`` is 1 when a request to them is open but was never sent. Fields in order.
    """
    return read(
        "SELECT f.id, f.name, n.id, n.first_name, n.last_name, n.email, "
        "EXISTS (SELECT 1 FROM interview AS d WHERE d.contact_id = n.id) "
        f"FROM career_field AS f JOIN contact AS n ON n.id = ({next_to_ask_sql('f.id')}) "
        "WHERE f.status != ? ORDER BY f.position, f.id",
        [FieldStatus.SET_ASIDE.value],
    )
