"""One entry point for an import: the bytes of a file in, contacts and rejects out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.column_guess import guess_mapping
from infoview_gui.exchange.decoding import check_container, decode_bytes, unicode_codec
from infoview_gui.exchange.formats import detect_format, looks_like_vcard
from infoview_gui.exchange.generic_csv import parse_table, read_csv_table
from infoview_gui.exchange.google_csv import parse_google
from infoview_gui.exchange.linkedin import parse_linkedin
from infoview_gui.exchange.records import ImportFileError, ImportFormat, ParseResult, Progress
from infoview_gui.exchange.vcard import parse_vcards

_NAME_FIELDS = frozenset({"first_name", "last_name", "full_name", "email"})


class NoNameColumnError(ImportFileError):
    """No column of a CSV looks like a name or an email: the user maps them by hand.

    Attributes:
        headers: the file's header line (past any preamble), to map from.
    """

    def __init__(self, headers: list[str]) -> None:
        super().__init__(
            _(
                "No column of this file looks like a name or an email address: "
                "choose the columns by hand."
            )
        )
        self.headers = headers


def sniff_format(data: bytes) -> ImportFormat:
    """Return the format of a file's bytes, told from its content.

    Raises:
        ImportFileError: when the file is not text InfoView can read.
    """
    return "vcard" if _starts_like_vcard(data) else detect_format(decode_bytes(data))


def _starts_like_vcard(data: bytes) -> bool:
    """Tell a vCard from its first bytes, in whatever encoding (nothing else decoded)."""
    check_container(data)
    return looks_like_vcard(data[:4096].decode(unicode_codec(data) or "latin-1", "ignore"))


def read_contacts(
    data: bytes,
    *,
    format: ImportFormat | Literal["auto"] = "auto",
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ParseResult:
    """Read the contacts of a file.

    Args:
        data: the whole file.
        format: the format to read it as; ``auto`` tells it from the content.
        mapping: ``{header: field name}``, read as ``csv`` (when ``format`` is
            ``auto``); guessed from the headers when None (then a file where no column
            looks like a name or an email is refused with :class:`NoNameColumnError`).
        progress: told ``(done, total)`` every 1,000 records; raise from it to cancel.

    Raises:
        ImportFileError: when the file as a whole cannot be read; its message says why.
    """
    if format == "vcard" or (format == "auto" and _starts_like_vcard(data)):
        return parse_vcards(data, progress=progress)
    text = decode_bytes(data)
    if format == "auto" and mapping:
        format = "csv"
    chosen = detect_format(text) if format == "auto" else format
    if chosen == "vcard":
        return parse_vcards(data, progress=progress)
    if chosen == "linkedin":
        return parse_linkedin(text, progress=progress)
    if chosen == "google":
        return parse_google(text, progress=progress)
    table = read_csv_table(text, mapping)
    if mapping is None:
        mapping = guess_mapping(table.headers)
        if not _NAME_FIELDS & set(mapping.values()):
            raise NoNameColumnError(table.headers)
    return parse_table(table, mapping, progress=progress)


def csv_headers(data: bytes) -> list[str]:
    """Return the headers of a CSV file (past any preamble), for the column-mapping step.

    Raises:
        ImportFileError: when the file cannot be read or has no header.
    """
    return read_csv_table(decode_bytes(data)).headers
