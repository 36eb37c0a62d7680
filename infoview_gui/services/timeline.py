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
from infoview_gui.domain.enums import Channel, InterviewStatus, Labelled, MeetingFormat, Source
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.wording import label_words
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
        return _(_FIXED[what])
    if what in _WITH_KIND:
        with_kind, alone, labelled = _WITH_KIND[what]
        return _(with_kind).format(**_kind(labelled, text)) if text else _(alone)
    if what == "replied":
        return _("Declined") if text == InterviewStatus.DECLINED else _("Reply received")
    if what == "held":
        return _("Interview held, notes taken") if detail else _("Interview held")
    if what == "conversation":
        return _("Follow-up: {kind}").format(**_kind(ConversationKind, text))
    if what == "conversation_thanked":
        return _("Thank-you sent for the {kind}").format(**_kind(ConversationKind, text))
    if what == "touch":
        return _("Update: {text}").format(text=_short(text)) if text else _("Update sent")
    if what == "introduced":
        return _("Introduced {name}").format(name=_short(text))
    return _("Introduced by {name}").format(name=_short(text))


def _kind(labelled: type[Labelled], value: str) -> dict[str, str]:
    """Return a value's label as the sentences take it (``{kind}`` or ``{label}``)."""
    return label_words(labelled(value).label)


_FIXED = {
    "drafted": N_("Request started"),
    "thanked": N_("Thank-you email sent"),
    "card_sent": N_("Thank-you note card sent"),
    "letter_sent": N_("Thank-you letter posted"),
    "card": N_("Business card kept"),
}
_WITH_KIND: dict[str, tuple[str, str, type[Labelled]]] = {
    "requested": (N_("Request sent ({kind})"), N_("Request sent"), Channel),
    "scheduled": (N_("Interview scheduled ({kind})"), N_("Interview scheduled"), MeetingFormat),
    "added": (N_("Added to contacts ({kind})"), N_("Added to contacts"), Source),
}
"""The rows that say how (the request's channel, the interview's format, the source)."""
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
