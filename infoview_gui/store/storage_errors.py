"""The StorageErrors raised for disk trouble, which are *also* Peewee errors.

Kept apart from ``write_errors`` so that the connection can be opened without importing
Peewee: this module is imported when the first such error happens.
"""

from __future__ import annotations

from peewee import OperationalError

from infoview_gui.domain.errors import (
    BusyStorageError,
    DamagedStorageError,
    DiskError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
)

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StoreFullError(StorageFullError, OperationalError):
    """The disk is full (SQLITE_FULL)."""


class StoreReadOnlyError(ReadOnlyStorageError, OperationalError):
    """The database or its folder is read-only (SQLITE_READONLY)."""


class StoreDiskError(DiskError, OperationalError):
    """An I/O error (SQLITE_IOERR)."""


class StoreDamagedError(DamagedStorageError, OperationalError):
    """The file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB)."""


class StoreBusyError(BusyStorageError, OperationalError):
    """Another connection kept the database locked past the busy timeout (SQLITE_BUSY)."""


BY_CODE: dict[int, type[StorageError]] = {
    SQLITE_BUSY: StoreBusyError,
    SQLITE_LOCKED: StoreBusyError,
    SQLITE_FULL: StoreFullError,
    SQLITE_READONLY: StoreReadOnlyError,
    SQLITE_IOERR: StoreDiskError,
    SQLITE_CORRUPT: StoreDamagedError,
    SQLITE_NOTADB: StoreDamagedError,
}
