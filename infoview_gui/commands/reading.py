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
from infoview_gui.domain.errors import StorageError, UserError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.paths import AppPaths
from infoview_gui.store.database import close_database, init_database, peek_user_version
from infoview_gui.store.migrations import SCHEMA_VERSION, check_version, refuse_newer
from infoview_gui.store.write_errors import translated

UNREADABLE = N_(
    "InfoView could not read its data file; it was left as it is. Start the InfoView "
    "window: it checks the file and offers to restore a backup"
)


def sqlite_said(error: Exception) -> str:
    """Return the sentence for a data file SQLite cannot read, with SQLite's words."""
    return _("{unreadable} (SQLite said: {error}).").format(unreadable=_(UNREADABLE), error=error)


@contextmanager
def reading(
    paths: AppPaths, refusal: type[CommandError] = CommandError, *, command: str = ""
) -> Iterator[None]:
    """Open the database of ``paths`` for the block; close it after.

    Every ``UserError`` raised in the block, and a database that cannot be read, becomes
    ``refusal`` with the same sentence (its ``exit_code`` is the command's).
    """
    if not paths.database.exists():
        raise refusal(_("There is no InfoView data in {folder} yet.").format(folder=paths.data_dir))
    try:
        refuse_newer(peek_user_version(paths.database))
        db = init_database(paths.database)
        if check_version(db) != SCHEMA_VERSION:
            raise refusal(_("Open InfoView once to bring this data up to date first."))
        yield
    except refusal:
        raise
    except StorageError as exc:  # the disk: said for the command, which kept no typing
        raise refusal(exc.for_command(command)) from exc
    except UserError as exc:
        raise refusal(str(exc)) from exc
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        better = translated(exc, str(paths.data_dir))
        said = better.for_command(command) if better else sqlite_said(exc)
        raise refusal(said) from exc
    finally:
        close_database()
