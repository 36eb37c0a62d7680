"""Checks of the database file: SQLite's own, and the foreign keys."""

from __future__ import annotations

from peewee import SqliteDatabase


def integrity_problems(db: SqliteDatabase) -> list[str]:
    """Return SQLite's integrity and foreign-key problems, in words; empty when sound."""
    problems = [
        str(row[0]) for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"
    ]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems
