"""The schema step of follow-up interviews' question lists: ``question_list.conversation_id``.

Frozen once released: never edit, add a migration. Self-contained (it rebuilds one table
and makes its indexes again), so it can take whichever step number it lands at, after
``schema_conversations``. A list now belongs to a field (prepared before any interview),
to an interview, or to a follow-up conversation held as an interview; a follow-up's list
leaves its field and interview empty, so "the field's own list" and "the interview's
list" never find it. Deleting the conversation deletes its list and the answers in it.

SQLite cannot change a table's CHECK: the table is made anew under a scratch name, its
rows copied with their ids, the old one dropped and the new one renamed (SQLite's own
recipe). It runs inside the migration context, foreign keys off, so dropping the old
table cascades to no answer; ``list_question`` names the table, not the copy, so its
link holds. No trigger or view reads ``question_list``.
"""

_TABLE = """
CREATE TABLE "question_list_new" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER,
    "interview_id" INTEGER,
    "must_ask" INTEGER NOT NULL CHECK (must_ask BETWEEN 0 AND 1000),
    "conversation_id" INTEGER,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("interview_id") REFERENCES "interview" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("conversation_id") REFERENCES "conversation" ("id") ON DELETE CASCADE,
    CHECK (field_id IS NOT NULL OR interview_id IS NOT NULL OR conversation_id IS NOT NULL)
)"""

STATEMENTS = (
    ";\n".join(
        (
            _TABLE,
            'INSERT INTO "question_list_new" ("id", "field_id", "interview_id", "must_ask") '
            'SELECT "id", "field_id", "interview_id", "must_ask" FROM "question_list"',
            # the next new list's id goes on from the old table's, never reusing one
            "DELETE FROM sqlite_sequence WHERE name = 'question_list_new'",
            "UPDATE sqlite_sequence SET name = 'question_list_new' WHERE name = 'question_list'",
            'DROP TABLE "question_list"',
            'ALTER TABLE "question_list_new" RENAME TO "question_list"',
            'CREATE INDEX "question_list_field_id" ON "question_list" ("field_id")',
            'CREATE UNIQUE INDEX "question_list_interview_id" ON "question_list" ("interview_id")',
            'CREATE UNIQUE INDEX "question_list_conversation_id" '
            'ON "question_list" ("conversation_id")',
        )
    )
    + ";\n"
)
