"""The moments and days that split Home's agenda into overdue, today, soon and later.

The store can then count and order the agenda's records in SQL and read only the few
shown: "overdue" is a thank-you due before today, "this week" an interview before the
start of the user's seventh local day from today, and so on. Each boundary is an instant
in UTC written as the store writes it (ISO 8601 text), or a day (``YYYY-MM-DD``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from infoview_gui.domain.calendar_rules import NO_HOLIDAYS, Holidays, business_days_between

WEEK_DAYS = 7
"""An interview is "this week" when its local day is today or one of the next six."""


class AgendaWindow(NamedTuple):
    """Today's boundaries, as the store compares them with what it holds."""

    today: str
    """The user's local day: a thank-you due before it is overdue, due on it is for today."""
    yesterday_starts: str
    """Held before this instant, a thank-you without a stored due day is overdue."""
    today_starts: str
    tomorrow_starts: str
    """A scheduled interview starting before this instant is for today (or was missed)."""
    week_ends: str
    """The end of the coming week: interviews starting later are not on the agenda."""
    asked_by: str
    """A request made on or before this day, never followed up, calls for a step."""
    asked_by_followed: str
    """A request made on or before this day and already followed up calls for a step."""


def agenda_window(
    now: datetime,
    zone: ZoneInfo,
    ask_next_after: int = 3,
    follow_up_after: int = 7,
    holidays: Holidays = NO_HOLIDAYS,
) -> AgendaWindow:
    """Return the boundaries of the agenda as of ``now`` in the user's ``zone``.

    Args:
        now: the present moment, aware.
        zone: the user's time zone.
        ask_next_after: business days before asking the next person is suggested.
        follow_up_after: business days before a follow-up is suggested.
        holidays: the public holidays that are not business days.
    """
    today = now.astimezone(zone).date()
    return AgendaWindow(
        today=today.isoformat(),
        yesterday_starts=day_starts(today - timedelta(days=1), zone),
        today_starts=day_starts(today, zone),
        tomorrow_starts=day_starts(today + timedelta(days=1), zone),
        week_ends=day_starts(today + timedelta(days=WEEK_DAYS), zone),
        asked_by=waited_since(today, min(ask_next_after, follow_up_after), holidays).isoformat(),
        asked_by_followed=waited_since(today, ask_next_after, holidays).isoformat(),
    )


def day_starts(day: date, zone: ZoneInfo) -> str:
    """Return the instant a local day starts in ``zone``, as UTC text."""
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    return start.isoformat(timespec="seconds")


def waited_since(today: date, business_days: int, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return the latest day from which ``business_days`` business days have passed by today.

    Every earlier day has waited at least as long (``business_days_between`` only grows
    the further back a request was made).
    """
    day = today
    while business_days_between(day, today, holidays) < business_days:
        day -= timedelta(days=1)
    while business_days_between(day + timedelta(days=1), today, holidays) >= business_days:
        day += timedelta(days=1)  # none to wait: a weekend ahead has waited none either
    return day
