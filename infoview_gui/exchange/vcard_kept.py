"""What a vCard gives besides a contact's fields, so that none of it vanishes.

Labelled emails, phones and links, and birthdays, nicknames, other addresses and the
like, kept in the contact's notes.

Labels come from ``TYPE`` (``work``, ``home``, ``cell``) or, as Apple and iCloud
write them, from an ``X-ABLabel`` in the same group (``item1.EMAIL`` and
``item1.X-ABLabel:_$!<Work>!$_``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from infoview_gui.domain.contact_points import ContactPoint, PointKind
from infoview_gui.exchange.kept import Kept, label_of
from infoview_gui.exchange.vcard_lines import ContentLine

KEPT_PROPERTIES: dict[str, str] = {
    "BDAY": "Birthday",
    "ANNIVERSARY": "Anniversary",
    "X-ANNIVERSARY": "Anniversary",
    "NICKNAME": "Nickname",
    "IMPP": "Instant messaging",
    "X-SOCIALPROFILE": "Social profile",
    "RELATED": "Related person",
    "X-ABRELATEDNAMES": "Related person",
}
"""Properties with no field of their own, kept in the notes under these names."""

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_POINT_KINDS = {"EMAIL": PointKind.EMAIL, "TEL": PointKind.PHONE, "URL": PointKind.WEB}

Unescape = Callable[[str], str]


def group_labels(props: Sequence[ContentLine], unescape: Unescape) -> dict[str, str]:
    """Return each group's ``X-ABLabel`` text, Apple's ``_$!<Work>!$_`` made ``Work``."""
    labels: dict[str, str] = {}
    for prop in props:
        if prop.name == "X-ABLABEL" and prop.group:
            text = unescape(prop.value).strip()
            found = _APPLE_LABEL.match(text)
            labels[prop.group] = found.group(1) if found else text
    return labels


def label_text(prop: ContentLine, labels: dict[str, str]) -> str:
    """Return what a property is for: its group's label, else its ``TYPE`` values."""
    if prop.group in labels:
        return labels[prop.group]
    types = [t for t in prop.params.get("TYPE", []) if t.casefold() not in ("pref", "internet")]
    return " ".join(types).replace("cell", "mobile").replace("CELL", "mobile")


def point(prop: ContentLine, value: str, labels: dict[str, str]) -> ContactPoint:
    """Return an EMAIL, TEL or URL property as a labelled point."""
    return ContactPoint(_POINT_KINDS[prop.name], value, label_of(label_text(prop, labels)))


def kept_values(
    by_name: dict[str, list[ContentLine]], labels: dict[str, str], unescape: Unescape
) -> list[Kept]:
    """Return the values of :data:`KEPT_PROPERTIES`, named (and labelled when labelled)."""
    kept: list[Kept] = []
    for name, shown in KEPT_PROPERTIES.items():
        for prop in by_name.get(name, []):
            value = unescape(prop.value).strip()
            label = labels.get(prop.group, "")
            if value:
                kept.append((f"{shown} ({label})" if label else shown, value))
    return kept


def addresses(
    props: Sequence[ContentLine], labels: dict[str, str], split: Callable[[str], list[str]]
) -> list[Kept]:
    """Return every ``ADR`` written out in full (street to country), with its label."""
    kept: list[Kept] = []
    for prop in props:
        parts = [part.strip() for part in split(prop.value) if part.strip()]
        if parts:
            kept.append((f"Address ({label_of(label_text(prop, labels))})", ", ".join(parts)))
    return kept
