"""A contact's timeline: requests, replies, interviews, thank-yous, follow-ups, newest first.

Reads only. Each entry says when, in a few words what happened, and which record it is
about, so that the UI opens it where it was done (``ui.timeline_actions``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from infoview_gui.domain.conversations import ConversationKind
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat, Source
from infoview_gui.store.timeline_rows import LIMIT, timeline_rows


class Place(enum.Enum):
    """Where an entry opens."""

    REQUEST = "request"  # the request: its notes page when held, else where it stands
    THANK_YOU = "thank_you"  # the thank-you of a request
    CONVERSATION = "conversation"  # a follow-up conversation
    CONTACT = "contact"  # a contact (the one shown, or one they introduced)
    CARD = "card"  # the contact's business card
    KEEP_TOUCH = "keep_touch"  # the contact's keeping in touch (an update logged)


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with a contact.

    Attributes:
        on: the day it happened (a UTC time's day, as the rest of InfoView counts days).
        label: what happened, in a few words ("Interview held", "Coffee").
        place: where it opens.
        record_id: the request, conversation or contact it opens.
        contact_id: the contact whose timeline it is on.
        field_id: the career field of a request, if any.
    """

    on: date
    label: str
    place: Place
    record_id: int
    contact_id: int
    field_id: int | None = None


def _label(what: str, detail: Any) -> str:
    """Say in a few words what a row of the timeline is."""
    text = str(detail or "")
    if what in _FIXED:
        return _FIXED[what]
    if what == "requested":
        return "Request sent" + (f" ({Channel(text).label.lower()})" if text else "")
    if what == "replied":
        return "Declined" if text == InterviewStatus.DECLINED else "Reply received"
    if what == "scheduled":
        return "Interview scheduled" + (f" ({MeetingFormat(text).label.lower()})" if text else "")
    if what == "held":
        return "Interview held, notes taken" if detail else "Interview held"
    if what == "conversation":
        return f"Follow-up: {ConversationKind(text).label.lower()}"
    if what == "conversation_thanked":
        return f"Thank-you sent for the {ConversationKind(text).label.lower()}"
    if what == "touch":
        return f"Update: {_short(text)}" if text else "Update sent"
    if what == "introduced":
        return f"Introduced {_short(text)}"
    if what == "introduced_by":
        return f"Introduced by {_short(text)}"
    return f"Added to contacts ({Source(text).label.lower()})" if text else "Added to contacts"


_FIXED = {
    "drafted": "Request started",
    "thanked": "Thank-you email sent",
    "card_sent": "Thank-you note card sent",
    "letter_sent": "Thank-you letter posted",
    "card": "Business card kept",
}
_PLACES = {
    "thanked": Place.THANK_YOU,
    "card_sent": Place.THANK_YOU,
    "letter_sent": Place.THANK_YOU,
    "conversation": Place.CONVERSATION,
    "conversation_thanked": Place.CONVERSATION,
    "introduced": Place.CONTACT,
    "introduced_by": Place.CONTACT,
    "touch": Place.KEEP_TOUCH,
    "added": Place.CONTACT,
    "card": Place.CARD,
}


def _short(text: str, most: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1].rstrip() + "…"


def _day(value: Any) -> date:
    text = str(value)
    return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text[:10])


def timeline(*, contact_id: int, limit: int = LIMIT) -> list[TimelineEntry]:
    """Return what happened with a contact, newest first (at most ``limit`` entries)."""
    entries = []
    for at, _step, what, record, detail, field_id in timeline_rows(contact_id, limit=limit):
        entries.append(
            TimelineEntry(
                on=_day(at),
                label=_label(str(what), detail),
                place=_PLACES.get(str(what), Place.REQUEST),
                record_id=int(record),
                contact_id=contact_id,
                field_id=None if field_id is None else int(field_id),
            )
        )
    return entries
