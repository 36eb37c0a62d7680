"""The schema step of the Interviews and Follow-ups tables' sorts: two indexes, nothing else.

Frozen once released: never edit, add a migration. Self-contained (it only adds indexes),
so it can take whichever step number it lands at. Sorting interviews by their contact's
name or organisation read each interview's contact row (its notes make it long) and then
the interview's own (its notes, call logs and drafts): at 20,000 interviews, a tenth of a
second on every click of the header. With these, SQLite reads the interviews' contact,
status and dates, and the contacts' names, from the indexes alone
(``store.record_table``).
"""

STATEMENTS = """
CREATE INDEX "contact_id_names" ON "contact" ("id", "first_name", "last_name", "organisation");
CREATE INDEX "interview_contact_id_order" ON "interview"
    ("contact_id", "status", "scheduled_start", "held_at", "thank_you_sent_on", "thank_you_due")
"""
