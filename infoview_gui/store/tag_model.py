"""The tables of tags on contacts, as Peewee models (schema_tags).

In a module of its own: ``store.models`` imports it at its end, so that every table is in
``ALL_MODELS`` and a contact's snapshot (delete, undo) follows its tags. Import ``Tag`` and
``ContactTag`` from ``store.models``: importing this module first would make it import
itself before its classes exist.
"""

from __future__ import annotations

from peewee import CompositeKey, ForeignKeyField, TextField

from infoview_gui.store.columns import IdField
from infoview_gui.store.models import BaseModel, Contact


class Tag(BaseModel):
    """A tag the user gave contacts: its name as first typed, its folded ``key`` unique."""

    id = IdField()
    name = TextField()
    key = TextField(unique=True)  # domain.tags.tag_key: case, accents and spaces folded


class ContactTag(BaseModel):
    """A contact carries a tag (schema_tags)."""

    contact = ForeignKeyField(Contact, backref="tag_links", on_delete="CASCADE", index=False)
    tag = ForeignKeyField(Tag, backref="contact_links", on_delete="CASCADE", index=False)

    class Meta:
        primary_key = CompositeKey("contact", "tag")
        indexes = ((("tag", "contact"), False),)
