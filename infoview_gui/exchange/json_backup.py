"""Everything InfoView stores, as one JSON file, and back.

The file holds every table as its column names and its rows, each value exactly as
SQLite stores it (text, integer, real or null; a blob as ``{"base64": ...}``), so that a
restore gives back the database row for row. It says which backup format and which
schema version wrote it; a reader refuses a file from a newer InfoView rather than guess.

```json
{"format": "infoview-backup", "version": 1, "schema_version": 1,
 "app_version": "0.1.0", "created_at": "2026-03-01T09:00:00+00:00",
 "tables": {"contact": {"columns": ["id", ...], "rows": [[1, ...], ...]}, ...}}
```

Pure: the services read and write the database; this module only turns tables into
bytes and bytes into tables.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
from dataclasses import dataclass
from typing import Any

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.records import ImportFileError

FORMAT_NAME = "infoview-backup"
FORMAT_VERSION = 2
"""The layout of the file itself; a file with a higher number is refused.

1. The first backups (data version 1).
2. Data version 2 and later: contacts carry a ``uid`` and labels, and their further
   emails, phones and web addresses are in table ``contact_point``. A format-1 file
   still restores: the restore upgrades its data as opening an old data folder does.
"""

Value = str | int | float | bytes | None
_MARKER = f'"format": "{FORMAT_NAME}"'.encode()


class BackupError(ImportFileError):
    """A backup file cannot be restored; ``str(error)`` tells the user why."""


@dataclass(frozen=True)
class TableData:
    """One table: its column names and its rows, values as SQLite stores them."""

    columns: tuple[str, ...]
    rows: list[tuple[Value, ...]]


@dataclass(frozen=True)
class Backup:
    """The whole database at one moment."""

    schema_version: int
    tables: dict[str, TableData]
    app_version: str = ""
    created_at: str = ""

    def row_counts(self) -> dict[str, int]:
        """Return how many rows each table holds."""
        return {name: len(table.rows) for name, table in self.tables.items()}


def write_backup(backup: Backup) -> bytes:
    """Return the backup as UTF-8 JSON bytes (as ``backup_stream.BackupWriter`` writes it)."""
    from infoview_gui.exchange.backup_stream import BackupWriter

    buffer = io.StringIO()
    writer = BackupWriter(buffer)
    writer.begin(
        schema_version=backup.schema_version,
        app_version=backup.app_version,
        created_at=backup.created_at,
    )
    for name, table in backup.tables.items():
        writer.table(name, table.columns, table.rows)
    writer.end()
    return buffer.getvalue().encode("utf-8")


def encode_row(row: tuple[Value, ...]) -> list[Any]:
    """Return a row as JSON values (a blob as ``{"base64": ...}``)."""
    return [
        {"base64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value
        for value in row
    ]


def looks_like_backup(data: bytes) -> bool:
    """Tell quickly whether a file is an InfoView backup (from its first bytes)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and _MARKER in head.replace(b'":"', b'": "')


def read_backup(data: bytes, *, schema_version: int) -> Backup:
    """Read a whole backup written by :func:`write_backup` (``BackupReader`` streams one).

    Args:
        data: the whole file.
        schema_version: the schema version of this InfoView's database.

    Raises:
        BackupError: when the file is not an InfoView backup, is damaged, or comes from
            a newer InfoView. An older data version is returned as it is: the restore
            upgrades it.
    """
    from infoview_gui.exchange.backup_stream import BackupReader

    reader = BackupReader(io.BytesIO(data), schema_version=schema_version)
    tables = {name: TableData(columns, list(rows)) for name, columns, rows in reader.tables()}
    return Backup(reader.schema_version, tables, reader.app_version, reader.created_at)


def check_header(header: dict[str, object], ours: int) -> int:
    """Check a backup's format and versions; return its data version.

    Raises:
        BackupError: not a backup, damaged, or from a newer InfoView.
    """
    if header.get("format") != FORMAT_NAME:
        raise BackupError(_("This file is not an InfoView backup."))
    version = _integer(header.get("version"), "version")
    if version > FORMAT_VERSION:
        raise BackupError(
            _(
                "This backup was made by a newer InfoView (backup format {version}; this "
                "InfoView reads up to format {ours}). Install the newer InfoView "
                "to restore it. Nothing was changed."
            ).format(version=version, ours=FORMAT_VERSION)
        )
    schema = _integer(header.get("schema_version"), "schema_version")
    _check_schema(schema, ours)
    return schema


def _check_schema(schema: int, ours: int) -> None:
    if schema > ours:
        raise BackupError(
            _(
                "This backup holds data from a newer InfoView (data version {version}; this "
                "InfoView reads up to version {ours}). Install the newer InfoView to restore "
                "it. Nothing was changed."
            ).format(version=schema, ours=ours)
        )
    if schema < 1:
        raise damaged(_("its data version is missing"))


def damaged(why: str) -> BackupError:
    """The refusal of a damaged backup, saying ``why``."""
    return BackupError(
        _("This InfoView backup is damaged ({why}). Nothing was changed.").format(why=why)
    )


def _integer(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise damaged(_("its {name} is missing").format(name=name))
    return value


def decode_row(row: object, columns: tuple[str, ...], name: str, number: int) -> tuple[Value, ...]:
    """Return row ``number`` of table ``name`` as SQLite values, or refuse it as damaged."""
    if not isinstance(row, list) or len(row) != len(columns):
        raise damaged(
            _("row {number} of table {name} does not fit its columns").format(
                number=number, name=name
            )
        )
    return tuple(_decode_value(value, name, number) for value in row)


def _decode_value(value: object, table: str, number: int) -> Value:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and not math.isnan(value):
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except (binascii.Error, ValueError):
            pass
    raise damaged(
        _("row {number} of table {name} holds a value InfoView does not store").format(
            number=number, name=_shown(table)
        )
    )


def _shown(table: str) -> str:
    """Return a table name as the messages show it."""
    return table.replace("_", " ")
