"""The schema step of "What I learned": stars, takeaways, checks of research, fit ratings.

Frozen once released: never edit, add a migration. Self-contained (it only adds tables),
so it can take whichever step number it lands at. ``answer_star`` marks an answer the
user starred; ``takeaway`` holds their words per field and topic; ``research_check`` what
the interviews made of a research line to verify; ``fit_criterion`` the criteria every
field is rated on, and ``fit_rating`` each field's score on each.
"""

STATEMENTS = """
CREATE TABLE "answer_star" (
    "item_id" INTEGER NOT NULL PRIMARY KEY,
    "starred_at" TEXT NOT NULL,
    FOREIGN KEY ("item_id") REFERENCES "list_question" ("id") ON DELETE CASCADE
);
CREATE TABLE "takeaway" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER NOT NULL,
    "topic" TEXT NOT NULL CHECK (topic IN ('day_to_day', 'path', 'skills', 'trends',
        'culture', 'challenges', 'advice', 'referrals', 'own', 'other')),
    "text" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "takeaway_field_id_topic" ON "takeaway" ("field_id", "topic");
CREATE TABLE "research_check" (
    "item_id" INTEGER NOT NULL PRIMARY KEY,
    "mark" TEXT NOT NULL CHECK (mark IN ('open', 'confirmed', 'corrected')),
    "said" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    FOREIGN KEY ("item_id") REFERENCES "research_item" ("id") ON DELETE CASCADE
);
CREATE TABLE "fit_criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL COLLATE NOCASE,
    "weight" INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 5),
    "position" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "fit_criterion_name" ON "fit_criterion" ("name");
CREATE TABLE "fit_rating" (
    "field_id" INTEGER NOT NULL,
    "criterion_id" INTEGER NOT NULL,
    "score" INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY ("field_id", "criterion_id"),
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("criterion_id") REFERENCES "fit_criterion" ("id") ON DELETE CASCADE
);
CREATE INDEX "fit_rating_criterion_id" ON "fit_rating" ("criterion_id");
"""
