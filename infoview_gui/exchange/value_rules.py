"""Rules for one value of a backup: each returns None for a good value, or why not.

Built on the checks the dialogs use (``domain.validation``, ``domain.links``), so that a
restore accepts what a user could have typed and nothing else. The reasons are in the
user's language; the names of tables and columns they follow are the backup file's own.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.links import is_safe_link
from infoview_gui.domain.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX, clean_email
from infoview_gui.exchange.json_backup import Value

Rule = Callable[[Value], str | None]


def _kind(value: Value) -> str:
    if isinstance(value, bytes):
        return _("binary data")
    if isinstance(value, str):
        return _("text")
    return _("a number") if value is not None else _("empty")


def text(limit: int = SHORT_TEXT_MAX, *, one_line: bool = True, null: bool = False) -> Rule:
    """Text of at most ``limit`` characters (on one line unless ``one_line`` is False)."""

    def rule(value: Value) -> str | None:
        if value is None:
            return None if null else _("is empty, where text is needed")
        if not isinstance(value, str):
            return _("is {kind}, where text is needed").format(kind=_kind(value))
        if len(value) > limit:
            return _("is {length} characters long; at most {limit} are allowed").format(
                length=formats().number(len(value)), limit=formats().number(limit)
            )
        if one_line and ("\n" in value or "\r" in value):
            return _("has line breaks, where one line is needed")
        return None

    return rule


def long_text(limit: int = LONG_TEXT_MAX) -> Rule:
    """Free text of several lines, at most ``limit`` characters."""
    return text(limit, one_line=False)


def integer(low: int | None = None, high: int | None = None, *, null: bool = False) -> Rule:
    """A whole number within ``low..high``."""

    def rule(value: Value) -> str | None:
        if value is None:
            return None if null else _("is empty, where a whole number is needed")
        if not isinstance(value, int):
            return _("is {kind}, where a whole number is needed").format(kind=_kind(value))
        if (low is not None and value < low) or (high is not None and value > high):
            return _("is {value}, outside {low} to {high}").format(
                value=value,
                low=low if low is not None else "…",
                high=high or "…",
            )
        return None

    return rule


def key(*, null: bool = False) -> Rule:
    """The id of a row (of this table or another): a positive whole number."""
    return integer(1, 2**63 - 1, null=null)


def number(*, null: bool = False) -> Rule:
    """A finite number."""

    def rule(value: Value) -> str | None:
        if value is None:
            return None if null else _("is empty, where a number is needed")
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            return _("is {kind}, where a number is needed").format(kind=_kind(value))
        return None

    return rule


def flag() -> Rule:
    """A yes/no value, stored as 0 or 1."""
    return integer(0, 1)


def choice(enum: type[StrEnum], *, null: bool = False) -> Rule:
    """One of the values of ``enum``."""

    def rule(value: Value) -> str | None:
        if value is None and null:
            return None
        if value not in {member.value for member in enum}:
            return _("is not one of the values InfoView offers")
        return None

    return rule


def one_of_values(values: tuple[str, ...]) -> Rule:
    """One of ``values`` (a list of stored words that is not an enumeration)."""

    def rule(value: Value) -> str | None:
        return None if value in values else _("is not one of the values InfoView offers")

    return rule


def moment(*, null: bool = False) -> Rule:
    """A date and time with its offset, as InfoView stores them (ISO 8601, UTC)."""

    def rule(value: Value) -> str | None:
        if value is None and null:
            return None
        if not isinstance(value, str):
            return _("is {kind}, where a date and time is needed").format(kind=_kind(value))
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return _("is not a date and time")
        return None if parsed.tzinfo is not None else _("is a time without its time zone")

    return rule


def day(*, null: bool = True) -> Rule:
    """A date (YYYY-MM-DD)."""

    def rule(value: Value) -> str | None:
        if value is None and null:
            return None
        if not isinstance(value, str):
            return _("is {kind}, where a date is needed").format(kind=_kind(value))
        try:
            date.fromisoformat(value)
        except ValueError:
            return _("is not a date (YYYY-MM-DD)")
        return None

    return rule


def month() -> Rule:
    """A month (YYYY-MM), or nothing."""

    def rule(value: Value) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return _("is {kind}, where a month is needed").format(kind=_kind(value))
        try:
            date.fromisoformat(f"{value}-01")
        except ValueError:
            return _("is not a month (YYYY-MM)")
        return None

    return rule


def zone() -> Rule:
    """An IANA time zone (``Europe/London``), or nothing."""

    def rule(value: Value) -> str | None:
        if value == "":
            return None
        found = text(64)(value)
        if found:
            return found
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            return _("is not a time zone InfoView knows")
        return None

    return rule


def email() -> Rule:
    """An email address as the dialogs accept it, or nothing."""

    def rule(value: Value) -> str | None:
        found = text()(value)
        if found:
            return found
        try:
            clean_email("email", str(value))
        except ValidationError as refused:
            return _("is not accepted: {reason}").format(reason=refused)
        return None

    return rule


def link(limit: int = 2000, *, schemes: Iterable[str] = ("http", "https")) -> Rule:
    """A link of one of ``schemes`` (web pages by default), or nothing."""
    allowed = tuple(schemes)

    def rule(value: Value) -> str | None:
        found = text(limit)(value)
        if found or not value:
            return found
        if not is_safe_link(str(value), allowed):
            return _("is a link InfoView does not open (only {schemes})").format(
                schemes=", ".join(allowed)
            )
        return None

    return rule


def file_name() -> Rule:
    """A file name inside one folder (a card image): no folder part, no hidden name."""

    def rule(value: Value) -> str | None:
        found = text(255)(value)
        if found or not value:
            return found
        name = str(value)
        if "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
            return _("is not a plain file name")
        return None

    return rule


DEFAULT_RULE = text(LONG_TEXT_MAX, one_line=False)
_ANY_NUMBER = number(null=True)


def _default(value: Value) -> str | None:
    if isinstance(value, (int, float)):
        return _ANY_NUMBER(value)
    return DEFAULT_RULE(value) if value is not None else None
