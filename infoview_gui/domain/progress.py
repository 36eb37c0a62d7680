"""Progress in figures: how many were asked, answered, held and thanked, and how fast.

Pure rules over one small fact per request; ``today`` and the follow-up rule's business
days are arguments. The window's charts and ``infoview report`` show the same figures.

- *asked*: requests sent (any request past "not asked yet");
- *accepted*: requests accepted, including those since scheduled, held or thanked;
- *declined*: requests declined;
- *no reply*: requests still unanswered (asked, or marked "no reply yet") once the
  follow-up rule's business days have passed since they were sent;
- *held*: interviews held (thanked or not); *thanked*: those with a thank-you sent;
- *referrals*: people introduced by someone the user interviewed;
- *response rate*: answered (accepted or declined) over asked;
- *median days to a reply*: business days from sending to the answer, over the answers
  with both dates;
- *interviews per month*: held interviews by the month they were held in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Any

from infoview_gui.domain.calendar_rules import business_days_between
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.i18n import _

_S = InterviewStatus
_ACCEPTED = frozenset({_S.ACCEPTED, _S.SCHEDULED, _S.HELD, _S.THANKED})
_WAITING = frozenset({_S.ASKED, _S.NO_REPLY})
_HELD = frozenset({_S.HELD, _S.THANKED})


@dataclass(frozen=True)
class RequestFact:
    """What the figures need of one request.

    Attributes:
        status: where the request stands.
        requested_on: the day it was sent, if known.
        responded_on: the day of the answer, if known.
        held_on: the day the interview was held (the user's local day), if it was.
        thanked: True once a thank-you was sent for the interview.
    """

    status: InterviewStatus
    requested_on: date | None = None
    responded_on: date | None = None
    held_on: date | None = None
    thanked: bool = False


@dataclass(frozen=True)
class Progress:
    """The figures of one field, or of every field."""

    asked: int = 0
    accepted: int = 0
    declined: int = 0
    no_reply: int = 0
    held: int = 0
    thanked: int = 0
    referrals: int = 0
    median_reply_days: float | None = None
    per_month: tuple[tuple[str, int], ...] = ()  # ("2026-03", 2), oldest first, gaps as 0

    @property
    def answered(self) -> int:
        """Requests answered: accepted or declined."""
        return self.accepted + self.declined

    @property
    def response_rate(self) -> float | None:
        """Answered over asked, 0 to 1 (None before anyone was asked)."""
        return self.answered / self.asked if self.asked else None

    def funnel(self) -> tuple[tuple[str, int], ...]:
        """The counts in the order the charts draw them, with their names."""
        return (
            ("Asked", self.asked),
            ("Accepted", self.accepted),
            ("Declined", self.declined),
            ("No reply", self.no_reply),
            ("Held", self.held),
            ("Thanked", self.thanked),
            ("Referrals", self.referrals),
        )

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain values, for JSON (the report's and the window's)."""
        rate = self.response_rate
        return {
            "asked": self.asked,
            "accepted": self.accepted,
            "declined": self.declined,
            "no_reply": self.no_reply,
            "held": self.held,
            "thanked": self.thanked,
            "referrals": self.referrals,
            "answered": self.answered,
            "response_rate": None if rate is None else round(rate, 4),
            "median_reply_business_days": self.median_reply_days,
            "interviews_per_month": {month: count for month, count in self.per_month},
        }


def is_unanswered(fact: RequestFact, today: date, follow_up_after: int) -> bool:
    """Tell whether a request counts as "no reply": unanswered past the follow-up days."""
    if fact.status not in _WAITING or fact.requested_on is None:
        return False
    return business_days_between(fact.requested_on, today) >= follow_up_after


def reply_days(facts: Iterable[RequestFact]) -> list[int]:
    """Return the business days each answered request waited for its answer."""
    return [
        business_days_between(f.requested_on, f.responded_on)
        for f in facts
        if f.requested_on and f.responded_on and (f.status in _ACCEPTED or f.status is _S.DECLINED)
    ]


def months_between(first: date, last: date) -> list[str]:
    """Return every month from ``first``'s to ``last``'s, as ``YYYY-MM``."""
    year, month, found = first.year, first.month, []
    while (year, month) <= (last.year, last.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def per_month(days: Sequence[date]) -> tuple[tuple[str, int], ...]:
    """Return held interviews per month from the first to the last, months without as 0."""
    if not days:
        return ()
    counts = Counter(f"{day.year:04d}-{day.month:02d}" for day in days)
    return tuple((month, counts[month]) for month in months_between(min(days), max(days)))


def progress(
    facts: Sequence[RequestFact], *, referrals: int, today: date, follow_up_after: int
) -> Progress:
    """Return the figures of ``facts`` on ``today`` under the follow-up rule."""
    asked = [f for f in facts if f.status is not _S.NOT_ASKED]
    held = [f for f in asked if f.status in _HELD]
    days = reply_days(asked)
    return Progress(
        asked=len(asked),
        accepted=sum(f.status in _ACCEPTED for f in asked),
        declined=sum(f.status is _S.DECLINED for f in asked),
        no_reply=sum(is_unanswered(f, today, follow_up_after) for f in asked),
        held=len(held),
        thanked=sum(f.thanked for f in held),
        referrals=referrals,
        median_reply_days=float(median(days)) if days else None,
        per_month=per_month([f.held_on for f in held if f.held_on is not None]),
    )


def rate_text(rate: float | None) -> str:
    """Return a response rate as the user reads it: ``67%``, or ``—`` before any request."""
    return "—" if rate is None else f"{round(rate * 100)}%"


def days_text(days: float | None) -> str:
    """Return a median number of business days as read: ``2``, ``2.5``, or ``—``."""
    if days is None:
        return "—"
    if days == 1:
        return _("1 business day")
    return _("{days} business days").format(days=f"{days:g}")


@dataclass(frozen=True)
class Tally:
    """The requests of one field (or all) added up, as ``store.progress_queries`` reads them.

    Attributes:
        statuses: per status, (requests, those of them with a thank-you sent).
        days: (status, requested on, responded on, requests) per distinct combination.
        held_days: (day held, interviews) per distinct day.
    """

    statuses: Mapping[InterviewStatus, tuple[int, int]]
    days: Sequence[tuple[InterviewStatus, date, date | None, int]] = ()
    held_days: Sequence[tuple[date, int]] = ()

    def count(self, statuses: Iterable[InterviewStatus]) -> int:
        """Return how many requests are in any of ``statuses``."""
        return sum(self.statuses.get(status, (0, 0))[0] for status in statuses)


def progress_of(tally: Tally, *, referrals: int, today: date, follow_up_after: int) -> Progress:
    """Return the figures of a tally on ``today``: the same as ``progress`` of its requests."""
    asked = frozenset(_S) - {_S.NOT_ASKED}
    answered = _ACCEPTED | {_S.DECLINED}
    no_reply = sum(
        n
        for status, asked_on, _answered_on, n in tally.days
        if status in _WAITING and business_days_between(asked_on, today) >= follow_up_after
    )
    waits = sorted(
        (business_days_between(asked_on, answered_on), n)
        for status, asked_on, answered_on, n in tally.days
        if answered_on is not None and status in answered
    )
    months: Counter[str] = Counter()
    for day, n in tally.held_days:
        months[f"{day.year:04d}-{day.month:02d}"] += n
    held_days = [day for day, _n in tally.held_days]
    return Progress(
        asked=tally.count(asked),
        accepted=tally.count(_ACCEPTED),
        declined=tally.count({_S.DECLINED}),
        no_reply=no_reply,
        held=tally.count(_HELD),
        thanked=sum(tally.statuses.get(status, (0, 0))[1] for status in _HELD),
        referrals=referrals,
        median_reply_days=weighted_median(waits),
        per_month=tuple(
            (month, months[month])
            for month in (months_between(min(held_days), max(held_days)) if held_days else ())
        ),
    )


def weighted_median(values: Sequence[tuple[int, int]]) -> float | None:
    """Return the median of sorted (value, how many times) pairs (None: no value)."""
    total = sum(n for _value, n in values)
    if not total:
        return None
    middle = [(total - 1) // 2, total // 2]  # the one or two middle places, from 0
    found: list[int] = []
    seen = 0
    for value, n in values:
        while middle and middle[0] < seen + n:
            found.append(value)
            middle.pop(0)
        seen += n
    return float(sum(found) / len(found))
