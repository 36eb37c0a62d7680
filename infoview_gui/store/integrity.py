"""Checks of a database file: SQLite's own, and the foreign keys."""

from __future__ import annotations

import sqlite3

from infoview_gui.domain.i18n import _


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Return SQLite's integrity and foreign-key problems, in words; empty when sound."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _key in conn.execute("PRAGMA foreign_key_check").fetchall():
        said = _("{table} row {row} points to a missing {parent}")
        problems.append(said.format(row=rowid, table=table, parent=parent))
    return problems
