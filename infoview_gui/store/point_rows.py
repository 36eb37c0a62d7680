"""The further emails, phones and web addresses of contacts, read and written in bulk."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.store.connection import read
from infoview_gui.store.models import Point

_CHUNK = 500


def points_by_contact(
    contact_ids: Sequence[int] | None = None,
) -> dict[int, tuple[ContactPoint, ...]]:
    """Return the further points of these contacts (or all), in their order, by contact id."""
    sql = "SELECT contact_id, kind, label, value FROM contact_point"
    order = " ORDER BY contact_id, position, id"
    if contact_ids is None:
        rows = read(sql + order)
    else:
        ids = list(dict.fromkeys(contact_ids))
        rows = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            where = f" WHERE contact_id IN ({', '.join('?' for _ in chunk)})"
            rows += read(sql + where + order, chunk)
    found: dict[int, list[ContactPoint]] = {}
    for contact_id, kind, label, value in rows:
        point = ContactPoint(PointKind(kind), str(value), PointLabel(label))
        found.setdefault(int(contact_id), []).append(point)
    return {contact_id: tuple(points) for contact_id, points in found.items()}


def insert_points(rows: Iterable[tuple[int, Sequence[ContactPoint]]]) -> None:
    """Store each contact's further points, in order (call inside a transaction)."""
    values = [
        {
            "contact": contact_id,
            "kind": point.kind.value,
            "label": point.label.value,
            "value": point.value,
            "position": position,
        }
        for contact_id, points in rows
        for position, point in enumerate(points)
    ]
    for start in range(0, len(values), _CHUNK):
        Point.insert_many(values[start : start + _CHUNK]).execute()


def replace_points(contact_id: int, points: Sequence[ContactPoint]) -> None:
    """Make ``points`` the contact's further points (call inside a transaction)."""
    stored = points_by_contact([contact_id]).get(contact_id, ())
    if tuple(points) == stored:
        return
    Point.delete().where(Point.contact == contact_id).execute()
    insert_points([(contact_id, points)])
