"""Contacts: add and edit."""

from __future__ import annotations

from dataclasses import asdict

from peewee import fn

from infoview_gui.domain.contact import ContactData, derived_keys, validated
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact


def _row_values(contact: ContactData) -> dict[str, object]:
    values: dict[str, object] = asdict(contact)
    values["source"] = contact.source.value
    values["introduced_by"] = values.pop("introduced_by_id")
    values["field"] = values.pop("field_id")
    values.update(derived_keys(contact))
    return values


def add_contact(*, contact: ContactData) -> int:
    """Validate and add a contact at the end of its field's ranking; return its id."""
    clean = validated(contact)
    values = _row_values(clean)
    with database.atomic():
        if clean.field_id is not None:
            last = (
                Contact.select(fn.MAX(Contact.rank)).where(Contact.field == clean.field_id).scalar()
            )
            values["rank"] = (last or 0.0) + 1024.0
        row = Contact.create(**values)
    return int(row.id)
