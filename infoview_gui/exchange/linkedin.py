"""A networking site's connections export (LinkedIn ``Connections.csv``).

Columns are found by header name: exports have had a ``Notes:`` preamble or not, a URL
column or not. ``Connected On`` goes to ``extras`` as ``connected_on`` (an ISO date, when
it can be read) and ``connected_on_text`` (as written).
"""

from __future__ import annotations

import re
from datetime import date

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Source
from infoview_gui.exchange.formats import is_linkedin_header
from infoview_gui.exchange.records import ParseResult, Progress
from infoview_gui.exchange.tabular import Converted, Row, convert_rows, read_table

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,? .*)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"[ \t]+")


def parse_linkedin(text: str, *, progress: Progress | None = None) -> ParseResult:
    """Read a connections export.

    Every contact gets ``Source.NETWORKING_SITE``; tabs in values become spaces.
    ``progress`` is told how far the reading is (see ``records.Progress``).

    Raises:
        ImportFileError: when no connections header is found, or a quote opens before it.
    """
    table = read_table(
        text, is_header=is_linkedin_header, expected="a networking-site connections export"
    )
    return convert_rows("linkedin", table, _convert, progress=progress)


def _convert(row: Row) -> Converted:
    """Turn one row of the export into a contact."""

    def value(header: str) -> str:
        return _SPACES.sub(" ", row.get(header)).strip()

    contact = ContactData(
        first_name=value("first name"),
        last_name=value("last name"),
        email=value("email address") or value("e-mail address"),
        organisation=value("company"),
        title=value("position"),
        profile_url=row.get("url").strip(),
        source=Source.NETWORKING_SITE,
    )
    extras: dict[str, str] = {}
    connected = value("connected on")
    if connected:
        extras["connected_on_text"] = connected
        iso = parse_connected_on(connected)
        if iso:
            extras["connected_on"] = iso
    return Converted(contact, extras)


def parse_connected_on(text: str) -> str:
    """Return a connection date as ``YYYY-MM-DD``, or "" when it cannot be read.

    Reads ``30 May 2024`` (recent exports), ``1/8/18, 6:14 PM`` (older ones, month
    first) and ISO dates. Month names are matched here, not through ``strptime``, which
    would follow the user's locale.
    """
    text = " ".join(text.split())
    found = _DAY_MONTH_YEAR.match(text)
    if found:
        month = _MONTHS.get(found.group(2).casefold(), 0)
        return _iso(int(found.group(3)), month, int(found.group(1)))
    found = _US_DATE.match(text)
    if found:
        year = int(found.group(3))
        return _iso(year + 2000 if year < 100 else year, int(found.group(1)), int(found.group(2)))
    found = _ISO_DATE.match(text)
    if found:
        return _iso(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    return ""


def _iso(year: int, month: int, day: int) -> str:
    """Return an ISO date, or "" when the parts make no date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
