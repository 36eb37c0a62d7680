"""``infoview check``: is the data sound? Prints ``ok`` or the problems.

Checks, in order: the file itself before opening it (damage is reported without a byte
being changed), SQLite's integrity and links, then InfoView's own rules about its data
(``services.invariants``); ``--fix`` repairs what can be repaired safely, and refuses
while an InfoView window has the data folder open.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from peewee import DatabaseError

from infoview_gui.commands.reading import sqlite_said
from infoview_gui.commands.window_lock import refuse_while_window_open
from infoview_gui.domain.errors import StorageError
from infoview_gui.domain.i18n import _
from infoview_gui.paths import AppPaths
from infoview_gui.store.database import (
    StoreError,
    close_database,
    init_database,
    peek_user_version,
)
from infoview_gui.store.integrity import integrity_problems
from infoview_gui.store.migrations import SCHEMA_VERSION, check_version, refuse_newer
from infoview_gui.store.write_errors import translated

NAME = "check"
HELP = "check the data: prints ok and exits 0, or the problems and exits 1"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``check --fix`` also repairs what InfoView can repair safely."""
    parser.add_argument(
        "--fix",
        action="store_true",
        help="repair what can be repaired safely (scores, orders, search text) and say "
        "what; close InfoView first",
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview check``."""
    return run_check(paths, fix=bool(getattr(args, "fix", False)))


def _damage(paths: AppPaths) -> str:
    from infoview_gui.store.recovery import diagnose

    found = diagnose(paths.database, paths.backups_dir)
    return found.problem if found.needs_recovery else ""


def _invariants(paths: AppPaths, *, fix: bool) -> tuple[list[str], list[str]]:
    from infoview_gui.services.invariants import check_invariants

    report = check_invariants(cards_dir=paths.cards_dir, fix=fix)
    return report.problems, report.fixed


def _read_only_check(paths: AppPaths) -> list[str]:
    """Check the file without writing anything: for a data folder that is read-only."""
    said = _(
        "The data folder {folder} is read-only: InfoView checked the file without opening "
        "it for writing, and could not check its own rules."
    )
    print(said.format(folder=paths.data_dir))
    uri = f"{paths.database.resolve().as_uri()}?immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def _report(problems: list[str], fixed: list[str]) -> int:
    for line in fixed:
        print(_("fixed: {problem}").format(problem=line))
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("ok")
    return 0


def run_check(paths: AppPaths, *, fix: bool = False) -> int:
    """Check the database's integrity, links and rules; print ``ok`` or the problems."""
    if not paths.database.exists():
        print(
            _("There is no InfoView data in {folder} yet.").format(folder=paths.data_dir),
            file=sys.stderr,
        )
        return 1
    if damage := _damage(paths):
        print(damage)
        print(_("The data file is damaged. Start InfoView to restore a backup; it keeps the file."))
        return 1
    if not os.access(paths.data_dir, os.W_OK):
        return _report(_read_only_check(paths), [])
    if fix:
        refuse_while_window_open(paths, "infoview check --fix")
    fixed: list[str] = []
    try:
        refuse_newer(peek_user_version(paths.database))
        db = init_database(paths.database)
        version = check_version(db)
        problems = integrity_problems(db.connection())
        if version == SCHEMA_VERSION:
            rules, fixed = _invariants(paths, fix=fix)
            problems += rules
    except StorageError as exc:  # the disk, while checking: said for this command
        problems = [exc.for_command(NAME)]
    except StoreError as exc:
        problems = [str(exc)]
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        better = translated(exc, str(paths.data_dir))
        problems = [better.for_command(NAME) if better else sqlite_said(exc)]
    finally:
        close_database()
    return _report(problems, fixed)
