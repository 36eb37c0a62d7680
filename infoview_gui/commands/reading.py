"""Open the data folder to read it, as the commands that only read it do.

No migration and no repair: a file of an older version is refused with a sentence (open
InfoView once to bring it up to date), as is a file that is not a database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import DatabaseError

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.domain.errors import UserError
from infoview_gui.paths import AppPaths
from infoview_gui.store.database import close_database, init_database, peek_user_version
from infoview_gui.store.migrations import SCHEMA_VERSION, check_version, refuse_newer


@contextmanager
def reading(paths: AppPaths, refusal: type[CommandError] = CommandError) -> Iterator[None]:
    """Open the database of ``paths`` for the block; close it after.

    Every ``UserError`` raised in the block, and a database that cannot be read, becomes
    ``refusal`` with the same sentence (its ``exit_code`` is the command's).
    """
    if not paths.database.exists():
        raise refusal(f"There is no InfoView data in {paths.data_dir} yet.")
    try:
        refuse_newer(peek_user_version(paths.database))
        db = init_database(paths.database)
        if check_version(db) != SCHEMA_VERSION:
            raise refusal("Open InfoView once to bring this data up to date first.")
        yield
    except refusal:
        raise
    except UserError as exc:
        raise refusal(str(exc)) from exc
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        raise refusal(f"The database file cannot be read: {exc}") from exc
    finally:
        close_database()
