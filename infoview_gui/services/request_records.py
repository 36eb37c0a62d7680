"""The interview records behind a request: read them, and move them through the pipeline."""

from __future__ import annotations

from typing import Any

from infoview_gui.domain import pipeline
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.text import full_name
from infoview_gui.store.models import Contact, Interview, utc_now


def contact_row(contact_id: int) -> Contact:
    """Return a contact, or raise NotFoundError."""
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFoundError(_("That contact no longer exists."))
    return row


def interview_row(interview_id: int) -> Interview:
    """Return an interview record, or raise NotFoundError."""
    row = Interview.get_or_none(Interview.id == interview_id)
    if row is None:
        raise NotFoundError(_("That request no longer exists."))
    return row


def display_name(contact: Contact) -> str:
    """Return the name a contact is shown by (the email when there is no name)."""
    return full_name(contact.first_name, contact.last_name) or str(contact.email)


def move_request(interview_id: int, new: InterviewStatus, **values: Any) -> Interview:
    """Change a request's status, refusing what the pipeline does not allow."""
    row = interview_row(interview_id)
    pipeline.check_transition(InterviewStatus(row.status), new)
    Interview.update(status=new.value, updated_at=utc_now(), **values).where(
        Interview.id == interview_id
    ).execute()
    return row
