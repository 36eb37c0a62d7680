"""Checks of single values the user types, with messages in plain words.

The ``label`` every check takes ("The question") is a literal at the call, extracted for
the core's catalogue (``packaging/translations.py`` reads the second argument of
``clean_short`` and ``clean_long``) and translated here, with the sentence around it.
"""

from __future__ import annotations

import re

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _, formats

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 100_000

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def clean_short(field: str, label: str, value: str, *, limit: int = SHORT_TEXT_MAX) -> str:
    """Return a one-line value stripped, refusing line breaks and over-long text."""
    value = value.strip()
    if "\n" in value or "\r" in value:
        raise ValidationError(field, _("{label} must fit on one line.").format(label=_(label)))
    if len(value) > limit:
        raise ValidationError(field, _too_long(label, limit))
    return value


def _too_long(label: str, limit: int) -> str:
    said = _("{label} is too long: at most {limit} characters.")
    return said.format(label=_(label), limit=formats().number(limit))


def clean_long(field: str, label: str, value: str, *, limit: int = LONG_TEXT_MAX) -> str:
    """Return free text unchanged, refusing text past ``limit`` characters."""
    if len(value) > limit:
        raise ValidationError(field, _too_long(label, limit))
    return value


def clean_email(field: str, value: str) -> str:
    """Return an email address stripped, or raise when it is not shaped like one.

    ``?``, ``&``, CR and LF are refused too: they could smuggle headers or recipients
    into a ``mailto:`` link.
    """
    value = clean_short(field, "The email address", value)
    if not value:
        return value
    if any(char in value for char in "?&\r\n"):
        raise ValidationError(field, _("An email address cannot contain ? or &."))
    if not _EMAIL.match(value):
        said = _("“{value}” does not look like an email address (name@example.org).")
        raise ValidationError(field, said.format(value=value))
    return value


def clean_month(field: str, value: str) -> str | None:
    """Return a ``YYYY-MM`` month, None for an empty value, or raise."""
    value = value.strip()
    if not value:
        return None
    match = _MONTH.match(value)
    if not match or not 1900 <= int(match.group(1)) <= 2200:
        raise ValidationError(field, _("Give the month as year and month, for example 2027-06."))
    return value
