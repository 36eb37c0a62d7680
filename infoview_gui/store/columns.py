"""Column types of InfoView's tables (UTC datetimes, keys never reused) and their checks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from peewee import SQL, AutoField, Check, NodeList, TextField

from infoview_gui.domain.enums import Labelled


class UtcDateTimeField(TextField):
    """An aware datetime stored as ISO 8601 text in UTC."""

    def db_value(self, value: Any) -> Any:
        """Store an aware datetime as UTC text."""
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetimes are not stored")
            return value.astimezone(UTC).isoformat(timespec="seconds")
        return value

    def python_value(self, value: Any) -> Any:
        """Read UTC text back as an aware datetime."""
        if isinstance(value, str) and value:
            return datetime.fromisoformat(value)
        return value


class IdField(AutoField):
    """An integer key SQLite never hands out twice (AUTOINCREMENT).

    Undo puts deleted rows back under their old ids: a plain rowid key would give a
    deleted id to the next new row, and the undo would then collide with it.
    """

    def ddl(self, ctx: Any) -> Any:
        """The column's DDL, with AUTOINCREMENT."""
        return NodeList((super().ddl(ctx), SQL("AUTOINCREMENT")))


def utc_now() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)


def one_of(column: str, enum: type[Labelled], *, null: bool = False) -> SQL | NodeList:
    """Return a CHECK constraint keeping ``column`` to the values of ``enum``."""
    values = ", ".join(f"'{value}'" for value in enum.values())
    clause = f"{column} IN ({values})"
    if null:
        clause = f"{column} IS NULL OR {clause}"
    return Check(clause)


def between(column: str, low: int, high: int) -> SQL | NodeList:
    """Return a CHECK constraint keeping ``column`` within ``low..high``."""
    return Check(f"{column} BETWEEN {low} AND {high}")
