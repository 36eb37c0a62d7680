"""The schema step of Home's agenda: two indexes on interviews, nothing else.

Frozen once released: never edit, add a migration. Self-contained (it only adds indexes),
so it can take whichever step number it lands at. Home counts the held interviews whose
thank-you is overdue or due today, and the requests waiting for an answer, on every
change: with these indexes SQLite counts them from the index alone, without reading each
interview's row (its notes and drafts make it long).
"""

STATEMENTS = """
CREATE INDEX "interview_status_thank_you_due_held_at"
    ON "interview" ("status", "thank_you_due", "held_at");
CREATE INDEX "interview_status_requested_on_follow_up_on_contact_id"
    ON "interview" ("status", "requested_on", "follow_up_on", "contact_id")
"""
