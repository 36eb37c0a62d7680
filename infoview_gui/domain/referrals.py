"""Referrals: the people a professional suggested, and the chains they make in a field.

"Who else should I talk to?" is asked at the end of every interview. A name given is
typed in a few keystrokes (``Referral``) and becomes a contact of the same field,
introduced by the professional.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _


@dataclass(frozen=True)
class Referral:
    """What the user knows of the person suggested: a name, and whatever else was said."""

    name: str
    organisation: str = ""
    email: str = ""
    phone: str = ""
    how_to_reach: str = ""


def contact_of(referral: Referral, *, referrer_id: int, field_id: int | None) -> ContactData:
    """Return the new contact a referral becomes (the last word of the name is the surname).

    Raises:
        ValidationError: the name is empty.
    """
    words = referral.name.split()
    if not words:
        raise ValidationError("name", _("Type the name of the person they suggested."))
    first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else (words[0], "")
    reach = " ".join(referral.how_to_reach.split())
    return ContactData(
        first_name=first,
        last_name=last,
        organisation=referral.organisation.strip(),
        email=referral.email.strip(),
        phone=referral.phone.strip(),
        notes=f"How to reach them: {reach}" if reach else "",
        introduced_by_id=referrer_id,
        field_id=field_id,
    )


@dataclass(frozen=True)
class ChainLine:
    """One person of a field's referral chains, indented under who introduced them."""

    depth: int
    contact_id: int
    name: str


def chains(
    people: Mapping[int, str], introducer: Mapping[int, int | None], roots: Sequence[int]
) -> list[ChainLine]:
    """Return the referral chains from ``roots``, each person under who introduced them.

    Args:
        people: every contact that may appear, by id, with their name.
        introducer: who introduced each contact (None: nobody in the app).
        roots: the people first found, in the order shown.
    """
    children: dict[int, list[int]] = {}
    for person, parent in introducer.items():
        if parent is not None and person in people:
            children.setdefault(parent, []).append(person)
    lines: list[ChainLine] = []
    seen: set[int] = set()

    def walk(person: int, depth: int) -> None:
        if person in seen:  # a loop typed by hand (A introduced B introduced A)
            return
        seen.add(person)
        lines.append(ChainLine(depth, person, people.get(person, "")))
        for child in sorted(children.get(person, ()), key=lambda c: people.get(c, "")):
            walk(child, depth + 1)

    for root in roots:
        if children.get(root):
            walk(root, 0)
    return lines
