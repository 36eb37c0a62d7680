"""What an import keeps, so that nothing a file gives vanishes.

Every email, phone and web address a record gives is read with its label
(:func:`label_of`) and the contact holds them all (:func:`placed`); one that is not
valid (a web address without ``https://``) or past the most a contact holds, and the
values of columns that map to no field, go into the contact's notes under
:data:`KEPT_HEADING`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from infoview_gui.domain.contact import ContactData, validated
from infoview_gui.domain.contact_points import (
    MAX_POINTS,
    ContactPoint,
    PointKind,
    PointLabel,
    point_key,
    primary_point,
    with_points,
)
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.records import MAX_NOTES_CHARS

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
        PointLabel.WORK,
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
        PointLabel.HOME,
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
        PointLabel.MOBILE,
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_KIND_NAMES = {PointKind.EMAIL: "Email", PointKind.PHONE: "Phone", PointKind.WEB: "Web address"}


def label_of(text: str) -> PointLabel:
    """Return the label a header, ``TYPE`` or label text names (``other`` when none)."""
    for word in _WORD.findall(text.casefold()):
        if word in _LABEL_WORDS:
            return _LABEL_WORDS[word]
    return PointLabel.OTHER


def labelled_points(kind: PointKind, values: Iterable[tuple[str, str]]) -> list[ContactPoint]:
    """Return the points of ``(value, label text)`` pairs, empty and repeated values dropped."""
    points: list[ContactPoint] = []
    seen: set[tuple[PointKind, str]] = set()
    for value, label in values:
        point = ContactPoint(kind, value.strip(), label_of(label))
        if point.value and point_key(point) not in seen:
            seen.add(point_key(point))
            points.append(point)
    return points


@dataclass(frozen=True)
class Placed:
    """A contact holding the points it can, and what it could not hold.

    Attributes:
        contact: the contact with every point it may hold.
        kept: the points it cannot hold, for its notes.
        notices: why each point that is not valid was not imported, in plain words.
    """

    contact: ContactData
    kept: list[Kept]
    notices: list[str]


def placed(
    contact: ContactData, points: Sequence[ContactPoint], *, check_primaries: bool = False
) -> Placed:
    """Return the contact holding ``points``, and the points it cannot hold, to keep in notes.

    The contact's own email, phone and profile address stay its primaries (labelled as
    the file labels them); the further points it holds, then the file's, follow in order.
    A point that is not valid, or past the most a contact holds, is set aside instead,
    with a notice. With ``check_primaries`` (once checking the contact found a primary not
    valid: most are, and checking each costs time), a primary that is not valid gives way
    to the next valid point of its kind; when its kind has none, it stays, and checking the
    contact rejects the row.
    """
    labels = {point_key(point): point.label for point in points}
    primaries: list[ContactPoint] = []
    for kind in PointKind:
        primary = primary_point(contact, kind)
        if primary is not None:
            label = labels.get(point_key(primary), primary.label)
            primaries.append(ContactPoint(kind, primary.value, label))
    ordered = [*primaries, *contact.other_points, *points]
    problems = _Problems()
    chosen: list[ContactPoint] = []
    held: set[tuple[PointKind, str]] = set()
    result = Placed(contact, [], [])
    for position, point in enumerate(ordered):
        key = point_key(point)
        if key in held:
            continue
        held.add(key)
        own = position < len(primaries)
        problem = problems.of(point) if check_primaries or not own else ""
        if len(chosen) < MAX_POINTS and (not problem or (own and _alone(point, ordered, problems))):
            chosen.append(point)
            continue
        result.kept.append((f"{_KIND_NAMES[point.kind]} ({point.label.value})", point.value))
        result.notices.append(_notice(point.kind, problem))
    return replace(result, contact=with_points(contact, chosen))


def _notice(kind: PointKind, problem: str) -> str:
    """Return why a point of ``kind`` was not imported: ``problem``, or the most a contact holds."""
    if not problem:
        full = _("A contact holds at most {n} emails, phones and web addresses.")
        problem = full.format(n=MAX_POINTS)
    said = {
        PointKind.EMAIL: _("Email not imported: {why}"),
        PointKind.PHONE: _("Phone not imported: {why}"),
        PointKind.WEB: _("Web address not imported: {why}"),
    }[kind]
    return said.format(why=problem)


def _alone(primary: ContactPoint, ordered: Sequence[ContactPoint], problems: _Problems) -> bool:
    """Tell whether no point of ``primary``'s kind but itself is valid."""
    return not any(
        point.kind is primary.kind and point is not primary and not problems.of(point)
        for point in ordered
    )


class _Problems:
    """Why points may not be held, each point checked once."""

    def __init__(self) -> None:
        self._found: dict[tuple[PointKind, str], str] = {}

    def of(self, point: ContactPoint) -> str:
        """Return why a contact may not hold ``point``, or ""."""
        key = point_key(point)
        if key not in self._found:
            self._found[key] = _problem(point)
        return self._found[key]


def _problem(point: ContactPoint) -> str:
    """Return why a contact may not hold the point (checked as its only point), or ""."""
    try:
        validated(with_points(ContactData(first_name="-"), [point]))
    except ValidationError as error:
        return str(error)
    return ""


def kept_columns_sentence(columns: Sequence[str]) -> str:
    """Return the sentence that lists columns with no field of their own ("" for none)."""
    if not columns:
        return ""
    said = _("Not imported as details (kept in each contact's notes): {columns}.")
    return said.format(columns=", ".join(columns))


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
