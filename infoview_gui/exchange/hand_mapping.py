"""A column mapping typed by hand: ``first=Vorname,last=Nachname,email=E-Mail-Adresse``.

The command line's ``--map`` takes it; each pair names a contact field (short names
such as ``first`` and ``org``, or the field's own name) and a column header of the file,
as the header line writes it (letter case and spaces do not matter). A header holding
a comma is written in double quotes: ``"org=Company, Inc."``.
"""

from __future__ import annotations

import csv

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.generic_csv import FIELD_LABELS
from infoview_gui.exchange.records import ImportFileError

SHORT_NAMES: dict[str, str] = {
    "first": "first_name",
    "last": "last_name",
    "name": "full_name",
    "full": "full_name",
    "title": "title",
    "position": "title",
    "job": "title",
    "org": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "company": "organisation",
    "location": "location",
    "city": "location",
    "email": "email",
    "phone": "phone",
    "url": "profile_url",
    "profile": "profile_url",
    "web": "profile_url",
    "notes": "notes",
    "introduced": "introduced_by_text",
    "source": "source",
}
"""Short field names a hand mapping may use, besides the fields' own names."""

EXAMPLE = "first=Vorname,last=Nachname,email=E-Mail-Adresse"


def parse_hand_mapping(text: str) -> dict[str, str]:
    """Return ``{header: field name}`` from ``field=Header,field=Header``.

    Raises:
        ImportFileError: when a pair has no ``=``, names no field, or the text is empty.
    """
    try:
        pairs = next(csv.reader([text], skipinitialspace=True), [])
    except csv.Error as error:
        raise ImportFileError(
            _("The column mapping cannot be read: {error}.").format(error=error)
        ) from error
    mapping: dict[str, str] = {}
    for pair in (p.strip() for p in pairs):
        if not pair:
            continue
        name, equals, header = (part.strip() for part in pair.partition("="))
        if not equals or not header:
            raise ImportFileError(
                _("“{pair}” is not field=Column; write the mapping as “{example}”.").format(
                    pair=pair, example=EXAMPLE
                )
            )
        field = SHORT_NAMES.get(name.casefold(), name.casefold())
        if field not in FIELD_LABELS:
            known = ", ".join(sorted(SHORT_NAMES))
            raise ImportFileError(
                _("There is no contact field called “{name}” (fields: {known}).").format(
                    name=name, known=known
                )
            )
        mapping[header] = field
    if not mapping:
        raise ImportFileError(
            _("The column mapping is empty; write it as “{example}”.").format(example=EXAMPLE)
        )
    return mapping
