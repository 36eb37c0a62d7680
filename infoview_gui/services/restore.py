"""Restoring a JSON backup (P10): every value checked, row for row, into an empty folder.

Nothing is mixed: a folder that holds the user's data refuses the restore, and a backup
with a value InfoView would never store is refused as a whole, the data as it was.
"""

from __future__ import annotations

import sqlite3

from peewee import IntegrityError

from infoview_gui.domain.errors import DomainError
from infoview_gui.exchange.backup_check import REASONS_SHOWN, refusal, value_problems
from infoview_gui.exchange.json_backup import Backup, BackupError, TableData, read_backup
from infoview_gui.exchange.point_checks import point_value_problems
from infoview_gui.exchange.records import MAX_FILE_BYTES
from infoview_gui.services.backup_upgrade import upgraded
from infoview_gui.services.exports import raw_cursor, run_sql, table_names
from infoview_gui.store.database import database, user_version
from infoview_gui.store.search_queries import rebuild_search_index

_REPLACEABLE = {"setting": "1", "question": "builtin_key IS NOT NULL"}
"""Rows a new data folder already has (defaults, the built-in questions): a restore replaces
them, and they do not make a folder count as holding data."""


def database_is_empty() -> bool:
    """Tell whether the data folder holds nothing of the user's yet."""
    for name in table_names():
        condition = "NOT (" + _REPLACEABLE[name] + ")" if name in _REPLACEABLE else "1"
        row = run_sql(f'SELECT EXISTS (SELECT 1 FROM "{name}" WHERE {condition})')
        if row.fetchone()[0]:
            return False
    return True


def checked_backup(data: bytes, *, schema_version: int) -> Backup:
    """Read a backup and check every value of it, as a restore (or its dry run) does.

    Raises:
        BackupError: the file is too big, is not a backup this InfoView restores, or
            holds a value InfoView would never store (the first few are named).
    """
    if len(data) > MAX_FILE_BYTES:
        raise BackupError(
            f"This backup is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, the most "
            "InfoView restores, so it was not restored; your data is as it was."
        )
    backup = read_backup(data, schema_version=schema_version)
    problems = value_problems(backup.tables)  # every value, before a row is written
    problems += point_value_problems(backup.tables, most=REASONS_SHOWN - len(problems))
    if problems:
        raise BackupError(refusal(problems))
    return upgraded(backup)  # an earlier data version gains what opening it would give


def restore_backup(*, data: bytes) -> dict[str, int]:
    """Restore a JSON backup into this (empty) data folder; return the rows per table.

    Raises:
        BackupError: when the file is not a backup this InfoView can restore.
        DomainError: when the data folder already holds data (nothing is mixed).
    """
    backup = checked_backup(data, schema_version=user_version())
    try:
        with database.atomic():
            if not database_is_empty():
                raise DomainError(
                    "InfoView restores a backup only into an empty data folder, so that "
                    "nothing is mixed or overwritten. Start InfoView with a new data folder "
                    "(--data-dir) and restore the backup there."
                )
            _check_tables(backup)
            for name in _REPLACEABLE:
                if name in backup.tables:
                    run_sql(f'DELETE FROM "{name}"')
            run_sql("PRAGMA defer_foreign_keys = ON")
            for name, table in backup.tables.items():
                _insert(name, table)
            rebuild_search_index()  # derived data, never in a backup
    except (IntegrityError, sqlite3.IntegrityError) as error:
        raise BackupError(
            f"This InfoView backup is damaged ({error}). Nothing was changed."
        ) from error
    return backup.row_counts()


def _check_tables(backup: Backup) -> None:
    present = set(table_names())
    for name, table in backup.tables.items():
        if name not in present:
            raise BackupError(f"This backup has a table this InfoView does not know: {name}.")
        cursor = run_sql(f'SELECT * FROM "{name}" LIMIT 0')
        known = {str(column[0]) for column in cursor.description}
        unknown = sorted(set(table.columns) - known)
        if unknown or len(set(table.columns)) != len(table.columns):
            raise BackupError(
                f"This backup's table {name} has columns this InfoView does not know: "
                f"{', '.join(unknown) or 'a repeated column'}."
            )


def _insert(name: str, table: TableData) -> None:
    if not table.rows:
        return
    columns = ", ".join(f'"{column}"' for column in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    sql = f'INSERT INTO "{name}" ({columns}) VALUES ({marks})'
    raw_cursor().executemany(sql, table.rows)
