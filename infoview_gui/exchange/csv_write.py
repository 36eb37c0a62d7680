"""Contacts to CSV (RFC 4180), safe to open in a spreadsheet unless asked for raw cells.

The rule for formulas, and for phone numbers that start with ``+``:

* A spreadsheet runs a cell starting with ``= + - @``, a tab or a carriage return as a
  formula. By default such a cell is written with a leading apostrophe, which a
  spreadsheet takes as "this is text" and does not show: ``+44 20 7946 0000`` is written
  ``'+44 20 7946 0000`` and shows as ``+44 20 7946 0000``; ``=HYPERLINK(...)`` shows as
  the text it is and runs nothing. With ``raw=True`` (for programs that read the file,
  not people) cells are written as they are.
* A cell that already starts with apostrophes followed by one of those characters gets
  one more apostrophe, in both modes, so the rule can be undone without ambiguity.
* InfoView's reader removes one leading apostrophe from any cell that, after its leading
  apostrophes, starts with one of those characters. So importing an export gives back
  exactly the contacts exported, in both modes.

The ``Tags`` column holds the contact's tags joined by ``, `` (``domain.tags.TAG_SEPARATOR``):
a tag never holds a comma, so the cell splits back into the same tags.

After the contact's details come its labels, further emails, phones and web addresses and
UID (``point_cells.POINT_COLUMNS``), then its place in the ranking (:data:`RANKING_COLUMNS`): its
career field by name, its rank in that field (1 is first) and its weighted score, then one
``Score: <criterion name>`` column per criterion of the fields exported (a contact has
scores under its own field's criteria only). ``generic_csv`` reads them back as extras.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Source
from infoview_gui.domain.tags import joined_tags
from infoview_gui.exchange.point_cells import POINT_COLUMNS, point_cells

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
    ("Tags", "tags"),
)
"""The header InfoView writes, and the contact field under each column."""

EXPORT_MAPPING: dict[str, str] = dict(EXPORT_COLUMNS)
"""The mapping that reads an InfoView export back (``guess_mapping`` finds it too)."""

RANKING_COLUMNS = ("Career field", "Rank", "Weighted score")
"""The header of a contact's place in the ranking, after :data:`EXPORT_COLUMNS`."""

SCORE_PREFIX = "Score: "
"""A criterion's column is this prefix and the criterion's name."""


@dataclass(frozen=True)
class Ranking:
    """A contact's career field, rank in it (1 is first), weighted score and scores."""

    career_field: str = ""
    rank: int | None = None
    score: float | None = None
    scores: Mapping[str, int] = field(default_factory=dict)
    """Score (0-5) by criterion name."""

    def cells(self, criteria: Sequence[str]) -> list[str]:
        """Return the ranking's cells under :data:`RANKING_COLUMNS` and ``criteria``.

        A criterion's name is matched whatever its letter case.
        """
        given = {name.casefold(): value for name, value in self.scores.items()}
        scores = [score_text(given.get(name.casefold())) for name in criteria]
        return [self.career_field, score_text(self.rank), score_text(self.score), *scores]


def score_text(value: float | None) -> str:
    """Return a rank or score as written: ``3``, ``3.75``; nothing for None."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _triggers(cell: str) -> bool:
    """Tell whether a cell, after its leading apostrophes, starts like a formula."""
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def neutralise_cell(cell: str, *, raw: bool = False) -> str:
    """Return a cell as written, by the rule in this module's docstring."""
    if _triggers(cell) and (not raw or cell.startswith("'")):
        return "'" + cell
    return cell


def restore_cell(cell: str) -> str:
    """Undo :func:`neutralise_cell` (in either mode)."""
    if cell.startswith("'") and _triggers(cell):
        return cell[1:]
    return cell


def write_contacts_csv(
    contacts: Iterable[ContactData],
    *,
    spreadsheet: bool = False,
    raw: bool = False,
    rankings: Sequence[Ranking] | None = None,
    criteria: Sequence[str] = (),
) -> str:
    """Return the contacts as CSV text: CRLF line ends, quotes only where needed.

    Args:
        contacts: the contacts, in the order to write them.
        spreadsheet: start with a UTF-8 byte-order mark (so spreadsheets read UTF-8).
        raw: write cells that a spreadsheet would run as formulas as they are (for
            programs); by default they are neutralised.
        rankings: each contact's place in the ranking, in the same order; None writes
            the details only.
        criteria: the criterion names that get a ``Score:`` column, in their order.
    """
    head = csv_header(
        spreadsheet=spreadsheet, raw=raw, ranked=rankings is not None, criteria=criteria
    )
    return head + csv_rows(contacts, raw=raw, rankings=rankings, criteria=criteria)


def _writer(buffer: io.StringIO) -> Any:
    return csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def csv_header(
    *, spreadsheet: bool = False, raw: bool = False, ranked: bool, criteria: Sequence[str] = ()
) -> str:
    """Return the header line (after a byte-order mark for a spreadsheet)."""
    buffer = io.StringIO(newline="")
    if spreadsheet:
        buffer.write("\ufeff")
    header = [header for header, _ in EXPORT_COLUMNS] + list(POINT_COLUMNS)
    if ranked:
        header += [*RANKING_COLUMNS, *(SCORE_PREFIX + name for name in criteria)]
    _writer(buffer).writerow(neutralise_cell(cell, raw=raw) for cell in header)
    return buffer.getvalue()


def csv_rows(
    contacts: Iterable[ContactData],
    *,
    raw: bool = False,
    rankings: Sequence[Ranking] | None = None,
    criteria: Sequence[str] = (),
) -> str:
    """Return the lines of ``contacts`` (a part of a file, written after its header)."""
    buffer = io.StringIO(newline="")
    writer = _writer(buffer)
    for position, contact in enumerate(contacts):
        cells = [_cell(contact, name) for _, name in EXPORT_COLUMNS] + point_cells(contact)
        if rankings is not None:
            cells += rankings[position].cells(criteria)
        writer.writerow(neutralise_cell(cell, raw=raw) for cell in cells)
    return buffer.getvalue()


def _cell(contact: ContactData, field: str) -> str:
    """Return one field of a contact as text."""
    value = getattr(contact, field)
    if field == "tags":
        return joined_tags(contact.tags)
    return Source(value).value if field == "source" else str(value)
