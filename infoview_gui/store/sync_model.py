"""The tables of syncing with a CalDAV/CardDAV account, as Peewee models (schema_sync).

In a module of its own: ``store.models`` imports it at its end, so that every table is in
``ALL_MODELS``. Import the classes from ``store.models``. No column points at a contact
or an interview with a foreign key: a sync item must outlive the record it stood for (a
contact deleted in InfoView is removed from the server at the next sync, and an undo
before it keeps the card).
"""

from __future__ import annotations

from peewee import SQL, BooleanField, Check, ForeignKeyField, IntegerField, Node, TextField

from infoview_gui.store.columns import IdField, UtcDateTimeField
from infoview_gui.store.models import BaseModel

_TEXT: list[Node] = [SQL("DEFAULT ''")]


class SyncAccount(BaseModel):
    """A CalDAV/CardDAV account: where, who (never the password), what is synced, how often.

    ``contacts`` says which contacts go to the address book: every one, those of the
    career field ``field_id``, those carrying the tag ``tag_id``, or none.
    """

    id = IdField()
    server_url = TextField()
    user_name = TextField()
    calendar_url = TextField(default="", constraints=_TEXT)
    calendar_tasks = BooleanField(default=False)  # the calendar takes VTODO
    calendar_token = TextField(default="", constraints=_TEXT)
    address_book_url = TextField(default="", constraints=_TEXT)
    address_book_token = TextField(default="", constraints=_TEXT)
    contacts = TextField(
        default="all", constraints=[Check("contacts IN ('all', 'field', 'tag', 'none')")]
    )
    field_id = IntegerField(null=True)
    tag_id = IntegerField(null=True)
    interval_min = IntegerField(default=30, constraints=[Check("interval_min BETWEEN 0 AND 1440")])
    last_synced_at = UtcDateTimeField(null=True)


class SyncItem(BaseModel):
    """One card or calendar item on the server and the InfoView record it mirrors.

    ``uid`` is the record's own UID (the contact's, the interview's, or a task's made
    from them); ``copy`` the text as last synced, both sides agreeing then, empty while a
    first upload is not confirmed. Changes are found by comparing each side with it.
    """

    id = IdField()
    account = ForeignKeyField(SyncAccount, backref="items", on_delete="CASCADE", index=False)
    kind = TextField(constraints=[Check("kind IN ('contact', 'event', 'task')")])
    uid = TextField()
    href = TextField()
    etag = TextField(default="", constraints=_TEXT)
    copy = TextField(default="", constraints=_TEXT)

    class Meta:
        indexes = (
            (("account", "href"), True),
            (("account", "kind", "uid"), True),
        )


class SyncConflict(BaseModel):
    """A value changed on both sides, or a card deleted on the server: the user chooses.

    ``what`` is the field (``name``, ``emails``...), or ``deleted`` for a card removed on
    the server whose contact InfoView keeps until the user confirms. ``choice`` is set
    when the user kept InfoView's value: the next sync writes it to the server.
    """

    id = IdField()
    item = ForeignKeyField(SyncItem, backref="conflicts", on_delete="CASCADE", index=False)
    what = TextField()
    local_value = TextField(default="", constraints=_TEXT)
    server_value = TextField(default="", constraints=_TEXT)
    choice = TextField(
        default="", constraints=[SQL("DEFAULT ''"), Check("choice IN ('', 'local', 'server')")]
    )
    found_at = UtcDateTimeField()

    class Meta:
        indexes = ((("item", "what"), True),)
