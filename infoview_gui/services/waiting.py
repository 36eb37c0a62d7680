"""Requests still waiting for an answer, and when to move on or follow up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.calendar_rules import (
    ASK_NEXT_KEY,
    DEFAULT_ASK_NEXT,
    DEFAULT_FOLLOW_UP,
    FOLLOW_UP_KEY,
    stored_days,
)
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.services.holiday_calendar import user_holidays
from infoview_gui.services.request_records import display_name
from infoview_gui.services.settings import get_setting, set_setting
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, Interview

_S = InterviewStatus


@dataclass(frozen=True)
class WaitingRequest:
    """A request still without an answer, with what to do about it."""

    interview_id: int
    contact_id: int
    name: str
    requested_on: date
    business_days: int
    followed_up: bool
    suggestion: calendar_rules.ReplySuggestion | None


def _days_setting(key: str, default: int) -> int:
    return stored_days(get_setting(key), default)


def reply_thresholds() -> tuple[int, int]:
    """Return the business days after which to ask the next person, and to follow up."""
    return (
        _days_setting(ASK_NEXT_KEY, DEFAULT_ASK_NEXT),
        _days_setting(FOLLOW_UP_KEY, DEFAULT_FOLLOW_UP),
    )


def set_reply_thresholds(*, ask_next_after: int, follow_up_after: int) -> None:
    """Store the business days after which to ask the next person, and to follow up."""
    if not 1 <= ask_next_after <= 30:
        raise ValidationError("ask_next_after", _("Wait 1 to 30 business days before moving on."))
    if not ask_next_after <= follow_up_after <= 60:
        raise ValidationError(
            "follow_up_after", _("Follow up after moving on, and within 60 business days.")
        )
    with database.atomic():
        set_setting(key=ASK_NEXT_KEY, value=str(ask_next_after))
        set_setting(key=FOLLOW_UP_KEY, value=str(follow_up_after))


def waiting_requests(
    *, today: date, ask_next_after: int | None = None, follow_up_after: int | None = None
) -> list[WaitingRequest]:
    """Return requests still without an answer, oldest first, each with its suggestion.

    The thresholds default to the stored settings (3 and 7 business days).
    """
    stored_next, stored_follow = reply_thresholds()
    ask_next = stored_next if ask_next_after is None else ask_next_after
    follow = stored_follow if follow_up_after is None else follow_up_after
    query = (
        Interview.select(Interview, Contact)
        .join(Contact, JOIN.INNER, on=(Interview.contact == Contact.id))
        .where(Interview.status.in_([_S.ASKED.value, _S.NO_REPLY.value]))
        .where(Interview.requested_on.is_null(False))
        .order_by(Interview.requested_on, Interview.id)
    )
    holidays = user_holidays(today=today)
    rows = []
    for row in query:
        asked = row.requested_on
        if asked is None:  # excluded by the query; keeps the type checker sure
            continue
        followed = row.follow_up_on is not None
        suggestion = calendar_rules.reply_suggestion(
            asked, today, ask_next, follow, followed, holidays
        )
        waited = calendar_rules.business_days_between(asked, today, holidays)
        contact = row.contact
        rows.append(
            WaitingRequest(
                row.id, contact.id, display_name(contact), asked, waited, followed, suggestion
            )
        )
    return rows
