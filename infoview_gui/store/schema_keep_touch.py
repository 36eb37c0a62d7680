"""The schema step of keeping in touch: how often, and the updates the user logged.

Frozen once released: never edit, add a migration. Self-contained (it only adds tables),
so it can take whichever step number it lands at. ``keep_touch`` holds, for a contact the
user keeps in touch with, every how many weeks or months, until when "Not now" put the
reminder off, and the day it was set; no row means off. ``touch`` holds each update the
user logged ("I did it"): an interaction as much as a request or a thank-you, so the next
reminder counts from it.
"""

STATEMENTS = """
CREATE TABLE "keep_touch" (
    "contact_id" INTEGER NOT NULL PRIMARY KEY,
    "every" INTEGER NOT NULL CHECK (every BETWEEN 1 AND 52),
    "unit" TEXT NOT NULL CHECK (unit IN ('weeks', 'months')),
    "snoozed_until" DATE,
    "set_on" DATE NOT NULL,
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE
);
CREATE TABLE "touch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contact_id" INTEGER NOT NULL,
    "on_day" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "logged_at" TEXT NOT NULL,
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE
);
CREATE INDEX "touch_contact_id_on_day" ON "touch" ("contact_id", "on_day");
"""
