"""What every CSV format shares: find the header, turn each row into a checked contact.

A format supplies a *converter*: given the headers, it returns a function from one
:class:`Row` to a :class:`Converted` contact. This module does the rest: the unclosed
quote, rows with more values than the header, values that are too long, empty rows, and
``validated()``, each giving a :class:`Reject` with the row's line.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, fields, replace

from infoview_gui.domain.contact import ContactData, validated
from infoview_gui.domain.contact_points import ContactPoint
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.tags import file_tags
from infoview_gui.domain.wording import counted
from infoview_gui.exchange.csv_read import CsvRecord, read_records
from infoview_gui.exchange.decoding import sniff_delimiter
from infoview_gui.exchange.kept import Kept, notes_with, placed
from infoview_gui.exchange.records import (
    EMPTY_ROW_REASON,
    MAX_FIELD_CHARS,
    MAX_NOTES_CHARS,
    PROGRESS_EVERY,
    ImportedContact,
    ImportFileError,
    ImportFormat,
    ParseResult,
    Progress,
    Reject,
    unclosed_quote_in_header,
)

_TEXT_FIELDS = tuple(f.name for f in fields(ContactData) if f.type in ("str", str))


def header_key(header: str) -> str:
    """Return a header as compared: without a byte-order mark, spaces or letter case."""
    return " ".join(header.replace("\ufeff", "").split()).casefold()


@dataclass(frozen=True)
class Table:
    """A CSV file split into its header and its data rows."""

    headers: list[str]
    header_line: int
    rows: list[CsvRecord]
    unread: list[Reject] = field(default_factory=list)


class Row:
    """One data row, whose values are looked up by header (case does not matter)."""

    __slots__ = ("cells", "index")

    def __init__(self, index: dict[str, int], cells: list[str]) -> None:
        self.index = index
        self.cells = cells

    def get(self, header: str) -> str:
        """Return the value under ``header`` (as given by :func:`header_key`), or ""."""
        position = self.index.get(header)
        if position is None or position >= len(self.cells):
            return ""
        return self.cells[position]


@dataclass(frozen=True)
class Converted:
    """A contact made from one row, not yet validated, with facts kept aside.

    Attributes:
        contact: the contact's fields.
        extras: facts for other parts of the import (see ``ImportedContact``).
        points: every email, phone and web address, each kind's primary first.
        kept: values with no field, for the notes (see ``kept.notes_with``).
        tags: the tag names the row gives, as written (checked by :func:`check_contact`).
    """

    contact: ContactData
    extras: dict[str, str] = field(default_factory=dict)
    points: Sequence[ContactPoint] = ()
    kept: Sequence[Kept] = ()
    tags: Sequence[str] = ()


RowConverter = Callable[[Row], Converted]


def read_table(
    text: str,
    *,
    is_header: Callable[[list[str]], bool] | None = None,
    expected: str = "",
    first_if_none: bool = False,
) -> Table:
    """Split ``text`` into header and rows.

    Args:
        text: the whole file.
        is_header: tells the header among the first records (to skip a preamble);
            by default the first record is the header.
        expected: what the file should be, for the message when no header is found.
        first_if_none: take the first record when ``is_header`` finds none.

    Raises:
        ImportFileError: when there is no header, or a quote opens at or before it.
    """
    read = read_records(text, sniff_delimiter(text))
    records = read.records
    position: int | None = 0
    if is_header is not None:
        position = next((i for i, r in enumerate(records[:10]) if is_header(r.cells)), None)
        if position is None and first_if_none:
            position = 0
    header_line = records[position].line if records and position is not None else None
    early = [r for r in read.rejects if header_line is None or r.line <= header_line]
    if early:
        if read.stopped and early[-1] is read.rejects[-1]:
            raise unclosed_quote_in_header(early[-1].line)
        raise ImportFileError(
            _("Line {line}: this row is too long to read.").format(line=early[0].line)
        )
    if not records:
        raise ImportFileError(_("The file has no rows."))
    if position is None:
        raise ImportFileError(
            _("This file does not look like {expected}: its header row was not found.").format(
                expected=expected
            )
        )
    header = records[position]
    headers = [" ".join(cell.replace("\ufeff", "").split()) for cell in header.cells]
    return Table(headers, header.line, records[position + 1 :], read.rejects)


def convert_rows(
    fmt: ImportFormat,
    table: Table,
    converter: RowConverter,
    *,
    used: Collection[str],
    quiet: Callable[[str], bool] = lambda key: False,
    long_headers: Sequence[str] = (),
    progress: Progress | None = None,
) -> ParseResult:
    """Convert and check every row of ``table``; bad rows become rejects.

    The values of columns that the converter does not use are kept in the contact's
    notes, and those columns are listed in the result's ``unmapped``.

    Args:
        fmt: the format the result reports.
        table: the rows.
        converter: turns one row into a contact.
        used: the headers (as :func:`header_key` gives them) the converter reads.
        quiet: tells the header keys of columns that carry nothing to keep (a photo's
            address, a phonetic name); they are neither kept nor listed.
        long_headers: headers (as :func:`header_key` gives them) whose values may be as
            long as notes.
        progress: told how far the conversion is; see :data:`records.Progress`.
    """
    index: dict[str, int] = {}
    for position, header in enumerate(table.headers):
        index.setdefault(header_key(header), position)
    long_positions = {index[key] for key in long_headers if key in index}
    taken = {index[key] for key in used if key in index}
    spare = [
        position
        for position, header in enumerate(table.headers)
        if position not in taken and header.strip() and not quiet(header_key(header))
    ]
    listed: set[int] = set()
    result = ParseResult(fmt)
    total = len(table.rows)
    for done, record in enumerate(table.rows):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        problem = _shape_problem(table.headers, record.cells, long_positions)
        if problem:
            result.rejects.append(Reject(record.line, problem))
            continue
        converted = converter(Row(index, record.cells))
        kept = _spare_values(table.headers, record.cells, spare)
        if kept:
            listed.update(position for position, _ in kept)
            converted = replace(converted, kept=[*converted.kept, *(k for _, k in kept)])
        outcome = check_contact(record.line, converted)
        if isinstance(outcome, Reject):
            result.rejects.append(outcome)
        else:
            result.contacts.append(outcome)
    if table.unread:
        result.rejects.extend(table.unread)
        result.rejects.sort(key=lambda reject: reject.line)
    result.unmapped = [table.headers[position] for position in sorted(listed)]
    if progress is not None:
        progress(total, total)
    return result


_NOTHING = frozenset({"0/0/00", "0/0/0000", "0.0.00", "unspecified", "normal", "false"})
"""What an address book writes in a column it has nothing for (Outlook's empty Birthday,
Gender, Sensitivity, Priority and Private): not worth keeping."""


def _spare_values(headers: list[str], cells: list[str], spare: list[int]) -> list[tuple[int, Kept]]:
    """Return ``(position, (header, value))`` of each spare column with a value in a row."""
    found = ((position, cells[position].strip()) for position in spare if position < len(cells))
    return [
        (position, (headers[position], value))
        for position, value in found
        if value and value.casefold() not in _NOTHING
    ]


def _shape_problem(headers: list[str], cells: list[str], long_positions: set[int]) -> str:
    """Return why a row cannot be trusted as it is, or ""."""
    if len(cells) > len(headers) and any(cell.strip() for cell in cells[len(headers) :]):
        said = _(
            "The row has {values} but the header has {columns}; a value holding the "
            "delimiter may have lost its quotes."
        )
        values = counted(len(cells), "value", "values")
        return said.format(values=values, columns=counted(len(headers), "column", "columns"))
    for position, cell in enumerate(cells):
        limit = MAX_NOTES_CHARS if position in long_positions else MAX_FIELD_CHARS
        if len(cell) > limit:
            said = (
                _("The value in column “{name}” is longer than {limit} characters.")
                if position < len(headers)
                else _("The value in column number {number} is longer than {limit} characters.")
            )
            name = headers[position] if position < len(headers) else ""
            return said.format(name=name, number=position + 1, limit=formats().number(limit))
    return ""


def check_contact(line: int, converted: Converted) -> ImportedContact | Reject:
    """Validate a converted contact; an empty or invalid one becomes a reject.

    The contact takes every email, phone and web address (its own first of each kind,
    unless it is not valid and another of its kind is); values with no field of their
    own (the converted ``kept``, and addresses that are not valid or past the most a
    contact holds) are added to its notes, and each address not imported has a notice.
    """
    contact = converted.contact
    if not any(getattr(contact, name).strip() for name in _TEXT_FIELDS):
        return Reject(line, _(EMPTY_ROW_REASON))
    try:
        return _checked(line, converted, check_primaries=False)
    except ValidationError as error:
        if error.field not in _PRIMARY_INPUTS:
            return Reject(line, str(error))
    try:  # a primary that is not valid may give way to a valid one of its kind
        return _checked(line, converted, check_primaries=True)
    except ValidationError as error:
        return Reject(line, str(error))


_PRIMARY_INPUTS = frozenset({"email", "phone", "profile_url"})


def _checked(line: int, converted: Converted, *, check_primaries: bool) -> ImportedContact:
    """Return the checked contact of a converted row.

    Raises:
        ValidationError: when it is not valid.
    """
    contact = converted.contact
    held = placed(contact, converted.points, check_primaries=check_primaries)
    tags, left = file_tags(converted.tags)
    kept = [*held.kept, *converted.kept, *(("Tag", name) for name, _ in left)]
    contact = held.contact
    if kept:
        contact = replace(contact, notes=notes_with(contact.notes, kept))
    clean = validated(replace(contact, tags=tags))
    said = _("The tag “{tag}” is kept in the notes: {why}")
    problems = [said.format(tag=_one_line(name), why=why) for name, why in left]
    return ImportedContact(line, clean, converted.extras, (*held.notices, *problems))


def _one_line(text: str) -> str:
    """Return text on one line, cut short, as a notice quotes it."""
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def split_full_name(name: str) -> tuple[str, str]:
    """Split a full name into first and last: ``Last, First`` or ``First ... Last``."""
    name = " ".join(name.split())
    before, comma, after = (part.strip() for part in name.partition(","))
    if comma and before and after and "," not in after:
        if after.casefold().strip(".") not in _SUFFIXES:
            return after, before
        first, last = split_full_name(before)
        return (first, f"{last}, {after}") if last else (first, after)
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (last, "")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq", "msc", "ba"})
