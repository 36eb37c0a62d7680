"""A contact and its card compared field by field, for a two-way sync that never uses clocks.

Each side is read into the same fields (:data:`FIELDS`): InfoView's contact through the
card InfoView would write and read back, the server's card as InfoView reads any card,
and the copy of the last sync likewise; so a value that did not change compares equal
whatever the spelling of the card. A field changed on one side only is taken from it; a
field changed on both sides to different values is a conflict for the user.

A card written over a server's card keeps what InfoView does not hold (a photo, a
birthday, the phone's own properties): only the properties of the fields InfoView
changed are replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel, points_of
from infoview_gui.domain.i18n import N_, _
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.exchange.vcard import parse_vcards
from infoview_gui.exchange.vcard_write import card_lines, fold_line

Fields = dict[str, str]

_KINDS = {"emails": PointKind.EMAIL, "phones": PointKind.PHONE, "web": PointKind.WEB}
FIELDS = ("name", "title", "organisation", "location", "notes", *_KINDS)
LABELS = {
    "name": N_("Name"),
    "title": N_("Job title"),
    "organisation": N_("Organization"),
    "location": N_("Location"),
    "notes": N_("Notes"),
    "emails": N_("Emails"),
    "phones": N_("Phone numbers"),
    "web": N_("Web addresses"),
    "deleted": N_("Deleted on the server"),
}
"""What each field is called for the user (translated where shown)."""

_PROPERTIES = {
    "name": ("FN", "N"),
    "title": ("TITLE",),
    "organisation": ("ORG",),
    "location": ("ADR",),
    "notes": ("NOTE",),
    "emails": ("EMAIL",),
    "phones": ("TEL",),
    "web": ("URL",),
}
_UNFOLD = re.compile(r"\r?\n[ \t]")
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")


def fields_of(contact: ContactData) -> Fields:
    """Return the synced fields of a contact, each as one text."""
    found = {
        "name": f"{contact.first_name}\x1f{contact.last_name}",
        "title": contact.title,
        "organisation": contact.organisation,
        "location": contact.location,
        "notes": contact.notes.replace("\r\n", "\n").replace("\r", "\n"),
    }
    for name, kind in _KINDS.items():
        found[name] = "\n".join(f"{p.label.value}\x1f{p.value}" for p in points_of(contact, kind))
    return found


def shown(what: str, value: str) -> str:
    """Return a field's value as the user reads it (a name, a list of numbers...)."""
    if what == "name":
        return " ".join(part for part in value.split("\x1f") if part)
    if what in _KINDS:
        return ", ".join(line.split("\x1f", 1)[-1] for line in value.splitlines())
    return value


def label(what: str) -> str:
    """Return the translated name of a field."""
    return _(LABELS.get(what, what))


def read_card(text: str) -> ContactData | None:
    """Return the contact of one card, or None when InfoView cannot read it as a contact."""
    try:
        result = parse_vcards(text)
    except ImportFileError:
        return None
    return result.contacts[0].contact if result.contacts else None


def card_text(contact: ContactData) -> str:
    """Return the vCard 4.0 InfoView writes for a contact (its UID kept), CRLF ends."""
    return "".join(fold_line(line) + "\r\n" for line in card_lines(contact))


def normalised(contact: ContactData) -> Fields:
    """Return the fields of a contact as its own card reads back (what the server keeps)."""
    again = read_card(card_text(contact))
    return fields_of(again if again is not None else contact)


def with_fields(contact: ContactData, values: Mapping[str, str]) -> ContactData:
    """Return ``contact`` with the fields in ``values`` set."""
    changes: dict[str, object] = {}
    if "name" in values:
        first, _sep, last = values["name"].partition("\x1f")
        changes.update(first_name=first, last_name=last)
    changes.update(
        {k: values[k] for k in ("title", "organisation", "location", "notes") if k in values}
    )
    result = replace(contact, **changes)  # type: ignore[arg-type]
    if not any(name in values for name in _KINDS):
        return result
    points: list[ContactPoint] = []
    for name, kind in _KINDS.items():
        if name in values:
            points.extend(_points(kind, values[name]))
        else:
            points.extend(points_of(contact, kind))
    from infoview_gui.domain.contact_points import with_points

    return with_points(result, points)


def _points(kind: PointKind, text: str) -> list[ContactPoint]:
    found = []
    for line in text.splitlines():
        tag, _sep, value = line.partition("\x1f")
        found.append(
            ContactPoint(
                kind, value, PointLabel(tag) if tag in PointLabel.values() else PointLabel.OTHER
            )
        )
    return found


@dataclass
class Merge:
    """What a three-way comparison decided for one contact."""

    to_local: dict[str, str] = field(default_factory=dict)  # fields InfoView takes
    to_server: dict[str, str] = field(default_factory=dict)  # fields the card takes
    conflicts: dict[str, tuple[str, str]] = field(default_factory=dict)  # (ours, theirs)
    settled: set[str] = field(default_factory=set)  # conflicts that hold no more


def merge(
    base: Fields | None,
    local: Fields,
    server: Fields,
    *,
    waiting: Mapping[str, str] = {},  # noqa: B006 - read only
) -> Merge:
    """Compare each field of both sides with the last synced copy (``base``).

    Without a copy (a first sync), a value only one side has is taken by the other and
    two different values are a conflict. ``waiting`` holds the fields with a conflict
    already listed and the user's choice ('' none yet: the field is left alone,
    'local': InfoView's value goes to the server).
    """
    found = Merge()
    for name in FIELDS:
        ours, theirs = local[name], server[name]
        choice = waiting.get(name)
        if ours == theirs:
            if choice is not None:
                found.settled.add(name)
            continue
        if choice == "local":
            found.to_server[name] = ours
            found.settled.add(name)
            continue
        if choice is not None:
            continue
        before = base[name] if base is not None else None
        if before is None:
            ours_new, theirs_new = bool(ours), bool(theirs)
        else:
            ours_new, theirs_new = ours != before, theirs != before
        if ours_new and theirs_new:
            found.conflicts[name] = (ours, theirs)
        elif theirs_new:
            found.to_local[name] = theirs
        elif ours_new:
            found.to_server[name] = ours
    return found


def patched(server_text: str, contact: ContactData, names: Iterable[str]) -> str:
    """Return the server's card with the properties of the fields ``names`` made InfoView's."""
    names = set(names)
    replaced = {prop for name in names for prop in _PROPERTIES[name]}
    lines = [line for line in _UNFOLD.sub("", server_text).splitlines() if line.strip()]
    kept = [line for line in lines if _property(line) not in replaced]
    ours = [line for line in card_lines(contact) if _property(line) in replaced]
    end = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].upper() == "END:VCARD"), None)
    if end is None:
        return card_text(contact)
    merged = kept[:end] + ours + kept[end:]
    return "".join(fold_line(line) + "\r\n" for line in merged)


def _property(line: str) -> str:
    found = _NAME.match(line)
    return found.group(1).upper() if found else ""
