"""Snapshots of rows about to be deleted, so that a deletion can be undone exactly.

A snapshot follows the foreign keys from the deleted rows: children that ``ON DELETE
CASCADE`` would remove are kept whole (and their own children, and so on); rows that
``ON DELETE SET NULL`` would unlink are remembered with the link they had. Restoring puts
every row back with its old id and re-links the others, in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import CompositeKey, Field, ForeignKeyField, Model

from infoview_gui.store.database import database

_BATCH = 500


@dataclass
class Snapshot:
    """Rows to re-insert (parents before children) and links to set again."""

    rows: list[tuple[type[Model], list[dict[str, Any]]]] = field(default_factory=list)
    relinks: list[tuple[ForeignKeyField, int, list[int]]] = field(default_factory=list)

    def count(self, model: type[Model]) -> int:
        """Return how many rows of ``model`` the snapshot holds."""
        return sum(len(rows) for kind, rows in self.rows if kind is model)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _BATCH):
        yield list(ids[start : start + _BATCH])


def _primary_key(model: type[Model]) -> Any:
    """The single-column primary key of ``model``, or None for a composite key."""
    key = model._meta.primary_key
    return key if isinstance(key, Field) and not isinstance(key, CompositeKey) else None


def _dicts(query: Any) -> list[dict[str, Any]]:
    return list(cast(Iterable[dict[str, Any]], query.dicts()))


def _primary_keys(model: type[Model], rows: list[dict[str, Any]]) -> list[int]:
    key = _primary_key(model)
    return [row[key.name] for row in rows] if key is not None else []


def take(model: type[Model], ids: Sequence[int]) -> Snapshot:
    """Return a snapshot of ``model`` rows with these ids and everything hanging on them."""
    snapshot = Snapshot()
    _collect(model, list(ids), snapshot, seen=set())
    return snapshot


def _collect(
    model: type[Model], ids: list[int], snapshot: Snapshot, seen: set[tuple[str, int]]
) -> None:
    fresh = [i for i in ids if (model._meta.table_name, i) not in seen]
    if not fresh:
        return
    seen.update((model._meta.table_name, i) for i in fresh)
    pk = _primary_key(model)
    rows = [row for chunk in _chunks(fresh) for row in _dicts(model.select().where(pk << chunk))]
    snapshot.rows.append((model, rows))
    for fk in model._meta.backrefs:
        _follow(fk, fresh, snapshot, seen)


def _follow(
    fk: ForeignKeyField, parent_ids: list[int], snapshot: Snapshot, seen: set[tuple[str, int]]
) -> None:
    child = fk.model
    for chunk in _chunks(parent_ids):
        query = child.select().where(fk << chunk)
        if fk.on_delete == "CASCADE":
            children = _dicts(query)
            if not children:
                continue
            child_ids = _primary_keys(child, children)
            if child_ids:
                _collect(child, child_ids, snapshot, seen)
            else:  # a table without a single-column key (scores): keep its rows as they are
                snapshot.rows.append((child, children))
        elif fk.on_delete == "SET NULL":
            pk = _primary_key(child)
            for row in query.select(pk, fk).tuples():
                snapshot.relinks.append((fk, row[1], [row[0]]))


def restore(snapshot: Snapshot) -> None:
    """Put back every row of the snapshot and its links, all or nothing."""
    with database.atomic():
        # Rows may point at rows restored later in the same batch: check links at commit.
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model, rows in snapshot.rows:
            for start in range(0, len(rows), _BATCH):
                model.insert_many(rows[start : start + _BATCH]).execute()
        for fk, parent_id, child_ids in snapshot.relinks:
            pk = _primary_key(fk.model)
            fk.model.update({fk: parent_id}).where(pk << child_ids).execute()
