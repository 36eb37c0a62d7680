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

import sqlite3
from typing import Any

from infoview_gui.domain.errors import StorageError

# The error classes live in ``storage_errors`` (they subclass Peewee's errors); it is
# imported only when an error needs one.


def translated(error: BaseException) -> StorageError | None:
    """Return the StorageError for an SQLite error about the disk, or None for others.

    Accepts a ``sqlite3.Error`` or a peewee error wrapping one.
    """
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    from infoview_gui.store.storage_errors import BY_CODE

    kind = BY_CODE.get(code & 0xFF)
    return None if kind is None else kind()


def _raise_translated(error: sqlite3.Error) -> None:
    better = translated(error)
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
            _raise_translated(exc)
            raise
        return self

    def executemany(self, sql: str, parameters: Any, /) -> GuardedCursor:
        """Run one statement for many rows of parameters."""
        try:
            super().executemany(sql, parameters)
        except sqlite3.Error as exc:
            _raise_translated(exc)
            raise
        return self

    def executescript(self, script: str, /) -> GuardedCursor:
        """Run several statements."""
        try:
            super().executescript(script)
        except sqlite3.Error as exc:
            _raise_translated(exc)
            raise
        return self


class GuardedConnection(sqlite3.Connection):
    """The connection class InfoView opens (``sqlite3.connect(..., factory=...)``)."""

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
            _raise_translated(exc)
            raise
