"""Which kind of contacts file a text is, told from its content (never its name)."""

from __future__ import annotations

import re

from infoview_gui.exchange.csv_read import read_records
from infoview_gui.exchange.decoding import sniff_delimiter
from infoview_gui.exchange.linkedin_words import header_language
from infoview_gui.exchange.records import ImportFormat
from infoview_gui.exchange.tabular import header_key

_HEAD_CHARS = 65_536
_HEAD_LINES = 10

_GOOGLE_GROUP = re.compile(r"^(?:e-mail|phone|website|address) \d+ - (?:value|label|type)$")
_GOOGLE_CURRENT = frozenset({"first name", "middle name", "last name", "file as", "labels"})
_GOOGLE_OLD = frozenset({"name", "given name", "family name", "group membership"})


def detect_format(text: str) -> ImportFormat:
    """Return the format of a file's text.

    ``vcard`` when it starts with ``BEGIN:VCARD``; ``linkedin`` when a header among the
    first lines has First Name, Last Name and Connected On in a language the site offers
    (``linkedin_words.HEADERS``; with or without the
    ``Notes:`` preamble, with or without URL); ``google`` for a Google Contacts header
    (current or older layout); otherwise ``csv``.
    """
    if looks_like_vcard(text):
        return "vcard"
    for cells in head_records(text):
        if is_linkedin_header(cells):
            return "linkedin"
        if is_google_header(cells):
            return "google"
    return "csv"


def looks_like_vcard(text: str) -> bool:
    """Tell whether ``text`` starts (after blank lines) with ``BEGIN:VCARD``."""
    head = text[:1024].lstrip("\ufeff \t\r\n")
    return head[:11].upper() == "BEGIN:VCARD"


def is_linkedin_header(cells: list[str]) -> bool:
    """Tell whether a record is the header of a connections export, in any language."""
    return header_language(cells) is not None


def is_google_header(cells: list[str]) -> bool:
    """Tell whether a record is the header of a Google Contacts export.

    Either layout's name columns, or its numbered groups (``E-mail 1 - Value``) next to
    a name column, give it away; a CSV with merely a ``Labels`` column does not.
    """
    keys = {header_key(cell) for cell in cells}
    if keys >= _GOOGLE_CURRENT or keys >= _GOOGLE_OLD:
        return True
    names = {"first name", "given name", "name"}
    return bool(keys & names) and any(_GOOGLE_GROUP.match(key) for key in keys)


def head_records(text: str) -> list[list[str]]:
    """Return the cells of the first few records (where a header can be), read quickly."""
    head = text[:_HEAD_CHARS]
    cut = head.rfind("\n") if len(text) > _HEAD_CHARS else -1
    if cut > 0:
        head = head[: cut + 1]
    records = read_records(head, sniff_delimiter(head)).records
    return [record.cells for record in records[:_HEAD_LINES]]
