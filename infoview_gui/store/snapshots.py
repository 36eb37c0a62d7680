"""Snapshots of rows about to be deleted, so that a deletion can be undone exactly.

A snapshot follows the foreign keys from the deleted rows: children that ``ON DELETE
CASCADE`` would remove are kept whole (and their own children, and so on); rows that
``ON DELETE SET NULL`` would unlink are remembered with the link they had. Restoring puts
every row back with its old id and re-links the others, in one transaction.

Rows are kept as the plain tuples SQLite gives (no Peewee conversion either way), read a
table at a time in batches of ids, and put back with one prepared statement per table
(``executemany``): at 100,000 contacts with their interviews a snapshot and its restore
take seconds, not a minute. ``report(done, total)``, when given, is called between
batches (a worker's progress callback; it may raise to stop the work, which rolls back).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import CompositeKey, Field, ForeignKeyField, Model

from infoview_gui.store.database import database, execute_many

_BATCH = 900  # ids per statement, under SQLite's oldest limit on parameters (999)
_PART = 5000  # ids followed (with what hangs on them) between two progress reports
Progress = Callable[[int, int], None]


@dataclass
class TableRows:
    """Rows of one table: the column names and a tuple of values per row.

    The rows are kept packed (``marshal``: SQLite's values exactly, in bytes): a list of
    a million tuples would be walked by Python's garbage collector on the GUI thread
    after the worker that made it ends (0.1 s at 100,000 contacts), and bytes are not.
    """

    model: type[Model]
    columns: tuple[str, ...]
    packed: bytes
    size: int

    @classmethod
    def of(cls, model: type[Model], columns: tuple[str, ...], values: list[Any]) -> TableRows:
        """Pack ``values`` (tuples as SQLite gave them)."""
        return cls(model, columns, marshal.dumps(values), len(values))

    @property
    def values(self) -> list[tuple[Any, ...]]:
        """The rows, unpacked."""
        return cast(list[tuple[Any, ...]], marshal.loads(self.packed))


@dataclass
class Relinks:
    """Rows a ``SET NULL`` link cut: (child id, parent id) pairs of one foreign key, packed."""

    fk: ForeignKeyField
    packed: bytes
    size: int

    @property
    def pairs(self) -> list[tuple[int, int]]:
        """The (child id, parent id) pairs, unpacked."""
        return cast(list[tuple[int, int]], marshal.loads(self.packed))


@dataclass
class Snapshot:
    """Rows to re-insert (parents before children) and links to set again."""

    rows: list[TableRows] = field(default_factory=list)
    relinks: list[Relinks] = field(default_factory=list)

    def count(self, model: type[Model]) -> int:
        """Return how many rows of ``model`` the snapshot holds."""
        return sum(table.size for table in self.rows if table.model is model)

    def size(self) -> int:
        """Return how many rows restoring writes (inserted and re-linked)."""
        return sum(t.size for t in self.rows) + sum(r.size for r in self.relinks)

    def tables(self) -> set[str]:
        """Return the names of the tables restoring writes to."""
        names = {table.model._meta.table_name for table in self.rows}
        return names | {relink.fk.model._meta.table_name for relink in self.relinks}


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _BATCH):
        yield list(ids[start : start + _BATCH])


def _primary_key(model: type[Model]) -> Any:
    """The single-column primary key of ``model``, or None for a composite key."""
    key = model._meta.primary_key
    return key if isinstance(key, Field) and not isinstance(key, CompositeKey) else None


def _columns(model: type[Model]) -> tuple[str, ...]:
    return tuple(f.column_name for f in model._meta.sorted_fields)


def _select(model: type[Model], columns: Sequence[str], where: str, ids: list[int]) -> list[Any]:
    marks = ",".join("?" * len(ids))
    sql = f'SELECT {", ".join(columns)} FROM "{model._meta.table_name}" WHERE {where} IN ({marks})'
    return list(database.execute_sql(sql, ids).fetchall())


class _Taker:
    """Walks the foreign keys from the deleted rows, a table and a batch at a time."""

    def __init__(self) -> None:
        self.snapshot = Snapshot()
        self.seen: dict[str, set[Any]] = {}

    def collect(self, model: type[Model], ids: list[int]) -> None:
        seen = self.seen.setdefault(model._meta.table_name, set())
        fresh = [i for i in dict.fromkeys(ids) if i not in seen]
        if not fresh:
            return
        seen.update(fresh)
        columns = _columns(model)
        key = _primary_key(model).column_name
        values: list[tuple[Any, ...]] = []
        for chunk in _chunks(fresh):
            values.extend(_select(model, columns, key, chunk))
        self.snapshot.rows.append(TableRows.of(model, columns, values))
        for fk in model._meta.backrefs:
            self.follow(fk, [row[columns.index(key)] for row in values])

    def follow(self, fk: ForeignKeyField, parent_ids: list[int]) -> None:
        child = fk.model
        pk = _primary_key(child)
        if fk.on_delete == "CASCADE" and pk is not None:
            found = [
                row[0]
                for c in _chunks(parent_ids)
                for row in _select(child, [pk.column_name], fk.column_name, c)
            ]
            if found:
                self.collect(child, found)
        elif fk.on_delete == "CASCADE":  # no single-column key (scores): keep the rows whole
            self.keep_whole(child, fk, parent_ids)
        elif fk.on_delete == "SET NULL":
            columns = (pk.column_name, fk.column_name)
            pairs = [
                row
                for c in _chunks(parent_ids)
                for row in _select(child, columns, fk.column_name, c)
            ]
            if pairs:
                self.snapshot.relinks.append(Relinks(fk, marshal.dumps(pairs), len(pairs)))

    def keep_whole(self, child: type[Model], fk: ForeignKeyField, parent_ids: list[int]) -> None:
        seen = self.seen.setdefault(child._meta.table_name, set())
        columns = _columns(child)
        values = []
        for chunk in _chunks(parent_ids):
            for row in _select(child, columns, fk.column_name, chunk):
                if row not in seen:
                    seen.add(row)
                    values.append(row)
        if values:
            self.snapshot.rows.append(TableRows.of(child, columns, values))


def take(model: type[Model], ids: Sequence[int], report: Progress | None = None) -> Snapshot:
    """Return a snapshot of ``model`` rows with these ids and everything hanging on them.

    ``report(done, len(ids))`` is called after each part of the ids is followed.
    """
    taker = _Taker()
    wanted = list(ids)
    for start in range(0, len(wanted), _PART):
        taker.collect(model, wanted[start : start + _PART])
        if report is not None:
            report(min(start + _PART, len(wanted)), len(wanted))
    return taker.snapshot


def restore(snapshot: Snapshot, report: Progress | None = None) -> None:
    """Put back every row of the snapshot and its links, all or nothing."""
    total, done = max(snapshot.size(), 1), 0
    with database.atomic():
        # Rows may point at rows restored later in the same batch: check links at commit.
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table in snapshot.rows:
            names = ", ".join(table.columns)
            marks = ", ".join("?" * len(table.columns))
            sql = f'INSERT INTO "{table.model._meta.table_name}" ({names}) VALUES ({marks})'
            done = _write(sql, table.values, done, total, report)
        for relink in snapshot.relinks:
            child, fk = relink.fk.model, relink.fk
            pk = _primary_key(child).column_name
            sql = f'UPDATE "{child._meta.table_name}" SET {fk.column_name} = ? WHERE {pk} = ?'
            pairs = [(parent, kid) for kid, parent in relink.pairs]
            done = _write(sql, pairs, done, total, report)


def _write(sql: str, rows: list[Any], done: int, total: int, report: Progress | None) -> int:
    """Run ``sql`` for every row, a batch at a time; return how many rows are done."""
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        execute_many(sql, batch)
        done += len(batch)
        if report is not None:
            report(done, total)
    return done
