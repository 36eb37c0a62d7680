"""Planning an import: which rows are new, which match saved contacts, what would change.

Pure: nothing here touches the database, so the preview can run in a worker thread
against a :class:`MatchIndex` read up front on the main thread (``imports.load_match_index``).

A row matches a contact (saved, or an earlier row of the same file) with the same UID
(a card InfoView exported), the same email address, the same profile address (case and a
trailing slash do not matter), or the same name and organisation (case and accents do not
matter), tried in that order. Rows that repeat an earlier new row are folded into it,
filling its blanks (their emails, phones and web addresses are all kept). What a match
changes on a saved contact follows the :class:`MergePolicy`; the default fills blanks and
never overwrites.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast

from infoview_gui.domain.contact import ContactData, derived_keys
from infoview_gui.domain.contact_points import ContactPoint, with_points
from infoview_gui.domain.enums import Labelled
from infoview_gui.domain.validation import LONG_TEXT_MAX
from infoview_gui.exchange.column_guess import guess_mapping
from infoview_gui.exchange.decoding import decode_bytes
from infoview_gui.exchange.files import read_import_file
from infoview_gui.exchange.generic_csv import FIELD_LABELS, read_csv_table
from infoview_gui.exchange.json_backup import looks_like_backup
from infoview_gui.exchange.reader import read_contacts, sniff_format
from infoview_gui.exchange.records import (
    PROGRESS_EVERY,
    ImportFormat,
    ParseResult,
    Progress,
    Reject,
)
from infoview_gui.services.import_points import POINT_FIELDS, added_points, change_name

MERGED_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "title",
    "organisation",
    "location",
    "email",
    "phone",
    "profile_url",
    "introduced_by_text",
    "notes",
)
"""The fields an import can fill or update on a contact that is already saved."""

FORMAT_NAMES: dict[str, str] = {
    "linkedin": "networking-site connections export",
    "google": "Google Contacts CSV",
    "vcard": "vCard file",
    "csv": "CSV file",
    "backup": "InfoView backup",
}
"""What each kind of file is called in messages."""

KEYS: tuple[tuple[str, str, str], ...] = (
    ("email_key", "e:", "the same email address"),
    ("url_key", "u:", "the same profile address"),
    ("name_org_key", "n:", "the same name and organisation"),
)

UID_PREFIX = "i:"
"""The :attr:`MatchIndex.keys` prefix of a contact's UID, the first key tried."""


class MergePolicy(Labelled):
    """What an import does to a saved contact that a row matches."""

    FILL_BLANKS = "fill_blanks"
    OVERWRITE = "overwrite"
    KEEP = "keep"

    @property
    def label(self) -> str:
        """The words the user chooses from."""
        return {
            "fill_blanks": "Fill in empty details only (never overwrite)",
            "overwrite": "Update details from the file (notes are added below yours)",
            "keep": "Leave matching contacts as they are",
        }[self.value]


@dataclass(frozen=True)
class MatchIndex:
    """Saved contacts as the matching needs them, read once up front.

    Attributes:
        values: contact id to its :data:`MERGED_FIELDS` values, in that order.
        keys: ``"e:"``/``"u:"``/``"n:"`` plus a duplicate key, to the lowest such id.
    """

    values: dict[int, tuple[str, ...]] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)
    points: dict[int, tuple[ContactPoint, ...]] = field(default_factory=dict)
    """Contact id to its further emails, phones and web addresses."""


