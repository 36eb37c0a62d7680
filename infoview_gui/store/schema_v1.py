"""The schema as InfoView version 1 created it. Frozen: never edit, add a migration."""

STATEMENTS = """
CREATE TABLE "career_field" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL COLLATE NOCASE,
    "status" TEXT NOT NULL CHECK (status IN ('considering', 'focus', 'set_aside')),
    "research_notes" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);
CREATE UNIQUE INDEX "career_field_name" ON "career_field" ("name");
CREATE TABLE "import_batch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "created_at" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "new_count" INTEGER NOT NULL,
    "matched_count" INTEGER NOT NULL,
    "rejected_count" INTEGER NOT NULL,
    "undo_data" TEXT NOT NULL,
    "undone_at" TEXT
);
CREATE TABLE "contact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "profile_url" TEXT NOT NULL,
    "source" TEXT NOT NULL CHECK (source IN ('friend', 'family', 'professor', 'campus_staff', 'professional_organisation', 'networking_site', 'alumni_programme', 'other')),
    "introduced_by_text" TEXT NOT NULL,
    "introduced_by_id" INTEGER,
    "field_id" INTEGER,
    "rank" REAL,
    "score" REAL,
    "notes" TEXT NOT NULL,
    "card_name" TEXT NOT NULL,
    "card_title" TEXT NOT NULL,
    "card_organisation" TEXT NOT NULL,
    "card_email" TEXT NOT NULL,
    "card_phone" TEXT NOT NULL,
    "card_address" TEXT NOT NULL,
    "card_website" TEXT NOT NULL,
    "card_image" TEXT NOT NULL,
    "import_batch_id" INTEGER,
    "search_text" TEXT NOT NULL,
    "sort_name" TEXT NOT NULL,
    "email_key" TEXT NOT NULL,
    "url_key" TEXT NOT NULL,
    "name_org_key" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    FOREIGN KEY ("introduced_by_id") REFERENCES "contact" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("import_batch_id") REFERENCES "import_batch" ("id") ON DELETE SET NULL
);
CREATE INDEX "contact_introduced_by_id" ON "contact" ("introduced_by_id");
CREATE INDEX "contact_import_batch_id" ON "contact" ("import_batch_id");
CREATE INDEX "contact_sort_name" ON "contact" ("sort_name");
CREATE INDEX "contact_email_key" ON "contact" ("email_key");
CREATE INDEX "contact_url_key" ON "contact" ("url_key");
CREATE INDEX "contact_name_org_key" ON "contact" ("name_org_key");
CREATE INDEX "contact_field_id_rank" ON "contact" ("field_id", "rank");
CREATE INDEX "contact_last_name_first_name" ON "contact" ("last_name", "first_name");
CREATE TABLE "criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 5),
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE
);
CREATE INDEX "criterion_field_id" ON "criterion" ("field_id");
CREATE TABLE "criterion_score" (
    "contact_id" INTEGER NOT NULL,
    "criterion_id" INTEGER NOT NULL,
    "score" INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY ("contact_id", "criterion_id"),
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("criterion_id") REFERENCES "criterion" ("id") ON DELETE CASCADE
);
CREATE INDEX "criterion_score_contact_id" ON "criterion_score" ("contact_id");
CREATE INDEX "criterion_score_criterion_id" ON "criterion_score" ("criterion_id");
CREATE TABLE "field_link" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE
);
CREATE INDEX "field_link_field_id" ON "field_link" ("field_id");
CREATE TABLE "interview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contact_id" INTEGER NOT NULL,
    "field_id" INTEGER,
    "status" TEXT NOT NULL CHECK (status IN ('not_asked', 'asked', 'accepted', 'declined', 'no_reply', 'scheduled', 'held', 'thanked')),
    "channel" TEXT CHECK (channel IS NULL OR channel IN ('email', 'phone')),
    "requested_on" DATE,
    "responded_on" DATE,
    "follow_up_on" DATE,
    "scheduled_start" TEXT,
    "time_zone" TEXT NOT NULL,
    "duration_min" INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 600),
    "format" TEXT CHECK (format IS NULL OR format IN ('in_person', 'phone', 'video', 'email')),
    "place" TEXT NOT NULL,
    "checklist" INTEGER NOT NULL,
    "notes" TEXT NOT NULL,
    "request_draft" TEXT NOT NULL,
    "call_log" TEXT NOT NULL,
    "started_at" TEXT,
    "held_at" TEXT,
    "thank_you_due" DATE,
    "thank_you_sent_on" DATE,
    "note_card_sent_on" DATE,
    "letter_sent_on" DATE,
    "thank_you_point" TEXT NOT NULL,
    "thank_you_draft" TEXT NOT NULL,
    "uid" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE SET NULL
);
CREATE INDEX "interview_contact_id" ON "interview" ("contact_id");
CREATE INDEX "interview_field_id" ON "interview" ("field_id");
CREATE INDEX "interview_thank_you_due" ON "interview" ("thank_you_due");
CREATE UNIQUE INDEX "interview_uid" ON "interview" ("uid");
CREATE INDEX "interview_status_scheduled_start" ON "interview" ("status", "scheduled_start");
CREATE TABLE "question_list" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER,
    "interview_id" INTEGER,
    "must_ask" INTEGER NOT NULL CHECK (must_ask BETWEEN 0 AND 1000),
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("interview_id") REFERENCES "interview" ("id") ON DELETE CASCADE,
    CHECK (field_id IS NOT NULL OR interview_id IS NOT NULL)
);
CREATE INDEX "question_list_field_id" ON "question_list" ("field_id");
CREATE UNIQUE INDEX "question_list_interview_id" ON "question_list" ("interview_id");
CREATE TABLE "question" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "text" TEXT NOT NULL,
    "topic" TEXT NOT NULL CHECK (topic IN ('day_to_day', 'path', 'skills', 'trends', 'culture', 'challenges', 'advice', 'referrals', 'own')),
    "decidedness_mask" INTEGER NOT NULL CHECK (decidedness_mask BETWEEN 0 AND 7),
    "stage_mask" INTEGER NOT NULL CHECK (stage_mask BETWEEN 0 AND 7),
    "builtin_key" TEXT,
    "builtin_text" TEXT,
    "hidden" INTEGER NOT NULL,
    "minutes" REAL NOT NULL,
    "created_at" TEXT NOT NULL
);
CREATE UNIQUE INDEX "question_builtin_key" ON "question" ("builtin_key");
CREATE INDEX "question_topic_hidden" ON "question" ("topic", "hidden");
CREATE TABLE "list_question" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "question_list_id" INTEGER NOT NULL,
    "question_id" INTEGER,
    "text" TEXT NOT NULL,
    "position" REAL NOT NULL,
    "answer" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    FOREIGN KEY ("question_list_id") REFERENCES "question_list" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE SET NULL
);
CREATE INDEX "list_question_question_id" ON "list_question" ("question_id");
CREATE INDEX "list_question_question_list_id_position" ON "list_question" ("question_list_id", "position");
CREATE TABLE "profile" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "graduation" TEXT,
    "decidedness" TEXT CHECK (decidedness IS NULL OR decidedness IN ('exploring', 'comparing', 'decided')),
    "time_zone" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CHECK (id = 1)
);
CREATE TABLE "research_item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "verify" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("field_id") REFERENCES "career_field" ("id") ON DELETE CASCADE
);
CREATE INDEX "research_item_field_id" ON "research_item" ("field_id");
CREATE TABLE "setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);
"""
