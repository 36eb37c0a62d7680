"""Versioned schema upgrades, counted in ``PRAGMA user_version``.

Each step runs in ``SqliteMigrator.migration_context()``: one transaction with foreign
keys off, so a table rebuild never fires ``ON DELETE CASCADE``. The step, the foreign key
check and the new version number commit together or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from infoview_gui.domain.i18n import _
from infoview_gui.domain.wording import counted
from infoview_gui.store.connection import NewerDatabaseError, StoreError

if TYPE_CHECKING:  # no Peewee at import: opening an up-to-date file needs none
    from peewee import SqliteDatabase
    from playhouse.migrate import SqliteMigrator

Step = Callable[["SqliteMigrator"], None]


def statements(script: str) -> list[str]:
    """Return the statements of a schema script, one each."""
    return [statement for statement in script.split(";\n") if statement.strip()]


STEP_MODULES = (
    "schema_v1",
    "schema_v2",
    "schema_learned",  # "What I learned": adds tables only
    "schema_search",
    "schema_agenda",  # Home's agenda: adds indexes only
    "schema_contact_keys",  # the contacts table's search text and sort keys
    "schema_keep_touch",  # keeping in touch: adds tables only
    "schema_records_order",  # the records tables' sorts: adds indexes only
    "schema_conversations",  # follow-up conversations: a table, its triggers
    "schema_tags",  # tags on contacts: adds tables, indexes and triggers
    "schema_conversation_lists",  # follow-ups' question lists: a rebuild
    "schema_status_keys",  # the contacts' status key: a column, its triggers
    "schema_sync",  # CalDAV/CardDAV sync: adds tables and indexes only
)
"""The module of ``infoview_gui.store`` holding each version's SQL, in order. They are
imported only when a file is created or upgraded: opening an up-to-date file (every start
but the first) reads none of them."""
SCHEMA_VERSION = len(STEP_MODULES)


def _schema(name: str) -> ModuleType:
    """Return the module of a step (imported by name here, so the standalone build has it)."""
    from infoview_gui.store import (
        schema_agenda,
        schema_contact_keys,
        schema_conversation_lists,
        schema_conversations,
        schema_keep_touch,
        schema_learned,
        schema_records_order,
        schema_search,
        schema_status_keys,
        schema_sync,
        schema_tags,
        schema_v1,
        schema_v2,
    )

    modules = (
        *(schema_v1, schema_v2, schema_learned, schema_search, schema_agenda),
        *(schema_contact_keys, schema_keep_touch, schema_records_order, schema_conversations),
        *(schema_tags, schema_conversation_lists, schema_status_keys, schema_sync),
    )
    return {module.__name__.rpartition(".")[2]: module for module in modules}[name]


def scripts() -> tuple[str, ...]:
    """Return the plain SQL of each version, in order: step N runs script N (and may do more)."""
    return tuple(_schema(name).STATEMENTS for name in STEP_MODULES)


def _step(script: str) -> Step:
    """Return the migration step that runs ``script``."""

    def run(migrator: SqliteMigrator) -> None:
        for statement in statements(script):
            migrator.database.execute_sql(statement)

    return run


def create_first_schema(conn: sqlite3.Connection) -> None:
    """Give a new, empty file the current schema, in one transaction.

    What every step does, in plain SQL: a file with no rows needs neither the migrator
    nor the foreign-key check, so a first start does not wait for Peewee to load. Of two
    first starts racing on one new file, the second waits for the first's schema and
    keeps it.
    """
    conn.execute("BEGIN IMMEDIATE")  # a second first start waits here (busy_timeout)
    if conn.execute("SELECT 1 FROM sqlite_master").fetchone():
        conn.execute("COMMIT")  # the other InfoView made the schema meanwhile: use it
        return
    try:
        for script in scripts():
            for statement in statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _v2_contact_points(migrator: SqliteMigrator) -> None:
    """Add points and labels; give each contact a UID and its email, phone and web searchable."""
    # Imported for this step only: every start reads this module (11 ms saved).
    from infoview_gui.domain.contact import search_line
    from infoview_gui.domain.contact_points import new_uid

    _step(_schema("schema_v2").STATEMENTS)(migrator)
    db = migrator.database
    rows = db.execute_sql("SELECT id, email, phone, profile_url FROM contact").fetchall()
    updates = []
    for contact_id, email, phone, url in rows:
        line = search_line((email, phone, url), (phone,) if phone else ())
        updates.append((new_uid(), "\n" + line if line else "", contact_id))
    db.connection().executemany(  # the line derived_keys now adds after the notes
        "UPDATE contact SET uid = ?, search_text = search_text || ? WHERE id = ?", updates
    )


def _v4_referrals_and_search(migrator: SqliteMigrator) -> None:
    """Add the referral flag and the search index, and index what is already there."""
    schema_search = _schema("schema_search")
    _step(schema_search.STATEMENTS)(migrator)
    for statement in schema_search.REBUILD:
        migrator.database.execute_sql(statement)


_SPECIAL: dict[str, Step] = {
    "schema_v2": _v2_contact_points,
    "schema_search": _v4_referrals_and_search,
}


def migrations() -> tuple[Step, ...]:
    """Return the upgrade step to each version, in order (the steps' modules imported now)."""
    return tuple(_SPECIAL.get(name) or _step(_schema(name).STATEMENTS) for name in STEP_MODULES)


def _version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _has_tables(db: SqliteDatabase) -> bool:
    row = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def refuse_newer(version: int | None) -> None:
    """Raise NewerDatabaseError when ``version`` is beyond what this InfoView knows."""
    if version is not None and version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            _(
                "This data was saved by a newer version of InfoView (data version {version}; "
                "this InfoView reads up to version {schema_version}). Install the newer InfoView "
                "to open it. Nothing was changed."
            ).format(version=version, schema_version=SCHEMA_VERSION)
        )


def check_version(db: SqliteDatabase) -> int:
    """Return the file's schema version, refusing files this InfoView cannot read."""
    version = _version(db)
    refuse_newer(version)
    if version == 0 and _has_tables(db):
        raise StoreError(_("This file is not an InfoView database, so InfoView left it untouched."))
    return version


def migrate(db: SqliteDatabase, *, before: Callable[[int], None] | None = None) -> int:
    """Bring the schema up to date; return how many steps ran.

    Args:
        db: the open database.
        before: called with the current version before an existing file is changed
            (the place for a backup). Not called for a new, empty file.
    """
    current = check_version(db)
    if current == SCHEMA_VERSION:
        return 0
    if current > 0 and before is not None:
        before(current)
    from playhouse.migrate import SqliteMigrator  # only when there is work: it is slow to import

    migrator = SqliteMigrator(db)
    steps = migrations()
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with migrator.migration_context():
            steps[version - 1](migrator)
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    _("Upgrade step {version} would break {counted}.").format(
                        version=version, counted=counted(len(broken), "link", "links")
                    )
                )
            db.execute_sql(f"PRAGMA user_version = {version}")
    return SCHEMA_VERSION - current
