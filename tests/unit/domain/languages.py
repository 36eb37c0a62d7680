"""The core speaking a shipped language in unit tests, as the window makes it speak.

The committed catalogue of the language, and its month names and digit grouping from
Babel's locale data (a test dependency; the window gives ``QLocale``'s).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.dates import get_day_names, get_month_names
from babel.numbers import format_decimal

from infoview_gui.domain import i18n

CATALOGUES = Path(__file__).resolve().parents[3] / "resources" / "translations"


class BabelFormats(i18n.EnglishFormats):
    """Month names and numbers of a language from Babel's locale data."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.names = get_month_names("wide", locale=language)
        self.short_names = get_month_names("abbreviated", locale=language)
        self.days = get_day_names("wide", locale=language)
        self.short_days = get_day_names("abbreviated", locale=language)

    def number(self, value: int) -> str:
        return str(format_decimal(value, locale=self.language))

    def month_name(self, month: int, *, short: bool = False) -> str:
        return str((self.short_names if short else self.names)[month])

    def weekday_name(self, day: date, *, short: bool = False) -> str:
        return str((self.short_days if short else self.days)[day.weekday()])


def speak(language: str) -> None:
    """Install the committed catalogue of ``language`` and its formats."""
    with (CATALOGUES / f"core_{language}.mo").open("rb") as stream:
        i18n.install(i18n.load_catalogue(stream), BabelFormats(language))
