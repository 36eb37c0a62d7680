"""The next thing to do about a contact, in a few words, from where its request stands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infoview_gui.domain.calendar_rules import (
    NO_HOLIDAYS,
    Holidays,
    ReplySuggestion,
    business_days_between,
    reply_suggestion,
)
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.domain.wording import plural

_S = InterviewStatus


@dataclass(frozen=True)
class RequestFacts:
    """What the table knows about a contact's latest request."""

    status: InterviewStatus = InterviewStatus.NOT_ASKED
    requested_on: date | None = None
    follow_up_on: date | None = None
    scheduled_day: date | None = None  # the local day of the interview
    thank_you_due: date | None = None
    thank_you_sent_on: date | None = None


def _day(value: date) -> str:
    """Return a day short, with its month: "3 Mar" ("3. März", "3 mar")."""
    month = formats().month_name(value.month, short=True)
    return _("{day} {month}").format(day=value.day, month=month)


@dataclass(frozen=True)
class WaitRules:
    """When to follow up and when to ask the next person (Preferences), in business days."""

    ask_next_after: int = 3
    follow_up_after: int = 7
    holidays: Holidays = NO_HOLIDAYS  # the user's country's (Preferences)


DEFAULT_RULES = WaitRules()


def next_step(facts: RequestFacts, today: date, rules: WaitRules = DEFAULT_RULES) -> str:
    """Return the next step for a contact, e.g. "Wait for a reply (2 business days)"."""
    status = facts.status
    if status is _S.ASKED and facts.requested_on is not None:
        return _waiting(facts, facts.requested_on, today, rules)
    if status is _S.SCHEDULED and facts.scheduled_day is not None:
        if facts.scheduled_day > today:
            return _("Prepare questions for {day}").format(day=_day(facts.scheduled_day))
        if facts.scheduled_day == today:
            return _("Interview today")
        return _("Mark the interview as held")
    if status is _S.HELD and facts.thank_you_due is not None and not facts.thank_you_sent_on:
        if facts.thank_you_due < today:
            return _("Thank-you overdue (was due {day})").format(day=_day(facts.thank_you_due))
        if facts.thank_you_due == today:
            return _("Send the thank-you today")
        return _("Send the thank-you by {day}").format(day=_day(facts.thank_you_due))
    if status is _S.DECLINED and facts.thank_you_sent_on is not None:
        return _("Declined (thanked {day})").format(day=_day(facts.thank_you_sent_on))
    fixed = _FIXED.get(status)
    return _(fixed) if fixed else ""


def _waiting(facts: RequestFacts, asked: date, today: date, rules: WaitRules) -> str:
    suggestion = reply_suggestion(
        asked,
        today,
        rules.ask_next_after,
        rules.follow_up_after,
        followed_up=facts.follow_up_on is not None,
        holidays=rules.holidays,
    )
    if suggestion is ReplySuggestion.FOLLOW_UP:
        return _("Send one polite follow-up")
    if suggestion is ReplySuggestion.ASK_NEXT:
        return _("No reply yet: ask the next person")
    if asked >= today:
        return _("Wait for a reply (asked today)")
    waited = business_days_between(asked, today, rules.holidays)
    if not waited:  # asked before a weekend or holiday that has not ended yet
        return _("Wait for a reply (asked {day})").format(day=_day(asked))
    return plural(
        waited, "Wait for a reply ({n} business day)", "Wait for a reply ({n} business days)"
    )


_FIXED: dict[InterviewStatus, str] = {  # in US English: translated on use
    _S.NOT_ASKED: N_("Ask for an interview"),
    _S.ASKED: N_("Wait for a reply"),
    _S.NO_REPLY: N_("Ask the next person"),
    _S.ACCEPTED: N_("Schedule the interview"),
    _S.DECLINED: N_("Declined: thank them for replying"),
    _S.SCHEDULED: N_("Hold the interview"),
    _S.HELD: N_("Send a thank-you"),
    _S.THANKED: N_("Done"),
}


def parse_day(value: str | None) -> date | None:
    """Read a stored ISO date, or None."""
    return date.fromisoformat(value[:10]) if value else None
