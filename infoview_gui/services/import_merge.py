"""What an import does to a saved contact that rows of the file match: the merge rules.

:func:`planned_update` says what rows change on a saved contact they match,
:func:`new_contact` what rows that repeat one person make of a new one.

A row's details fill (or, by choice, overwrite) the saved contact's. A primary email,
phone or web address taken from the file brings its label from the file with it
("work", "mobile"), so a filled-in number is labelled as the file labels it.

Tags are only ever added: the rows' tags that the saved contact does not carry (case and
accents aside) are given to it, whatever the policy but "leave as they are"; a new
contact carries the tags of every row folded into it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from infoview_gui.domain.contact import NAME_AND_WORK, PRIMARY_POINTS, ContactData, derived_keys
from infoview_gui.domain.contact_points import PRIMARY_FIELDS, ContactPoint, with_points
from infoview_gui.domain.enums import Labelled
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.tags import joined_tags, tag_key
from infoview_gui.domain.validation import LONG_TEXT_MAX
from infoview_gui.exchange.generic_csv import FIELD_LABELS
from infoview_gui.services.import_points import POINT_FIELDS, added_points, change_name

LABEL_FIELDS: dict[str, str] = dict(PRIMARY_FIELDS.values())
"""Each primary value's field to its label's field (``email`` to ``email_label``)."""

MERGED_FIELDS: tuple[str, ...] = (
    *NAME_AND_WORK,
    *PRIMARY_POINTS,
    "introduced_by_text",
    "notes",
    *LABEL_FIELDS.values(),
)
"""The fields an import can fill or update on a contact that is already saved."""

LABEL_NAMES: dict[str, str] = {
    "email_label": N_("Email label"),
    "phone_label": N_("Phone label"),
    "profile_url_label": N_("Profile URL label"),
}
"""The words the preview shows for a changed label."""


class MergePolicy(Labelled):
    """What an import does to a saved contact that a row matches."""

    FILL_BLANKS = "fill_blanks"
    OVERWRITE = "overwrite"
    KEEP = "keep"

    @property
    def label(self) -> str:
        """The words the user chooses from."""
        return {
            "fill_blanks": _("Fill in empty details only (never overwrite)"),
            "overwrite": _("Update details from the file (notes are added below yours)"),
            "keep": _("Leave matching contacts as they are"),
        }[self.value]


def merge(current: dict[str, str], incoming: ContactData, policy: MergePolicy) -> dict[str, str]:
    """Return ``current`` details after taking ``incoming``'s by ``policy``.

    A label is never merged on its own: it comes with its value.
    """
    merged = dict(current)
    if policy is MergePolicy.KEEP:
        return merged
    for name in MERGED_FIELDS:
        new = getattr(incoming, name)
        old = merged[name]
        if name not in _TAKEN or not new or new == old:
            continue
        if not old or (policy is MergePolicy.OVERWRITE and name != "notes"):
            merged[name] = new
            if name in LABEL_FIELDS:
                merged[LABEL_FIELDS[name]] = getattr(incoming, LABEL_FIELDS[name])
        elif policy is MergePolicy.OVERWRITE and new not in old:
            joined = f"{old}\n\n{new}"
            if len(joined) <= LONG_TEXT_MAX:
                merged[name] = joined
    return merged


_TAKEN = frozenset(MERGED_FIELDS) - set(LABEL_FIELDS.values())


@dataclass(frozen=True)
class FieldChange:
    """One detail of a saved contact that the import would change."""

    field: str
    old: str
    new: str

    @property
    def label(self) -> str:
        """The detail's name as the user reads it."""
        if self.field == TAGS_FIELD:
            return _("Tags added")
        return _(
            FIELD_LABELS.get(self.field) or LABEL_NAMES.get(self.field) or POINT_FIELDS[self.field]
        )


TAGS_FIELD = "tags"
"""The :attr:`FieldChange.field` of the tags an import adds to a saved contact."""


@dataclass(frozen=True)
class PlannedNew:
    """A contact the import would add; ``repeats`` are later rows folded into it."""

    line: int
    contact: ContactData
    repeats: tuple[int, ...] = ()
    keys: dict[str, str] = field(default_factory=dict, compare=False)
    """The contact's ``derived_keys`` (search text, sort name, duplicate keys)."""


