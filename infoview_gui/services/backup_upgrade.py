"""A JSON backup from an earlier InfoView, brought up to this InfoView's data version.

The backup's rows go into a scratch database in memory made with the schema of the
version that wrote them; the same migration steps that upgrade a data folder then run on
it, and its tables are read back. So an old backup gains exactly what an old data folder
gains (labels, a UID per contact, the emails searchable), by one path.
"""

from __future__ import annotations

import sqlite3

from peewee import SqliteDatabase

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.json_backup import Backup, BackupError, TableData
from infoview_gui.store import migrations
from infoview_gui.store.schema_contact_keys import DERIVED_TABLES as KEY_TABLES
from infoview_gui.store.schema_search import NOT_DERIVED
from infoview_gui.store.schema_sync import LOCAL_TABLES as SYNC_TABLES
from infoview_gui.store.schema_tags import DERIVED_TABLES as TAG_LINES


def upgraded(backup: Backup) -> Backup:
    """Return ``backup`` at the current data version (itself when it is already there).

    Raises:
        BackupError: when its tables do not fit the data version it claims.
    """
    if backup.schema_version >= migrations.SCHEMA_VERSION:
        return backup
    scratch = SqliteDatabase(":memory:", pragmas={"foreign_keys": 0})
    try:
        conn: sqlite3.Connection = scratch.connection()  # type: ignore[no-untyped-call]
        for script in migrations.scripts()[: backup.schema_version]:
            for statement in migrations.statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {backup.schema_version}")
        try:
            for name, table in backup.tables.items():
                _insert(conn, name, table)
        except sqlite3.DatabaseError as error:
            raise BackupError(
                _(
                    "This InfoView backup does not fit the data version it claims "
                    "({error}). Nothing was changed."
                ).format(error=error)
            ) from error
        migrations.migrate(scratch)
        tables = {name: _read(conn, name) for name in _tables(conn)}
    finally:
        scratch.close()
    return Backup(migrations.SCHEMA_VERSION, tables, backup.app_version, backup.created_at)


def _insert(conn: sqlite3.Connection, name: str, table: TableData) -> None:
    quoted = name.replace('"', '""')
    columns = ", ".join('"' + column.replace('"', '""') + '"' for column in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    conn.executemany(f'INSERT INTO "{quoted}" ({columns}) VALUES ({marks})', table.rows)


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND {NOT_DERIVED} ORDER BY rowid"
    )
    derived = (*KEY_TABLES, *TAG_LINES, *SYNC_TABLES)  # restored by triggers; not data
    return [str(row[0]) for row in rows if row[0] not in derived]


def _read(conn: sqlite3.Connection, name: str) -> TableData:
    cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
    columns = tuple(str(column[0]) for column in cursor.description)
    return TableData(columns, [tuple(row) for row in cursor.fetchall()])
