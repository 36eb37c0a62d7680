"""The one SQLite connection of InfoView: opening, pragmas, and versioning.

``synchronous=NORMAL`` in WAL mode: every commit is atomic and survives a crash of the
app; a power cut can lose the last few commits but never corrupts the file. FULL would
add an fsync to every keystroke-sized commit for little gain to a personal notebook.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from peewee import SqliteDatabase

from infoview_gui.paths import FILE_MODE
from infoview_gui.store.write_errors import GuardedConnection

database = SqliteDatabase(None)

SYNCHRONOUS = "normal"
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": SYNCHRONOUS,
    "busy_timeout": 5000,
    "cache_size": -8000,
}


class StoreError(Exception):
    """The database cannot be used; the message is meant for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer InfoView than this one."""


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and private (0600) unless it exists already.

    SQLite then opens an existing file, and its ``-wal`` and ``-shm`` files inherit the
    permissions of the database file.
    """
    if path.exists():
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


SQLITE_MAGIC = b"SQLite format 3\x00"


def peek_user_version(path: Path) -> int | None:
    """Read the schema version from the file header without opening the database.

    Returns None for a missing or empty file. Lets InfoView refuse a file before
    SQLite changes a single byte of it (switching to WAL rewrites the header).

    Raises:
        StoreError: the file is not an SQLite database.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"InfoView cannot read its data file {path}: {exc.strerror}.") from exc
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(f"The data file {path} is damaged or is not an InfoView database.")
    return int.from_bytes(header[60:64], "big")


def init_database(path: Path) -> SqliteDatabase:
    """Point the deferred database at ``path`` with our pragmas and connect."""
    if not database.is_closed():
        database.close()
    create_private_file(path)
    # Disk errors become StorageErrors the screens can show: see write_errors.
    database.init(str(path), pragmas=PRAGMAS, factory=GuardedConnection)
    database.connect()
    return database


def execute_many(sql: str, params: Sequence[Sequence[object]]) -> None:
    """Run one statement for many parameter rows on the open connection."""
    database.connection().cursor().executemany(sql, params)


def close_database() -> None:
    """Close the connection if it is open."""
    if database.deferred:
        return
    if not database.is_closed():
        database.close()


def user_version() -> int:
    """Return the schema version stored in the database file."""
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def database_size(path: Path) -> int:
    """Return the size on disk of the database with its WAL file, in bytes."""
    total = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            total += candidate.stat().st_size
        except OSError:
            continue
    return total
