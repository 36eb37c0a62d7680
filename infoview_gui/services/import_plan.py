"""Planning an import: which rows are new, which match saved contacts, what would change.

Pure: nothing here touches the database, so the preview can run in a worker thread
against a :class:`MatchIndex` read up front (``imports.load_match_index``, on the worker's
own connection).

A row matches a contact (saved, or an earlier row of the same file) with the same UID
(a card InfoView exported), the same email address, the same profile address (case and a
trailing slash do not matter), or the same name and organisation (case and accents do not
matter), tried in that order. Rows that repeat an earlier new row are folded into it,
filling its blanks (their emails, phones and web addresses are all kept). What a match
changes on a saved contact follows the :class:`MergePolicy`; the default fills blanks and
never overwrites (``import_merge``); the rows' tags are added to the contact's.

A new row that probably is a saved contact (``import_likely``: the same phone, close names
at one organisation...) is listed in :attr:`ImportPlan.likely`; the rows the user chose
to merge (``merges``) are treated as matches of that contact, under the same policy.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from infoview_gui.domain.contact import ContactData, derived_keys, match_reason
from infoview_gui.domain.contact_points import ContactPoint
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.tags import tag_key
from infoview_gui.exchange.column_guess import guess_mapping
from infoview_gui.exchange.decoding import decode_bytes
from infoview_gui.exchange.files import read_import_file
from infoview_gui.exchange.generic_csv import read_csv_table
from infoview_gui.exchange.json_backup import looks_like_backup
from infoview_gui.exchange.reader import read_contacts, sniff_format
from infoview_gui.exchange.records import (
    PROGRESS_EVERY,
    ImportFormat,
    ParseResult,
    Progress,
    Reject,
)
from infoview_gui.services.import_likely import LikelyIndex, LikelyMatch
from infoview_gui.services.import_merge import (
    MergePolicy,
    PlannedNew,
    PlannedUpdate,
    PlanRow,
    details_of,
    new_contact,
    planned_update,
    shown_name,
)
from infoview_gui.services.packed_values import PackedValues

FORMAT_NAMES: dict[str, str] = {
    "linkedin": N_("networking-site connections export"),
    "google": N_("Google Contacts CSV"),
    "vcard": N_("vCard file"),
    "csv": N_("CSV file"),
    "backup": N_("InfoView backup"),
}
"""What each kind of file is called in messages (marked: ``_(name)`` where it is said)."""

KEYS: tuple[tuple[str, str], ...] = (("email_key", "e:"), ("url_key", "u:"), ("name_org_key", "n:"))

UID_PREFIX = "i:"
"""The :attr:`MatchIndex.keys` prefix of a contact's UID, the first key tried."""


@dataclass(frozen=True)
class MatchIndex:
    """Saved contacts as the matching needs them, read once up front.

    Attributes:
        values: contact id to its :data:`MERGED_FIELDS` values, in that order.
        keys: ``"e:"``/``"u:"``/``"n:"`` plus a duplicate key, to the lowest such id.
    """

    values: PackedValues = field(default_factory=PackedValues)
    keys: dict[str, int] = field(default_factory=dict)
    points: dict[int, tuple[ContactPoint, ...]] = field(default_factory=dict)
    """Contact id to its further emails, phones and web addresses."""
    region: str = ""
    """The country phone numbers without "+" are read in ("GB"), for likely matches."""
    tags: dict[int, frozenset[str]] = field(default_factory=dict)
    """Contact id to the keys of the tags it carries (``domain.tags.tag_key``)."""


@dataclass(frozen=True)
class LikelyRow:
    """A new row (with its repeats) that looks like a saved contact; ``merged`` if chosen."""

    lines: tuple[int, ...]
    name: str
    match: LikelyMatch
    merged: bool

    @property
    def choice(self) -> tuple[int, int]:
        """What names the choice to merge this row: its first line and the contact's id."""
        return self.lines[0], self.match.contact_id


