"""Open a data folder's database, ready to use: private file, pragmas, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from infoview_gui.store.database import StoreError, close_database, init_database
from infoview_gui.store.migrations import migrate


def open_store(
    path: Path, *, before_migrate: Callable[[int], None] | None = None
) -> SqliteDatabase:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    Raises:
        StoreError: the file is not a database InfoView can use; it was left untouched.
    """
    try:
        db = init_database(path)
        migrate(db, before=before_migrate)
    except StoreError:
        close_database()
        raise
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        raise StoreError(
            f"InfoView could not read its data file {path} ({exc}). The file was left as it is."
        ) from exc
    return db
