"""An address-book CSV as Google Contacts exports it, current and older layouts.

Numbered groups (``E-mail 1 - Value``, ``E-mail 2 - Value``, ``Phone 1 - Value``...) vary
in number from file to file. One cell can hold several values joined by `` ::: ``; a
leading ``* `` marks the primary one, on a value or on its group's label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from infoview_gui.domain.contact import ContactData
from infoview_gui.exchange.formats import is_google_header
from infoview_gui.exchange.records import ParseResult, Progress
from infoview_gui.exchange.tabular import (
    Converted,
    Row,
    convert_rows,
    header_key,
    read_table,
    split_full_name,
)

SEPARATOR = " ::: "
_GROUP = re.compile(r"^(e-mail|phone|website) (\d+) - (value|label|type)$")


def parse_google(text: str, *, progress: Progress | None = None) -> ParseResult:
    """Read a Google Contacts CSV (either layout); contacts get ``Source.OTHER``.

    ``progress`` is told how far the reading is (see ``records.Progress``).

    Raises:
        ImportFileError: when no Google Contacts header is found, or a quote opens before it.
    """
    table = read_table(text, is_header=is_google_header, expected="a Google Contacts export")
    converter = _make_converter(table.headers)
    return convert_rows("google", table, converter, long_headers=("notes",), progress=progress)


def split_values(cell: str) -> list[tuple[str, bool]]:
    """Split a multi-value cell into ``(value, is_primary)`` pairs, empty values dropped."""
    pairs = []
    for part in cell.split(":::"):
        part = part.strip()
        primary = part.startswith("*")
        value = part[1:].strip() if primary else part
        if value:
            pairs.append((value, primary))
    return pairs


def _groups(headers: list[str], kind: str) -> list[tuple[str, str]]:
    """Return ``(label header, value header)`` of each numbered group of ``kind``, in order."""
    numbers = sorted(
        {
            int(found.group(2))
            for found in map(_GROUP.match, map(header_key, headers))
            if found and found.group(1) == kind
        }
    )
    label = "label" if f"{kind} 1 - label" in map(header_key, headers) else "type"
    return [(f"{kind} {n} - {label}", f"{kind} {n} - value") for n in numbers]


def _ranked(row: Row, groups: list[tuple[str, str]]) -> list[str]:
    """Return every value of the groups, the primary one first."""
    primary: list[str] = []
    others: list[str] = []
    for label, value in groups:
        group_primary = row.get(label).lstrip().startswith("*")
        for index, (item, marked) in enumerate(split_values(row.get(value))):
            if marked or (group_primary and index == 0):
                primary.append(item)
            else:
                others.append(item)
    return primary + others


def _first(row: Row, *headers: str) -> str:
    """Return the primary (else first) value of the first non-empty header."""
    for header in headers:
        values = split_values(row.get(header))
        if values:
            return next((v for v, marked in values if marked), values[0][0])
    return ""


def _plain(row: Row, *headers: str) -> str:
    """Return the first non-empty value among ``headers``, as written."""
    return next((v for v in (row.get(h).strip() for h in headers) if v), "")


def _location(row: Row) -> str:
    """Return 'city, region, country' of the first address, else the Location column."""
    parts = [_first(row, f"address 1 - {part}") for part in ("city", "region", "country")]
    joined = ", ".join(part for part in parts if part)
    return joined or _first(row, "location")


def _make_converter(headers: list[str]) -> Callable[[Row], Converted]:
    """Return the row converter for this file's columns."""
    emails = _groups(headers, "e-mail")
    phones = _groups(headers, "phone")
    websites = _groups(headers, "website")

    def convert(row: Row) -> Converted:
        first = _plain(row, "first name", "given name")
        last = _plain(row, "last name", "family name")
        if not (first or last):
            first, last = split_full_name(_plain(row, "name", "file as"))
        all_emails = _ranked(row, emails)
        urls = [url for url in _ranked(row, websites) if url.casefold().startswith("http")]
        urls.sort(key=lambda url: "linkedin." not in url.casefold())
        contact = ContactData(
            first_name=first,
            last_name=last,
            organisation=_first(row, "organization name", "organization 1 - name"),
            title=_first(row, "organization title", "organization 1 - title"),
            location=_location(row),
            email=all_emails[0] if all_emails else "",
            phone=next(iter(_ranked(row, phones)), ""),
            profile_url=urls[0] if urls else "",
            notes=row.get("notes"),
        )
        return Converted(contact, _extras(row, all_emails[1:]))

    return convert


def _extras(row: Row, other_emails: list[str]) -> dict[str, str]:
    """Return the facts kept aside: labels, other emails, middle name."""
    extras: dict[str, str] = {}
    labels = [v for v, _ in split_values(row.get("labels") or row.get("group membership"))]
    if labels:
        extras["labels"] = SEPARATOR.join(labels)
    if other_emails:
        extras["other_emails"] = SEPARATOR.join(other_emails)
    middle = _plain(row, "middle name", "additional name")
    if middle:
        extras["middle_name"] = middle
    return extras
