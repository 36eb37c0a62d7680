"""The schema step of follow-up conversations: the talks after a contact's first request.

Frozen once released: never edit, add a migration. Self-contained (it adds a table, its
index and its search triggers), so it can take whichever step number it lands at. A row
of ``conversation`` is a second interview, a coffee, a call, a video call or an email
exchange with a contact, with the user's notes and the day a thank-you went out. It is no
request: the request rule (``store.request_rule``) reads ``interview`` alone.

The notes are in the search index under kind 0 (:data:`SOURCE`): the triggers keep them
in step, and ``search_queries`` rebuilds them with the others.
"""

from infoview_gui.store.schema_search import Source, trigger_statements

SOURCE = Source(
    0, "conversation", ("notes", "thank_you_draft"), "''", "{r}.notes || ' ' || {r}.thank_you_draft"
)
"""Follow-up conversations in the search index: their notes and their thank-you."""

_TABLE = """
CREATE TABLE "conversation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contact_id" INTEGER NOT NULL,
    "held_at" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('second_interview', 'coffee', 'call', 'video', 'email_exchange', 'other')),
    "notes" TEXT NOT NULL,
    "thank_you_sent_on" DATE,
    "thank_you_draft" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE
)"""  # noqa: E501 - the CHECK is kept as SQLite stores it

STATEMENTS = (
    ";\n".join(
        (
            _TABLE,
            'CREATE INDEX "conversation_contact_id_held_at" '
            'ON "conversation" ("contact_id", "held_at")',
            *trigger_statements(SOURCE),
        )
    )
    + ";\n"
)
