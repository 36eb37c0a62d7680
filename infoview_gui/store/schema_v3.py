"""Schema version 3: the search box's text in a narrow table, and an index per sort order.

Frozen once released: never edit, add a migration. ``contact_search`` holds each
contact's folded search text (a copy of ``contact.search_text``), kept in step by
triggers on ``contact`` whichever code writes it: the search box scans this narrow
table in SQL instead of every contact's whole row, and no copy of it is kept in memory.
The ``*_order`` indexes are the contacts table's sort orders (blanks last), so sorting
by job title, organisation, location, score or source walks an index.
"""

DERIVED_TABLES = ("contact_search",)
"""Tables that triggers fill from others: never exported, never restored."""

DERIVED = """
CREATE TABLE "contact_search" ("id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT NOT NULL);
CREATE TRIGGER "contact_search_follows_insert" AFTER INSERT ON "contact" BEGIN
    INSERT INTO contact_search (id, text) VALUES (NEW.id, NEW.search_text); END;
CREATE TRIGGER "contact_search_follows_update" AFTER UPDATE OF search_text ON "contact" BEGIN
    UPDATE contact_search SET text = NEW.search_text WHERE id = NEW.id; END;
CREATE TRIGGER "contact_search_follows_delete" AFTER DELETE ON "contact" BEGIN
    DELETE FROM contact_search WHERE id = OLD.id; END;
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
INSERT INTO contact_search (id, text) SELECT id, search_text FROM contact;
"""
)
