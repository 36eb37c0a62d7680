"""Any other CSV, read through a mapping from its headers to contact fields.

:func:`guess_mapping` proposes the mapping from common English header names; the user
may correct it before :func:`parse_csv` reads the rows. Besides the fields of
``ContactData``, a column can be mapped to ``full_name`` (split into first and last name
when those are empty) or ``source`` (a stored value or its label).

The ranking columns of an InfoView export (``csv_write.RANKING_COLUMNS`` and the
``Score: <criterion>`` columns) are read whatever the mapping, into each contact's
extras: ``field`` (the career field's name), ``rank``, ``weighted_score`` and
``score:<criterion name>`` (see :func:`ranking_of`). So are the labels, further emails,
phones and web addresses and UID of ``point_cells.POINT_COLUMNS``, into the contact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Source
from infoview_gui.exchange.csv_write import RANKING_COLUMNS, SCORE_PREFIX, restore_cell
from infoview_gui.exchange.point_cells import POINT_COLUMNS, with_point_cells
from infoview_gui.exchange.records import ParseResult, Progress
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
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name (split into first and last)",
    "title": "Job title",
    "organisation": "Organisation",
    "location": "Location",
    "email": "Email",
    "phone": "Phone",
    "profile_url": "Profile URL",
    "notes": "Notes",
    "introduced_by_text": "Introduced by",
    "source": "Source",
}
"""Every field a column can be mapped to, with the words the mapping step shows."""

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "given name", "givenname", "forename", "first"),
    "last_name": ("last name", "lastname", "surname", "family name", "familyname", "last"),
    "full_name": ("name", "full name", "fullname", "contact name", "display name", "contact"),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "e mail 1 value",
        "email 1",
        "primary email",
        "work email",
        "personal email",
    ),
    "organisation": (
        "organisation",
        "organization",
        "company",
        "company name",
        "organization name",
        "organisation name",
        "employer",
        "institution",
        "org",
    ),
    "title": (
        "job title",
        "position",
        "role",
        "organization title",
        "occupation",
        "job",
        "title",
    ),
    "location": ("location", "city", "town", "region", "state", "country", "address"),
    "profile_url": (
        "profile url",
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "profile",
        "profile link",
        "url",
        "website",
        "web page",
        "homepage",
    ),
    "phone": (
        "phone",
        "mobile",
        "phone number",
        "telephone",
        "tel",
        "cell",
        "mobile phone",
        "mobile number",
        "work phone",
        "phone 1 value",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "description"),
    "introduced_by_text": ("introduced by", "referred by", "referrer", "introducer"),
    "source": ("source",),
}
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("email", "email"),
    ("e mail", "email"),
    ("linkedin", "profile_url"),
    ("mobile", "phone"),
    ("phone", "phone"),
    ("company", "organisation"),
    ("organi", "organisation"),
    ("note", "notes"),
)
_LOCATION_PARTS = 3
_RANKING_EXTRAS = dict(
    zip((header_key(h) for h in RANKING_COLUMNS), ("field", "rank", "weighted_score"), strict=True)
)
SCORE_EXTRA = "score:"
"""The prefix of a criterion's score among a contact's extras."""
_PUNCTUATION = re.compile(r"[-_./:()#*]+")


def _normal(header: str) -> str:
    """Return a header with punctuation made spaces, lower-cased."""
    return " ".join(_PUNCTUATION.sub(" ", header_key(header)).split())


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Return the likely field of each header it recognises: ``{header: field name}``.

    Each field gets at most one column, except ``location``, which joins up to three
    (such as City, Region and Country).
    """
    candidates: list[tuple[int, int, str]] = []
    for position, header in enumerate(headers):
        name = _normal(header)
        for field, synonyms in _SYNONYMS.items():
            if name in synonyms:
                candidates.append((synonyms.index(name), position, field))
        skip = any(word in name.split() for word in ("type", "label"))
        for keyword, field in _KEYWORDS:
            if keyword in name and not skip:
                candidates.append((100, position, field))
    mapping: dict[str, str] = {}
    taken: dict[str, int] = {}
    for _rank, position, field in sorted(candidates):
        header = headers[position]
        limit = _LOCATION_PARTS if field == "location" else 1
        if header in mapping or taken.get(field, 0) >= limit:
            continue
        mapping[header] = field
        taken[field] = taken.get(field, 0) + 1
    return mapping


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
    return parse_table(read_table(text), mapping, progress=progress)


def parse_table(
    table: Table, mapping: Mapping[str, str] | None = None, *, progress: Progress | None = None
) -> ParseResult:
    """Read the rows of an already split CSV file; see :func:`parse_csv`."""
    if mapping is None:
        mapping = guess_mapping(table.headers)
    unknown = set(mapping.values()) - FIELD_LABELS.keys()
    if unknown:
        raise ValueError(f"no such contact field: {sorted(unknown)}")
    columns: dict[str, list[str]] = {}
    for header, field in mapping.items():
        columns.setdefault(field, []).append(header_key(header))
    notes = tuple(columns.get("notes", ()))
    ranking = _ranking_columns(table.headers, mapping)
    points = _point_columns(table.headers, mapping)

    def convert(row: Row) -> Converted:
        converted = _convert(row, columns)
        if points:
            cells = {name: restore_cell(row.get(key)) for key, name in points.items()}
            converted = Converted(with_point_cells(converted.contact, cells), converted.extras)
        extras = {name: restore_cell(row.get(key)).strip() for key, name in ranking.items()}
        converted.extras.update((name, value) for name, value in extras.items() if value)
        return converted

    return convert_rows("csv", table, convert, long_headers=notes, progress=progress)


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


def _convert(row: Row, columns: dict[str, list[str]]) -> Converted:
    """Turn one row into a contact through the mapped columns."""
    values: dict[str, str] = {}
    for field, headers in columns.items():
        cells = [restore_cell(row.get(header)) for header in headers]
        if field == "location":
            values[field] = ", ".join(cell.strip() for cell in cells if cell.strip())
        elif field == "notes":
            values[field] = "\n".join(cell for cell in cells if cell)
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
    return Converted(contact, extras)


def _source(text: str) -> Source | None:
    """Return the source a cell names (stored value or label), or None."""
    key = text.strip().casefold()
    for source in Source:
        if key in (source.value, source.label.casefold()):
            return source
    return None
