"""Keeping in touch after the thank-you: how often, when it is due, and for how long to wait.

The professional "might become an important business contact for you in the future". A
contact can be kept in touch with every N weeks or months (off by default). The reminder
counts from the last interaction of any kind (a request, a reply, an interview, a
thank-you, an update the user logged), never from a fixed date, and falls on a business
day. "Not now" puts it off for :data:`SNOOZE_DAYS`. Nothing here reads the clock.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from infoview_gui.domain.calendar_rules import (
    NO_HOLIDAYS,
    Holidays,
    last_business_day,
    next_business_day,
)
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.wording import counted, plural

SNOOZE_DAYS = 14
"""How long "Not now" puts a reminder off (its button says "two weeks": ``keep_touch_row``)."""


class Unit(StrEnum):
    """What the number of a cadence counts."""

    WEEKS = "weeks"
    MONTHS = "months"


MAXIMUM = {Unit.WEEKS: 52, Unit.MONTHS: 24}
"""The longest cadence of each unit: a year of weeks, two years of months."""


@dataclass(frozen=True)
class Cadence:
    """Every how many weeks or months to be in touch."""

    every: int
    unit: Unit

    @property
    def words(self) -> str:
        """Say it: "every 3 months", "every week"."""
        if self.unit is Unit.WEEKS:
            return plural(self.every, "every week", "every {n} weeks")
        return plural(self.every, "every month", "every {n} months")


def checked_cadence(every: int, unit: str) -> Cadence:
    """Return the cadence, or say why it cannot be one.

    Raises:
        ValidationError: the unit is not weeks or months, or the number is out of range.
    """
    try:
        kind = Unit(unit)
    except ValueError:
        raise ValidationError("keep_touch", _("Choose weeks or months.")) from None
    if not 1 <= every <= MAXIMUM[kind]:
        said = (
            _("Keep in touch every 1 to {most} weeks.")
            if kind is Unit.WEEKS
            else _("Keep in touch every 1 to {most} months.")
        )
        raise ValidationError("keep_touch", said.format(most=MAXIMUM[kind]))
    return Cadence(every, kind)


@dataclass(frozen=True)
class Relationship:
    """What the user's data says about a contact, for the suggested cadence."""

    held: bool = False
    thanked: bool = False
    referrals: int = 0
    card_or_letter: bool = False


@dataclass(frozen=True)
class Suggestion:
    """A suggested cadence and why."""

    cadence: Cadence
    reason: str


def suggested_cadence(relationship: Relationship) -> Suggestion:
    """Suggest how often to keep in touch, from how much the person helped.

    Someone who gave an interview and also introduced the user to others, or was thanked
    with a card or letter as well, helped a lot: every 3 months. An interview: every 6
    months. Otherwise (a reply, a decline): once a year.
    """
    months = Unit.MONTHS
    if relationship.held and (relationship.referrals or relationship.card_or_letter):
        reason = (
            _("suggested: they gave you an interview and introduced you to others")
            if relationship.referrals
            else _("suggested: they gave you an interview and you thanked them on paper too")
        )
        return Suggestion(Cadence(3, months), reason)
    if relationship.held:
        return Suggestion(Cadence(6, months), _("suggested: they gave you an interview"))
    return Suggestion(Cadence(12, months), _("suggested: a yearly note keeps the door open"))


def add_months(day: date, months: int) -> date:
    """Return the same day ``months`` later, or the month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_reminder(last: date, cadence: Cadence) -> date:
    """Return the calendar day a reminder falls on after the last interaction.

    ``store.keep_touch_rows`` computes the same day in SQL (months clamped the same way).
    """
    if cadence.unit is Unit.WEEKS:
        return last + timedelta(weeks=cadence.every)
    return add_months(last, cadence.every)


def due_day(last: date, cadence: Cadence, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return the business day a reminder is due: its calendar day, or the next business day."""
    return next_business_day(next_reminder(last, cadence), holidays)


def due_by(today: date, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return the latest calendar day whose reminder is due by ``today``.

    A reminder falling on a weekend or holiday is due the next business day, so on a
    Saturday only those up to Friday are due.
    """
    return last_business_day(today, holidays)


def snoozed_until(today: date, holidays: Holidays = NO_HOLIDAYS) -> date:
    """Return the day a reminder put off today comes back: a business day."""
    return next_business_day(today + timedelta(days=SNOOZE_DAYS), holidays)


def due_sentence(name: str, cadence: Cadence, last: date | None, today: date) -> str:
    """Say who is due an update and since when, e.g. for Home's list."""
    if last is None:
        said = _("Keep in touch with {name} ({cadence}): send a short update.")
        return said.format(name=name, cadence=cadence.words)
    ago = (today - last).days
    weeks = ago // 7
    since = counted(weeks, "week", "weeks") if weeks else counted(ago, "day", "days")
    said = _(
        "Keep in touch with {name} ({cadence}): your last contact was {since} ago. Send a short "
        "update."
    )
    return said.format(name=name, cadence=cadence.words, since=since)
