"""Referrals: adding the person a professional suggested, and who introduced whom."""

from __future__ import annotations

from dataclasses import dataclass

from infoview_gui.domain.i18n import _
from infoview_gui.domain.referrals import ChainLine, Referral, chains, contact_of
from infoview_gui.domain.text import full_name
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.request_records import contact_row, display_name
from infoview_gui.store.connection import read
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact


def add_referral(*, referrer_id: int, referral: Referral) -> int:
    """Add the person ``referrer_id`` suggested, in their field, last of its ranking.

    The new contact is introduced by the referrer and flagged as a referral. One
    transaction; returns the new contact's id.
    """
    with database.atomic():
        field_id = contact_row(referrer_id).__data__.get("field")
        data = contact_of(referral, referrer_id=referrer_id, field_id=field_id)
        contact_id = add_contact(contact=data)
        Contact.update(referral=True).where(Contact.id == contact_id).execute()
    return contact_id


@dataclass(frozen=True)
class Introductions:
    """Who introduced a contact, and whom the contact introduced (names, in order)."""

    introduced_by: str
    introduced: tuple[str, ...]
    referral: bool = False

    def sentence(self) -> str:
        """Say it in words, e.g. ``A referral from Dana Ruiz. Introduced Sam Lee.``."""
        parts = []
        if self.referral and self.introduced_by:
            parts.append(_("A referral from {name}.").format(name=self.introduced_by))
        if self.introduced:
            names = list(self.introduced)
            listed = names[0]
            if len(names) > 1:
                listed = _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
            parts.append(_("Introduced {names}.").format(names=listed))
        return " ".join(parts)


def _name(first: str, last: str, email: str) -> str:
    return full_name(first, last) or email


def introductions(*, contact_id: int) -> Introductions:
    """Return who introduced ``contact_id`` and whom they introduced."""
    contact = contact_row(contact_id)
    introducer = contact.__data__.get("introduced_by")
    by = display_name(contact_row(introducer)) if introducer is not None else ""
    rows = read(
        "SELECT first_name, last_name, email FROM contact WHERE introduced_by_id = ? "
        "ORDER BY sort_name, id",
        (contact_id,),
    )
    introduced = tuple(_name(*row) for row in rows)
    by = by or str(contact.introduced_by_text).strip()
    return Introductions(by, introduced, bool(contact.referral))


def referral_names(*, contact_id: int) -> tuple[str, ...]:
    """Return the names of the referrals ``contact_id`` gave, oldest first."""
    rows = read(
        "SELECT first_name, last_name, email FROM contact "
        "WHERE introduced_by_id = ? AND referral = 1 ORDER BY id",
        (contact_id,),
    )
    return tuple(_name(*row) for row in rows)


# Only the contacts of the field that are in a chain: introduced by someone of the field,
# or who introduced someone of the field. The walk starts from each introduction of the
# field (the index on who introduced whom), never from every contact of it: a field of
# 20,000 contacts with few introductions reads a few rows. (``+c.field_id`` keeps SQLite
# from walking the whole field by its own index instead.)
_CHAIN_SQL = """
WITH linked(child, parent) AS (
  SELECT c.id, c.introduced_by_id FROM contact c JOIN contact p ON p.id = c.introduced_by_id
  WHERE c.introduced_by_id IS NOT NULL AND +c.field_id = ?1 AND p.field_id = ?1)
SELECT c.id, c.first_name, c.last_name, c.email, c.introduced_by_id FROM contact c
WHERE c.id IN (SELECT child FROM linked UNION SELECT parent FROM linked)
ORDER BY c.rank, c.id"""


def referral_chains(*, field_id: int) -> list[ChainLine]:
    """Return a field's referral chains, from the people first found, in ranking order."""
    rows = read(_CHAIN_SQL, (field_id,))
    people = {row[0]: _name(row[1], row[2], row[3]) for row in rows}
    introducer = {row[0]: row[4] for row in rows}
    roots = [row[0] for row in rows if row[4] is None or row[4] not in people]
    return chains(people, introducer, roots)
