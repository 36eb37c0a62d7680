"""Schema version 4: referrals, and one search index over everything the user wrote.

Frozen once released: never edit, add a migration. ``contact.referral`` flags a contact a
professional suggested ("who else should I talk to?"). ``search_index`` is a contentless
SQLite FTS5 table (accents and case folded, prefix indexes of one and two letters), kept
in step by the triggers below: it is derived data, never in a backup, rebuilt by
``REBUILD``. A row's rowid is ``id * 8 + kind``: the kind of record and its id.

A contentless index forgets its text: a row is deleted by giving the index the very
values it was given, which the triggers do from ``old``. A table rebuilt by a later
migration loses its triggers: that migration makes them again (``trigger_statements``).
"""

from __future__ import annotations

from dataclasses import dataclass

INDEX = "search_index"
KIND_BITS = 8
NOT_DERIVED = f"name NOT LIKE '{INDEX}%'"
"""SQL over ``sqlite_master``: leaves out the index and its tables (never backed up)."""


@dataclass(frozen=True)
class Source:
    """One kind of record in the index: its table, the text it gives, when it counts."""

    kind: int
    table: str
    columns: tuple[str, ...]  # the columns whose change re-indexes the row
    title: str  # SQL over the row ``{r}``: the short text (a name, a question)
    body: str  # SQL over the row ``{r}``: everything else
    where: str = "1"  # SQL over ``{r}``: whether the row is indexed at all


def _joined(*columns: str) -> str:
    return " || ' ' || ".join(f"{{r}}.{column}" for column in columns)


_CONTACT_TEXT = (
    "title", "organisation", "location", "email", "phone", "notes", "introduced_by_text",
    "card_name", "card_title", "card_organisation", "card_email", "card_address",
)  # fmt: skip
_INTERVIEW_TEXT = (
    "notes", "request_draft", "thank_you_draft", "thank_you_point", "call_log", "place",
)  # fmt: skip

SOURCES: tuple[Source, ...] = (
    Source(
        1,
        "contact",
        ("first_name", "last_name", *_CONTACT_TEXT),
        "{r}.first_name || ' ' || {r}.last_name",
        _joined(*_CONTACT_TEXT),
    ),
    Source(2, "interview", _INTERVIEW_TEXT, "''", _joined(*_INTERVIEW_TEXT)),
    Source(3, "list_question", ("text", "answer"), "{r}.text", "{r}.answer", "{r}.answer != ''"),
    Source(4, "research_item", ("text",), "''", "{r}.text"),
    Source(5, "career_field", ("name", "research_notes"), "{r}.name", "{r}.research_notes"),
    Source(6, "question", ("text",), "''", "{r}.text"),
    Source(7, "field_link", ("title", "url"), "{r}.title", "{r}.url"),
)


def _values(source: Source, row: str) -> str:
    rowid = f"{row}.id * {KIND_BITS} + {source.kind}"
    return f"{rowid}, {source.title.format(r=row)}, {source.body.format(r=row)}"


def _add(source: Source, row: str) -> str:
    return (
        f"INSERT INTO {INDEX} (rowid, title, body) SELECT {_values(source, row)} "
        f"WHERE {source.where.format(r=row)};"
    )


def _remove(source: Source, row: str) -> str:
    return (
        f"INSERT INTO {INDEX} ({INDEX}, rowid, title, body) SELECT 'delete', "
        f"{_values(source, row)} WHERE {source.where.format(r=row)};"
    )


def trigger_statements(source: Source) -> list[str]:
    """Return the three triggers that keep ``source``'s rows in the index."""
    name, table = f"{INDEX}_{source.table}", source.table
    columns = ", ".join(source.columns)
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN {_add(source, 'new')} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN {_remove(source, 'old')} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON {table} "
        f"BEGIN {_remove(source, 'old')} {_add(source, 'new')} END",
    ]


def fill(source: Source) -> str:
    """Return the statement that indexes every row of ``source`` (the index emptied first)."""
    return (
        f"INSERT INTO {INDEX} (rowid, title, body) SELECT {_values(source, 'r')} "
        f"FROM {source.table} AS r WHERE {source.where.format(r='r')}"
    )


REBUILD: tuple[str, ...] = (
    f"INSERT INTO {INDEX} ({INDEX}) VALUES ('delete-all')",
    *(fill(source) for source in SOURCES),
)
"""Empty the index and fill it again from the tables (migration, restore, check --fix)."""

_TRIGGERS = [statement for source in SOURCES for statement in trigger_statements(source)]

STATEMENTS = (
    ";\n".join(
        (
            'ALTER TABLE "contact" ADD COLUMN "referral" INTEGER NOT NULL DEFAULT 0 '
            "CHECK (referral IN (0, 1))",
            f"CREATE VIRTUAL TABLE {INDEX} USING fts5(title, body, content='', "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2')",
            *_TRIGGERS,
        )
    )
    + ";\n"
)
