"""Schema version 6: the contacts' search text and introducer in a narrow table; sort indexes.

Frozen once released: never edit, add a migration. ``contact_keys`` holds, per contact,
its folded search text (a copy of ``contact.search_text``) and the name its "Introduced
by" column shows (the introducer's name, else the text typed), kept in step by triggers
on ``contact`` whichever code writes it, a rename of the introducer and the removal of
one included. The search box scans this narrow table in SQL instead of every contact's
whole row, and no copy of it is kept in memory. The ``*_order`` indexes are the contacts
table's sort orders (blanks last), so sorting by job title, organisation, location,
score, source or introducer walks an index.
"""

DERIVED_TABLES = ("contact_keys",)
"""Tables that triggers fill from others: never exported, never restored."""

_INTRODUCER = (
    "COALESCE((SELECT NULLIF(TRIM(i.first_name || ' ' || i.last_name), '') FROM contact i"
    " WHERE i.id = NEW.introduced_by_id), NEW.introduced_by_text)"
)
_INTRODUCED = (
    "UPDATE contact_keys SET introducer = COALESCE("
    "NULLIF(TRIM(NEW.first_name || ' ' || NEW.last_name), ''),"
    " (SELECT introduced_by_text FROM contact WHERE id = contact_keys.id))"
    " WHERE id IN (SELECT id FROM contact WHERE introduced_by_id = NEW.id)"
)

DERIVED = f"""
CREATE TABLE "contact_keys" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "search" TEXT NOT NULL,
    "introducer" TEXT NOT NULL
);
CREATE TRIGGER "contact_keys_insert" AFTER INSERT ON "contact" BEGIN
    INSERT INTO contact_keys (id, search, introducer)
    VALUES (NEW.id, NEW.search_text, {_INTRODUCER}); {_INTRODUCED}; END;
CREATE TRIGGER "contact_keys_search" AFTER UPDATE OF search_text ON "contact" BEGIN
    UPDATE contact_keys SET search = NEW.search_text WHERE id = NEW.id; END;
CREATE TRIGGER "contact_keys_introducer"
    AFTER UPDATE OF introduced_by_id, introduced_by_text ON "contact" BEGIN
    UPDATE contact_keys SET introducer = {_INTRODUCER} WHERE id = NEW.id; END;
CREATE TRIGGER "contact_keys_introduced" AFTER UPDATE OF first_name, last_name ON "contact"
    BEGIN {_INTRODUCED}; END;
CREATE TRIGGER "contact_keys_delete" AFTER DELETE ON "contact" BEGIN
    DELETE FROM contact_keys WHERE id = OLD.id; END;
CREATE INDEX "contact_keys_introducer_order" ON "contact_keys"
    (introducer = '', introducer COLLATE NOCASE);
CREATE INDEX "contact_title_order" ON "contact" (title = '', title COLLATE NOCASE);
CREATE INDEX "contact_organisation_order" ON "contact"
    (organisation = '', organisation COLLATE NOCASE);
CREATE INDEX "contact_location_order" ON "contact" (location = '', location COLLATE NOCASE);
CREATE INDEX "contact_score_order" ON "contact" (score IS NULL, score);
CREATE INDEX "contact_source_order" ON "contact" ("source");
"""
"""Objects the Peewee models do not describe: made in plain SQL on every path."""

STATEMENTS = (
    DERIVED
    + """
INSERT INTO contact_keys (id, search, introducer)
    SELECT c.id, c.search_text, COALESCE(NULLIF(TRIM(i.first_name || ' ' || i.last_name), ''),
    c.introduced_by_text) FROM contact c LEFT JOIN contact i ON i.id = c.introduced_by_id;
"""
)
