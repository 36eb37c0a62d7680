"""How stored values read in tables: labels for enumerations, local dates and times.

Dates, times and numbers are written as the user's language writes them
(``domain.i18n.formats``, filled with ``QLocale`` by ``ui/translation.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from infoview_gui.domain.enums import Labelled
from infoview_gui.domain.i18n import formats


def enum_text(enum: type[Labelled]) -> Callable[[object], str]:
    """Return a formatter showing an enumeration's label for a stored value."""

    def format_value(value: object) -> str:
        if value is None or value == "":
            return ""
        try:
            return enum(str(value)).label
        except ValueError:
            return str(value)

    return format_value


def local_datetime(value: object) -> str:
    """Show an aware datetime in the computer's time zone, e.g. ``Tue 3 Mar 2026, 14:30``."""
    if not isinstance(value, datetime):
        return ""
    local = value.astimezone()
    shown = formats()
    weekday = shown.weekday_name(local.date(), short=True)
    return f"{weekday} {shown.date(local.date())}, {shown.time(local.time())}"


def day(value: object) -> str:
    """Show a date, e.g. ``3 Mar 2026``."""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    if not isinstance(value, date):
        return ""
    return formats().date(value)


def plain(value: object) -> str:
    """Show a value as text; nothing for None."""
    return "" if value is None else str(value)


def whole_number(value: object) -> str:
    """Show a whole number with its thousands separated: ``1,234``.

    Only the number, for a table's column; a phrase that counts something uses
    ``domain.wording.counted``.
    """
    return formats().number(value) if isinstance(value, int) else plain(value)