@dataclass(frozen=True)
class FieldChange:
    """One detail of a saved contact that the import would change."""

    field: str
    old: str
    new: str

    @property
    def label(self) -> str:
        """The detail's name as the user reads it."""
        return FIELD_LABELS.get(self.field) or POINT_FIELDS[self.field]


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


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, for the preview and the commit."""

    parsed: ParseResult
    policy: MergePolicy
    new: tuple[PlannedNew, ...]
    updates: tuple[PlannedUpdate, ...]

    @property
    def rejects(self) -> list[Reject]:
        """Rows that will not be imported, with their line and reason."""
        return self.parsed.rejects

    @property
    def matched_rows(self) -> int:
        """How many rows match a saved contact."""
        return sum(len(update.lines) for update in self.updates)

    @property
    def repeated_rows(self) -> int:
        """How many rows repeat an earlier new row of the same file."""
        return sum(len(planned.repeats) for planned in self.new)

    @property
    def changed(self) -> tuple[PlannedUpdate, ...]:
        """The matched contacts that the import would change."""
        return tuple(update for update in self.updates if update.changes)


@dataclass(frozen=True)
class _Row:
    """One row of the file with its derived keys and why it matched (if it did)."""

    line: int
    contact: ContactData
    keys: dict[str, str]
    reason: str


@dataclass
class _Group:
    """Rows of the file that are one person: a saved contact (id) or a new one (None)."""

    contact_id: int | None
    rows: list[_Row] = field(default_factory=list)


def _group_rows(parsed: ParseResult, index: MatchIndex, progress: Progress | None) -> list[_Group]:
    """Put each row with the saved contact or earlier row it matches, in file order."""
    # Keys point at saved contacts (ids > 0) or at groups of this file (-1 - position).
    keys: dict[str, int] = dict(index.keys)
    groups: list[_Group] = []
    by_contact: dict[int, int] = {}
    total = len(parsed.contacts)
    for done, item in enumerate(parsed.contacts):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        derived = derived_keys(item.contact)
        row_keys = [(p + derived[name], why) for name, p, why in KEYS if derived[name]]
        if item.contact.uid:  # a card this InfoView (or an address book) exported: UID first
            row_keys.insert(0, (UID_PREFIX + item.contact.uid, "the same UID"))
        hit, reason = next(((keys[k], why) for k, why in row_keys if k in keys), (None, ""))
        if hit is None:
            position = len(groups)
            groups.append(_Group(None))
        elif hit > 0:
            position = by_contact.setdefault(hit, len(groups))
            if position == len(groups):
                groups.append(_Group(hit))
        else:
            position = -1 - hit
        groups[position].rows.append(_Row(item.line, item.contact, derived, reason))
        for key, _ in row_keys:
            keys.setdefault(key, -1 - position)
    if progress is not None:
        progress(total, total)
    return groups


def merge(current: dict[str, str], incoming: ContactData, policy: MergePolicy) -> dict[str, str]:
    """Return ``current`` details after taking ``incoming``'s by ``policy``."""
    merged = dict(current)
    if policy is MergePolicy.KEEP:
        return merged
    for name in MERGED_FIELDS:
        new = getattr(incoming, name)
        old = merged[name]
        if not new or new == old:
            continue
        if not old or (policy is MergePolicy.OVERWRITE and name != "notes"):
            merged[name] = new
        elif policy is MergePolicy.OVERWRITE and new not in old:
            joined = f"{old}\n\n{new}"
            if len(joined) <= LONG_TEXT_MAX:
                merged[name] = joined
    return merged


def contact_of(details: dict[str, str]) -> ContactData:
    """Return a contact made of :data:`MERGED_FIELDS` values (other fields left empty)."""
    return ContactData(**cast(dict[str, Any], details))


def details_of(contact: ContactData) -> dict[str, str]:
    """Return a contact's :data:`MERGED_FIELDS` values by name."""
    return {name: getattr(contact, name) for name in MERGED_FIELDS}


def _shown_name(details: dict[str, str]) -> str:
    name = " ".join(p for p in (details["first_name"], details["last_name"]) if p.strip())
    return name or details["email"] or details["organisation"]


def plan_import(
    parsed: ParseResult,
    index: MatchIndex,
    *,
    policy: MergePolicy = MergePolicy.FILL_BLANKS,
    progress: Progress | None = None,
) -> ImportPlan:
    """Work out what importing ``parsed`` would do. Pure: touches no database.

    Args:
        parsed: what the parser read.
        index: the saved contacts, from :func:`load_match_index`.
        policy: what matches do to saved contacts.
        progress: told ``(done, total)`` rows; raise from it to cancel.
    """
    new: list[PlannedNew] = []
    updates: list[PlannedUpdate] = []
    for group in _group_rows(parsed, index, progress):
        if group.contact_id is None:
            new.append(_new_contact(group.rows))
            continue
        before = dict(zip(MERGED_FIELDS, index.values[group.contact_id], strict=True))
        after = before
        for row in group.rows:
            after = merge(after, row.contact, policy)
        changes = tuple(
            FieldChange(name, before[name], after[name])
            for name in MERGED_FIELDS
            if before[name] != after[name]
        )
        points: tuple[ContactPoint, ...] = ()
        if policy is not MergePolicy.KEEP:
            saved = index.points.get(group.contact_id, ())
            points = added_points(after, saved, (row.contact for row in group.rows))
            changes += tuple(FieldChange(change_name(p), "", p.value) for p in points)
        lines = tuple(row.line for row in group.rows)
        reason = group.rows[0].reason
        name = _shown_name(before)
        updates.append(PlannedUpdate(group.contact_id, name, lines, reason, changes, points))
    return ImportPlan(parsed, MergePolicy(policy), tuple(new), tuple(updates))


