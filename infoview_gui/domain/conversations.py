"""Follow-up conversations: the talks with a contact after their first request.

A contact's first request keeps its state machine (asked, scheduled, held, thanked...).
Whatever comes after (a second interview, a coffee, a call, an email exchange) is a
*follow-up conversation*: when it took place, in what form, the user's notes, and the day
a thank-you went out. Follow-ups never count as a request: "the current request" and "the
next person to ask" read requests alone. Nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from infoview_gui.domain.enums import Labelled
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.validation import LONG_TEXT_MAX, clean_long


class ConversationKind(Labelled):
    """The form a follow-up conversation took."""

    SECOND_INTERVIEW = "second_interview"
    COFFEE = "coffee"
    CALL = "call"
    VIDEO = "video"
    EMAIL_EXCHANGE = "email_exchange"
    OTHER = "other"

    @property
    def is_interview(self) -> bool:
        """Whether it was an interview (questions asked, answers noted)."""
        return self is ConversationKind.SECOND_INTERVIEW

    @property
    def takes_questions(self) -> bool:
        """Whether it can have a question list: a second interview, or one held by phone or video.

        The form of a follow-up and its purpose share one choice: a second interview held
        by video is as likely to be saved as "Video call" as "Second interview". A coffee,
        an email exchange or another talk keeps notes only.
        """
        return self in (
            ConversationKind.SECOND_INTERVIEW,
            ConversationKind.CALL,
            ConversationKind.VIDEO,
        )


NOTES_MAX = LONG_TEXT_MAX


@dataclass(frozen=True)
class ConversationData:
    """What the user says about one follow-up conversation.

    Attributes:
        held_at: when it took place, an aware datetime.
        kind: its form.
        notes: what was said, in the user's words.
        time_zone: the zone the user gave the time in (an IANA name, or "").
        thank_you_sent_on: the day a thank-you went out, if one did.
        thank_you_draft: the thank-you as sent or edited: a subject line, a blank line, the body.
    """

    held_at: datetime
    kind: ConversationKind = ConversationKind.COFFEE
    notes: str = ""
    time_zone: str = ""
    thank_you_sent_on: date | None = None
    thank_you_draft: str = ""


def validated(data: ConversationData) -> ConversationData:
    """Return ``data`` cleaned, or raise ValidationError naming the input to fix."""
    if data.held_at.tzinfo is None:
        raise ValidationError("held_at", _("Say when the conversation took place."))
    if not isinstance(data.kind, ConversationKind):
        raise ValidationError("kind", _("Choose how the conversation took place."))
    notes = clean_long("notes", "The notes", data.notes, limit=NOTES_MAX)
    draft = clean_long("thank_you_draft", "The thank-you", data.thank_you_draft)
    check_thanked_on(data.thank_you_sent_on, data.held_at, data.time_zone)
    return replace(data, notes=notes, thank_you_draft=draft)


def local_day(held_at: datetime, time_zone: str) -> date:
    """Return the day a conversation took place where the user was (its zone, if known)."""
    try:
        return held_at.astimezone(ZoneInfo(time_zone)).date() if time_zone else held_at.date()
    except (ZoneInfoNotFoundError, ValueError):
        return held_at.date()


def check_thanked_on(sent: date | None, held_at: datetime, time_zone: str) -> None:
    """Refuse a thank-you dated before the conversation it thanks for."""
    if sent is not None and sent < local_day(held_at, time_zone):
        raise ValidationError(
            "thank_you_sent_on", _("A thank-you goes out after the conversation.")
        )


def short_label(kind: ConversationKind) -> str:
    """Return the timeline's words for a follow-up: "Coffee", "Second interview"..."""
    return kind.label
