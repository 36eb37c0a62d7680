"""Disk trouble in words: SQLite's full-disk, read-only and I/O errors as DomainErrors.

The connection InfoView opens is a ``GuardedConnection``: every statement and every
commit that fails because the disk is full (``SQLITE_FULL``), the file or folder cannot
be written (``SQLITE_READONLY``), the disk failed (``SQLITE_IOERR``) or the file is
damaged (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) raises a ``StorageError`` subclass that is
*also* a peewee ``OperationalError``. The services' transactions roll back as for any
error; the screens catch ``DomainError`` and show the message with the user's text still
in its field; and store code that catches ``peewee.DatabaseError`` keeps working.

The names of these classes must not be among peewee's ``EXCEPTIONS`` keys, so that
peewee's wrapper lets them through as they are.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from typing import Any

from infoview_gui.domain.errors import StorageError

# The error classes live in ``storage_errors`` (they subclass Peewee's errors); it is
# imported only when an error needs one.


FULL_BELOW_BYTES = 256 * 1024
"""A folder with less free space than this is full (SQLite needs a few pages at least)."""


def disk_is_full(folder: str | os.PathLike[str]) -> bool:
    """Tell whether the disk of ``folder`` has (next to) no free space left."""
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def folder_is_read_only(folder: str | os.PathLike[str]) -> bool:
    """Tell whether ``folder`` cannot be written (a read-only disk, or not the user's)."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return os.path.isdir(folder) and not os.access(folder, os.W_OK)


def translated(error: BaseException, folder: str = "") -> StorageError | None:
    """Return the StorageError for an SQLite error about the disk, or None for others.

    Accepts a ``sqlite3.Error`` or a peewee error wrapping one. SQLite reports a full
    disk met while growing its ``-shm`` or ``-wal`` file as an I/O error: when the disk
    of ``folder`` (the database's) is full, the user is told so; a file SQLite cannot
    open in a read-only ``folder`` is said to be read-only.
    """
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    from infoview_gui.store.storage_errors import (
        BY_CODE,
        SQLITE_CANTOPEN,
        SQLITE_IOERR,
        StoreFullError,
        StoreReadOnlyError,
    )

    kind = BY_CODE.get(code & 0xFF)
    if code & 0xFF == SQLITE_CANTOPEN and folder and folder_is_read_only(folder):
        kind = StoreReadOnlyError  # SQLite cannot make its -wal and -shm files beside it
    if kind is None:
        return None
    if code & 0xFF == SQLITE_IOERR and folder and disk_is_full(folder):
        kind = StoreFullError
    return kind()


def _raise_translated(error: sqlite3.Error, connection: sqlite3.Connection) -> None:
    better = translated(error, getattr(connection, "folder", ""))
    if better is not None:
        raise better from error


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose disk errors arrive as StorageErrors."""

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        """Run one statement; a rollback of a transaction SQLite already ended does nothing.

        After a full disk or an I/O error SQLite may roll the transaction back by itself;
        peewee's own ROLLBACK would then fail and hide the error that matters.
        """
        if not self.connection.in_transaction and sql.lstrip()[:8].upper() == "ROLLBACK":
            return self
        try:
            super().execute(sql, parameters)
        except sqlite3.Error as exc:
            _raise_translated(exc, self.connection)
            raise
        return self

    def executemany(self, sql: str, parameters: Any, /) -> GuardedCursor:
        """Run one statement for many rows of parameters."""
        try:
            super().executemany(sql, parameters)
        except sqlite3.Error as exc:
            _raise_translated(exc, self.connection)
            raise
        return self

    def executescript(self, script: str, /) -> GuardedCursor:
        """Run several statements."""
        try:
            super().executescript(script)
        except sqlite3.Error as exc:
            _raise_translated(exc, self.connection)
            raise
        return self


class GuardedConnection(sqlite3.Connection):
    """The connection class InfoView opens (``sqlite3.connect(..., factory=...)``).

    Attributes:
        folder: the folder of the database file (where a full disk is looked for).
    """

    def __init__(self, database: str | os.PathLike[str], *args: Any, **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        name = os.fspath(database)
        uri = name.startswith("file:") or name == ":memory:"
        self.folder = "" if uri else os.path.dirname(os.path.abspath(name))

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        """Return a guarded cursor (or one of ``factory``)."""
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        """Run one statement on a new guarded cursor."""
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        """Run one statement for many rows on a new guarded cursor."""
        return self.cursor().executemany(sql, parameters)

    def commit(self) -> None:
        """Commit; a disk error arrives as a StorageError."""
        try:
            super().commit()
        except sqlite3.Error as exc:
            _raise_translated(exc, self)
            raise
