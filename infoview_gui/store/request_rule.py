"""The request rule, written once: a contact's current request, and whom to ask next.

Plain SQL text, importable without Peewee, and three small reads that run it on the open
connection (the one Peewee shares, so they see a transaction's own writes). Home's first
screen (``store.overview``), the contacts table (``store.contact_table``), the ask page's
shortlist (``store.queries``), asking and thanks all use it. Every fragment reads the
contact as ``c``; the rule's own subquery names its table ``cr``.

The rule:

* A contact's *current request* is their latest interview row, the one with the highest
  id, whatever field it was made in (``interview.field_id`` plays no part): a person who
  declined is not "not asked" again because the user moved them to another field. Ids
  never repeat (``AUTOINCREMENT``), so there are no ties.
* A contact *may be asked* when they have no request yet, or their current request is
  *not asked yet*. An older request, declined or unanswered, does not count once a newer
  one is opened.
* The *next person to ask* in a field is the first contact of the field
  (``contact.field_id``), in the user's order (``contact.rank``, blanks last, then the
  contact's id), who may be asked.
"""

from __future__ import annotations

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.store.connection import read

NOT_ASKED = InterviewStatus.NOT_ASKED.value


def _of_current_request(column: str) -> str:
    """Return a scalar subquery: ``column`` of contact ``c``'s current request (or NULL)."""
    return (
        f"(SELECT cr.{column} FROM interview AS cr WHERE cr.contact_id = c.id "
        "ORDER BY cr.id DESC LIMIT 1)"
    )


CURRENT_REQUEST_ID_SQL = _of_current_request("id")
"""The id of contact ``c``'s current request, or NULL when they have none."""

CURRENT_STATUS_SQL = f"COALESCE({_of_current_request('status')}, '{NOT_ASKED}')"
"""The status of contact ``c``'s current request; *not asked* when they have none."""

MAY_BE_ASKED_SQL = f"{CURRENT_STATUS_SQL} = '{NOT_ASKED}'"
"""True when contact ``c`` may be asked: no request yet, or the current one not made."""

RANK_ORDER_SQL = "c.rank ASC NULLS LAST, c.id"
"""The user's order of the contacts of a field (the index on field and rank serves it)."""


def next_to_ask_sql(field_id: str = "?") -> str:
    """Return a query of the id of the next person to ask in the field ``field_id``.

    ``field_id`` is an SQL expression: ``?`` (a parameter), or an outer query's column
    (``f.id``) to run the rule for every field in one query.
    """
    return (
        f"SELECT c.id FROM contact AS c WHERE c.field_id = {field_id} AND {MAY_BE_ASKED_SQL} "
        f"ORDER BY {RANK_ORDER_SQL} LIMIT 1"
    )


NEXT_TO_ASK_SQL = next_to_ask_sql()
"""The id of the next person to ask in the field given as the one parameter (no row: nobody)."""

CURRENT_REQUEST_OF_SQL = f"SELECT {CURRENT_REQUEST_ID_SQL} FROM contact AS c WHERE c.id = ?"
"""The current request's id of the contact given as the one parameter (NULL: none)."""

IS_CURRENT_REQUEST_SQL = (
    "SELECT count(*) FROM interview AS i JOIN contact AS c ON c.id = i.contact_id "
    f"WHERE i.id = ? AND i.id = {CURRENT_REQUEST_ID_SQL}"
)
"""1 when the interview given as the one parameter is its contact's current request, else 0."""


def current_request_id(contact_id: int) -> int | None:
    """Return the id of the contact's current request, or None (no request, or no contact)."""
    rows = read(CURRENT_REQUEST_OF_SQL, [contact_id])
    return None if not rows or rows[0][0] is None else int(rows[0][0])


def next_to_ask(field_id: int) -> int | None:
    """Return the id of the next person to ask in a field, or None when nobody is left."""
    rows = read(NEXT_TO_ASK_SQL, [field_id])
    return int(rows[0][0]) if rows else None


def is_current_request(interview_id: int) -> bool:
    """Return True when the interview is its contact's current request."""
    return bool(read(IS_CURRENT_REQUEST_SQL, [interview_id])[0][0])
