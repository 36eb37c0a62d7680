"""Checks of a database file: SQLite's own, and the foreign keys."""

from __future__ import annotations

import sqlite3


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Return SQLite's integrity and foreign-key problems, in words; empty when sound."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems
