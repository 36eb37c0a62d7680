"""Contacts to CSV (RFC 4180), optionally safe to open in a spreadsheet.

The rule for formulas, and for phone numbers that start with ``+``:

* A spreadsheet runs a cell starting with ``= + - @``, a tab or a carriage return as a
  formula. With ``spreadsheet=True``, such a cell is written with a leading apostrophe:
  ``+44 20 7946 0000`` is written ``'+44 20 7946 0000`` and shows as text.
* A cell that already starts with apostrophes followed by one of those characters gets
  one more apostrophe, in both modes, so the rule can be undone without ambiguity.
* InfoView's reader removes one leading apostrophe from any cell that, after its leading
  apostrophes, starts with one of those characters. So importing an export gives back
  exactly the contacts exported, in both modes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Source

EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("First name", "first_name"),
    ("Last name", "last_name"),
    ("Job title", "title"),
    ("Organisation", "organisation"),
    ("Location", "location"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Profile URL", "profile_url"),
    ("Source", "source"),
    ("Introduced by", "introduced_by_text"),
    ("Notes", "notes"),
)
"""The header InfoView writes, and the contact field under each column."""

EXPORT_MAPPING: dict[str, str] = dict(EXPORT_COLUMNS)
"""The mapping that reads an InfoView export back (``guess_mapping`` finds it too)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _triggers(cell: str) -> bool:
    """Tell whether a cell, after its leading apostrophes, starts like a formula."""
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def neutralise_cell(cell: str, *, spreadsheet: bool) -> str:
    """Return a cell as written, by the rule in this module's docstring."""
    if _triggers(cell) and (spreadsheet or cell.startswith("'")):
        return "'" + cell
    return cell


def restore_cell(cell: str) -> str:
    """Undo :func:`neutralise_cell` (in either mode)."""
    if cell.startswith("'") and _triggers(cell):
        return cell[1:]
    return cell


def write_contacts_csv(contacts: Iterable[ContactData], *, spreadsheet: bool) -> str:
    """Return the contacts as CSV text: CRLF line ends, quotes only where needed.

    Args:
        contacts: the contacts, in the order to write them.
        spreadsheet: start with a UTF-8 byte-order mark (so spreadsheets read UTF-8) and
            neutralise cells a spreadsheet would run as formulas.
    """
    buffer = io.StringIO(newline="")
    if spreadsheet:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([header for header, _ in EXPORT_COLUMNS])
    for contact in contacts:
        writer.writerow(
            neutralise_cell(_cell(contact, field), spreadsheet=spreadsheet)
            for _, field in EXPORT_COLUMNS
        )
    return buffer.getvalue()


def _cell(contact: ContactData, field: str) -> str:
    """Return one field of a contact as text."""
    value = getattr(contact, field)
    return Source(value).value if field == "source" else str(value)
