"""``infoview check``: is the database sound? Prints ``ok`` or the problems."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from peewee import DatabaseError

from infoview_gui.paths import AppPaths
from infoview_gui.store.database import (
    StoreError,
    close_database,
    init_database,
    peek_user_version,
)
from infoview_gui.store.integrity import integrity_problems
from infoview_gui.store.migrations import check_version, refuse_newer

NAME = "check"
HELP = "check the database: prints ok and exits 0, or the problems and exits 1"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``check`` takes no arguments of its own."""


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview check``."""
    return run_check(paths)


def run_check(paths: AppPaths) -> int:
    """Check the database's integrity and links; print ``ok`` or the problems."""
    if not paths.database.exists():
        print(f"There is no InfoView data in {paths.data_dir} yet.", file=sys.stderr)
        return 1
    try:
        refuse_newer(peek_user_version(paths.database))
        db = init_database(paths.database)
        check_version(db)
        problems = integrity_problems(db)
    except StoreError as exc:
        problems = [str(exc)]
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        problems = [f"The database file cannot be read: {exc}"]
    finally:
        close_database()
    if problems:
        for problem in problems:
            print(problem)
        return 1
    print("ok")
    return 0