Merges = Collection[tuple[int, int]] | Literal["strong", "all"]
"""The likely rows to merge: ``(first line, contact id)`` pairs, or every strong or every
likely row."""


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, for the preview and the commit."""

    parsed: ParseResult
    policy: MergePolicy
    new: tuple[PlannedNew, ...]
    updates: tuple[PlannedUpdate, ...]
    likely: tuple[LikelyRow, ...] = ()
    """New rows that look like a saved contact, merged or not."""
    region: str = ""
    """The country phone numbers were read in (the index's)."""

    @property
    def merges(self) -> frozenset[tuple[int, int]]:
        """The likely rows chosen to merge (see :attr:`LikelyRow.choice`)."""
        return frozenset(row.choice for row in self.likely if row.merged)

    @property
    def rejects(self) -> list[Reject]:
        """Rows that will not be imported, with their line and reason."""
        return self.parsed.rejects

    @property
    def notices(self) -> list[Reject]:
        """Values of imported rows not imported as details (an email that is not valid)."""
        return self.parsed.notices

    @property
    def matched_rows(self) -> int:
        """How many rows match a saved contact."""
        return sum(len(update.lines) for update in self.updates)

    @property
    def repeated_rows(self) -> int:
        """How many rows repeat an earlier new row of the same file."""
        return sum(len(planned.repeats) for planned in self.new)

    @property
    def tag_names(self) -> list[str]:
        """The tags the import gives, each once (case and accents aside): new contacts' first."""
        found: dict[str, str] = {}
        for name in [t for p in self.new for t in p.contact.tags] + [
            t for u in self.updates for t in u.tags
        ]:
            found.setdefault(tag_key(name), name)
        return list(found.values())

    @property
    def changed(self) -> tuple[PlannedUpdate, ...]:
        """The matched contacts that the import would change."""
        return tuple(update for update in self.updates if update.changes)


@dataclass
class _Group:
    """Rows of the file that are one person: a saved contact (id) or a new one (None)."""

    contact_id: int | None
    rows: list[PlanRow] = field(default_factory=list)


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
        row_keys = [(p + derived[name], name) for name, p in KEYS if derived[name]]
        if item.contact.uid:  # a card this InfoView (or an address book) exported: UID first
            row_keys.insert(0, (UID_PREFIX + item.contact.uid, "uid"))
        hit, by = next(((keys[k], name) for k, name in row_keys if k in keys), (None, ""))
        reason = match_reason(by) if by else ""
        if hit is None:
            position = len(groups)
            groups.append(_Group(None))
        elif hit > 0:
            position = by_contact.setdefault(hit, len(groups))
            if position == len(groups):
                groups.append(_Group(hit))
        else:
            position = -1 - hit
        groups[position].rows.append(PlanRow(item.line, item.contact, derived, reason))
        for key, _why in row_keys:
            keys.setdefault(key, -1 - position)
    if progress is not None:
        progress(total, total)
    return groups


def plan_import(
    parsed: ParseResult,
    index: MatchIndex,
    *,
    policy: MergePolicy = MergePolicy.FILL_BLANKS,
    merges: Merges = (),
    progress: Progress | None = None,
) -> ImportPlan:
    """Work out what importing ``parsed`` would do. Pure: touches no database.

    Args:
        parsed: what the parser read.
        index: the saved contacts, from :func:`load_match_index`.
        policy: what matches do to saved contacts.
        merges: the new rows that look like a saved contact to merge into it.
        progress: told ``(done, total)`` rows; raise from it to cancel.
    """
    groups, likely = _likely_merged(_group_rows(parsed, index, progress), index, merges)
    new: list[PlannedNew] = []
    updates: list[PlannedUpdate] = []
    for group in groups:
        if group.contact_id is None:
            new.append(new_contact(group.rows))
        else:
            updates.append(
                planned_update(
                    group.contact_id, group.rows, index.values, index.points, policy, index.tags
                )
            )
    return ImportPlan(
        parsed, MergePolicy(policy), tuple(new), tuple(updates), tuple(likely), index.region
    )


def _likely_merged(
    groups: list[_Group], index: MatchIndex, merges: Merges
) -> tuple[list[_Group], list[LikelyRow]]:
    """Return the groups with the likely rows chosen put with their saved contact."""
    finder = LikelyIndex(index.values, index.points, index.region)
    by_contact = {g.contact_id: g for g in groups if g.contact_id is not None}
    kept: list[_Group] = []
    likely: list[LikelyRow] = []
    for group in groups:
        planned = new_contact(group.rows) if group.contact_id is None else None
        match = finder.find(planned.contact) if planned is not None else None
        if match is None:
            kept.append(group)
            continue
        lines = tuple(row.line for row in group.rows)
        merged = merges == "all" or (merges == "strong" and match.strong)
        merged = merged or (not isinstance(merges, str) and (lines[0], match.contact_id) in merges)
        likely.append(LikelyRow(lines, _shown(group.rows[0].contact), match, merged))
        if not merged:
            kept.append(group)
            continue
        target = by_contact.get(match.contact_id)
        if target is None:
            target = by_contact[match.contact_id] = _Group(match.contact_id)
            kept.append(target)
        why = _("looks like it: {reason}").format(reason=match.reason)
        target.rows += [replace(row, reason=row.reason or why) for row in group.rows]
    return kept, likely


def _shown(contact: ContactData) -> str:
    return shown_name(details_of(contact))


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
    merges: Merges = (),
    progress: Progress | None = None,
) -> ImportPlan:
    """Read a file and plan its import against ``index``. Pure: touches no database.

    Args:
        data: the whole file.
        index: the saved contacts, from :func:`load_match_index`.
        format: the format to read it as; ``auto`` tells it from the content.
        mapping: for any other CSV, ``{header: field name}`` (guessed when None).
        policy: what matches do to saved contacts.
        merges: the new rows that look like a saved contact to merge into it.
        progress: told ``(percent, 100)`` as the work goes; raise from it to cancel.

    Raises:
        ImportFileError: when the file as a whole cannot be read.
    """
    parsed = read_contacts(data, format=format, mapping=mapping, progress=_scaled(progress, 0, 90))
    scaled = _scaled(progress, 90, 100)
    return plan_import(parsed, index, policy=policy, merges=merges, progress=scaled)


def _scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """Return a progress callback mapping ``(done, total)`` onto ``low..high`` percent."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        report(low + (high - low) * done // max(total, 1), 100)

    return scaled
