"""The Qt-free core's seam for the user's language: words through gettext, formats from the UI.

The domain, the services, the exchange formats and the commands mark their sentences with
:func:`_` (or :func:`ngettext` where a number decides the form, :func:`N_` where the text is
kept to be translated later). Until a catalogue is installed they return the US English
source unchanged, so the commands and the tests read as before. The window installs the
chosen language's catalogue (``resources/translations/core_<language>.mo``, compiled from
the ``.po`` beside it by ``packaging/translations.py``) with :func:`install`, before any
window is built.

Where one English word means two things, :func:`pgettext` gives it a context (``"month"``,
``"short month"``: "May" is both).

Dates and numbers inside sentences go through :func:`formats`: plain English forms until the
window installs its own, made from ``QLocale`` (``ui/translation.py``), so that a draft in
German reads "7. Dezember 2026" and "1.234" without the core importing Qt.

The question bank has a catalogue of its own, ``bank_<language>.mo``, read with
:func:`bank_text`: each question's context is its key (``day-typical-week``), so that a
translator sees which question a text is and two questions worded alike in English may
differ in another language; the topics' names have the context :data:`TOPIC_CONTEXT`, and
the words saying why a question is suggested :data:`SUGGESTION_CONTEXT`.
"""

from __future__ import annotations

import gettext
from datetime import date, time
from typing import BinaryIO, Protocol

Day = date
"""A calendar day (named apart from the ``date`` methods of the formats)."""


class LocaleFormats(Protocol):
    """How numbers, dates and times are written in the user's language."""

    def number(self, value: int) -> str:
        """Return a whole number with the locale's digit grouping."""
        ...

    def date(self, day: date, *, long: bool = False) -> str:
        """Return a date: short ("7 Dec 2026") or with the weekday and month in words."""
        ...

    def time(self, moment: time) -> str:
        """Return a time of day as clocks in the locale show it."""
        ...

    def month_name(self, month: int, *, short: bool = False) -> str:
        """Return a month's name as it reads inside a date ("December", "diciembre", "Dec")."""
        ...

    def weekday_name(self, day: Day, *, short: bool = False) -> str:
        """Return the name of a day's weekday ("Tuesday", "Dienstag", "Tue")."""
        ...


class EnglishFormats:
    """The forms the core wrote before it spoke other languages (no Qt needed)."""

    def number(self, value: int) -> str:
        """Return ``1,234``."""
        return f"{value:,}"

    def date(self, day: date, *, long: bool = False) -> str:
        """Return ``7 Dec 2026``, or ``Monday 7 December 2026`` when ``long``."""
        if long:
            return f"{self.weekday_name(day)} {day.day} {self.month_name(day.month)} {day.year}"
        return f"{day.day} {self.month_name(day.month, short=True)} {day.year}"

    def time(self, moment: time) -> str:
        """Return ``14:05``."""
        return f"{moment:%H:%M}"

    def month_name(self, month: int, *, short: bool = False) -> str:
        """Return ``December`` for 12, or ``Dec`` when ``short``, in the catalogue's language."""
        return (short_month_names() if short else month_names())[month - 1]

    def weekday_name(self, day: Day, *, short: bool = False) -> str:
        """Return ``Tuesday``, or ``Tue`` when ``short``, in the catalogue's language."""
        return (short_weekday_names() if short else weekday_names())[day.weekday()]


def month_names() -> tuple[str, ...]:
    """Return the months' names, January first, as they read inside a date."""
    return (
        pgettext("month", "January"), pgettext("month", "February"),
        pgettext("month", "March"), pgettext("month", "April"),
        pgettext("month", "May"), pgettext("month", "June"),
        pgettext("month", "July"), pgettext("month", "August"),
        pgettext("month", "September"), pgettext("month", "October"),
        pgettext("month", "November"), pgettext("month", "December"),
    )  # fmt: skip


