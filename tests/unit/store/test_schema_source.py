"""One schema: the plain SQL of version 1 plus every migration is what the models make.

``store/schema_v1.py`` creates a new file and every migration step changes it; the Peewee
models are what the services write through. This compares the SQL SQLite keeps in
``sqlite_master`` for every table and index, CHECK constraints and collations included,
so a value added to an enumeration (``MeetingFormat``, ``Source``...) without a migration
fails here rather than as "CHECK constraint failed" when the user saves it. A column added
by a migration goes last in its table (ALTER TABLE appends it): declare it last in the
model too.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from peewee import SQL, Field, SqliteDatabase

from infoview_gui.domain.enums import Labelled
from infoview_gui.store import schema_contact_keys, schema_records_order, schema_tags
from infoview_gui.store.columns import one_of
from infoview_gui.store.database import close_database
from infoview_gui.store.migrations import statements
from infoview_gui.store.models import ALL_MODELS, CareerField, Contact, Interview
from infoview_gui.store.opening import open_store
from infoview_gui.store.schema_search import NOT_DERIVED

FIXTURES = Path(__file__).parents[2] / "fixtures" / "db"
Schema = dict[tuple[str, str], tuple[str, str | None]]

_LITERAL = re.compile(r"('(?:[^']|'')*')")


def normalised(sql: str | None) -> str | None:
    """Return ``sql`` with its layout and identifier quotes made uniform (literals kept)."""
    if sql is None:
        return None
    parts = _LITERAL.split(sql)
    for i in range(0, len(parts), 2):  # the even parts are outside string literals
        text = re.sub(r"\s+", " ", parts[i])
        text = re.sub(r'"([A-Za-z_][A-Za-z0-9_]*)"', r"\1", text)
        parts[i] = re.sub(r" ?([(),]) ?", r"\1", text)
    return "".join(parts).strip()


def schema_of(path: Path) -> Schema:
    """Return {(type, name): (table, normalised SQL)} of every object in the file."""
    db = SqliteDatabase(str(path))
    try:
        rows = db.execute_sql(
            f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE {NOT_DERIVED}"
        ).fetchall()  # the search index and its triggers: SQL of their own, no model
    finally:
        db.close()
    return {(kind, name): (table, normalised(sql)) for kind, name, table, sql in rows}


def _clauses(sql: str | None) -> list[str]:
    """Split a normalised CREATE statement at its top-level commas (one column each)."""
    clauses, depth, start = [], 0, 0
    for i, char in enumerate(sql or ""):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 1:
            clauses.append((sql or "")[start:i])
            start = i + 1
    return [*clauses, (sql or "")[start:]]


def differences(migrated: Schema, models: Schema) -> list[str]:
    """Return, per object that differs, the clauses each side has and the other lacks."""
    found = []
    for key in sorted(migrated.keys() | models.keys()):
        ours, theirs = migrated.get(key), models.get(key)
        if ours == theirs:
            continue
        if ours is None or theirs is None:
            side = "the models" if ours is None else "schema v1 + migrations"
            found.append(f"{key[0]} {key[1]}: only {side} make it")
            continue
        a, b = _clauses(ours[1]), _clauses(theirs[1])
        only_a = [c for c in a if c not in b] or ["(column order)"]
        only_b = [c for c in b if c not in a] or ["(column order)"]
        found.append(
            f"{key[0]} {key[1]}: schema v1 + migrations: {'; '.join(only_a)} "
            f"| models: {'; '.join(only_b)}"
        )
    return found


def models_schema(path: Path) -> Schema:
    """Create every table from the models, then the derived objects; return its schema."""
    db = SqliteDatabase(str(path))
    with db.bind_ctx(ALL_MODELS):
        db.create_tables(ALL_MODELS)
    for statement in statements(schema_contact_keys.DERIVED):  # what no model describes
        db.execute_sql(statement)
    for statement in statements(schema_tags.DERIVED):  # the tag lines, like the keys
        db.execute_sql(statement)
    for statement in statements(schema_records_order.STATEMENTS):  # read-only covering indexes
        db.execute_sql(statement)
    db.close()
    return schema_of(path)


def migrated_schema(path: Path, fixture: Path | None) -> Schema:
    """Open a new file (schema v1, then every step) or a released one; return its schema."""
    if fixture is not None:
        shutil.copyfile(fixture, path)
    open_store(path)
    close_database()
    return schema_of(path)


@pytest.mark.parametrize(
    "fixture",
    [None, *sorted(FIXTURES.glob("v*.sqlite3"))],
    ids=lambda p: "new file" if p is None else f"released {p.stem}",
)
def test_schema_v1_and_the_migrations_make_the_models_schema(
    tmp_path: Path, fixture: Path | None
) -> None:
    migrated = migrated_schema(tmp_path / "migrated.sqlite3", fixture)
    models = models_schema(tmp_path / "models.sqlite3")
    assert differences(migrated, models) == []
    assert ("table", "interview") in migrated and ("index", "contact_field_id_rank") in migrated


class _MoreFormats(Labelled):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"
    HOLOGRAM = "hologram"


@pytest.mark.parametrize(
    ("field", "constraints", "expected"),
    [
        (Interview.format, [one_of("format", _MoreFormats, null=True)], "'hologram'"),
        (CareerField.name, [], "name TEXT NOT NULL COLLATE NOCASE"),
        (Contact.notes, [SQL("COLLATE NOCASE")], "notes TEXT NOT NULL COLLATE NOCASE"),
    ],
    ids=["enum value added", "collation dropped", "collation added"],
)
def test_a_check_or_collation_the_models_change_alone_is_caught(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    field: Field,
    constraints: list[SQL],
    expected: str,
) -> None:
    migrated = migrated_schema(tmp_path / "migrated.sqlite3", None)
    monkeypatch.setattr(field, "constraints", constraints)
    (found,) = differences(migrated, models_schema(tmp_path / "models.sqlite3"))
    assert found.startswith(f"table {field.model._meta.table_name}: ")
    assert expected in found


def test_the_comparison_ignores_layout_and_quotes_but_not_literals() -> None:
    assert normalised('CREATE TABLE "a" (\n    "b" TEXT,  c INT )') == (
        "CREATE TABLE a(b TEXT,c INT)"
    )
    assert normalised("CHECK (x IN ('a b',  'c'))") != normalised("CHECK (x IN ('a  b', 'c'))")
