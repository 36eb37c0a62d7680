"""Read helpers for the views: plain tuples and small dataclasses, no model objects."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from peewee import JOIN, SQL, fn

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, Contact, Interview
from infoview_gui.store.request_rule import CURRENT_STATUS_SQL, RANK_ORDER_SQL

Row = tuple[object, ...]


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """Run a select and return its rows as plain tuples."""
    return list(cast(Iterable[tuple[Any, ...]], query.tuples()))


def _contact_name() -> object:
    return fn.TRIM(Contact.first_name.concat(" ").concat(Contact.last_name))


def field_rows() -> list[Row]:
    """Return (id, name, status, contacts) for every field, in the user's order."""
    query = (
        CareerField.select(
            CareerField.id, CareerField.name, CareerField.status, fn.COUNT(Contact.id)
        )
        .join(Contact, JOIN.LEFT_OUTER, on=(Contact.field == CareerField.id))
        .group_by(CareerField.id)
        .order_by(CareerField.position, CareerField.id)
    )
    return tuples(query)


def field_choices() -> list[tuple[int, str]]:
    """Return (id, name) of every field, in the user's order."""
    query = CareerField.select(CareerField.id, CareerField.name).order_by(
        CareerField.position, CareerField.id
    )
    return [(int(str(i)), str(n)) for i, n in tuples(query)]


def contact_choices() -> list[tuple[int, str]]:
    """Return (id, "name — organisation") of every contact, by name."""
    query = Contact.select(Contact.id, _contact_name(), Contact.organisation, Contact.email)
    query = query.order_by(Contact.last_name, Contact.first_name)
    return [
        (int(str(i)), " — ".join(part for part in (str(name) or str(email), str(org)) if part))
        for i, name, org, email in tuples(query)
    ]


def held_or_planned() -> Any:
    """Return the moment an interview shows: when it was held, else when it is planned."""
    moment = fn.COALESCE(Interview.held_at, Interview.scheduled_start)
    return moment.python_value(Interview.held_at.python_value)


def interview_rows(
    statuses: tuple[InterviewStatus, ...] = (), field_id: int | None = None
) -> list[Row]:
    """Return (id, contact, organisation, field, status, when, format) of interviews.

    ``when`` is the moment it was held, or else the moment it is planned for. A request
    never sent (*not asked yet*: a draft opened and closed) is not an interview: left out.
    """
    query = (
        Interview.select(
            Interview.id,
            _contact_name(),
            Contact.organisation,
            CareerField.name,
            Interview.status,
            held_or_planned(),
            Interview.format,
        )
        .join(Contact, on=(Interview.contact == Contact.id))
        .join(CareerField, JOIN.LEFT_OUTER, on=(Interview.field == CareerField.id))
        .where(Interview.status != InterviewStatus.NOT_ASKED.value)
        .order_by(Interview.scheduled_start.desc(nulls="LAST"), Interview.id.desc())
    )
    if statuses:
        query = query.where(Interview.status.in_([s.value for s in statuses]))
    if field_id is not None:
        query = query.where(Interview.field == field_id)
    return tuples(query)


def shortlist_rows(field_id: int) -> list[Row]:
    """Return (id, name, organisation, title, current request status) by the user's rank.

    The status and the order are the request rule's (``store.request_rule``): a contact
    without a request is *not asked*.
    """
    sql = (
        "SELECT c.id, TRIM(c.first_name || ' ' || c.last_name), c.organisation, c.title, "
        f"{CURRENT_STATUS_SQL} FROM contact AS c WHERE c.field_id = ? ORDER BY {RANK_ORDER_SQL}"
    )
    return [tuple(row) for row in database.execute_sql(sql, [field_id]).fetchall()]


def find_contacts(text: str, *, limit: int = 12) -> list[tuple[int, str]]:
    """Return (id, "name — organisation") of contacts whose name or details contain ``text``."""
    from infoview_gui.store.contact_table import like_pattern

    query = (
        Contact.select(Contact.id, _contact_name(), Contact.organisation, Contact.email)
        .where(SQL("search_text LIKE ? ESCAPE '\\'", [like_pattern(text)]))
        .order_by(Contact.sort_name)
        .limit(limit)
    )
    return [
        (int(i), " — ".join(part for part in (str(name) or str(email), str(org)) if part))
        for i, name, org, email in tuples(query)
    ]


def contact_label(contact_id: int) -> str:
    """Return "name — organisation" of one contact, or "" if it is gone."""
    query = Contact.select(_contact_name(), Contact.organisation, Contact.email).where(
        Contact.id == contact_id
    )
    for name, org, email in tuples(query):
        return " — ".join(part for part in (str(name) or str(email), str(org)) if part)
    return ""
