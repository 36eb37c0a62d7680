"""Emails, phones and web addresses an import adds to a saved contact that a row matches.

A row that matches a saved contact may carry values the contact lacks (a second email
from an address book, a phone from a card). Unless the policy keeps matching contacts as
they are, each such value is added as a further point, shown in the preview as a change
("Another email: “” → “ana@home.example”"), and taken away again by the import's undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel, point_key
from infoview_gui.domain.i18n import N_

POINT_FIELDS: dict[str, str] = {
    f"{PointKind.EMAIL.value}_points": N_("Another email"),
    f"{PointKind.PHONE.value}_points": N_("Another phone"),
    f"{PointKind.WEB.value}_points": N_("Another web address"),
}
"""The change names of added points, with the words the preview shows."""


def added_points(
    saved: Mapping[str, str],
    saved_points: Sequence[ContactPoint],
    incoming: Iterable[ContactData],
) -> tuple[ContactPoint, ...]:
    """Return the points of ``incoming`` rows that the saved contact has nowhere.

    Args:
        saved: the contact's details after the import's merge (its primary values).
        saved_points: the contact's further points.
        incoming: the rows of the file that match the contact.
    """
    primaries = (
        ContactPoint(PointKind.EMAIL, saved.get("email", "")),
        ContactPoint(PointKind.PHONE, saved.get("phone", "")),
        ContactPoint(PointKind.WEB, saved.get("profile_url", "")),
    )
    known = {point_key(point) for point in (*primaries, *saved_points) if point.value}
    added: list[ContactPoint] = []
    for contact in incoming:
        for point in contact.points:
            key = point_key(point)
            if key not in known:
                known.add(key)
                added.append(point)
    return tuple(added)


def change_name(point: ContactPoint) -> str:
    """Return the change name of an added point (a key of :data:`POINT_FIELDS`)."""
    return f"{point.kind.value}_points"


def encoded(points: Sequence[ContactPoint]) -> list[list[str]]:
    """Return points as the undo data keeps them: ``[kind, label, value]`` each."""
    return [[point.kind.value, point.label.value, point.value] for point in points]


def decoded(rows: Iterable[Sequence[str]]) -> tuple[ContactPoint, ...]:
    """Return the points :func:`encoded` wrote."""
    return tuple(ContactPoint(PointKind(k), v, PointLabel(label)) for k, label, v in rows)
