"""Schema version 2: several labelled emails, phones and web addresses; a contact UID.

Frozen once released: never edit, add a migration. ``contact`` gains a label for each
primary value and ``uid`` (the identity its exported vCards carry: every existing contact
gets a fresh one here); ``contact_point`` holds the further values.
"""

_LABELS = "'work', 'home', 'mobile', 'other'"

NEW_UID_SQL = (
    "'urn:uuid:' || lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
"""An SQL expression giving a random (version 4) UUID as a URN, one per row it is used on."""

STATEMENTS = f"""
ALTER TABLE "contact" ADD COLUMN "email_label" TEXT NOT NULL DEFAULT 'other'
    CHECK (email_label IN ({_LABELS}));
ALTER TABLE "contact" ADD COLUMN "phone_label" TEXT NOT NULL DEFAULT 'other'
    CHECK (phone_label IN ({_LABELS}));
ALTER TABLE "contact" ADD COLUMN "profile_url_label" TEXT NOT NULL DEFAULT 'other'
    CHECK (profile_url_label IN ({_LABELS}));
ALTER TABLE "contact" ADD COLUMN "uid" TEXT NOT NULL DEFAULT '';
UPDATE "contact" SET "uid" = {NEW_UID_SQL};
CREATE INDEX "contact_uid" ON "contact" ("uid");
CREATE TABLE "contact_point" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contact_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'web')),
    "label" TEXT NOT NULL CHECK (label IN ({_LABELS})),
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE
);
CREATE INDEX "contact_point_contact_id" ON "contact_point" ("contact_id");
"""
