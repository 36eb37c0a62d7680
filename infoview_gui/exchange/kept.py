"""What an import keeps that has no field of its own, so nothing a file gives vanishes.

Every email, phone and web address a record gives is read with its label
(:func:`label_of`); a contact holds one of each, and the others, like the values of
columns that map to no field, go into the contact's notes under :data:`KEPT_HEADING`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from infoview_gui.domain.contact import ContactData
from infoview_gui.exchange.records import MAX_NOTES_CHARS, ImportedPoint, PointKind, PointLabel

KEPT_HEADING = "From the imported file:"
"""The line above the values a contact has no field for, in its notes."""

Kept = tuple[str, str]
"""A value kept in the notes: ``(what it is, the value)``, such as ``("Birthday", "4 May")``."""

_LABEL_WORDS: dict[str, PointLabel] = {
    **dict.fromkeys(
        (
            "work",
            "business",
            "office",
            "company",
            "job",
            "arbeit",
            "beruflich",
            "geschäftlich",
            "dienstlich",
            "travail",
            "professionnel",
            "bureau",
            "trabajo",
            "trabalho",
            "lavoro",
            "ufficio",
            "werk",
            "zakelijk",
        ),
        "work",
    ),
    **dict.fromkeys(
        (
            "home",
            "personal",
            "private",
            "privat",
            "zuhause",
            "domicile",
            "personnel",
            "casa",
            "personale",
            "thuis",
            "privé",
        ),
        "home",
    ),
    **dict.fromkeys(
        (
            "mobile",
            "cell",
            "cellular",
            "iphone",
            "handy",
            "mobil",
            "portable",
            "móvil",
            "movil",
            "celular",
            "cellulare",
            "telemóvel",
            "mobiel",
        ),
        "mobile",
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_KIND_NAMES: dict[PointKind, str] = {"email": "Email", "phone": "Phone", "web": "Web address"}


def label_of(text: str) -> PointLabel:
    """Return the label a header, ``TYPE`` or label text names (``other`` when none)."""
    for word in _WORD.findall(text.casefold()):
        if word in _LABEL_WORDS:
            return _LABEL_WORDS[word]
    return "other"


def points_of(kind: PointKind, values: Iterable[tuple[str, str]]) -> list[ImportedPoint]:
    """Return the points of ``(value, label text)`` pairs, empty and repeated values dropped."""
    points: list[ImportedPoint] = []
    seen: set[str] = set()
    for value, label in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            points.append(ImportedPoint(kind, value, label_of(label)))
    return points


def unplaced(contact: ContactData, points: Sequence[ImportedPoint]) -> list[Kept]:
    """Return the points the contact does not hold, as values to keep in its notes."""
    held = {
        "email": contact.email.strip().casefold(),
        "phone": contact.phone.strip().casefold(),
        "web": contact.profile_url.strip().casefold(),
    }
    return [
        (f"{_KIND_NAMES[point.kind]} ({point.label})", point.value)
        for point in points
        if point.value.strip().casefold() != held[point.kind]
    ]


def notes_with(notes: str, kept: Sequence[Kept]) -> str:
    """Return ``notes`` followed by the kept values under :data:`KEPT_HEADING`.

    A value already in the notes is not repeated; past the notes' length limit the
    kept values are cut (the file's own notes never are).
    """
    lines = [f"{name}: {value.strip()}" for name, value in kept if value.strip()]
    lines = [line for line in lines if line not in notes]
    if not lines:
        return notes
    block = "\n".join([KEPT_HEADING, *lines])
    joined = f"{notes.rstrip()}\n\n{block}" if notes.strip() else block
    return joined if len(joined) <= MAX_NOTES_CHARS else joined[: MAX_NOTES_CHARS - 1] + "…"
