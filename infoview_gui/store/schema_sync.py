"""The schema step of syncing with a CalDAV/CardDAV account: the account, items, conflicts.

Frozen once released: never edit, add a migration. Self-contained (it adds tables and
indexes only), so it can take whichever step number it lands at.

``sync_account`` holds where the account is and what is synced, never its password (the
system's secret store keeps it, or the user types it). ``sync_item`` links a UID of
InfoView's to an item on the server with its ETag and the text both sides agreed on at
the last sync. ``sync_conflict`` lists what waits for the user: a value changed on both
sides, a card deleted on the server. These tables are this computer's link with the
server, not the user's data: a JSON backup and an export leave them out
(:data:`LOCAL_TABLES`), and a restore starts with no account.
"""

LOCAL_TABLES = ("sync_account", "sync_item", "sync_conflict")
"""Tables kept out of JSON backups and exports."""

STATEMENTS = """
CREATE TABLE "sync_account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "server_url" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "calendar_url" TEXT NOT NULL DEFAULT '',
    "calendar_tasks" INTEGER NOT NULL,
    "calendar_token" TEXT NOT NULL DEFAULT '',
    "address_book_url" TEXT NOT NULL DEFAULT '',
    "address_book_token" TEXT NOT NULL DEFAULT '',
    "contacts" TEXT NOT NULL CHECK (contacts IN ('all', 'field', 'tag', 'none')),
    "field_id" INTEGER,
    "tag_id" INTEGER,
    "interval_min" INTEGER NOT NULL CHECK (interval_min BETWEEN 0 AND 1440),
    "last_synced_at" TEXT
);
CREATE TABLE "sync_item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "account_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('contact', 'event', 'task')),
    "uid" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "etag" TEXT NOT NULL DEFAULT '',
    "copy" TEXT NOT NULL DEFAULT '',
    FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "sync_item_account_id_href" ON "sync_item" ("account_id", "href");
CREATE UNIQUE INDEX "sync_item_account_id_kind_uid" ON "sync_item" ("account_id", "kind", "uid");
CREATE TABLE "sync_conflict" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "what" TEXT NOT NULL,
    "local_value" TEXT NOT NULL DEFAULT '',
    "server_value" TEXT NOT NULL DEFAULT '',
    "choice" TEXT NOT NULL DEFAULT '' CHECK (choice IN ('', 'local', 'server')),
    "found_at" TEXT NOT NULL,
    FOREIGN KEY ("item_id") REFERENCES "sync_item" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "sync_conflict_item_id_what" ON "sync_conflict" ("item_id", "what");
"""
