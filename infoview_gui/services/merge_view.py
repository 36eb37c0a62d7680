"""What the merge dialog shows: both contacts' differing values, in words, side by side."""

from __future__ import annotations

from dataclasses import dataclass

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Source
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.text import full_name
from infoview_gui.services.contacts import load_contact
from infoview_gui.services.merging import CARD, CARD_COLUMNS, CHOSEN_FIELDS
from infoview_gui.store.connection import read
from infoview_gui.store.models import CareerField, Contact, Interview
from infoview_gui.store.tag_rows import tag_lines

FIELD_NAMES = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "title": N_("Job title"),
    "organisation": N_("Organization"),
    "location": N_("Location"),
    "email": N_("Main email"),
    "phone": N_("Main phone"),
    "profile_url": N_("Main web address"),
    "source": N_("Source"),
    "introduced_by_text": N_("Introduced by (as typed)"),
    "introduced_by_id": N_("Introduced by (contact)"),
    "field_id": N_("Career field"),
    CARD: N_("Business card"),
}


@dataclass(frozen=True)
class Choice:
    """One value the two contacts hold differently: its name and both sides in words."""

    name: str
    label: str
    left: str
    right: str


@dataclass(frozen=True)
class MergeView:
    """Both contacts, as the merge dialog shows them."""

    left_name: str
    right_name: str
    choices: tuple[Choice, ...]
    left_interviews: int
    right_interviews: int
    left_tags: str = ""  # "alumni, nursing": the merged contact keeps the tags of both
    right_tags: str = ""


def merge_view(left_id: int, right_id: int) -> MergeView:
    """Return what differs between two contacts, shown as words, and their interviews."""
    left, right = load_contact(left_id), load_contact(right_id)
    choices = [
        Choice(name, _(FIELD_NAMES[name]), _shown(left, name), _shown(right, name))
        for name in CHOSEN_FIELDS
        if getattr(left, name) != getattr(right, name)
    ]
    cards = (_card(left_id), _card(right_id))
    if cards[0] != cards[1]:
        choices.append(Choice(CARD, _(FIELD_NAMES[CARD]), *cards))
    return MergeView(
        left.name or left.email,
        right.name or right.email,
        tuple(choices),
        Interview.select().where(Interview.contact == left_id).count(),
        Interview.select().where(Interview.contact == right_id).count(),
        *(tag_lines([left_id, right_id]).get(i, "") for i in (left_id, right_id)),
    )


def _shown(contact: ContactData, name: str) -> str:
    value = getattr(contact, name)
    if name == "source":
        return Source(value).label
    if name == "field_id":
        return str(CareerField.get_by_id(value).name) if value is not None else ""
    if name == "introduced_by_id":
        row = Contact.get_or_none(Contact.id == value) if value is not None else None
        return full_name(row.first_name, row.last_name) if row is not None else ""
    return str(value)


def _card(contact_id: int) -> str:
    rows = read(f"SELECT {', '.join(CARD_COLUMNS)} FROM contact WHERE id = ?", [contact_id])
    values = rows[0] if rows else ()
    return " · ".join(str(value) for value in values if value)
