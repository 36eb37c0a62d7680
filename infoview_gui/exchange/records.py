"""What every import parser returns: contacts with their line, rejects with a reason.

Parsers are pure functions over bytes or text. They never raise anything but
:class:`ImportFileError`, and only when the file as a whole cannot be read; a row that
cannot be imported becomes a :class:`Reject` with its line number and a reason in plain
words, and the other rows are still returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.domain.validation import LONG_TEXT_MAX

ImportFormat = Literal["linkedin", "google", "vcard", "csv"]
"""The formats InfoView reads; ``csv`` is any other CSV, read through a column mapping."""

FORMATS: tuple[ImportFormat, ...] = ("linkedin", "google", "vcard", "csv")

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A bigger file is refused before it is read."""

MAX_ROWS = 200_000
"""A file with more rows (or cards) than this is refused as a whole."""

MAX_FIELD_CHARS = 10_000
"""A row with a longer value is rejected (notes excepted: see :data:`MAX_NOTES_CHARS`)."""

MAX_NOTES_CHARS = LONG_TEXT_MAX
"""Notes may be as long as the app lets the user type them, so exports always re-import."""

PROGRESS_EVERY = 1_000

Progress = Callable[[int, int], None]
"""Told ``(records done, records in all)`` every :data:`PROGRESS_EVERY` records.

To cancel a long parse, raise from it: the exception propagates out of the parser.
"""

EMPTY_ROW_REASON = N_("The row is empty: no name or email address.")
NOT_A_VCARD = N_("No vCard was found in this file (no BEGIN:VCARD line).")
UNCLOSED_QUOTE_REASON = N_(
    "A quote opened on this line is never closed; the rest of the file was not read."
)


class ImportFileError(UserError):
    """The file as a whole cannot be imported; ``str(error)`` tells the user why."""


@dataclass(frozen=True)
class ImportedContact:
    """One contact read from a file.

    Attributes:
        line: the 1-based line of the file where the record starts.
        contact: the contact, already checked with ``validated()``.
        extras: facts the file gives that a contact does not hold, such as
            ``connected_on`` (an ISO date), ``labels`` or ``other_emails``.
        notices: why values of the record were not imported as details (an email
            that is not valid), in plain words; the record itself was.
    """

    line: int
    contact: ContactData
    extras: dict[str, str] = field(default_factory=dict)
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reject:
    """A record that was not imported, with the reason in plain words."""

    line: int
    reason: str

    def __str__(self) -> str:
        return _("Line {line}: {reason}").format(line=self.line, reason=self.reason)


@dataclass
class ParseResult:
    """Everything a parser read from one file."""

    format: ImportFormat
    contacts: list[ImportedContact] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    """Columns (or vCard properties) with values that have no field of their own; their
    values are kept in each contact's notes, under :data:`kept.KEPT_HEADING`."""

    @property
    def notices(self) -> list[Reject]:
        """Values of imported rows that were not imported as details, with line and reason."""
        return [Reject(c.line, text) for c in self.contacts for text in c.notices]


def too_many_rows(limit: int = MAX_ROWS) -> ImportFileError:
    """Return the error for a file past ``limit`` rows (or cards)."""
    said = _("The file has more than {limit} rows: split it into smaller files.")
    return ImportFileError(said.format(limit=formats().number(limit)))


def unclosed_quote_in_header(line: int) -> ImportFileError:
    """Return the error for a quote that opens on ``line``, at or before the header."""
    return ImportFileError(
        _(
            "Line {line}: a quote opened here is never closed; the rest of the file was not read."
        ).format(line=line)
    )
