"""Labelled emails, phones and web addresses of a contact, one of each kind primary.

A contact keeps its primary email, phone and web address in ``ContactData.email``,
``phone`` and ``profile_url`` (what drafts, the table and duplicate checks use), each with
its label, and any further ones in ``ContactData.other_points``. :func:`points_of` lists
them all, primaries first; :func:`with_points` builds a contact from such a list, so an
importer or the dialog never has to split primaries from the rest by hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from infoview_gui.domain.enums import Labelled

if TYPE_CHECKING:
    from infoview_gui.domain.contact import ContactData

MAX_POINTS = 30
"""A contact holds at most this many emails, phones and web addresses in all."""


class PointKind(Labelled):
    """What a contact point is; the order is the order they are shown in."""

    EMAIL = "email"
    PHONE = "phone"
    WEB = "web"


class PointLabel(Labelled):
    """Which of a person's addresses or numbers this is."""

    WORK = "work"
    HOME = "home"
    MOBILE = "mobile"
    OTHER = "other"


@dataclass(frozen=True)
class ContactPoint:
    """One email address, phone number or web address, with its label."""

    kind: PointKind
    value: str
    label: PointLabel = PointLabel.OTHER


PRIMARY_FIELDS: dict[PointKind, tuple[str, str]] = {
    PointKind.EMAIL: ("email", "email_label"),
    PointKind.PHONE: ("phone", "phone_label"),
    PointKind.WEB: ("profile_url", "profile_url_label"),
}
"""The ``ContactData`` attributes holding each kind's primary value and its label."""


def point_key(point: ContactPoint) -> tuple[PointKind, str]:
    """Return what makes two points the same: kind and value, case and spaces aside."""
    value = point.value.strip().casefold()
    if point.kind is PointKind.PHONE:
        value = "".join(char for char in value if char.isalnum() or char == "+")
    elif point.kind is PointKind.WEB:
        value = value.rstrip("/")
    return point.kind, value


def primary_point(contact: ContactData, kind: PointKind) -> ContactPoint | None:
    """Return the primary point of ``kind``, or None when the contact has none."""
    value_name, label_name = PRIMARY_FIELDS[kind]
    value = str(getattr(contact, value_name))
    if not value:
        return None
    return ContactPoint(kind, value, PointLabel(getattr(contact, label_name)))


def points_of(contact: ContactData, kind: PointKind | None = None) -> tuple[ContactPoint, ...]:
    """Return the contact's points (of one kind, or all), each kind's primary first."""
    kinds = [kind] if kind is not None else list(PointKind)
    found: list[ContactPoint] = []
    for each in kinds:
        primary = primary_point(contact, each)
        if primary is not None:
            found.append(primary)
        found.extend(point for point in contact.other_points if point.kind is each)
    return tuple(found)


def with_points(contact: ContactData, points: Iterable[ContactPoint]) -> ContactData:
    """Return ``contact`` holding ``points``: the first of each kind becomes its primary.

    Empty values and repeats (the same kind and value, whatever the case or, for a phone,
    the spacing) are dropped. A kind absent from ``points`` is left empty.
    """
    seen: set[tuple[PointKind, str]] = set()
    changes: dict[str, object] = {}
    others: list[ContactPoint] = []
    for value_name, label_name in PRIMARY_FIELDS.values():
        changes[value_name], changes[label_name] = "", PointLabel.OTHER
    for point in points:
        point = ContactPoint(PointKind(point.kind), point.value.strip(), PointLabel(point.label))
        key = point_key(point)
        if not point.value or key in seen:
            continue
        seen.add(key)
        value_name, label_name = PRIMARY_FIELDS[point.kind]
        if changes[value_name]:
            others.append(point)
        else:
            changes[value_name], changes[label_name] = point.value, point.label
    return replace(contact, other_points=tuple(others), **changes)  # type: ignore[arg-type]


def new_uid() -> str:
    """Return a fresh contact UID: a random UUID as a URN, as vCard 4.0 suggests."""
    return f"urn:uuid:{uuid.uuid4()}"
