"""Open a data folder's database, ready to use: private file, pragmas, migrations.

``open_data_file`` needs no Peewee when the file is up to date (every start but the first
after an upgrade); ``open_store`` is the same, returning Peewee's database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from infoview_gui.domain.errors import UserError
from infoview_gui.domain.i18n import _
from infoview_gui.store import change_log, connection, migrations
from infoview_gui.store.connection import StoreError, peek_user_version
from infoview_gui.store.write_errors import translated

if TYPE_CHECKING:
    from peewee import SqliteDatabase

Hook = Callable[[int], None]


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
    migrations.refuse_newer(version)
    if tables and version == 0:
        raise StoreError(_("This file is not an InfoView database, so InfoView left it untouched."))


def _unreadable(path: Path, exc: Exception) -> UserError:
    """The sentence for an SQLite error met opening ``path``: the disk's, or SQLite's own."""
    better = translated(exc, str(path.parent))
    if better is not None:
        return better
    return StoreError(
        _(
            "InfoView could not read its data file {path} (SQLite said: {exc}). The file was "
            "left as it is. Run 'infoview check', or start the InfoView window: it checks the "
            "file and offers to restore a backup."
        ).format(path=path, exc=exc)
    )


def _migrate(path: Path, before_migrate: Hook | None) -> None:
    from peewee import DatabaseError

    from infoview_gui.store.database import database

    try:
        migrations.migrate(database, before=before_migrate)
    except DatabaseError as exc:
        raise _unreadable(path, exc) from exc


def open_data_file(
    path: Path, *, before_migrate: Hook | None = None, record_changes: bool = True
) -> None:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    ``record_changes`` starts ``change_log`` at once; the window starts it itself, after
    its first paint (nothing is written before).

    Raises:
        StoreError: the file is not a database InfoView can use; it was left untouched.
    """
    version = peek_user_version(path)
    migrations.refuse_newer(version)
    if version == 0:
        _refuse_foreign(path)
    try:
        conn = connection.open_connection(path)
        if version is None and not conn.execute("SELECT 1 FROM sqlite_master").fetchone():
            migrations.create_first_schema(conn)  # a new file
        if connection.user_version() != migrations.SCHEMA_VERSION:
            _migrate(path, before_migrate)
        if record_changes:
            change_log.install(conn)
    except sqlite3.DatabaseError as exc:
        connection.close_connection()
        raise _unreadable(path, exc) from exc
    except BaseException:
        connection.close_connection()
        raise


def open_store(path: Path, *, before_migrate: Hook | None = None) -> SqliteDatabase:
    """Open the database at ``path`` as ``open_data_file``; return Peewee's database."""
    open_data_file(path, before_migrate=before_migrate)
    from infoview_gui.store.database import database

    return database
