"""Business days, due dates and time zones for requests and thank-yous.

Every function takes ``today`` or the moment it reasons about as an argument and
never reads the clock, so the rules are the same in tests and in use.

Business days are Monday to Friday, less the public holidays of the user's country (and
region) when the user chose one in Preferences. The holidays come in through one seam: a
set of dates (``Holidays``) that the services read once (``services.holiday_calendar``)
and pass in; without it no day is a holiday. Only the holidays that fall on a weekday
change anything.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _

ThankYouState = Literal["sent", "due_today", "overdue", "upcoming"]
WallTimeKind = Literal["normal", "gap", "overlap"]

_SATURDAY = 5

Holidays = Set[date]
"""The public holidays to skip, as a set of dates (any weekday ones count)."""
NO_HOLIDAYS: Holidays = frozenset()

# The settings that hold how long to wait for an answer, in business days.
ASK_NEXT_KEY = "ask_next_after_days"
FOLLOW_UP_KEY = "follow_up_after_days"
DEFAULT_ASK_NEXT = 3
DEFAULT_FOLLOW_UP = 7


def stored_days(stored: str | None, default: int) -> int:
    """Return a stored number of business days, or ``default`` if it is not one."""
    text = stored or ""
    return int(text) if text.isdigit() and int(text) > 0 else default


class ReplySuggestion(StrEnum):
    """What to do about a request that has had no answer."""

    ASK_NEXT = "ask_next"
    FOLLOW_UP = "follow_up"

    @property
    def message(self) -> str:
        """The suggestion in the user's words."""
        if self is ReplySuggestion.ASK_NEXT:
            return _("No answer yet: you could ask the next person on your list.")
        return _("No answer for a week or more: send one polite follow-up.")


def is_business_day(day: date, holidays: Holidays = NO_HOLIDAYS) -> bool:
    """Return True for Monday to Friday, unless ``day`` is one of ``holidays``."""
    return day.weekday() < _SATURDAY and day not in holidays


