"""Interview records: one per request to a contact."""

from __future__ import annotations

import uuid

from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, Interview


def start_request(*, contact_id: int) -> int:
    """Open an interview record (not asked yet) for a contact; return its id."""
    with database.atomic():
        found = Contact.select(Contact.field).where(Contact.id == contact_id).tuples().first()
        if found is None:
            raise NotFoundError(_("That contact no longer exists."))
        row = Interview.create(contact=contact_id, field=found[0], uid=f"{uuid.uuid4()}@infoview")
    return int(row.id)
