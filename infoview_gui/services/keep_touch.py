"""Keeping in touch: set how often, list who is due, log an update, put one off.

Each write is one user action in one transaction (the store's change log tells the views:
``keep_touch`` and ``touch`` rows count as the contact's). The days follow
``domain.keep_touch``, on the business days of the user's country.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from infoview_gui.domain import drafts
from infoview_gui.domain import keep_touch as rules
from infoview_gui.domain.calendar_rules import next_business_day
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.text import full_name
from infoview_gui.services.contacts import save_contact
from infoview_gui.services.holiday_calendar import user_holidays
from infoview_gui.services.profile import load_profile
from infoview_gui.store import keep_touch_rows as rows
from infoview_gui.store.connection import current
from infoview_gui.store.database import database
from infoview_gui.store.models import utc_now

SHOWN = 30
"""How many contacts due an update Home lists; the others are counted."""


@dataclass(frozen=True)
class KeepTouch:
    """A contact's keeping in touch: the cadence (None when off) and what is suggested."""

    contact_id: int
    cadence: rules.Cadence | None
    suggestion: rules.Suggestion
    next_due: date | None
    snoozed_until: date | None = None

    def sentence(self) -> str:
        """Say when the next reminder is, or nothing when keeping in touch is off."""
        if self.cadence is None or self.next_due is None:
            return ""
        day = self.next_due
        shown = _("{day} {month} {year}").format(
            day=day.day, month=formats().month_name(day.month), year=day.year
        )
        return _("Next reminder: {day}.").format(day=shown)


@dataclass(frozen=True)
class DueUpdate:
    """One contact due an update, with the drafted email."""

    contact_id: int
    name: str
    email: str
    cadence: rules.Cadence
    last: date | None
    due: date
    sentence: str
    draft: drafts.Draft


@dataclass(frozen=True)
class DueUpdates:
    """The first contacts due an update, and how many are due in all."""

    items: tuple[DueUpdate, ...]
    total: int


def _require_contact(contact_id: int) -> None:
    found = current().execute("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone()
    if found is None:
        raise NotFoundError(_("This contact no longer exists."))


def keep_touch_of(*, contact_id: int, today: date) -> KeepTouch:
    """Return a contact's keeping in touch as it stands on ``today``, with the suggestion."""
    held, thanked, paper, referrals, _held_on = rows.relationship_row(contact_id)
    suggestion = rules.suggested_cadence(
        rules.Relationship(bool(held), bool(thanked), int(referrals), bool(paper))
    )
    found = rows.kept(contact_id)
    if found is None:
        return KeepTouch(contact_id, None, suggestion, None)
    every, unit, snoozed, _last, due = found
    holidays = user_holidays(today=today)
    next_due = next_business_day(due, holidays) if due else None
    if snoozed is not None and next_due is not None and snoozed > next_due:
        next_due = snoozed
    return KeepTouch(
        contact_id, rules.Cadence(int(every), rules.Unit(unit)), suggestion, next_due, snoozed
    )


def set_keep_touch(*, contact_id: int, every: int | None, unit: str, today: date) -> KeepTouch:
    """Keep in touch with a contact every ``every`` weeks or months; ``every=None`` stops.

    A new cadence starts afresh: a reminder put off is no longer put off.

    Raises:
        ValidationError: the cadence is out of range.
        NotFoundError: the contact no longer exists.
    """
    cadence = None if every is None else rules.checked_cadence(every, unit)
    with database.atomic():
        _require_contact(contact_id)
        if cadence is None:
            current().execute("DELETE FROM keep_touch WHERE contact_id = ?", (contact_id,))
        else:
            current().execute(
                "INSERT INTO keep_touch (contact_id, every, unit, snoozed_until, set_on) "
                "VALUES (?, ?, ?, NULL, ?) ON CONFLICT (contact_id) DO UPDATE SET "
                "every = excluded.every, unit = excluded.unit, snoozed_until = NULL",
                (contact_id, cadence.every, cadence.unit.value, today.isoformat()),
            )
    return keep_touch_of(contact_id=contact_id, today=today)


def log_update(*, contact_id: int, on: date, note: str = "") -> KeepTouch:
    """Record that the user was in touch with a contact on ``on`` ("I did it").

    The update is an interaction: the next reminder counts from it, and a reminder put
    off is no longer put off.

    Raises:
        NotFoundError: the contact no longer exists.
    """
    with database.atomic():
        _require_contact(contact_id)
        current().execute(
            "INSERT INTO touch (contact_id, on_day, note, logged_at) VALUES (?, ?, ?, ?)",
            (contact_id, on.isoformat(), note.strip(), utc_now().isoformat(timespec="seconds")),
        )
        current().execute(
            "UPDATE keep_touch SET snoozed_until = NULL WHERE contact_id = ?", (contact_id,)
        )
    return keep_touch_of(contact_id=contact_id, today=on)


def not_now(*, contact_id: int, today: date) -> date:
    """Put a contact's reminder off for :data:`rules.SNOOZE_DAYS`; return when it comes back.

    Raises:
        NotFoundError: the contact is no longer kept in touch with.
    """
    back = rules.snoozed_until(today, user_holidays(today=today))
    with database.atomic():
        cursor = current().execute(
            "UPDATE keep_touch SET snoozed_until = ? WHERE contact_id = ?",
            (back.isoformat(), contact_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(_("You no longer keep in touch with this contact."))
    return back


def due_updates(*, today: date, limit: int = SHOWN) -> DueUpdates:
    """Return the first ``limit`` contacts due an update on ``today``, and the count of all."""
    due_by = rules.due_by(today, user_holidays(today=today))
    found = rows.due_rows(due_by=due_by, today=today, limit=limit)
    total = rows.due_count(due_by=due_by, today=today) if len(found) >= limit else len(found)
    profile = load_profile()
    items = []
    for contact_id, first, last_name, email, organisation, every, unit, last, due in found:
        name = full_name(str(first or ""), str(last_name or "")) or str(email or "")
        cadence = rules.Cadence(int(every), rules.Unit(unit))
        recipient = drafts.Recipient(
            first_name=str(first or ""), last_name=str(last_name or ""), organisation=organisation
        )
        held_on = rows.relationship_row(int(contact_id))[4]
        advice_on = date.fromisoformat(held_on) if held_on else last
        items.append(
            DueUpdate(
                int(contact_id),
                name,
                str(email or ""),
                cadence,
                last,
                due,
                rules.due_sentence(name, cadence, last, today),
                drafts.keep_touch_update(profile, recipient, advice_on),
            )
        )
    return DueUpdates(tuple(items), total)


def save_contact_keeping_touch(
    *,
    contact_id: int,
    contact: ContactData,
    scores: Mapping[int, int | None],
    cadence: rules.Cadence | None,
    today: date,
) -> int:
    """Save the contact dialog and its keeping in touch, all or nothing.

    Raises:
        DomainError: the contact or the cadence is refused (nothing is saved).
    """
    with database.atomic():
        saved = save_contact(contact_id=contact_id, contact=contact, scores=scores)
        set_keep_touch(
            contact_id=saved,
            every=cadence.every if cadence else None,
            unit=cadence.unit.value if cadence else "",
            today=today,
        )
    return saved
