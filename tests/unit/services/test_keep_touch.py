"""Keeping in touch read from a real store: the reminder restarts from any interaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.keep_touch import Unit
from infoview_gui.services import asking, keep_touch, scheduling, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.holiday_calendar import set_country
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.store.models import Interview

HELD = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)  # a Wednesday
THANKED = date(2026, 3, 5)


def _thanked(name: str = "Dana", *, introduced: int = 0) -> int:
    contact_id = add_contact(contact=ContactData(first_name=name, last_name="Ruiz"))
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 2, 20))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 2, 23))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 3, 4, 15, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="",
    )
    with database.atomic():
        move_request(interview_id, InterviewStatus.HELD, held_at=HELD, thank_you_due=THANKED)
    thanks.send_thank_you(
        interview_id=interview_id, on=THANKED, point="", subject="Thanks", body="Thank you"
    )
    for n in range(introduced):
        add_contact(contact=ContactData(first_name=f"Ref{n}", introduced_by_id=contact_id))
    return contact_id


def _interview(contact_id: int) -> int:
    return int(Interview.get(Interview.contact == contact_id).id)


def test_off_by_default_with_a_suggestion_by_how_much_they_helped(store: SqliteDatabase) -> None:
    plain, helpful = _thanked("Ann"), _thanked("Dana", introduced=1)
    ann = keep_touch.keep_touch_of(contact_id=plain, today=THANKED)
    dana = keep_touch.keep_touch_of(contact_id=helpful, today=THANKED)
    assert ann.cadence is None and dana.cadence is None
    assert ann.suggestion.cadence.words == "every 6 months"
    assert dana.suggestion.cadence.words == "every 3 months"
    assert "introduced you" in dana.suggestion.reason


def test_due_three_months_after_the_thank_you_then_restarts_from_the_update(
    store: SqliteDatabase,
) -> None:
    dana = _thanked()
    kept = keep_touch.set_keep_touch(contact_id=dana, every=3, unit="months", today=THANKED)
    assert kept.next_due == date(2026, 6, 5)  # three months after the thank-you, a Friday
    assert keep_touch.due_updates(today=date(2026, 6, 4)).total == 0
    due = keep_touch.due_updates(today=date(2026, 6, 5))
    assert [item.contact_id for item in due.items] == [dana] and due.total == 1
    item = due.items[0]
    assert "Thanks again for your advice in March: I have since" in item.draft.body
    assert item.last == THANKED
    after = keep_touch.log_update(contact_id=dana, on=date(2026, 6, 8))
    assert after.next_due == date(2026, 9, 8)
    assert keep_touch.due_updates(today=date(2026, 6, 9)).total == 0


def test_any_interaction_restarts_the_reminder(store: SqliteDatabase) -> None:
    dana = _thanked()
    keep_touch.set_keep_touch(contact_id=dana, every=2, unit="weeks", today=THANKED)
    thanks.mark_note_card_sent(interview_id=_interview(dana), on=date(2026, 3, 16))
    assert keep_touch.keep_touch_of(contact_id=dana, today=THANKED).next_due == date(2026, 3, 30)


def test_not_now_puts_it_off_two_weeks(store: SqliteDatabase) -> None:
    dana = _thanked()
    keep_touch.set_keep_touch(contact_id=dana, every=3, unit="months", today=THANKED)
    back = keep_touch.not_now(contact_id=dana, today=date(2026, 6, 5))
    assert back == date(2026, 6, 19)
    assert keep_touch.due_updates(today=date(2026, 6, 18)).total == 0
    assert keep_touch.due_updates(today=back).total == 1


def test_a_reminder_on_a_holiday_is_due_the_next_business_day(store: SqliteDatabase) -> None:
    set_country(code="GB", region="ENG")
    dana = _thanked()
    # Two weeks from Friday 11 December 2026 is Christmas Day; Boxing Day is on the
    # Saturday and observed on Monday 28th: the reminder is due on Tuesday 29th.
    keep_touch.log_update(contact_id=dana, on=date(2026, 12, 11))
    kept = keep_touch.set_keep_touch(contact_id=dana, every=2, unit="weeks", today=THANKED)
    assert kept.next_due == date(2026, 12, 29)
    assert keep_touch.due_updates(today=date(2026, 12, 28)).total == 0
    assert keep_touch.due_updates(today=date(2026, 12, 29)).total == 1


def test_off_and_bad_cadences(store: SqliteDatabase) -> None:
    dana = _thanked()
    keep_touch.set_keep_touch(contact_id=dana, every=1, unit="weeks", today=THANKED)
    keep_touch.set_keep_touch(contact_id=dana, every=None, unit="", today=THANKED)
    assert keep_touch.keep_touch_of(contact_id=dana, today=THANKED).cadence is None
    assert keep_touch.due_updates(today=date(2027, 1, 1)).total == 0
    with pytest.raises(ValidationError, match="1 to 24 months"):
        keep_touch.set_keep_touch(contact_id=dana, every=25, unit=Unit.MONTHS, today=THANKED)


def test_deleting_the_contact_and_undoing_brings_back_its_keeping_in_touch(
    store: SqliteDatabase,
) -> None:
    from infoview_gui.services.contacts import delete_contacts
    from infoview_gui.services.deletion import undo_deletion

    dana = _thanked()
    keep_touch.set_keep_touch(contact_id=dana, every=3, unit="months", today=THANKED)
    keep_touch.log_update(contact_id=dana, on=date(2026, 4, 1))
    before = keep_touch.keep_touch_of(contact_id=dana, today=THANKED)
    snapshot = delete_contacts(contact_ids=[dana])
    assert keep_touch.due_updates(today=date(2027, 1, 1)).total == 0
    undo_deletion(snapshot=snapshot)
    assert keep_touch.keep_touch_of(contact_id=dana, today=THANKED) == before
    assert before.next_due == date(2026, 7, 1)
