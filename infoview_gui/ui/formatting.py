"""How stored values read in tables: labels for enumerations, local dates and times.

Dates and times are written with ``QLocale``'s month and day names in an order each
language's catalogue gives ("d MMM yyyy": "5 Mar 2026", "5. März 2026"); numbers through
``domain.i18n.formats`` (filled with ``QLocale`` by ``ui/translation.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from infoview_gui.domain.enums import Labelled
from infoview_gui.domain.i18n import formats

translate = QCoreApplication.translate


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
    """Show an aware datetime in the computer's time zone, e.g. ``Tue 3 Mar 2026, 14:30``.

    The day as the language orders it ("Di., 3. März 2026"), the time as the locale's clocks.
    """
    if not isinstance(value, datetime):
        return ""
    local = value.astimezone()
    shown = QDate(local.year, local.month, local.day)
    when = QLocale().toString(shown, translate("Formatting", "ddd d MMM yyyy"))
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{when}, {clock}"


def day(value: object) -> str:
    """Show a date, e.g. ``3 Mar 2026`` ("3. März 2026")."""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    if not isinstance(value, date):
        return ""
    shown = QDate(value.year, value.month, value.day)
    return QLocale().toString(shown, translate("Formatting", "d MMM yyyy"))


def plain(value: object) -> str:
    """Show a value as text; nothing for None."""
    return "" if value is None else str(value)


def whole_number(value: object) -> str:
    """Show a whole number with its thousands separated: ``1,234``.

    Only the number, for a table's column; a phrase that counts something uses
    ``domain.wording.counted``.
    """
    return formats().number(value) if isinstance(value, int) else plain(value)
