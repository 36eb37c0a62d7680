"""The schema step of the contacts' status key: a column of ``contact_keys``, its triggers.

Frozen once released: never edit, add a migration. Self-contained (one column, four
triggers, one index, and the fill of the column), so it can take whichever step number
it lands at. A contact's status is that of its current request (``store.request_rule``:
its interview with the highest id; *not asked* without one). Computed per row in SQL it
made sorting the contacts table by Status or Next step, and filtering it by status, read
every contact's latest interview: a third of a second at 300,000 contacts, and no index
could serve it. ``contact_keys.status_rank`` holds the status's place in the order the
table sorts by (``InterviewStatus`` as declared; 0 is *not asked*), kept by triggers on
``interview`` whichever code writes it (a request opened, answered, moved to another
contact by a merge, deleted), so the sort and the filter walk the index
``contact_keys_status_order``. A key already right is not written again, so a save that
leaves the status as it was logs no change of the contact.
"""

STATUS_RANKS = (
    ("not_asked", 0),
    ("asked", 1),
    ("accepted", 2),
    ("declined", 3),
    ("no_reply", 4),
    ("scheduled", 5),
    ("held", 6),
    ("thanked", 7),
)
"""Each status and its place in the sort (frozen: the triggers below spell it out)."""


def status_rank_sql(contact: str) -> str:
    """Return the status rank of the current request of the contact ``contact`` (SQL)."""
    cases = " ".join(f"WHEN '{status}' THEN {rank}" for status, rank in STATUS_RANKS[1:])
    return (
        "(CASE (SELECT s.status FROM interview AS s WHERE s.contact_id = "
        f"{contact} ORDER BY s.id DESC LIMIT 1) {cases} ELSE 0 END)"
    )


def _keep(contact: str) -> str:
    """An UPDATE setting the key of ``contact`` (an SQL value), only where it changes."""
    rank = status_rank_sql("contact_keys.id")
    return (
        f"UPDATE contact_keys SET status_rank = {rank}"
        f" WHERE id = {contact} AND status_rank != {rank}"
    )


DERIVED = f"""
ALTER TABLE "contact_keys" ADD COLUMN "status_rank" INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER "status_keys_request_insert" AFTER INSERT ON "interview" BEGIN
    {_keep("NEW.contact_id")}; END;
CREATE TRIGGER "status_keys_request_update" AFTER UPDATE OF status, contact_id ON "interview"
    WHEN OLD.status IS NOT NEW.status OR OLD.contact_id IS NOT NEW.contact_id BEGIN
    {_keep("OLD.contact_id")}; {_keep("NEW.contact_id")}; END;
CREATE TRIGGER "status_keys_request_delete" AFTER DELETE ON "interview" BEGIN
    {_keep("OLD.contact_id")}; END;
CREATE TRIGGER "status_keys_contact" AFTER INSERT ON "contact_keys" BEGIN
    {_keep("NEW.id")}; END;
CREATE INDEX "contact_keys_status_order" ON "contact_keys" ("status_rank");
"""
"""Objects the Peewee models do not describe: made in plain SQL on every path.

``status_keys_contact`` covers a contact put back after its requests (a restore made with
foreign keys off); a new contact has none, and its key stays 0."""

FILL = f"""
UPDATE contact_keys SET status_rank = {status_rank_sql("contact_keys.id")}
    WHERE id IN (SELECT contact_id FROM interview);
"""
"""Set the key of every contact with a request (the others' default, 0, is right)."""

STATEMENTS = DERIVED + FILL
