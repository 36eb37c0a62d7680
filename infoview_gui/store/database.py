"""Peewee's view of the one SQLite connection: the models and services query through it.

The connection itself (its file, pragmas and error translation) is ``store.connection``,
which opens it without Peewee; ``database`` borrows it, never opens or closes one itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from peewee import SqliteDatabase

from infoview_gui.store import connection
from infoview_gui.store.connection import (
    PRAGMAS,
    SQLITE_MAGIC,
    SYNCHRONOUS,
    NewerDatabaseError,
    StoreError,
    create_private_file,
    peek_user_version,
    user_version,
)

__all__ = [
    "PRAGMAS",
    "SQLITE_MAGIC",
    "SYNCHRONOUS",
    "NewerDatabaseError",
    "StoreError",
    "close_database",
    "create_private_file",
    "database",
    "database_size",
    "execute_many",
    "init_database",
    "peek_user_version",
    "user_version",
]


class SharedDatabase(SqliteDatabase):
    """A Peewee database on the connection ``store.connection`` opened."""

    def _connect(self) -> sqlite3.Connection:
        return connection.current()

    def _close(self, conn: sqlite3.Connection) -> None:
        """Forget the connection; ``store.connection`` closes it."""


database = SharedDatabase("infoview")


def _forget() -> None:
    if not database.is_closed():
        database.close()


connection.on_close(_forget)


def init_database(path: Path) -> SqliteDatabase:
    """Open the data file at ``path`` with our pragmas; return Peewee's database on it."""
    connection.open_connection(path)
    database.connect()
    return database


def execute_many(sql: str, params: Sequence[Sequence[object]]) -> None:
    """Run one statement for many parameter rows on the open connection."""
    database.connection().cursor().executemany(sql, params)


def close_database() -> None:
    """Close the connection if it is open."""
    connection.close_connection()


def database_size(path: Path) -> int:
    """Return the size on disk of the database with its WAL file, in bytes."""
    total = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            total += candidate.stat().st_size
        except OSError:
            continue
    return total
