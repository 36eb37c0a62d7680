"""Restoring a JSON backup (P10): every value checked, row for row, into an empty folder.

Nothing is mixed: a folder that holds the user's data refuses the restore, and a backup
with a value InfoView would never store is refused as a whole, the data as it was.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import IO

from peewee import IntegrityError

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.backup_check import REASONS_SHOWN, refusal, value_problems
from infoview_gui.exchange.backup_stream import BackupReader
from infoview_gui.exchange.json_backup import Backup, BackupError, TableData, Value, read_backup
from infoview_gui.exchange.point_checks import point_value_problems, row_checker
from infoview_gui.services.backup_upgrade import upgraded
from infoview_gui.services.export_stream import Report, no_report
from infoview_gui.services.exports import raw_cursor, run_sql, table_names
from infoview_gui.store.database import database, user_version
from infoview_gui.store.migrations import SCHEMA_VERSION

MAX_BACKUP_BYTES = 1024 * 1024 * 1024
"""The largest backup a restore reads (1 GB). It streams, so memory does not set the
limit any more (the 50 MB of other imports): a 300,000-contact backup is about 0.4 GB."""
Row = tuple[Value, ...]

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

    In memory: for a backup from an earlier data version (small, and upgraded whole)
    and the tests; a restore streams (:func:`restore_file`).

    Raises:
        BackupError: the file is too big, is not a backup this InfoView restores, or
            holds a value InfoView would never store (the first few are named).
    """
    refuse_big(len(data))
    backup = read_backup(data, schema_version=schema_version)
    problems = value_problems(backup.tables)  # every value, before a row is written
    problems += point_value_problems(backup.tables, most=REASONS_SHOWN - len(problems))
    if problems:
        raise BackupError(refusal(problems))
    return upgraded(backup)  # an earlier data version gains what opening it would give


def refuse_big(size: int) -> None:
    """Refuse a backup over :data:`MAX_BACKUP_BYTES` before reading it.

    Raises:
        BackupError: it is larger.
    """
    if size > MAX_BACKUP_BYTES:
        raise BackupError(
            _(
                "This backup is larger than {size}, the most InfoView restores, so it was not "
                "restored; your data is as it was."
            ).format(size=_size(MAX_BACKUP_BYTES))
        )


def _size(size: int) -> str:
    mega = size // (1024 * 1024)
    return f"{mega // 1024} GB" if mega >= 1024 else f"{mega} MB"


def restore_backup(*, data: bytes) -> dict[str, int]:
    """Restore a JSON backup held in memory; see :func:`restore_file`."""
    refuse_big(len(data))
    return _restore(io.BytesIO(data), len(data), no_report)


def restore_file(*, path: Path, report: Report = no_report) -> dict[str, int]:
    """Restore a JSON backup into this (empty) data folder; return the rows per table.

    The file is read as it is written, row by row, each row checked with the dialogs'
    rules and inserted in one transaction; a bad value, a damaged file, a cancel
    (``report`` raising) or a full disk rolls it all back: the data as it was.

    Raises:
        BackupError: when the file is not a backup this InfoView can restore.
        DomainError: when the data folder already holds data (nothing is mixed).
        OSError: when the file cannot be read.
    """
    size = path.stat().st_size
    refuse_big(size)
    with path.open("rb") as handle:
        return _restore(handle, size, report)


def check_file(*, path: Path) -> dict[str, int]:
    """Read and check a backup as :func:`restore_file` does, writing nothing (a dry run).

    Returns:
        The rows per table it would restore.

    Raises:
        BackupError: when the file is not a backup this InfoView can restore.
        OSError: when the file cannot be read.
    """
    size = path.stat().st_size
    refuse_big(size)
    problems: list[str] = []
    counts: dict[str, int] = {}
    with path.open("rb") as handle:
        reader = BackupReader(handle, schema_version=SCHEMA_VERSION)
        for name, columns, rows in _tables(reader):
            counts[name] = sum(1 for _ in _checked(name, columns, rows, problems, _nothing))
    if problems:
        raise BackupError(refusal(problems))
    return counts


def _nothing() -> None:
    """No progress to tell."""


def _restore(handle: IO[bytes], size: int, report: Report) -> dict[str, int]:
    # The search index is not in a backup: its triggers index each row as it is put back.
    reader = BackupReader(handle, schema_version=user_version())
    progress = partial(_progress, reader, size, report)
    progress()
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        with database.atomic():
            if not database_is_empty():
                raise DomainError(NOT_EMPTY)
            present = set(table_names())
            run_sql("PRAGMA defer_foreign_keys = ON")
            for name, columns, rows in _tables(reader):
                progress()
                _check_table(name, columns, present)
                if name in _REPLACEABLE:
                    run_sql(f'DELETE FROM "{name}"')
                counts[name] = _insert(
                    name, columns, _checked(name, columns, rows, problems, progress)
                )
            if problems:
                raise BackupError(refusal(problems))
    except (IntegrityError, sqlite3.IntegrityError) as error:
        raise BackupError(
            _("This InfoView backup is damaged ({error}). Nothing was changed.").format(error=error)
        ) from error
    return counts


NOT_EMPTY = (
    "InfoView restores a backup only into an empty data folder, so that nothing is mixed "
    "or overwritten. Start InfoView with a new data folder (--data-dir) and restore the "
    "backup there."
)


def _progress(reader: BackupReader, size: int, report: Report) -> None:
    report(reader.bytes_read, max(size, 1))


def _tables(reader: BackupReader) -> Iterator[tuple[str, tuple[str, ...], Iterator[Row]]]:
    """The backup's tables as they stream, or (from an earlier data version) upgraded."""
    if reader.schema_version >= SCHEMA_VERSION:
        yield from reader.tables()
        return
    tables = {name: TableData(columns, list(rows)) for name, columns, rows in reader.tables()}
    backup = upgraded(Backup(reader.schema_version, tables))
    for name, table in backup.tables.items():
        yield name, table.columns, iter(table.rows)


def _checked(
    name: str,
    columns: tuple[str, ...],
    rows: Iterator[Row],
    problems: list[str],
    progress: Callable[[], None],
) -> Iterator[Row]:
    """Yield the rows while every value is sound; note the reasons of those that are not.

    Raises:
        BackupError: as soon as enough reasons are known to refuse the backup.
    """
    check = row_checker(name, columns)
    for number, row in enumerate(rows, start=1):
        if number % 1000 == 0:
            progress()
        found = check(number, row)
        if found:
            problems.extend(found[: REASONS_SHOWN - len(problems)])
            if len(problems) >= REASONS_SHOWN:
                raise BackupError(refusal(problems))
        elif not problems:
            yield row


def _check_table(name: str, columns: tuple[str, ...], present: set[str]) -> None:
    if name not in present:
        raise BackupError(
            _("This backup has a table this InfoView does not know: {name}.").format(name=name)
        )
    cursor = run_sql(f'SELECT * FROM "{name}" LIMIT 0')
    known = {str(column[0]) for column in cursor.description}
    unknown = sorted(set(columns) - known)
    if unknown or len(set(columns)) != len(columns):
        raise BackupError(
            _(
                "This backup's table {name} has columns this InfoView does not know: {value}."
            ).format(name=name, value=", ".join(unknown) or _("a repeated column"))
        )


def _insert(name: str, columns: tuple[str, ...], rows: Iterator[Row]) -> int:
    counted = 0

    def counting() -> Iterator[Row]:
        nonlocal counted
        for row in rows:
            counted += 1
            yield row

    listed = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{name}" ({listed}) VALUES ({marks})'
    raw_cursor().executemany(sql, counting())
    return counted
