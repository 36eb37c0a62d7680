"""Follow-up conversations: add one, open it again, note it, thank for it.

Each write is one user action in one transaction; the store's change log tells the views
(a conversation counts as its contact's). A follow-up is no request: the request rule and
the first request's state machine never see it. It is an interaction: the contact's
keep-in-touch reminder counts from it (``store.keep_touch_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infoview_gui.domain import drafts
from infoview_gui.domain.conversations import (
    ConversationData,
    ConversationKind,
    check_thanked_on,
    validated,
)
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.services.profile import load_profile
from infoview_gui.services.request_records import contact_row, display_name
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, Conversation, utc_now
from infoview_gui.store.snapshots import Snapshot, take

_SUBJECT = "Subject: "


@dataclass(frozen=True)
class StoredConversation:
    """A follow-up conversation as saved, with whom it was."""

    conversation_id: int
    contact_id: int
    name: str
    email: str
    data: ConversationData


def _row(conversation_id: int) -> Conversation:
    row = Conversation.get_or_none(Conversation.id == conversation_id)
    if row is None:
        raise NotFoundError(_("That conversation no longer exists."))
    return row


def _data(row: Conversation) -> ConversationData:
    return ConversationData(
        held_at=row.held_at,
        kind=ConversationKind(row.kind),
        notes=str(row.notes),
        time_zone=str(row.time_zone),
        thank_you_sent_on=row.thank_you_sent_on,
        thank_you_draft=str(row.thank_you_draft),
    )


def _values(data: ConversationData) -> dict[str, object]:
    return {
        "held_at": data.held_at,
        "kind": data.kind.value,
        "notes": data.notes,
        "time_zone": data.time_zone,
        "thank_you_sent_on": data.thank_you_sent_on,
        "thank_you_draft": data.thank_you_draft,
    }


def load_conversation(conversation_id: int) -> StoredConversation:
    """Return a saved follow-up conversation.

    Raises:
        NotFoundError: it was deleted meanwhile.
    """
    row = _row(conversation_id)
    contact = contact_row(int(row.__data__["contact"]))
    return StoredConversation(
        int(row.id), int(contact.id), display_name(contact), str(contact.email), _data(row)
    )


def add_conversation(*, contact_id: int, conversation: ConversationData) -> int:
    """Record a follow-up conversation with a contact; return its id.

    Raises:
        ValidationError: a value is refused (nothing is saved).
        NotFoundError: the contact no longer exists.
    """
    data = validated(conversation)
    with database.atomic():
        contact_row(contact_id)
        row = Conversation.create(contact=contact_id, **_values(data))
    return int(row.id)


def save_conversation(*, conversation_id: int, conversation: ConversationData) -> None:
    """Save the changes to a follow-up conversation (its notes, its time, its form...).

    Raises:
        ValidationError: a value is refused (nothing is saved).
        NotFoundError: the conversation no longer exists.
    """
    data = validated(conversation)
    with database.atomic():
        _row(conversation_id)
        Conversation.update(updated_at=utc_now(), **_values(data)).where(
            Conversation.id == conversation_id
        ).execute()


def delete_conversation(*, conversation_id: int) -> Snapshot:
    """Delete a follow-up conversation (its notes with it); return what undo needs.

    Raises:
        NotFoundError: it was deleted already.
    """
    with database.atomic():
        snapshot = take(Conversation, [conversation_id])
        if Conversation.delete().where(Conversation.id == conversation_id).execute() == 0:
            raise NotFoundError(_("That conversation no longer exists."))
    return snapshot


def thank_you_draft(*, conversation_id: int) -> drafts.Draft:
    """Return the thank-you for a follow-up: the user's saved edits, or a fresh draft."""
    row = _row(conversation_id)
    saved = str(row.thank_you_draft)
    if saved:
        subject, _, body = saved.partition("\n\n")
        return drafts.Draft(subject.removeprefix(_SUBJECT), body)
    contact: Contact = contact_row(int(row.__data__["contact"]))
    recipient = drafts.Recipient(
        first_name=contact.first_name,
        last_name=contact.last_name,
        title=contact.title,
        organisation=contact.organisation,
    )
    return drafts.thank_you_email(load_profile(), recipient, "")


def draft_text(draft: drafts.Draft) -> str:
    """Return a draft as the conversation keeps it: "Subject: ...", a blank line, the body."""
    return f"{_SUBJECT}{' '.join(draft.subject.split())}\n\n{draft.body}"


def mark_thanked(*, conversation_id: int, draft: drafts.Draft, on: date) -> None:
    """Keep the thank-you as sent on ``on``, with the text that went out.

    Raises:
        ValidationError: ``on`` is before the conversation.
        NotFoundError: the conversation no longer exists.
    """
    with database.atomic():
        row = _row(conversation_id)
        check_thanked_on(on, row.held_at, str(row.time_zone))
        Conversation.update(
            thank_you_sent_on=on, thank_you_draft=draft_text(draft), updated_at=utc_now()
        ).where(Conversation.id == conversation_id).execute()
