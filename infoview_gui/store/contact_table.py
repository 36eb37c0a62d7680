"""The SQL behind the contacts table: filter and sort in SQLite, fetch rows a page at a time.

At 100,000 contacts, asking SQLite for the ordered ids of the matching contacts takes
tens of milliseconds; the table then reads the few rows on screen by id. Searching uses
the stored, folded ``search_text``; sorting by name the indexed ``sort_name``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.text import fold
from infoview_gui.store.database import database
from infoview_gui.store.request_rule import (
    CURRENT_REQUEST_ID_SQL,
    CURRENT_STATUS_SQL,
    RANK_ORDER_SQL,
)


class SortKey(IntEnum):
    """What the table can be sorted by."""

    RANK = 0
    NAME = 1
    TITLE = 2
    ORGANISATION = 3
    FIELD = 4
    SOURCE = 5
    INTRODUCED_BY = 6
    LOCATION = 7
    SCORE = 8
    STATUS = 9
    TAGS = 10


@dataclass(frozen=True)
class ContactFilter:
    """What the user narrowed the table to. Empty values mean "any"."""

    search: str = ""
    field_id: int | None = None
    status: InterviewStatus | None = None
    source: str | None = None
    tag_id: int | None = None


@dataclass(frozen=True)
class ContactRow:
    """One row of the table, as read for display."""

    id: int
    name: str
    email: str
    title: str
    organisation: str
    field_name: str
    source: str
    introduced_by: str
    location: str
    score: float | None
    status: InterviewStatus
    requested_on: str | None
    follow_up_on: str | None
    scheduled_start: str | None
    thank_you_due: str | None
    thank_you_sent_on: str | None
    field_id: int | None
    interview_id: int | None


_STATUS_ORDER = (
    "CASE {expr} "
    + " ".join(
        f"WHEN '{status.value}' THEN {order}" for order, status in enumerate(InterviewStatus)
    )
    + " END"
)
_INTRODUCER = (
    "COALESCE(NULLIF(TRIM(ib.first_name || ' ' || ib.last_name), ''), c.introduced_by_text)"
)
# Each key sorts by these terms in turn; blanks go last whichever the direction.
_ORDER: dict[SortKey, tuple[str, ...]] = {
    SortKey.RANK: ("c.field_id IS NULL", "{field_order}", "c.rank IS NULL", "c.rank"),
    SortKey.NAME: ("c.sort_name",),
    SortKey.TITLE: ("c.title = ''", "c.title COLLATE NOCASE"),
    SortKey.ORGANISATION: ("c.organisation = ''", "c.organisation COLLATE NOCASE"),
    SortKey.FIELD: ("f.name IS NULL", "f.name COLLATE NOCASE"),
    SortKey.SOURCE: ("c.source",),
    SortKey.INTRODUCED_BY: ("k.introducer = ''", "k.introducer COLLATE NOCASE"),
    SortKey.LOCATION: ("c.location = ''", "c.location COLLATE NOCASE"),
    SortKey.SCORE: ("c.score IS NULL", "c.score"),
    SortKey.STATUS: (_STATUS_ORDER.format(expr=CURRENT_STATUS_SQL),),
    SortKey.TAGS: ("t.line = ''", "t.line COLLATE NOCASE"),  # schema_tags: a row per contact
}
_BLANK_FIRST_TERMS = ("IS NULL", "= ''")
_TAG_JOIN = " LEFT JOIN contact_tag_line t ON t.id = c.id"
_KEY_JOINS = {
    SortKey.FIELD: " LEFT JOIN career_field f ON f.id = c.field_id",
    SortKey.TAGS: _TAG_JOIN,
}
_JOINS = (
    " LEFT JOIN career_field f ON f.id = c.field_id"
    " LEFT JOIN contact ib ON ib.id = c.introduced_by_id"
    " LEFT JOIN contact_keys k ON k.id = c.id" + _TAG_JOIN
)


def like_pattern(search: str) -> str:
    """Return a LIKE pattern matching ``search`` anywhere, folded, with wildcards escaped."""
    folded = fold(search)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


SEARCH_SQL = "SELECT id FROM contact_keys WHERE instr(search, ?) > 0"
"""The ids of the contacts whose folded search text contains the folded search."""


def _where(flt: ContactFilter, only: Sequence[int] | None = None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if only is not None:
        clauses.append(f"c.id IN ({_listed(only)})")
    if fold(flt.search):
        clauses.append(f"c.id IN ({SEARCH_SQL})")
        params.append(fold(flt.search))
    if flt.field_id is not None:
        clauses.append("c.field_id = ?")
        params.append(flt.field_id)
    if flt.source:
        clauses.append("c.source = ?")
        params.append(flt.source)
    if flt.status is not None:
        clauses.append(f"{CURRENT_STATUS_SQL} = ?")
        params.append(flt.status.value)
    if flt.tag_id is not None:  # the (tag_id, contact_id) index: no row read but the tag's
        clauses.append("c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = ?)")
        params.append(flt.tag_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def contact_ids(
    flt: ContactFilter,
    key: SortKey,
    *,
    descending: bool = False,
    criterion_id: int | None = None,
    only: Sequence[int] | None = None,
) -> array[int]:
    """Return the ids of the matching contacts in display order.

    With ``criterion_id``, sort by the score on that criterion instead of ``key``; with
    ``only``, consider those contacts alone.
    """
    where, params = _where(flt, only)
    direction = " DESC" if descending else ""
    order = ", ".join(
        f"{term}{'' if up else direction}" for term, up in order_terms(key, criterion_id)
    )
    if key is SortKey.INTRODUCED_BY and criterion_id is None:  # the index is on contact_keys
        rows = f"contact_keys k{' JOIN contact c ON c.id = k.id' if where else ''}"
        sql = f"SELECT k.id FROM {rows}{where} ORDER BY {order}, k.id{direction}"
    elif key is SortKey.TAGS and criterion_id is None:  # the index is on contact_tag_line
        rows = f"contact_tag_line t{' JOIN contact c ON c.id = t.id' if where else ''}"
        sql = f"SELECT t.id FROM {rows}{where} ORDER BY {order}, t.id{direction}"
    else:
        joins = _KEY_JOINS.get(key, "") if criterion_id is None else ""
        sql = f"SELECT c.id FROM contact c{joins}{where} ORDER BY {order}, c.id{direction}"
    ids: array[int] = array("q")
    cursor = database.execute_sql(sql, params)
    while chunk := cursor.fetchmany(8192):
        ids.extend(row[0] for row in chunk)
    return ids


def order_terms(key: SortKey, criterion_id: int | None = None) -> list[tuple[str, bool]]:
    """Return the ORDER BY terms of ``key`` (before the id), each with True if always ascending.

    Blanks go last whichever the direction: their terms never turn.
    """
    terms = _ORDER[key]
    if criterion_id is not None:
        score = (
            "(SELECT s.score FROM criterion_score s"
            f" WHERE s.contact_id = c.id AND s.criterion_id = {int(criterion_id)})"
        )
        terms = (f"{score} IS NULL", score)
    field_order = _field_order() if key is SortKey.RANK and criterion_id is None else ""
    return [
        (term.replace("{field_order}", field_order), term.endswith(_BLANK_FIRST_TERMS))
        for term in terms
    ]


def _field_order() -> str:
    """Return a CASE expression giving each field's place in the user's order (no join)."""
    rows = database.execute_sql("SELECT id FROM career_field ORDER BY position, id").fetchall()
    if not rows:
        return "c.field_id"
    cases = " ".join(f"WHEN {int(field_id)} THEN {place}" for place, (field_id,) in enumerate(rows))
    return f"CASE c.field_id {cases} END"


def matching(search: str, only: Sequence[int] | None = None, *, most: bool = False) -> bytearray:
    """Return a map of the contacts whose search text contains ``search`` (folded).

    ``found[id]`` is 1 for each of them: a byte a contact, where a set of ids would cost
    fifty. With ``only``, look at those contacts alone (the others are 0). With
    ``most`` (a letter or two: most contacts match), read the few that do not match
    instead; the map then covers every id up to the highest there is.
    """
    params: list[object] = [fold(search)]
    if only is not None:
        return _marked(bytearray(), SEARCH_SQL + f" AND id IN ({_listed(only)})", params, 1)
    if most:
        top = database.execute_sql("SELECT max(id) FROM contact_keys").fetchone()[0] or 0
        found = bytearray(b"\x01") * (top + 1)
        unmatched = SEARCH_SQL.replace("> 0", "= 0")
        return _marked(found, unmatched, params, 0)
    return _marked(bytearray(), SEARCH_SQL, params, 1)


def _marked(found: bytearray, sql: str, params: list[object], mark: int) -> bytearray:
    """Set ``found[id] = mark`` for each id ``sql`` returns, growing the map as needed."""
    cursor = database.execute_sql(sql, params)
    while chunk := cursor.fetchmany(8192):
        top = max(row[0] for row in chunk)
        if top >= len(found):
            found.extend(bytes(top + 1 - len(found)))
        for (contact_id,) in chunk:
            found[contact_id] = mark
    return found


def _listed(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def count_contacts() -> int:
    """Return how many contacts there are in all."""
    return int(database.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def contact_rows(ids: Sequence[int]) -> dict[int, ContactRow]:
    """Return the display rows of the given contacts, by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT c.id, TRIM(c.first_name || ' ' || c.last_name), c.email, c.title,"
        f" c.organisation, f.name, c.source, {_INTRODUCER}, c.location, c.score,"
        " i.status, i.requested_on, i.follow_up_on, i.scheduled_start, i.thank_you_due,"
        " i.thank_you_sent_on, c.field_id, i.id"
        f" FROM contact c{_JOINS}"
        f" LEFT JOIN interview i ON i.id = {CURRENT_REQUEST_ID_SQL}"
        f" WHERE c.id IN ({marks})"
    )
    rows: dict[int, ContactRow] = {}
    for row in database.execute_sql(sql, list(ids)).fetchall():
        status = InterviewStatus(row[10]) if row[10] else InterviewStatus.NOT_ASKED
        rows[row[0]] = ContactRow(
            id=row[0],
            name=row[1],
            email=row[2],
            title=row[3],
            organisation=row[4],
            field_name=row[5] or "",
            source=row[6],
            introduced_by=row[7] or "",
            location=row[8],
            score=row[9],
            status=status,
            requested_on=row[11],
            follow_up_on=row[12],
            scheduled_start=row[13],
            thank_you_due=row[14],
            thank_you_sent_on=row[15],
            field_id=row[16],
            interview_id=row[17],
        )
    return rows


