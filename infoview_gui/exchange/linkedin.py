"""A networking site's connections export (LinkedIn ``Connections.csv``), in any of its languages.

Columns are found by header name in the language of the export (see
``linkedin_words.HEADERS``): exports have had a ``Notes:`` preamble or not, a URL column
or not. ``Connected On`` goes to ``extras`` as ``connected_on`` (an ISO date, when it
can be read) and ``connected_on_text`` (as written), and into the contact's notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import PointKind
from infoview_gui.domain.enums import Source
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.kept import Kept, labelled_points
from infoview_gui.exchange.linkedin_words import column_keys, header_language, parse_connected_on
from infoview_gui.exchange.records import ParseResult, Progress
from infoview_gui.exchange.tabular import Converted, Row, convert_rows, read_table

__all__ = ["parse_connected_on", "parse_linkedin"]

CONNECTED_ON = "Connected on"
"""What a connection's date is called in the contact's notes."""

_SPACES = re.compile(r"[ \t]+")


def parse_linkedin(text: str, *, progress: Progress | None = None) -> ParseResult:
    """Read a connections export.

    Every contact gets ``Source.NETWORKING_SITE``; tabs in values become spaces.
    ``progress`` is told how far the reading is (see ``records.Progress``).

    Raises:
        ImportFileError: when no connections header is found, or a quote opens before it.
    """
    table = read_table(
        text,
        is_header=lambda cells: header_language(cells) is not None,
        expected=_("a networking-site connections export"),
    )
    language = header_language(table.headers) or "en"
    keys = column_keys(language)
    used = {key for names in keys.values() for key in names}

    def convert(row: Row) -> Converted:
        def value(name: str) -> str:
            cells = (_SPACES.sub(" ", row.get(key)).strip() for key in keys[name])
            return next((cell for cell in cells if cell), "")

        return _convert(value, day_first=language != "en")

    return convert_rows("linkedin", table, convert, used=used, progress=progress)


def _convert(value: Callable[[str], str], *, day_first: bool) -> Converted:
    """Turn one row of the export, read through ``value(column)``, into a contact."""
    email = value("email")
    url = value("url")
    contact = ContactData(
        first_name=value("first"),
        last_name=value("last"),
        email=email,
        organisation=value("company"),
        title=value("position"),
        profile_url=url,
        source=Source.NETWORKING_SITE,
    )
    points = [
        *labelled_points(PointKind.EMAIL, [(email, "")]),
        *labelled_points(PointKind.WEB, [(url, "")]),
    ]
    extras: dict[str, str] = {}
    kept: list[Kept] = []
    connected = value("connected")
    if connected:
        extras["connected_on_text"] = connected
        iso = parse_connected_on(connected, day_first=day_first)
        if iso:
            extras["connected_on"] = iso
        kept.append((CONNECTED_ON, iso or connected))
    return Converted(contact, extras, points, kept)
