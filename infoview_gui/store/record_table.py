"""The SQL behind the Interviews and Follow-ups tables: order and filter in SQLite, read by id.

As for contacts (``store.contact_table``): SQLite returns the ordered ids of the matching
interviews, and the table reads the few rows on screen by id. Searching uses the
contact's stored, folded ``search_text``; every column sorts in SQL, blanks last.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.domain.text import fold
from infoview_gui.store.connection import current
from infoview_gui.store.contact_table import like_pattern

_S = InterviewStatus
_HELD_OR_THANKED = f"('{_S.HELD.value}', '{_S.THANKED.value}')"
_CONTACT = " JOIN contact AS c ON c.id = i.contact_id"
# Unsearched, the interviews are read first and each contact's names from an index
# (store.schema_records_order), never from the contact's long row: SQLite would rather
# read the row by its id.
_CONTACT_NAMES = " CROSS JOIN contact AS c INDEXED BY contact_id_names ON c.id = i.contact_id"
_FIELD = " LEFT JOIN career_field AS f ON f.id = i.field_id"
_FROM = f" FROM interview AS i{_CONTACT}{_FIELD}"
_NAME = "TRIM(c.first_name || ' ' || c.last_name)"
_WHEN = "COALESCE(i.held_at, i.scheduled_start)"


def _enum_order(column: str, values: Sequence[str]) -> str:
    cases = " ".join(f"WHEN '{value}' THEN {place}" for place, value in enumerate(values))
    return f"CASE {column} {cases} END"


# Each column sorts by these terms in turn; blanks go last whichever the direction.
_THANK_YOU = (
    f"i.status NOT IN {_HELD_OR_THANKED}",
    "i.thank_you_sent_on IS NOT NULL",
    "COALESCE(i.thank_you_sent_on, i.thank_you_due)",
)
# The name as shown (first name first); its columns come early in a contact's row, before
# the notes: reading them does not walk a long note's overflow pages.
_BY_NAME = ("c.first_name COLLATE NOCASE", "c.last_name COLLATE NOCASE")
INTERVIEW_ORDER: tuple[tuple[str, ...], ...] = (
    _BY_NAME,
    ("c.organisation = ''", "c.organisation COLLATE NOCASE"),
    ("f.name IS NULL", "f.name COLLATE NOCASE"),
    (_enum_order("i.status", [s.value for s in _S]),),
    (f"{_WHEN} IS NULL", _WHEN),
    ("i.format IS NULL", _enum_order("i.format", [m.value for m in MeetingFormat])),
    _THANK_YOU,
)
INTERVIEW_NATURAL = "i.scheduled_start IS NULL, i.scheduled_start DESC, i.id DESC"
FOLLOW_UP_ORDER: tuple[tuple[str, ...], ...] = (
    _BY_NAME,
    ("i.held_at IS NULL", "i.held_at"),
    _THANK_YOU[1:],
    ("i.note_card_sent_on IS NULL", "i.note_card_sent_on"),
    ("i.letter_sent_on IS NULL", "i.letter_sent_on"),
)
# Thank-yous to send first, the most urgent first (an earlier due day is more urgent),
# then those sent; a due day not stored follows from the day held (in UTC, near enough).
FOLLOW_UP_NATURAL = (
    "i.thank_you_sent_on IS NOT NULL, COALESCE(i.thank_you_due, date(i.held_at, '+1 day')), "
    "i.held_at IS NULL, i.held_at DESC, i.id DESC"
)
_BLANK_FIRST_TERMS = ("IS NULL", "= ''", f"NOT IN {_HELD_OR_THANKED}")


@dataclass(frozen=True)
class RecordQuery:
    """Which interviews a table lists, and how it can order them."""

    where: str
    order: tuple[tuple[str, ...], ...]
    natural: str


INTERVIEWS = RecordQuery(f"i.status != '{_S.NOT_ASKED.value}'", INTERVIEW_ORDER, INTERVIEW_NATURAL)
FOLLOW_UPS = RecordQuery(f"i.status IN {_HELD_OR_THANKED}", FOLLOW_UP_ORDER, FOLLOW_UP_NATURAL)


def order_by(query: RecordQuery, column: int, descending: bool) -> str:
    """Return the ORDER BY terms of a column (its natural order for -1)."""
    if not 0 <= column < len(query.order):
        return query.natural
    direction = " DESC" if descending else ""
    terms = [
        term if term.endswith(_BLANK_FIRST_TERMS) else f"{term}{direction}"
        for term in query.order[column]
    ]
    # Ties keep the list's own order (no join to the contacts needed for that).
    return ", ".join([*terms, query.natural])


def record_ids(
    query: RecordQuery, *, search: str = "", column: int = -1, descending: bool = False
) -> array[int]:
    """Return the ids of the interviews listed, matching ``search``, in display order."""
    where, params, contact = f" WHERE {query.where}", [], _CONTACT_NAMES
    if fold(search):
        where += " AND c.search_text LIKE ? ESCAPE '\\'"
        params.append(like_pattern(search))
        contact = _CONTACT
    order = order_by(query, column, descending)
    # Only the joins the filter and the order need: each costs a read per interview.
    joins = contact if "c." in where + order else ""
    joins += _FIELD if "f." in order else ""
    sql = f"SELECT i.id FROM interview AS i{joins}{where} ORDER BY {order}"
    ids: array[int] = array("q")
    cursor = current().execute(sql, params)
    while chunk := cursor.fetchmany(8192):
        ids.extend(row[0] for row in chunk)
    return ids


RecordRow = tuple[object, ...]
"""(id, contact, organisation, field, status, held at, scheduled start, format,
thank-you due, thank-you sent on, note card sent on, letter sent on, contact email)."""


def record_rows(ids: Sequence[int]) -> dict[int, RecordRow]:
    """Return the rows of the given interviews, by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (
        f"SELECT i.id, {_NAME}, c.organisation, f.name, i.status, i.held_at, "
        "i.scheduled_start, i.format, i.thank_you_due, i.thank_you_sent_on, "
        f"i.note_card_sent_on, i.letter_sent_on, c.email{_FROM} WHERE i.id IN ({marks})"
    )
    rows = current().execute(sql, list(ids)).fetchall()
    return {
        row[0]: (*row[:5], *map(_moment, row[5:7]), row[7], *map(_day, row[8:12]), row[12])
        for row in rows
    }


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def scheduled_ids() -> list[int]:
    """Return the ids of every scheduled interview, the next first."""
    sql = "SELECT id FROM interview WHERE status = ? ORDER BY scheduled_start, id"
    return [row[0] for row in current().execute(sql, [_S.SCHEDULED.value]).fetchall()]