def rank_ordinals(field_ids: Iterable[int]) -> dict[int, int]:
    """Return each contact's place (1, 2, ...) in its field's ranking, for these fields."""
    wanted = sorted(set(field_ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    sql = (
        f"SELECT c.id, c.field_id FROM contact AS c WHERE c.field_id IN ({marks})"
        f" ORDER BY c.field_id, {RANK_ORDER_SQL}"
    )
    ordinals: dict[int, int] = {}
    current_field, place = None, 0
    for contact_id, field_id in database.execute_sql(sql, wanted).fetchall():
        place = place + 1 if field_id == current_field else 1
        current_field = field_id
        ordinals[contact_id] = place
    return ordinals


def rank_places(field_id: int) -> array[int]:
    """Return each contact's place (1, 2, ...) in a field's ranking, indexed by contact id.

    0 for a contact not in the field. Four bytes a contact: a dict of places cost about
    a hundred, 30 MB at 300,000 contacts.
    """
    top = database.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or 0
    places = array("i", bytes(4 * (top + 1)))
    sql = f"SELECT c.id FROM contact AS c WHERE c.field_id = ? ORDER BY {RANK_ORDER_SQL}"
    cursor = database.execute_sql(sql, [field_id])
    place = 0
    while chunk := cursor.fetchmany(8192):
        for (contact_id,) in chunk:
            place += 1
            places[contact_id] = place
    return places


def criterion_scores(ids: Sequence[int]) -> dict[tuple[int, int], int]:
    """Return the scores of the given contacts as {(contact id, criterion id): score}."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (
        f"SELECT contact_id, criterion_id, score FROM criterion_score WHERE contact_id IN ({marks})"
    )
    return {(c, k): s for c, k, s in database.execute_sql(sql, list(ids)).fetchall()}
