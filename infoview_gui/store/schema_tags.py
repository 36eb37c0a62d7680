"""The schema step of tags on contacts: the tags, which contact carries which, a tag line.

Frozen once released: never edit, add a migration. Self-contained (it adds tables,
indexes and triggers only), so it can take whichever step number it lands at.

``tag`` holds each tag once, its name as first typed and its ``key`` (folded: case,
accents and runs of spaces do not matter) unique. ``contact_tag`` links a contact to a
tag; its primary key finds a contact's tags, its ``(tag_id, contact_id)`` index the
contacts of a tag (the table's tag filter). ``contact_tag_line`` is derived, like
``contact_keys``: a row per contact with its tags' names joined in order, kept in step by
triggers whichever code writes, a rename included. The contacts table shows and sorts
by it (an index walk, blanks last), and the search index finds a contact by it: the
line's row in ``search_index`` has the contact's id, negated, as its rowid (the positive
rowids are ``id * 8 + kind``, and every kind is taken).
"""

from __future__ import annotations

from infoview_gui.store.schema_search import INDEX, Source

DERIVED_TABLES = ("contact_tag_line",)
"""Tables that triggers fill from others: never exported, never restored."""

SEARCH_SOURCE = Source(-1, "contact_tag_line", ("line",), "''", "{r}.line", "{r}.line != ''")
"""A contact's tags in the search index, under the rowid ``-id`` (the ``kind`` is unused)."""


def _indexed(row: str, *, delete: bool = False) -> str:
    """Return the statement that adds (or removes) ``row``'s line in the search index."""
    columns = f"{INDEX}, rowid, title, body" if delete else "rowid, title, body"
    first = "'delete', " if delete else ""
    return (
        f"INSERT INTO {INDEX} ({columns}) SELECT {first}-{row}.id, '', {row}.line"
        f" WHERE {row}.line != ''"
    )


def line_of(contact: str) -> str:
    """Return SQL giving the tag line of the contact whose id is the SQL ``contact``."""
    return (
        "COALESCE((SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tag ct"
        f" JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = {contact}"
        " ORDER BY t.key, t.id)), '')"
    )


def _set_line(contact: str) -> str:
    return f"UPDATE contact_tag_line SET line = {line_of(contact)} WHERE id = {contact}"


TABLES = """
CREATE TABLE "tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL
);
CREATE UNIQUE INDEX "tag_key" ON "tag" ("key");
CREATE TABLE "contact_tag" (
    "contact_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,
    PRIMARY KEY ("contact_id", "tag_id"),
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE
);
CREATE INDEX "contact_tag_tag_id_contact_id" ON "contact_tag" ("tag_id", "contact_id");
"""

DERIVED = f"""
CREATE TABLE "contact_tag_line" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "line" TEXT NOT NULL
);
CREATE INDEX "contact_tag_line_order" ON "contact_tag_line" (line = '', line COLLATE NOCASE);
CREATE TRIGGER "contact_tag_line_insert" AFTER INSERT ON "contact" BEGIN
    INSERT INTO contact_tag_line (id, line) SELECT NEW.id, {line_of("NEW.id")}
    WHERE NOT EXISTS (SELECT 1 FROM contact_tag_line WHERE id = NEW.id); END;
CREATE TRIGGER "contact_tag_line_delete" AFTER DELETE ON "contact" BEGIN
    DELETE FROM contact_tag_line WHERE id = OLD.id; END;
CREATE TRIGGER "contact_tag_line_tagged" AFTER INSERT ON "contact_tag" BEGIN
    {_set_line("NEW.contact_id")}; END;
CREATE TRIGGER "contact_tag_line_untagged" AFTER DELETE ON "contact_tag" BEGIN
    {_set_line("OLD.contact_id")}; END;
CREATE TRIGGER "contact_tag_line_moved" AFTER UPDATE ON "contact_tag" BEGIN
    {_set_line("OLD.contact_id")}; {_set_line("NEW.contact_id")}; END;
CREATE TRIGGER "contact_tag_line_renamed" AFTER UPDATE OF name ON "tag" BEGIN
    UPDATE contact_tag_line SET line = {line_of("contact_tag_line.id")}
    WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id); END;
"""
"""Objects the Peewee models do not describe: made in plain SQL on every path."""

# No contact has a tag yet when this step runs: every line starts empty.
_FILL_LINES = "INSERT INTO contact_tag_line (id, line) SELECT c.id, '' FROM contact c;\n"

_SEARCH = f"""
CREATE TRIGGER {INDEX}_contact_tag_line_insert AFTER INSERT ON contact_tag_line BEGIN
    {_indexed("new")}; END;
CREATE TRIGGER {INDEX}_contact_tag_line_delete AFTER DELETE ON contact_tag_line BEGIN
    {_indexed("old", delete=True)}; END;
CREATE TRIGGER {INDEX}_contact_tag_line_update AFTER UPDATE OF line ON contact_tag_line BEGIN
    {_indexed("old", delete=True)}; {_indexed("new")}; END;
"""

STATEMENTS = TABLES + DERIVED + _FILL_LINES + _SEARCH
"""The step: no row of the index is added, as every tag line is empty."""

REBUILD_SEARCH = (
    f"INSERT INTO {INDEX} (rowid, title, body) SELECT -r.id, '', r.line"
    " FROM contact_tag_line AS r WHERE r.line != ''"
)
"""Fill the tag lines' rows of the search index (after its ``delete-all``)."""
