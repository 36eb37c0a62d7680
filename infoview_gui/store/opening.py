"""Open a data folder's database, ready to use: private file, pragmas, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from infoview_gui.store.database import (
    StoreError,
    close_database,
    init_database,
    peek_user_version,
)
from infoview_gui.store.migrations import migrate, refuse_newer


def _refuse_foreign(path: Path) -> None:
    """Refuse, before touching it, an SQLite file that has tables but no InfoView version.

    The header alone can be out of date: after a crash, the schema may still be in the
    ``-wal`` file, which a read-only connection sees.
    """
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return  # the normal open below reports what is wrong
    refuse_newer(version)
    if tables and version == 0:
        raise StoreError("This file is not an InfoView database, so InfoView left it untouched.")


def open_store(
    path: Path, *, before_migrate: Callable[[int], None] | None = None
) -> SqliteDatabase:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    Raises:
        StoreError: the file is not a database InfoView can use; it was left untouched.
    """
    version = peek_user_version(path)
    refuse_newer(version)
    if version == 0:
        _refuse_foreign(path)
    try:
        db = init_database(path)
        migrate(db, before=before_migrate)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        raise StoreError(
            f"InfoView could not read its data file {path} ({exc}). The file was left as it is."
        ) from exc
    except BaseException:
        close_database()
        raise
    return db