def _new_contact(rows: list[_Row]) -> PlannedNew:
    """Return the new contact that rows of the file make: the first, blanks filled by the rest."""
    first, *rest = rows
    if not rest:
        return PlannedNew(first.line, first.contact, (), first.keys)
    merged = details_of(first.contact)
    for row in rest:
        merged = merge(merged, row.contact, MergePolicy.FILL_BLANKS)
    contact = replace(first.contact, **cast(dict[str, Any], merged))
    repeated = (point for row in rest for point in row.contact.points)
    contact = with_points(contact, [*contact.points, *repeated])
    return PlannedNew(first.line, contact, tuple(row.line for row in rest), derived_keys(contact))


# -- reading a file (pure: safe in a worker thread) ---------------------------------------


FileKind = ImportFormat | Literal["backup"]


@dataclass(frozen=True)
class FileInfo:
    """What a file is, and for any other CSV what the column-mapping step needs.

    Attributes:
        data: the whole file.
        kind: its format, or ``backup`` for an InfoView JSON backup.
        headers: the CSV's column headers (``csv`` only).
        samples: the first data rows, for the mapping step (``csv`` only).
        mapping: the guessed ``{header: field name}`` (``csv`` only).
    """

    data: bytes
    kind: FileKind
    headers: tuple[str, ...] = ()
    samples: tuple[tuple[str, ...], ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """Return a file's bytes; an import file and a backup alike are refused past the limit.

    Raises:
        ImportFileError: when the file cannot be opened or is too big.
    """
    return read_import_file(path)


def inspect_data(
    data: bytes, *, format: ImportFormat | Literal["auto"] = "auto", samples: int = 5
) -> FileInfo:
    """Tell what a file is from its content (or take ``format``); for a CSV, read its header.

    Raises:
        ImportFileError: when the file is not one InfoView reads; the message says why.
    """
    if looks_like_backup(data):
        return FileInfo(data, "backup")
    kind = sniff_format(data) if format == "auto" else format
    if kind != "csv":
        return FileInfo(data, kind)
    table = read_csv_table(decode_bytes(data))
    rows = tuple(tuple(record.cells) for record in table.rows[:samples])
    return FileInfo(data, kind, tuple(table.headers), rows, guess_mapping(table.headers))


def preview_data(
    data: bytes,
    index: MatchIndex,
    *,
    format: ImportFormat | Literal["auto"] = "auto",
    mapping: Mapping[str, str] | None = None,
    policy: MergePolicy = MergePolicy.FILL_BLANKS,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read a file and plan its import against ``index``. Pure: touches no database.

    Args:
        data: the whole file.
        index: the saved contacts, from :func:`load_match_index`.
        format: the format to read it as; ``auto`` tells it from the content.
        mapping: for any other CSV, ``{header: field name}`` (guessed when None).
        policy: what matches do to saved contacts.
        progress: told ``(percent, 100)`` as the work goes; raise from it to cancel.

    Raises:
        ImportFileError: when the file as a whole cannot be read.
    """
    parsed = read_contacts(data, format=format, mapping=mapping, progress=_scaled(progress, 0, 90))
    return plan_import(parsed, index, policy=policy, progress=_scaled(progress, 90, 100))


def _scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """Return a progress callback mapping ``(done, total)`` onto ``low..high`` percent."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        report(low + (high - low) * done // max(total, 1), 100)

    return scaled