def add_business_days(start: date, n: int, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return the date ``n`` business days after ``start`` (before it when ``n < 0``).

    ``n == 0`` returns ``start`` even on a weekend or holiday; one business day after a
    Friday, Saturday or Sunday is the Monday (the Tuesday when Monday is a holiday).
    """
    step = 1 if n >= 0 else -1
    day = start
    weeks, rest = divmod(abs(n), 5)
    if weeks and not holidays:
        while not is_business_day(day):  # from a weekday, 7 days are 5 business days
            day -= timedelta(days=step)
        day += timedelta(days=7 * weeks * step)
    else:
        rest = abs(n)
    for _count in range(rest):
        day += timedelta(days=step)
        while not is_business_day(day, holidays):
            day += timedelta(days=step)
    return day


def next_business_day(day: date, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return ``day`` if it is a business day, else the first business day after it."""
    while not is_business_day(day, holidays):
        day += timedelta(days=1)
    return day


def last_business_day(day: date, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return ``day`` if it is a business day, else the last business day before it."""
    while not is_business_day(day, holidays):
        day -= timedelta(days=1)
    return day


def business_days_between(start: date, end: date, holidays: Holidays = NO_HOLIDAYS) -> int:
    """Return how many business days fall after ``start`` up to and including ``end``.

    From a Friday to the next Monday is 1 (0 when that Monday is a holiday); from a day to
    itself is 0. When ``end`` is before ``start`` the count is negative.
    """
    if end < start:
        return -business_days_between(end, start, holidays)
    weekdays = _weekdays_before(end + timedelta(days=1)) - _weekdays_before(
        start + timedelta(days=1)
    )
    off = sum(1 for day in holidays if start < day <= end and day.weekday() < _SATURDAY)
    return weekdays - off


def thank_you_due(held_at: datetime, zone: ZoneInfo) -> date:
    """Return the last day to send the thank-you: the day after the interview.

    The day is the user's local day: an interview held at 23:30 in New York is on that
    New York date, even though it is already the next day in UTC.

    Raises:
        ValueError: when ``held_at`` has no time zone.
    """
    _require_aware(held_at, "held_at")
    return held_at.astimezone(zone).date() + timedelta(days=1)


def thank_you_state(due: date, sent_on: date | None, today: date) -> ThankYouState:
    """Return where a thank-you stands on ``today``: sent, due today, overdue or upcoming."""
    if sent_on is not None:
        return "sent"
    if today == due:
        return "due_today"
    return "overdue" if today > due else "upcoming"


def reply_suggestion(
    requested_on: date,
    today: date,
    ask_next_after: int = 3,
    follow_up_after: int = 7,
    followed_up: bool = False,
    holidays: Holidays = NO_HOLIDAYS,
) -> ReplySuggestion | None:
    """Return what to do about a request still without an answer, if anything.

    Once ``ask_next_after`` business days have passed since the request, the next
    person on the list can be asked. Once ``follow_up_after`` have passed, one polite
    follow-up to the first person is suggested, unless one was already sent.

    Args:
        requested_on: the day the request was made.
        today: the day to judge on.
        ask_next_after: business days after which asking the next person is suggested.
        follow_up_after: business days after which a follow-up is suggested.
        followed_up: True when a follow-up has already been sent.
        holidays: the public holidays that are not business days.
    """
    waited = business_days_between(requested_on, today, holidays)
    if waited >= follow_up_after and not followed_up:
        return ReplySuggestion.FOLLOW_UP
    if waited >= ask_next_after:
        return ReplySuggestion.ASK_NEXT
    return None


def zone_named(zone_name: str) -> ZoneInfo:
    """Return the time zone called ``zone_name``, such as ``Europe/London``.

    Raises:
        ValidationError: when this computer does not know a zone by that name.
    """
    try:
        return ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "Europe" is a folder: OSError
        raise ValidationError(
            "time_zone",
            _("“{zone}” is not a time zone this computer knows.").format(zone=zone_name),
        ) from None


def to_utc(local: datetime, zone_name: str) -> datetime:
    """Return the UTC moment of a wall-clock time in ``zone_name``.

    The rule for the hours a daylight-saving change skips or repeats is PEP 495's
    ``fold=0``, whatever ``local.fold`` says:

    - a time in a gap (clocks spring forward) is read with the offset in force before
      the change, so it lands as much later as the clocks jumped: 01:30 in London on
      2026-03-29 is 01:30 UTC, which London shows as 02:30;
    - a time in an overlap (clocks fall back) is the earlier of its two moments: 01:30
      in New York on 2026-11-01 is 05:30 UTC (EDT), not 06:30 (EST).

    Raises:
        ValueError: when ``local`` already has a time zone.
        ValidationError: when the zone name is unknown.
    """
    if local.tzinfo is not None:
        raise ValueError("to_utc expects a wall-clock time without a time zone")
    aware = local.replace(tzinfo=zone_named(zone_name), fold=0)
    return aware.astimezone(UTC)


def to_local(moment: datetime, zone_name: str) -> datetime:
    """Return the wall-clock time (without time zone) of an aware moment in ``zone_name``.

    Raises:
        ValueError: when ``moment`` has no time zone.
        ValidationError: when the zone name is unknown.
    """
    _require_aware(moment, "moment")
    return moment.astimezone(zone_named(zone_name)).replace(tzinfo=None)


def wall_time_kind(local: datetime, zone_name: str) -> WallTimeKind:
    """Return whether a wall-clock time is skipped, repeated or normal in ``zone_name``.

    The UI can warn: "this time does not exist on that day" (gap) or "this time
    happens twice; the first is used" (overlap).
    """
    zone = zone_named(zone_name)
    first = local.replace(tzinfo=zone, fold=0)
    second = local.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return "normal"
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None, fold=0)
    return "overlap" if back == local.replace(tzinfo=None, fold=0) else "gap"


def _weekdays_before(day: date) -> int:
    """Return how many weekdays fall before ``day``, counted from 0001-01-01 (a Monday)."""
    weeks, rest = divmod(day.toordinal() - 1, 7)
    return weeks * 5 + min(rest, 5)


def _require_aware(moment: datetime, name: str) -> None:
    """Raise ValueError when ``moment`` has no time zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must carry a time zone")
