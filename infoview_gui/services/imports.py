"""Importing contacts: commit a planned import as one batch, undo the batch (P4).

The flow: ``import_plan.inspect_data`` (what the file is) -> ``import_plan.preview_data``
(parse and match, against :func:`load_match_index` read up front) -> :func:`commit_import`
(one transaction, one ``ImportBatch``) -> :func:`undo_import` (removes exactly that
batch) and :func:`redo_import`.

A CSV that InfoView exported carries each contact's career field, rank and scores
(``exchange.csv_write``); a new contact gets them back: the field matched by name
(whatever the case) and created when there is none of that name, placed in the field's
ranking in the file's rank order after the contacts already there, and its scores on the
field's criteria, matched by name (a criterion missing from the field is added with the
usual weight). The weighted score is then computed again from the scores and the field's
weights. A field chosen for the import wins over the file's. A contact already saved
keeps its own field, rank and scores. Undoing the import removes its contacts (with their
scores), not the fields and criteria it added; it takes back the tags it gave saved
contacts, and the tags it made that nobody carries then (``import_tags``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from infoview_gui.domain.contact import derived_keys
from infoview_gui.domain.contact_points import new_uid
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import DomainError, NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.services import import_tags
from infoview_gui.services.import_blockers import blockers
from infoview_gui.services.import_merge import (
    MERGED_FIELDS,
    PlannedNew,
    PlannedUpdate,
    contact_of,
    details_of,
)
from infoview_gui.services.import_plan import KEYS, UID_PREFIX, ImportPlan, MatchIndex, plan_import
from infoview_gui.services.import_points import decoded, encoded
from infoview_gui.services.import_ranking import new_ranks, placings, restore_scores
from infoview_gui.services.merging import default_region
from infoview_gui.store.database import database
from infoview_gui.store.models import (
    CareerField,
    Contact,
    ImportBatch,
    utc_now,
)
from infoview_gui.store.point_rows import insert_points, points_by_contact, remove_points
from infoview_gui.store.queries import tuples
from infoview_gui.store.snapshots import Progress, Snapshot, restore, take
from infoview_gui.store.tag_rows import keys_by_contact

_UNDO_VERSION = 1
_CHUNK = 500


class ImportUndoRefusedError(DomainError):
    """An import cannot be undone without losing what the user built on it since."""


@dataclass(frozen=True)
class ImportOutcome:
    """What a committed import did."""

    batch_id: int
    new_ids: tuple[int, ...]
    updated_ids: tuple[int, ...]
    plan: ImportPlan


@dataclass(frozen=True)
class UndoneImport:
    """What :func:`undo_import` removed, so that :func:`redo_import` can put it back."""

    batch_id: int
    snapshot: Snapshot
    removed: int
    restored: int


def load_match_index(*, region: str = "") -> MatchIndex:
    """Read every saved contact's details and duplicate keys (on the database's thread).

    Args:
        region: the country of the system's locale ("GB"); the user's own phone number's
            country wins. Phone numbers without "+" are read in it for likely matches.
    """
    columns = [getattr(Contact, name) for name in MERGED_FIELDS]
    query = Contact.select(
        Contact.id, Contact.email_key, Contact.url_key, Contact.name_org_key, Contact.uid, *columns
    ).order_by(Contact.id)
    index = MatchIndex(region=default_region(region))
    for row in tuples(query):
        contact_id = int(row[0])
        index.values.put(contact_id, tuple(str(value) for value in row[5:]))
        for (_name, prefix), key in zip(KEYS, row[1:4], strict=True):
            if key:
                index.keys.setdefault(prefix + str(key), contact_id)
        if row[4]:
            index.keys.setdefault(UID_PREFIX + str(row[4]), contact_id)
    index.points.update(points_by_contact())
    index.tags.update(keys_by_contact())
    return index


# -- commit -----------------------------------------------------------------------------


def commit_import(
    *,
    plan: ImportPlan,
    field_id: int | None = None,
    source: Source | None = None,
    file_name: str = "",
) -> ImportOutcome:
    """Write an import in one transaction, as one batch; return what it did.

    The rows are matched again inside the transaction, so contacts saved or edited since
    the preview are taken into account.

    Args:
        plan: the previewed import (its rows and policy are used).
        field_id: the career field of the new contacts (added at the end of its ranking).
        source: where the new contacts came from; None keeps what the file says.
        file_name: the name of the file, kept with the batch.

    Raises:
        NotFoundError: when the career field no longer exists.
    """
    with database.atomic():
        if (
            field_id is not None
            and not CareerField.select().where(CareerField.id == field_id).exists()
        ):
            raise NotFoundError(_("That career field no longer exists."))
        index = load_match_index(region=plan.region)
        fresh = plan_import(plan.parsed, index, policy=plan.policy, merges=plan.merges)
        changed = fresh.changed
        batch = ImportBatch.create(
            file_name=file_name,
            format=fresh.parsed.format,
            new_count=len(fresh.new),
            matched_count=fresh.matched_rows,
            rejected_count=len(fresh.rejects),
            undo_data=_undo_data(changed),
        )
        batch_id = int(batch.id)
        insert_points((u.contact_id, u.points) for u in changed if u.points)
        # A contact given only tags keeps its details and time of last change.
        _apply_changes([(u.contact_id, _field_values(u)) for u in changed if _detailed(u)])
        rankings = placings(fresh, field_id)
        _insert_new(
            fresh.new,
            batch_id,
            [r.field_id for r in rankings],
            source,
            [r.rank for r in rankings],
        )
        query = Contact.select(Contact.id).where(Contact.import_batch == batch_id)
        new_ids = tuple(int(row[0]) for row in tuples(query.order_by(Contact.id)))
        restore_scores(dict(zip(new_ids, rankings, strict=True)))
        tagged = import_tags.give_tags(
            [(i, p.contact.tags) for i, p in zip(new_ids, fresh.new, strict=True)],
            [(u.contact_id, u.tags) for u in changed if u.tags],
        )
        batch.undo_data = import_tags.with_tags(batch.undo_data, tagged)
        batch.save(only=[ImportBatch.undo_data])
    return ImportOutcome(batch_id, new_ids, tuple(u.contact_id for u in changed), fresh)


def _field_values(update: PlannedUpdate) -> dict[str, str]:
    """Return the new details of a planned update (its added points aside)."""
    return {c.field: c.new for c in update.changes if c.field in MERGED_FIELDS}


def _detailed(update: PlannedUpdate) -> bool:
    """Tell an update that changes details or points (not tags alone)."""
    return bool(update.points or _field_values(update))


def _undo_data(changed: Sequence[PlannedUpdate]) -> str:
    updated = [
        {
            "id": update.contact_id,
            "before": {c.field: c.old for c in update.changes if c.field in MERGED_FIELDS},
            "after": _field_values(update),
            "points": encoded(update.points),
        }
        for update in changed
    ]
    return json.dumps({"version": _UNDO_VERSION, "updated": updated}, ensure_ascii=False)


def _db_value(name: str, value: object) -> object:
    return Contact._meta.fields[name].db_value(value)


def _current(ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Return the mergeable details of these contacts (the ones that still exist)."""
    columns = [getattr(Contact, name) for name in MERGED_FIELDS]
    current: dict[int, dict[str, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        for row in tuples(Contact.select(Contact.id, *columns).where(Contact.id << chunk)):
            current[int(row[0])] = dict(zip(MERGED_FIELDS, row[1:], strict=True))
    return current


def _cursor() -> sqlite3.Cursor:
    """Return a raw cursor on the connection (types-peewee leaves ``cursor`` untyped)."""
    cursor: sqlite3.Cursor = database.cursor()  # type: ignore[no-untyped-call]
    return cursor


def _apply_changes(changes: Sequence[tuple[int, dict[str, str]]]) -> None:
    """Set new details on saved contacts, with their search text and keys recomputed."""
    if not changes:
        return
    current = _current([contact_id for contact_id, _ in changes])
    names = (*MERGED_FIELDS, "search_text", "sort_name", "email_key", "url_key", "name_org_key")
    assignments = ", ".join(f'"{name}" = ?' for name in (*names, "updated_at"))
    stamp = _db_value("updated_at", utc_now())
    points = points_by_contact(list(current))
    rows = []
    for contact_id, values in changes:
        if contact_id not in current:
            continue
        merged = {**current[contact_id], **values}
        keys = derived_keys(replace(contact_of(merged), other_points=points.get(contact_id, ())))
        rows.append([*(merged[n] for n in MERGED_FIELDS), *keys.values(), stamp, contact_id])
    sql = f'UPDATE "contact" SET {assignments} WHERE "id" = ?'
    _cursor().executemany(sql, rows)


def _insert_new(
    planned: Sequence[PlannedNew],
    batch_id: int,
    field_ids: Sequence[int | None],
    source: Source | None,
    ranks: Sequence[float] = (),
) -> None:
    """Insert the new contacts, in file order, at the end of their field's ranking.

    ``field_ids`` holds each contact's field; ``ranks``, their ranks in the file (the
    contacts of a field are ranked in that order, then in file order).
    """
    if not planned:
        return
    ranked = new_ranks(field_ids, ranks or [float("inf")] * len(planned))
    fields = [f for f in Contact._meta.sorted_fields if f.name != "id"]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "contact" ({columns}) VALUES ({", ".join("?" for _ in fields)})'
    stamp = _db_value("created_at", utc_now())

    def rows() -> Iterator[list[object]]:
        # A generator: a row that fails stops the insert part-way, inside the transaction.
        for position, item in enumerate(planned):
            field_id = field_ids[position]
            values = new_row(item, batch_id=batch_id, field_id=field_id, stamp=stamp)
            if source is not None:
                values["source"] = source.value
            if field_id is not None:
                values["rank"] = ranked[position]
            yield [values[f.name] for f in fields]

    _cursor().executemany(sql, rows())
    query = Contact.select(Contact.id).where(Contact.import_batch == batch_id)
    new_ids = [int(row[0]) for row in tuples(query.order_by(Contact.id))]
    insert_points(
        (contact_id, item.contact.other_points)
        for contact_id, item in zip(new_ids, planned, strict=True)
    )


def new_row(
    planned: PlannedNew, *, batch_id: int, field_id: int | None, stamp: object
) -> dict[str, object]:
    """Return the stored values of one new contact, by model field name."""
    contact = planned.contact
    values: dict[str, object] = {f.name: f.default for f in Contact._meta.sorted_fields}
    values.update(details_of(contact))
    values.update(planned.keys or derived_keys(contact))
    values.update(
        email_label=contact.email_label.value,
        phone_label=contact.phone_label.value,
        profile_url_label=contact.profile_url_label.value,
        uid=contact.uid or new_uid(),
        source=contact.source.value,
        introduced_by=None,
        field=field_id,
        import_batch=batch_id,
        created_at=stamp,
        updated_at=stamp,
    )
    return values


# -- undo -------------------------------------------------------------------------------


def batch_contact_ids(batch_id: int) -> list[int]:
    """Return the ids of the contacts a batch added that still exist."""
    query = Contact.select(Contact.id).where(Contact.import_batch == batch_id)
    return [int(row[0]) for row in tuples(query.order_by(Contact.id))]


def _batch(batch_id: int) -> ImportBatch:
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise NotFoundError(_("That import no longer exists."))
    return batch


def _reverse(undo_data: str, *, forward: bool) -> int:
    """Put back (or re-apply) the details an import changed, where nobody changed them since.

    A detail the user edited after the import keeps the user's value.
    """
    updated = json.loads(undo_data or "{}").get("updated", [])
    wanted, found = ("after", "before") if forward else ("before", "after")
    current = _current([int(entry["id"]) for entry in updated])
    changes = []
    for entry in updated:
        contact_id = int(entry["id"])
        now = current.get(contact_id)
        if now is None:
            continue
        values = {k: v for k, v in entry[wanted].items() if now.get(k) == entry[found][k]}
        points = decoded(entry.get("points", ()))
        if points:
            (insert_points if forward else remove_points)([(contact_id, points)])
        if values or points:
            changes.append((contact_id, values))
    _apply_changes(changes)
    return len(changes)


def undo_import(*, batch_id: int, report: Progress | None = None) -> UndoneImport:
    """Remove the contacts a batch added and put back what it changed, in one transaction.

    ``report(done, total)``, when given, follows the work (a worker's progress: it may
    raise to stop, and then nothing changes).

    Raises:
        ImportUndoRefusedError: when contacts of the batch now have interviews, or introduced
            other contacts: undoing would delete that work, so nothing is done.
        NotFoundError: when the batch does not exist.
        DomainError: when the batch was undone already.
    """
    with database.atomic():
        batch = _batch(batch_id)
        if batch.undone_at is not None:
            raise DomainError(_("This import was undone already."))
        ids = batch_contact_ids(batch_id)
        refusal = blockers(ids)
        if refusal:
            raise ImportUndoRefusedError(refusal)
        total = 2 * max(len(ids), 1)

        def taken(done: int, _count: int) -> None:
            if report is not None:
                report(done, total)

        snapshot = take(Contact, ids, taken)
        for start in range(0, len(ids), _CHUNK):
            Contact.delete().where(Contact.id << ids[start : start + _CHUNK]).execute()
            taken(len(ids) + min(start + _CHUNK, len(ids)), total)
        restored = _reverse(batch.undo_data, forward=False)
        import_tags.take_back(batch.undo_data)
        ImportBatch.update(undone_at=utc_now()).where(ImportBatch.id == batch_id).execute()
    return UndoneImport(batch_id, snapshot, len(ids), restored)


def redo_import(*, undone: UndoneImport, report: Progress | None = None) -> None:
    """Undo an :func:`undo_import`: the contacts come back with their ids and changes."""
    with database.atomic():
        undo_data = _batch(undone.batch_id).undo_data
        import_tags.restore_made(undo_data)
        restore(undone.snapshot, report)
        _reverse(undo_data, forward=True)
        import_tags.give_again(undo_data)
        ImportBatch.update(undone_at=None).where(ImportBatch.id == undone.batch_id).execute()
