"""The one SQLite connection of InfoView, opened without Peewee.

Peewee's ``database`` (``store.database``) runs every query on this same connection. The
first screen reads with plain SQL (``store.overview``) before Peewee is imported at all:
Peewee and the models take about 40 ms to import, a fifth of a start.

``synchronous=NORMAL`` in WAL mode: every commit is atomic and survives a crash of the
app; a power cut can lose the last few commits but never corrupts the file. FULL would
add an fsync to every keystroke-sized commit for little gain to a personal notebook.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from infoview_gui.domain.errors import UserError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.os_errors import advice, reason
from infoview_gui.paths import FILE_MODE
from infoview_gui.store.write_errors import GuardedConnection

SYNCHRONOUS = "normal"
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": SYNCHRONOUS,
    "busy_timeout": 5000,
    "cache_size": -8000,
}
SQLITE_MAGIC = b"SQLite format 3\x00"

_open: list[tuple[sqlite3.Connection, Path]] = []  # the connection and its file, when open
_closing: list[Callable[[], None]] = []  # told before the connection closes
_thread = threading.local()  # a worker thread's own connection, while it has one


class StoreError(UserError):
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
        raise StoreError(
            _("InfoView cannot read its data file {path}: {reason}. {advice}").format(
                path=path, reason=reason(exc), advice=advice(exc)
            )
        ) from exc
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(
            _("The data file {path} is damaged or is not an InfoView database.").format(path=path)
        )
    return int.from_bytes(header[60:64], "big")


def open_connection(path: Path) -> sqlite3.Connection:
    """Open ``path`` (created private if missing) with our pragmas; close any other first.

    Autocommit mode (``isolation_level=None``): transactions are begun explicitly, by
    Peewee's ``atomic()``.
    """
    close_connection()
    create_private_file(path)
    conn = _connect(path)
    _open.append((conn, path))
    return conn


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=5, isolation_level=None, factory=GuardedConnection)
    try:
        for name, value in PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
    except BaseException:
        conn.close()
        raise
    return conn


def leave_checkpoints_to_workers() -> None:
    """Stop the window's connection from copying the journal into the file as it commits.

    SQLite does it in the commit that takes the journal past 1,000 pages (a checkpoint:
    megabytes written and synced), which would stop the window for a fifth of a second
    after a large write; ``checkpoint`` does it instead, from a worker's connection.
    The connection still checkpoints when it closes.
    """
    current().execute("PRAGMA wal_autocheckpoint = 0")


def checkpoint() -> tuple[int, int]:
    """Copy what the journal holds into the data file, waiting for nobody.

    Returns the journal's pages and how many of them are now in the file (a reader still
    on an older moment keeps the rest for a later checkpoint).
    """
    row = current().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return (int(row[1]), int(row[2])) if row else (0, 0)


@contextmanager
def own_connection() -> Iterator[sqlite3.Connection]:
    """Give the calling (worker) thread its own connection to the open data file.

    While it lasts, :func:`current` (and so Peewee's ``database``, the services and the
    plain-SQL reads) answers that connection in this thread; the window's connection is
    never used from two threads. In WAL mode its reads never wait for the window's
    writes, and the window's reads never wait for its writes.

    Raises:
        StoreError: no data file is open.
    """
    conn = _connect(open_path())
    _thread.conn = conn
    try:
        yield conn
    finally:
        for listener in _closing:  # Peewee forgets it (its state is per thread)
            listener()
        _thread.conn = None
        conn.close()


def current() -> sqlite3.Connection:
    """Return the open connection (a worker thread's own, when it has one).

    Raises:
        StoreError: no data file is open.
    """
    own: sqlite3.Connection | None = getattr(_thread, "conn", None)
    if own is not None:
        return own
    if not _open:
        raise StoreError(_("InfoView has no data file open."))
    return _open[0][0]


def open_path() -> Path:
    """Return the file of the open connection.

    Raises:
        StoreError: no data file is open.
    """
    current()
    return _open[0][1]


def is_open() -> bool:
    """Return True while a data file is open."""
    return bool(_open)


def read(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run one query on the open connection and return its rows."""
    return list(current().execute(sql, params).fetchall())


def on_close(listener: Callable[[], None]) -> None:
    """Call ``listener`` before the connection is closed (Peewee forgets it then)."""
    _closing.append(listener)


def close_connection() -> None:
    """Close the connection if one is open."""
    if not _open:
        return
    for listener in _closing:
        listener()
    _open.pop()[0].close()


def user_version() -> int:
    """Return the schema version stored in the open database."""
    return int(read("PRAGMA user_version")[0][0])
