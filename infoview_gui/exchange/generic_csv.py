"""Any other CSV, read through a mapping from its headers to contact fields.

:func:`guess_mapping` proposes the mapping from common English header names; the user
may correct it before :func:`parse_csv` reads the rows. Besides the fields of
``ContactData``, a column can be mapped to ``full_name`` (split into first and last name
when those are empty), ``source`` (a stored value or its label) or ``tags`` (names
separated by commas, as InfoView writes them; Outlook's ``Categories`` column separates
them by semicolons too).

The ranking columns of an InfoView export (``csv_write.RANKING_COLUMNS`` and the
``Score: <criterion>`` columns) are read whatever the mapping, into each contact's
extras: ``field`` (the career field's name), ``rank``, ``weighted_score`` and
``score:<criterion name>`` (see :func:`ranking_of`). So are the labels, further emails,
phones and web addresses and UID of ``point_cells.POINT_COLUMNS``, into the contact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind
from infoview_gui.domain.enums import Source
from infoview_gui.domain.i18n import N_, _
from infoview_gui.exchange.column_guess import guess_mapping, normal_header
from infoview_gui.exchange.csv_write import RANKING_COLUMNS, SCORE_PREFIX, restore_cell
from infoview_gui.exchange.kept import Kept, label_of, labelled_points
from infoview_gui.exchange.point_cells import POINT_COLUMNS, with_point_cells
from infoview_gui.exchange.records import (
    ImportFileError,
    ParseResult,
    Progress,
)
from infoview_gui.exchange.tabular import (
    Converted,
    Row,
    Table,
    convert_rows,
    header_key,
    read_table,
    split_full_name,
)

FIELD_LABELS: dict[str, str] = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "full_name": N_("Full name (split into first and last)"),
    "title": N_("Job title"),
    "organisation": N_("Organization"),
    "location": N_("Location"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "profile_url": N_("Profile URL"),
    "notes": N_("Notes"),
    "introduced_by_text": N_("Introduced by (as typed)"),
    "source": N_("Source"),
    "tags": N_("Tags (separated by commas)"),
}
"""Every field a column can be mapped to, with the words the mapping step shows (marked
for the catalogue: ``_(label)`` where they are shown)."""

_RANKING_EXTRAS = dict(
    zip((header_key(h) for h in RANKING_COLUMNS), ("field", "rank", "weighted_score"), strict=True)
)
SCORE_EXTRA = "score:"
"""The prefix of a criterion's score among a contact's extras."""


def parse_csv(
    text: str, mapping: Mapping[str, str] | None = None, *, progress: Progress | None = None
) -> ParseResult:
    """Read any CSV with ``mapping`` (``{header: field name}``); guessed when None.

    A leading apostrophe that neutralised a formula (see ``csv_write``) is removed.
    Contacts get ``Source.OTHER`` unless a column is mapped to ``source``.
    ``progress`` is told how far the reading is (see ``records.Progress``).

    Raises:
        ImportFileError: when the file has no header, or a quote opens in it.
        ValueError: when ``mapping`` names a field that does not exist (a program error).
    """
    return parse_table(read_csv_table(text, mapping), mapping, progress=progress)


def read_csv_table(text: str, mapping: Mapping[str, str] | None = None) -> Table:
    """Split any CSV into header and rows, past a preamble (such as ``Notes:``).

    The header is the first record that holds every header of ``mapping``; without a
    mapping, the first of the first ten records with two values or more (else the
    first record).

    Raises:
        ImportFileError: when the file has no header, a quote opens in it, or no record
            holds the mapping's headers.
    """
    if not mapping:
        return read_table(text, is_header=_has_two_values, first_if_none=True)
    wanted = {header_key(header) for header in mapping}

    def holds_mapping(cells: list[str]) -> bool:
        return wanted <= {header_key(cell) for cell in cells}

    table = read_table(text, is_header=holds_mapping, first_if_none=True)
    if wanted <= _keys(table.headers):
        return table
    headers = read_table(text, is_header=_has_two_values, first_if_none=True).headers
    missing = [header for header in mapping if header_key(header) not in _keys(headers)]
    raise ImportFileError(
        _("The file has no column called {missing}; its columns are {columns}.").format(
            missing=_listed(missing), columns=_listed(headers)
        )
    )


def _has_two_values(cells: list[str]) -> bool:
    """Tell a record that can be a header: two values or more (a preamble has one)."""
    return sum(1 for cell in cells if cell.strip()) >= 2


def _keys(headers: list[str]) -> set[str]:
    return {header_key(header) for header in headers}


def _listed(names: list[str]) -> str:
    """Return names as “A”, “B”, “C”."""
    return ", ".join(f"“{name}”" for name in names)


def parse_table(
    table: Table, mapping: Mapping[str, str] | None = None, *, progress: Progress | None = None
) -> ParseResult:
    """Read the rows of an already split CSV file; see :func:`parse_csv`."""
    if mapping is None:
        mapping = guess_mapping(table.headers)
    unknown = set(mapping.values()) - FIELD_LABELS.keys()
    if unknown:
        raise ValueError(f"no such contact field: {sorted(unknown)}")
    columns: dict[str, list[tuple[str, str]]] = {}
    for header, field in mapping.items():
        columns.setdefault(field, []).append((header_key(header), header))
    notes = tuple(key for key, _ in columns.get("notes", ()))
    ranking = _ranking_columns(table.headers, mapping)
    points = _point_columns(table.headers, mapping)

    def convert(row: Row) -> Converted:
        converted = _convert(row, columns)
        if points:
            cells = {name: restore_cell(row.get(key)) for key, name in points.items()}
            # An InfoView export: its own columns give every point with its label.
            contact = with_point_cells(converted.contact, cells)
            converted = replace(converted, contact=contact, points=())
        extras = {name: restore_cell(row.get(key)).strip() for key, name in ranking.items()}
        converted.extras.update((name, value) for name, value in extras.items() if value)
        return converted

    used = {key for pairs in columns.values() for key, _ in pairs} | ranking.keys() | points.keys()
    return convert_rows("csv", table, convert, used=used, long_headers=notes, progress=progress)


def _ranking_columns(headers: list[str], mapping: Mapping[str, str]) -> dict[str, str]:
    """Return ``{header key: extra's name}`` of the ranking columns no mapping took."""
    mapped = {header_key(header) for header in mapping}
    found: dict[str, str] = {}
    for header in headers:
        key = header_key(header)
        if key in mapped or key in found:
            continue
        if key in _RANKING_EXTRAS:
            found[key] = _RANKING_EXTRAS[key]
        elif key.startswith(header_key(SCORE_PREFIX)):
            name = " ".join(restore_cell(header.replace("\ufeff", "")).split())
            criterion = name[len(SCORE_PREFIX.strip()) :].strip()
            if criterion:
                found[key] = SCORE_EXTRA + criterion
    return found


def _point_columns(headers: list[str], mapping: Mapping[str, str]) -> dict[str, str]:
    """Return ``{header key: header}`` of an InfoView export's point columns not mapped."""
    mapped = {header_key(header) for header in mapping}
    wanted = {header_key(header): header for header in POINT_COLUMNS}
    keys = (header_key(header) for header in headers)
    return {key: wanted[key] for key in keys if key in wanted and key not in mapped}


def ranking_of(extras: Mapping[str, str]) -> tuple[str, str, dict[str, str]]:
    """Return (career field, rank, {criterion: score}) from a contact's extras."""
    scores = {
        name.removeprefix(SCORE_EXTRA): value
        for name, value in extras.items()
        if name.startswith(SCORE_EXTRA)
    }
    return extras.get("field", ""), extras.get("rank", ""), scores


_POINT_FIELDS = {"email": PointKind.EMAIL, "phone": PointKind.PHONE, "profile_url": PointKind.WEB}


def _convert(row: Row, columns: dict[str, list[tuple[str, str]]]) -> Converted:
    """Turn one row into a contact through the mapped ``(header key, header)`` columns."""
    values: dict[str, str] = {}
    points: list[ContactPoint] = []
    kept: list[Kept] = []
    tags: list[str] = []
    for field, pairs in columns.items():
        cells = [restore_cell(row.get(key)) for key, _ in pairs]
        headers = [header for _, header in pairs]
        if field in _POINT_FIELDS:
            found = labelled_points(_POINT_FIELDS[field], zip(cells, headers, strict=True))
            values[field] = _primary(field, found)
            points.extend(found)
        elif field == "location":
            values[field], others = _places(headers, cells)
            kept.extend(others)
        elif field == "notes":
            values[field] = "\n".join(cell for cell in cells if cell)
        elif field == "tags":
            tags = [tag for cell, h in zip(cells, headers, strict=True) for tag in _tags(cell, h)]
        else:
            values[field] = next((cell for cell in cells if cell.strip()), "")
    first, last = values.pop("first_name", ""), values.pop("last_name", "")
    full = values.pop("full_name", "")
    if not (first.strip() or last.strip()) and full.strip():
        first, last = split_full_name(full)
    named = values.pop("source", "").strip()
    source = _source(named)
    extras = {"source": named} if named and source is None else {}
    contact = ContactData(
        first_name=first,
        last_name=last,
        title=values.get("title", ""),
        organisation=values.get("organisation", ""),
        location=values.get("location", ""),
        email=values.get("email", ""),
        phone=values.get("phone", ""),
        profile_url=values.get("profile_url", ""),
        introduced_by_text=values.get("introduced_by_text", ""),
        notes=values.get("notes", ""),
        source=source or Source.OTHER,
    )
    return Converted(contact, extras, points, kept, tags)


def _tags(cell: str, header: str) -> list[str]:
    """Return the tag names in one cell: split at commas (Outlook's categories: semicolons)."""
    if normal_header(header) in _SEMICOLON_HEADERS:
        cell = cell.replace(";", ",")
    return cell.split(",")


_SEMICOLON_HEADERS = frozenset({"categories", "category"})


def _primary(field: str, points: list[ContactPoint]) -> str:
    """Return the value the contact holds: the first, or for the profile the first link."""
    if field != "profile_url":
        return points[0].value if points else ""
    links = [p.value for p in points if p.value.casefold().startswith(("http://", "https://"))]
    links.sort(key=lambda url: "linkedin." not in url.casefold())
    return links[0] if links else ""


def _places(headers: list[str], cells: list[str]) -> tuple[str, list[Kept]]:
    """Return the location (the first place with a value) and the other places' values.

    Columns of one place share a label: Business City, Business State and Business
    Country are one place, Home City and Home Country another.
    """
    places: dict[str, list[tuple[str, str]]] = {}
    for header, cell in zip(headers, cells, strict=True):
        if cell.strip():
            places.setdefault(label_of(header), []).append((header, cell.strip()))
    if not places:
        return "", []
    first, *others = places.values()
    kept = [(header, value) for place in others for header, value in place]
    return ", ".join(value for _, value in first), kept


def _source(text: str) -> Source | None:
    """Return the source a cell names (stored value, or label in English or the user's)."""
    key = text.strip().casefold()
    for source in Source:
        names = (source.value, source.value.replace("_", " "), source.source_label, source.label)
        if key in (name.casefold() for name in names):
            return source
    return None
