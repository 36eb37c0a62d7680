"""A contact's labels, further emails, phones and web addresses and UID as CSV cells.

InfoView's CSV export writes :data:`POINT_COLUMNS` after the contact's details: the label
of each primary value (``work``, ``home``, ``mobile``, ``other``; empty without one), the
further values of
each kind one per line as ``label: value``, and the UID. ``generic_csv`` reads these
columns back by their exact header, whatever the mapping, so an export re-imports as it
was; another program's CSV simply has no such columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import (
    PRIMARY_FIELDS,
    ContactPoint,
    PointKind,
    PointLabel,
    points_of,
    primary_point,
)

_OTHERS = {
    PointKind.EMAIL: "Other emails",
    PointKind.PHONE: "Other phones",
    PointKind.WEB: "Other web addresses",
}
_LABEL_HEADERS = {
    PointKind.EMAIL: "Email label",
    PointKind.PHONE: "Phone label",
    PointKind.WEB: "Profile URL label",
}
UID_HEADER = "UID"

POINT_COLUMNS: tuple[str, ...] = (*_LABEL_HEADERS.values(), *_OTHERS.values(), UID_HEADER)
"""The headers written after the details, in order."""


def point_cells(contact: ContactData) -> list[str]:
    """Return the contact's cells under :data:`POINT_COLUMNS`."""
    labels = [
        primary.label.value if (primary := primary_point(contact, kind)) else ""
        for kind in _LABEL_HEADERS
    ]
    others = [
        "\n".join(f"{point.label.value}: {point.value}" for point in points_of(contact, kind)[1:])
        for kind in _OTHERS
    ]
    return [*labels, *others, contact.uid]


def with_point_cells(contact: ContactData, cells: Mapping[str, str]) -> ContactData:
    """Return ``contact`` with what the :data:`POINT_COLUMNS` cells (by header) give."""
    changes: dict[str, object] = {}
    for kind, header in _LABEL_HEADERS.items():
        label = _label(cells.get(header, ""))
        if label is not None:
            changes[PRIMARY_FIELDS[kind][1]] = label
    others = tuple(
        point for kind, header in _OTHERS.items() for point in _points(kind, cells.get(header, ""))
    )
    uid = cells.get(UID_HEADER, "").strip()
    return replace(contact, other_points=others, uid=uid, **changes)  # type: ignore[arg-type]


def _label(text: str) -> PointLabel | None:
    """Return the label a cell names, or None for a cell naming none."""
    key = text.strip().casefold()
    return PointLabel(key) if key in PointLabel.values() else None


def _points(kind: PointKind, cell: str) -> list[ContactPoint]:
    """Return the points of one ``Other ...`` cell: one a line, ``label: value``."""
    points = []
    for line in cell.split("\n"):
        prefix, colon, rest = line.partition(": ")
        label = _label(prefix) if colon else None
        value = rest if label is not None else line
        if value.strip():
            points.append(ContactPoint(kind, value.strip(), label or PointLabel.OTHER))
    return points
