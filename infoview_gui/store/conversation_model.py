"""The table of follow-up conversations, as a Peewee model (schema_conversations).

In a module of its own: ``store.models`` imports it at its end, so that every table is in
``ALL_MODELS`` and a contact's snapshot (delete, undo) follows its conversations. Import
``Conversation`` from ``store.models``: importing this module first would make it import
itself before its class exists.

A follow-up interview's question list is a ``question_list`` row whose ``conversation``
(added here, where the table it points at exists) is set, its
field and interview left empty (schema_conversation_lists).
"""

from __future__ import annotations

from peewee import DateField, ForeignKeyField, TextField

from infoview_gui.domain.conversations import ConversationKind
from infoview_gui.store.columns import IdField, UtcDateTimeField, one_of, utc_now
from infoview_gui.store.models import BaseModel, Contact, QuestionList


class Conversation(BaseModel):
    """A talk with a contact after their first request: a coffee, a call, a second interview."""

    id = IdField()
    contact = ForeignKeyField(Contact, backref="conversations", on_delete="CASCADE", index=False)
    held_at = UtcDateTimeField()
    time_zone = TextField(default="")
    kind = TextField(constraints=[one_of("kind", ConversationKind)])
    notes = TextField(default="")
    thank_you_sent_on = DateField(null=True)
    thank_you_draft = TextField(default="")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("contact", "held_at"), False),)


QuestionList._meta.add_field(  # its last column: the follow-up a list is for
    "conversation",
    ForeignKeyField(
        Conversation, null=True, unique=True, backref="question_lists", on_delete="CASCADE"
    ),
)