def short_month_names() -> tuple[str, ...]:
    """Return the months' short names, January first ("Jan", "ene", "Jan.")."""
    return (
        pgettext("short month", "Jan"), pgettext("short month", "Feb"),
        pgettext("short month", "Mar"), pgettext("short month", "Apr"),
        pgettext("short month", "May"), pgettext("short month", "Jun"),
        pgettext("short month", "Jul"), pgettext("short month", "Aug"),
        pgettext("short month", "Sep"), pgettext("short month", "Oct"),
        pgettext("short month", "Nov"), pgettext("short month", "Dec"),
    )  # fmt: skip


def weekday_names() -> tuple[str, ...]:
    """Return the weekdays' names, Monday first."""
    return (
        pgettext("weekday", "Monday"), pgettext("weekday", "Tuesday"),
        pgettext("weekday", "Wednesday"), pgettext("weekday", "Thursday"),
        pgettext("weekday", "Friday"), pgettext("weekday", "Saturday"),
        pgettext("weekday", "Sunday"),
    )  # fmt: skip


def short_weekday_names() -> tuple[str, ...]:
    """Return the weekdays' short names, Monday first ("Mon", "lun", "Mo.")."""
    return (
        pgettext("short weekday", "Mon"), pgettext("short weekday", "Tue"),
        pgettext("short weekday", "Wed"), pgettext("short weekday", "Thu"),
        pgettext("short weekday", "Fri"), pgettext("short weekday", "Sat"),
        pgettext("short weekday", "Sun"),
    )  # fmt: skip


TOPIC_CONTEXT = "topic name"
"""The context of a topic's name in the bank's catalogue (keys of questions have no space)."""
SUGGESTION_CONTEXT = "suggestion"
"""The context of the words that say why a bank question is suggested."""

_catalogue: gettext.NullTranslations = gettext.NullTranslations()
_formats: LocaleFormats = EnglishFormats()
_bank: gettext.NullTranslations = gettext.NullTranslations()
_bank_tag = ""


def _(message: str) -> str:
    """Return ``message`` in the user's language (the source text until one is installed)."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, number: int) -> str:
    """Return the form of a phrase that fits ``number`` in the user's language.

    The catalogue holds as many forms as the language needs; English has two.
    """
    return _catalogue.ngettext(singular, plural, number)


def pgettext(context: str, message: str) -> str:
    """Return ``message`` in the user's language, as meant in ``context`` ("month", "May")."""
    return _catalogue.pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for the marker
    """Mark ``message`` for the catalogue without translating it now (translate on use)."""
    return message


def language() -> str:
    """Return the language of the installed catalogue ("de", "es", "en_GB"), or "en_US".

    The drafts follow its conventions where words alone cannot (the letter's layout).
    """
    return str(_catalogue.info().get("language", "")) or "en_US"


def formats() -> LocaleFormats:
    """Return how numbers and dates are written in the user's language."""
    return _formats


def load_catalogue(stream: BinaryIO) -> gettext.NullTranslations:
    """Read a compiled catalogue (``.mo``)."""
    return gettext.GNUTranslations(stream)


def install(
    catalogue: gettext.NullTranslations | None = None, locale_formats: LocaleFormats | None = None
) -> None:
    """Use ``catalogue`` for words and ``locale_formats`` for numbers and dates.

    ``None`` puts back the source language and the plain English forms.
    """
    global _catalogue, _formats
    _catalogue = catalogue or gettext.NullTranslations()
    _formats = locale_formats or EnglishFormats()


def install_formats(locale_formats: LocaleFormats) -> None:
    """Use ``locale_formats`` for numbers and dates, keeping the catalogue in use."""
    global _formats
    _formats = locale_formats


def bank_text(context: str, source: str) -> str:
    """Return a text of the question bank in the user's language (``source`` until installed).

    ``context`` is the question's key, or :data:`TOPIC_CONTEXT` for a topic's name.
    """
    return _bank.pgettext(context, source)


def bank_tag() -> str:
    """Return what names the bank's catalogue in use ("" for the source language)."""
    return _bank_tag


def install_bank(catalogue: gettext.NullTranslations | None = None, tag: str = "") -> None:
    """Use ``catalogue`` for the question bank; ``tag`` names it (a language and a digest).

    ``None`` puts back the source language.
    """
    global _bank, _bank_tag
    _bank = catalogue or gettext.NullTranslations()
    _bank_tag = tag if catalogue is not None else ""
