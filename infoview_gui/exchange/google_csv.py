"""An address-book CSV as Google Contacts exports it, current and older layouts.

Numbered groups (``E-mail 1 - Value``, ``E-mail 2 - Value``, ``Phone 1 - Value``...) vary
in number from file to file. One cell can hold several values joined by `` ::: ``; a
leading ``* `` marks the primary one, on a value or on its group's label.

``Labels`` (``Group Membership`` in the older layout) become the contact's tags, without
Google's own groups (``* myContacts``, ``* starred``, ``System Group: My Contacts``): a
leading ``* `` marks Google's label, never part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.formats import is_google_header
from infoview_gui.exchange.kept import Kept, labelled_points
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
    table = read_table(text, is_header=is_google_header, expected=_("a Google Contacts export"))
    converter = _make_converter(table.headers)
    used = [key for key in map(header_key, table.headers) if _is_used(key)]
    return convert_rows(
        "google",
        table,
        converter,
        used=used,
        quiet=_is_quiet,
        long_headers=("notes",),
        progress=progress,
    )


_USED = frozenset(
    {
        "first name",
        "given name",
        "last name",
        "family name",
        "name",
        "file as",
        "organization name",
        "organization 1 - name",
        "organization title",
        "organization 1 - title",
        "address 1 - city",
        "address 1 - region",
        "address 1 - country",
        "location",
        "notes",
        "labels",
        "group membership",
        "middle name",
        "additional name",
    }
)
"""The columns a contact (or its extras) takes; numbered groups are taken too."""


def _is_used(key: str) -> bool:
    """Tell whether the converter reads a column (header key)."""
    found = _GROUP.match(key)
    return key in _USED or (found is not None and found.group(3) != "type")


def _is_quiet(key: str) -> bool:
    """Tell the columns that hold nothing to keep.

    Photos, phonetic names, group types, and the whole address (its parts are kept).
    """
    return (
        key in ("photo", "address 1 - formatted")
        or "phonetic" in key
        or "yomi" in key
        or key.endswith(" - type")
    )


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


def _ranked(row: Row, groups: list[tuple[str, str]], kind: PointKind) -> list[ContactPoint]:
    """Return every value of the groups with its label, the primary one first."""
    primary: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    for label, value in groups:
        labels = [text.lstrip("* ") for text in row.get(label).split(":::")]
        group_primary = row.get(label).lstrip().startswith("*")
        for index, (item, marked) in enumerate(split_values(row.get(value))):
            named = labels[min(index, len(labels) - 1)]
            if marked or (group_primary and index == 0):
                primary.append((item, named))
            else:
                others.append((item, named))
    return labelled_points(kind, primary + others)


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
        all_emails = _ranked(row, emails, PointKind.EMAIL)
        all_phones = _ranked(row, phones, PointKind.PHONE)
        all_webs = _ranked(row, websites, PointKind.WEB)
        urls = [p.value for p in all_webs if p.value.casefold().startswith("http")]
        urls.sort(key=lambda url: "linkedin." not in url.casefold())
        contact = ContactData(
            first_name=first,
            last_name=last,
            organisation=_first(row, "organization name", "organization 1 - name"),
            title=_first(row, "organization title", "organization 1 - title"),
            location=_location(row),
            email=all_emails[0].value if all_emails else "",
            phone=all_phones[0].value if all_phones else "",
            profile_url=urls[0] if urls else "",
            notes=row.get("notes"),
        )
        extras, kept = _extras(row, [p.value for p in all_emails[1:]])
        points = [*all_emails, *all_phones, *all_webs]
        return Converted(contact, extras, points, kept, _own_labels(row))

    return convert


def _labels(row: Row) -> list[str]:
    """Return the labels of a row as written (``Labels``, else ``Group Membership``)."""
    return [v for v, _ in split_values(row.get("labels") or row.get("group membership"))]


def _own_labels(row: Row) -> list[str]:
    """Return the labels the user made (the contact's tags), Google's own groups left out."""
    return [label for label in _labels(row) if not _is_googles(label)]


def _is_googles(label: str) -> bool:
    """Tell Google's own groups: ``myContacts``, ``Starred``, ``System Group: Friends``..."""
    key = label.casefold().replace(" ", "")
    return key in _GOOGLE_OWN or key.startswith("systemgroup:")


def _extras(row: Row, other_emails: list[str]) -> tuple[dict[str, str], list[Kept]]:
    """Return the facts kept aside (labels, other emails, middle name) and those for notes.

    The labels are the contact's tags (:func:`_own_labels`), not kept in notes.
    """
    extras: dict[str, str] = {}
    kept: list[Kept] = []
    labels = _labels(row)
    if labels:
        extras["labels"] = SEPARATOR.join(labels)
    if other_emails:
        extras["other_emails"] = SEPARATOR.join(other_emails)
    middle = _plain(row, "middle name", "additional name")
    if middle:
        extras["middle_name"] = middle
        kept.append(("Middle name", middle))
    return extras, kept


_GOOGLE_OWN = frozenset({"mycontacts", "starred", "othercontacts"})