@dataclass(frozen=True)
class PlannedUpdate:
    """A saved contact that rows of the file match, and what would change on it."""

    contact_id: int
    name: str
    lines: tuple[int, ...]
    reason: str
    changes: tuple[FieldChange, ...]
    points: tuple[ContactPoint, ...] = ()
    """Emails, phones and web addresses added to the contact (also listed in ``changes``)."""
    tags: tuple[str, ...] = ()
    """Tags given to the contact that it does not carry yet (also listed in ``changes``)."""


@dataclass(frozen=True)
class PlanRow:
    """One row of the file with its derived keys and why it matched (if it did)."""

    line: int
    contact: ContactData
    keys: dict[str, str]
    reason: str


def planned_update(
    contact_id: int,
    rows: Sequence[PlanRow],
    values: Mapping[int, tuple[str, ...]],
    points: Mapping[int, tuple[ContactPoint, ...]],
    policy: MergePolicy,
    tags: Mapping[int, frozenset[str]] | None = None,
) -> PlannedUpdate:
    """Return what the rows matching a saved contact would change on it.

    ``tags`` holds the saved contacts' tag keys (``domain.tags.tag_key``), by id.
    """
    before = dict(zip(MERGED_FIELDS, values[contact_id], strict=True))
    after = before
    for row in rows:
        after = merge(after, row.contact, policy)
    changes = tuple(
        FieldChange(name, before[name], after[name])
        for name in MERGED_FIELDS
        if before[name] != after[name]
    )
    added: tuple[ContactPoint, ...] = ()
    if policy is not MergePolicy.KEEP:
        saved = points.get(contact_id, ())
        added = added_points(after, saved, (row.contact for row in rows))
        changes += tuple(FieldChange(change_name(p), "", p.value) for p in added)
    new_tags: tuple[str, ...] = ()
    if policy is not MergePolicy.KEEP:
        new_tags = tags_added((tags or {}).get(contact_id, frozenset()), rows)
        if new_tags:
            changes += (FieldChange(TAGS_FIELD, "", joined_tags(new_tags)),)
    lines = tuple(row.line for row in rows)
    name = shown_name(before)
    return PlannedUpdate(contact_id, name, lines, rows[0].reason, changes, added, new_tags)


def tags_added(saved: frozenset[str], rows: Sequence[PlanRow]) -> tuple[str, ...]:
    """Return the rows' tags whose key is not among ``saved``, each once, in file order."""
    found: dict[str, str] = {}
    for row in rows:
        for name in row.contact.tags:
            key = tag_key(name)
            if key not in saved:
                found.setdefault(key, name)
    return tuple(found.values())


def new_contact(rows: Sequence[PlanRow]) -> PlannedNew:
    """Return the new contact that rows of the file make: the first, blanks filled by the rest."""
    first, *rest = rows
    if not rest:
        return PlannedNew(first.line, first.contact, (), first.keys)
    merged = details_of(first.contact)
    for row in rest:
        merged = merge(merged, row.contact, MergePolicy.FILL_BLANKS)
    contact = replace(first.contact, **cast(dict[str, Any], merged))
    contact = replace(contact, tags=first.contact.tags + tags_added(_keys(first), rest))
    repeated = (point for row in rest for point in row.contact.points)
    contact = with_points(contact, [*contact.points, *repeated])
    return PlannedNew(first.line, contact, tuple(row.line for row in rest), derived_keys(contact))


def _keys(row: PlanRow) -> frozenset[str]:
    return frozenset(map(tag_key, row.contact.tags))


def contact_of(details: dict[str, str]) -> ContactData:
    """Return a contact made of :data:`MERGED_FIELDS` values (other fields left empty)."""
    return ContactData(**cast(dict[str, Any], details))


def details_of(contact: ContactData) -> dict[str, str]:
    """Return a contact's :data:`MERGED_FIELDS` values by name."""
    return {name: getattr(contact, name) for name in MERGED_FIELDS}


def shown_name(details: dict[str, str]) -> str:
    """Return a contact's name as the preview shows it (its email or organisation if none)."""
    name = " ".join(p for p in (details["first_name"], details["last_name"]) if p.strip())
    return name or details["email"] or details["organisation"]
