"""Contacts: add, edit, spot duplicates, delete and undo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from peewee import fn

from infoview_gui.domain.contact import ContactData, derived_keys, match_reason, validated
from infoview_gui.domain.contact_points import PointLabel, new_uid
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.ranking import STEP
from infoview_gui.services.ranking import recompute_score, set_score
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, utc_now
from infoview_gui.store.point_rows import insert_points, points_by_contact, replace_points
from infoview_gui.store.snapshots import Progress, Snapshot, restore, take


@dataclass(frozen=True)
class Duplicate:
    """An existing contact that looks like the one being saved."""

    contact_id: int
    name: str
    reason: str


def _row_values(contact: ContactData) -> dict[str, object]:
    """Return the contact's columns (its further points are stored apart)."""
    values: dict[str, object] = asdict(contact)
    del values["other_points"], values["tags"]
    for name in ("source", "email_label", "phone_label", "profile_url_label"):
        values[name] = str(getattr(contact, name).value)
    values["introduced_by"] = values.pop("introduced_by_id")
    values["field"] = values.pop("field_id")
    values.update(derived_keys(contact))
    return values


def _end_of_ranking(field_id: int) -> float:
    last = Contact.select(fn.MAX(Contact.rank)).where(Contact.field == field_id).scalar()
    return float(last or 0.0) + STEP


def add_contact(*, contact: ContactData) -> int:
    """Validate and add a contact at the end of its field's ranking; return its id."""
    clean = validated(contact)
    values = _row_values(clean)
    values["uid"] = clean.uid or new_uid()
    with database.atomic():
        _check_introducer(clean.introduced_by_id, None)
        if clean.field_id is not None:
            values["rank"] = _end_of_ranking(clean.field_id)
        row = Contact.create(**values)
        insert_points([(int(row.id), clean.other_points)])
    return int(row.id)


def _check_introducer(introducer: int | None, contact_id: int | None) -> None:
    if introducer is None:
        return
    if introducer == contact_id:
        raise ValidationError("introduced_by_id", _("A contact cannot have introduced themselves."))
    if not Contact.select().where(Contact.id == introducer).exists():
        raise ValidationError("introduced_by_id", _("The person who introduced you is not saved."))


def load_contact(contact_id: int) -> ContactData:
    """Return the editable details of a contact."""
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFoundError(_("That contact no longer exists."))
    data = row.__data__
    return ContactData(
        first_name=row.first_name,
        last_name=row.last_name,
        title=row.title,
        organisation=row.organisation,
        location=row.location,
        email=row.email,
        phone=row.phone,
        profile_url=row.profile_url,
        source=Source(row.source),
        introduced_by_text=row.introduced_by_text,
        introduced_by_id=data.get("introduced_by"),
        field_id=data.get("field"),
        notes=row.notes,
        email_label=PointLabel(row.email_label),
        phone_label=PointLabel(row.phone_label),
        profile_url_label=PointLabel(row.profile_url_label),
        other_points=points_by_contact([contact_id]).get(contact_id, ()),
        uid=row.uid,
    )


def update_contact(*, contact_id: int, contact: ContactData) -> None:
    """Validate and save a contact's details; a new field puts them at its end."""
    clean = validated(contact)
    values = _row_values(clean)
    del values["uid"]  # a contact keeps its identity whatever is edited
    with database.atomic():
        row = Contact.get_or_none(Contact.id == contact_id)
        if row is None:
            raise NotFoundError(_("That contact no longer exists."))
        _check_introducer(clean.introduced_by_id, contact_id)
        field_changed = row.__data__.get("field") != clean.field_id
        if field_changed:
            values["rank"] = None if clean.field_id is None else _end_of_ranking(clean.field_id)
        values["updated_at"] = utc_now()
        Contact.update(values).where(Contact.id == contact_id).execute()
        replace_points(contact_id, clean.other_points)
        if field_changed:
            recompute_score(contact_id)


def save_contact(
    *, contact_id: int | None, contact: ContactData, scores: Mapping[int, int | None]
) -> int:
    """Add (``contact_id`` None) or update a contact with its scores, all or nothing.

    The contact dialog's one action: the details (field and introducer included) and a
    score (None clears it) on each of the field's criteria, in one transaction.

    Returns:
        The contact's id (the new one when it was added).
    """
    with database.atomic():
        if contact_id is None:
            contact_id = add_contact(contact=contact)
        else:
            update_contact(contact_id=contact_id, contact=contact)
        for criterion_id, score in scores.items():
            set_score(contact_id=contact_id, criterion_id=criterion_id, score=score)
    return contact_id


def find_duplicates(contact: ContactData, *, exclude_id: int | None = None) -> list[Duplicate]:
    """Return saved contacts that are likely the same person, with the reason."""
    keys = derived_keys(contact)
    checks = (
        (Contact.email_key, keys["email_key"], match_reason("email_key")),
        (Contact.url_key, keys["url_key"], match_reason("url_key")),
        (Contact.name_org_key, keys["name_org_key"], match_reason("name_org_key")),
    )
    found: dict[int, Duplicate] = {}
    for column, key, reason in checks:
        if not key:
            continue
        query = Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.email)
        query = query.where(column == key)
        if exclude_id is not None:
            query = query.where(Contact.id != exclude_id)
        for row in query.limit(5):
            name = " ".join(p for p in (row.first_name, row.last_name) if p) or row.email
            found.setdefault(row.id, Duplicate(row.id, name, reason))
    return list(found.values())


def delete_contacts(*, contact_ids: Sequence[int], report: Progress | None = None) -> Snapshot:
    """Delete contacts with their interviews and notes; return what undo needs.

    ``report(done, total)``, when given, follows the work (a worker's progress: it may
    raise to stop, and then nothing is deleted).
    """
    ids = list(contact_ids)
    total = 2 * max(len(ids), 1)

    def taken(done: int, _count: int) -> None:
        if report is not None:
            report(done, total)

    with database.atomic():
        snapshot = take(Contact, ids, taken)
        for start in range(0, len(ids), 500):
            Contact.delete().where(Contact.id << ids[start : start + 500]).execute()
            taken(len(ids) + min(start + 500, len(ids)), total)
    return snapshot


def undo_delete(*, snapshot: Snapshot, report: Progress | None = None) -> None:
    """Put deleted records back exactly as they were (``report`` as for deleting)."""
    restore(snapshot, report)
