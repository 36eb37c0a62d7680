from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.calendar_rules import ReplySuggestion
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, with_points
from infoview_gui.domain.enums import Channel, Decidedness, InterviewStatus, MeetingFormat, Source
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.pipeline import IllegalTransition
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import asking, scheduling, waiting
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import save_profile
from infoview_gui.services.ranking import move
from infoview_gui.store.models import Interview

FRIDAY = date(2026, 3, 6)
TODAY = date(2026, 3, 2)


def _field_with(*names: str) -> tuple[int, list[int]]:
    field_id = add_field(name="Data journalism")
    ids = [add_contact(contact=ContactData(first_name=n, field_id=field_id)) for n in names]
    return field_id, ids


def _asked(contact_id: int, on: date = FRIDAY) -> int:
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=on)
    return interview_id


def _accepted(contact_id: int) -> int:
    interview_id = _asked(contact_id)
    asking.mark_accepted(interview_id=interview_id, on=FRIDAY)
    return interview_id


def _status(interview_id: int) -> str:
    return str(Interview.get_by_id(interview_id).status)


def test_request_for_opens_one_record_and_returns_it_again(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    first = asking.request_for(contact_id=ana)
    assert first.status is InterviewStatus.NOT_ASKED
    assert first.name == "Ana"
    assert asking.request_for(contact_id=ana).interview_id == first.interview_id
    assert Interview.select().count() == 1
    with pytest.raises(NotFoundError):
        asking.request_for(contact_id=999)


def test_the_draft_names_who_introduced_us_and_who_i_am(store: SqliteDatabase) -> None:
    save_profile(
        profile=ProfileData(
            name="Sam Lee",
            email="sam@example.org",
            organisation="Leeds University",
            graduation="2027-06",
            decidedness=Decidedness.COMPARING,
        )
    )
    field_id, (mia,) = _field_with("Mia")
    ana = add_contact(
        contact=ContactData(
            first_name="Ana",
            last_name="Ruiz",
            title="Data editor",
            organisation="The Herald",
            field_id=field_id,
            introduced_by_id=mia,
        )
    )
    draft = asking.draft_request(contact_id=ana, today=TODAY)
    assert draft.subject == "Request for a short conversation about data journalism"
    assert draft.body.startswith("Dear Ana Ruiz,\n\nMia suggested I contact you.")
    assert "a student at Leeds University, graduating in June 2027" in draft.body
    assert "Data editor at The Herald" in draft.body
    assert "20 to 30 minutes" in draft.body and "?" in draft.body
    assert asking.connections(contact_id=ana) == ("Mia",)


def test_without_an_introducer_the_draft_says_how_they_were_found(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    alumna = add_contact(
        contact=ContactData(first_name="Bo", field_id=field_id, source=Source.ALUMNI_PROGRAMME)
    )
    text = add_contact(contact=ContactData(first_name="Cy", introduced_by_text="Prof. Okafor"))
    assert "I found your name through the alumni program." in (
        asking.draft_request(contact_id=alumna, today=TODAY).body
    )
    assert "Prof. Okafor suggested I contact you." in (
        asking.draft_request(contact_id=text, today=TODAY).body
    )


def test_the_users_edits_are_kept_until_a_fresh_draft_is_asked_for(
    store: SqliteDatabase,
) -> None:
    _, (ana,) = _field_with("Ana")
    record = asking.request_for(contact_id=ana)
    asking.save_request_draft(
        interview_id=record.interview_id, text="Hi Ana,\n\nMay I?", subject="Hi"
    )
    assert asking.draft_request(contact_id=ana, today=TODAY).body == "Hi Ana,\n\nMay I?"
    assert asking.draft_request(contact_id=ana, today=TODAY).subject == "Hi"
    assert asking.draft_request(contact_id=ana, today=TODAY, fresh=True).body.startswith("Dear Ana")


def test_statuses_move_only_the_way_the_pipeline_allows(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    interview_id = asking.request_for(contact_id=ana).interview_id
    with pytest.raises(IllegalTransition, match="Ask the person first"):
        asking.mark_accepted(interview_id=interview_id, on=FRIDAY)
    with pytest.raises(IllegalTransition, match="after the person has accepted"):
        scheduling.schedule(
            interview_id=interview_id,
            start_local=datetime(2026, 3, 10, 10),
            zone_name="Europe/London",
            duration_min=30,
            meeting_format=MeetingFormat.PHONE,
            place="",
        )
    asking.mark_asked(interview_id=interview_id, channel=Channel.PHONE, on=FRIDAY)
    row = Interview.get_by_id(interview_id)
    assert (row.status, row.channel, row.requested_on) == ("asked", "phone", FRIDAY)
    with pytest.raises(IllegalTransition, match="already marked “Asked”"):
        asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=FRIDAY)
    asking.mark_declined(interview_id=interview_id, on=date(2026, 3, 9))
    assert Interview.get_by_id(interview_id).responded_on == date(2026, 3, 9)
    with pytest.raises(IllegalTransition, match="has declined"):
        asking.mark_accepted(interview_id=interview_id, on=FRIDAY)
    assert _status(interview_id) == "declined"


def test_declining_moves_to_the_next_unasked_person_in_rank_order(
    store: SqliteDatabase,
) -> None:
    field_id, (ana, ben, cy, dee) = _field_with("Ana", "Ben", "Cy", "Dee")
    _asked(ben)
    move(field_id=field_id, contact_ids=[dee], after_id=ben, before_id=cy)  # Ana Ben Dee Cy
    assert asking.mark_declined(interview_id=_asked(ana), on=FRIDAY) == dee
    _asked(dee)
    _asked(cy)
    assert asking.next_to_ask(field_id=field_id) is None


def test_no_reply_is_counted_in_business_days_over_the_weekend(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    interview_id = _asked(ana, on=FRIDAY)

    def suggestion(today: date) -> ReplySuggestion | None:
        (row,) = waiting.waiting_requests(today=today)
        return row.suggestion

    assert suggestion(date(2026, 3, 8)) is None  # Sunday: nothing yet
    assert waiting.waiting_requests(today=date(2026, 3, 9))[0].business_days == 1
    assert suggestion(date(2026, 3, 10)) is None  # Tuesday: 2 business days
    assert suggestion(date(2026, 3, 11)) is ReplySuggestion.ASK_NEXT  # Wednesday: 3
    assert suggestion(date(2026, 3, 16)) is ReplySuggestion.ASK_NEXT  # Monday: 6
    assert suggestion(date(2026, 3, 17)) is ReplySuggestion.FOLLOW_UP  # Tuesday: 7
    asking.record_follow_up(interview_id=interview_id, on=date(2026, 3, 17))
    assert _status(interview_id) == "no_reply"
    assert suggestion(date(2026, 3, 17)) is ReplySuggestion.ASK_NEXT
    with pytest.raises(ValidationError, match="already followed up"):
        asking.record_follow_up(interview_id=interview_id, on=date(2026, 3, 18))


def test_the_reply_thresholds_are_settings(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    _asked(ana, on=FRIDAY)
    assert waiting.reply_thresholds() == (3, 7)
    waiting.set_reply_thresholds(ask_next_after=1, follow_up_after=2)
    assert waiting.reply_thresholds() == (1, 2)
    assert waiting.waiting_requests(today=date(2026, 3, 10))[0].suggestion is (
        ReplySuggestion.FOLLOW_UP
    )
    with pytest.raises(ValidationError):
        waiting.set_reply_thresholds(ask_next_after=5, follow_up_after=2)


def test_schedule_stores_the_utc_moment_across_the_dst_change(store: SqliteDatabase) -> None:
    _, (ana, ben) = _field_with("Ana", "Ben")
    before, after = _accepted(ana), _accepted(ben)
    common = {"zone_name": "Europe/London", "duration_min": 45, "place": "The Herald, Leeds"}
    fmt = MeetingFormat.IN_PERSON
    saturday = scheduling.schedule(
        interview_id=before, start_local=datetime(2026, 3, 28, 10), meeting_format=fmt, **common
    )
    sunday = scheduling.schedule(
        interview_id=after, start_local=datetime(2026, 3, 29, 10), meeting_format=fmt, **common
    )
    assert saturday.start_utc == datetime(2026, 3, 28, 10, tzinfo=UTC)  # GMT
    assert sunday.start_utc == datetime(2026, 3, 29, 9, tzinfo=UTC)  # BST
    assert sunday.warnings == ()
    row = Interview.get_by_id(after)
    assert row.scheduled_start == datetime(2026, 3, 29, 9, tzinfo=UTC)
    assert (row.time_zone, row.duration_min, row.format, row.status) == (
        "Europe/London",
        45,
        "in_person",
        "scheduled",
    )


def test_a_time_the_clocks_skip_is_saved_with_a_warning(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    result = scheduling.schedule(
        interview_id=_accepted(ana),
        start_local=datetime(2026, 3, 29, 1, 30),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="",
    )
    assert result.start_utc == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert "01:30 does not exist" in result.warnings[0] and "02:30" in result.warnings[0]
    assert "needs a link" in result.warnings[1]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"duration_min": 4}, "duration_min"),
        ({"duration_min": 241}, "duration_min"),
        ({"zone_name": "Mars/Olympus"}, "time_zone"),
        ({"place": "x" * 501}, "place"),
        ({"place": "line\nbreak"}, "place"),
    ],
)
def test_schedule_refuses_bad_values_and_keeps_the_status(
    store: SqliteDatabase, changes: dict[str, object], field: str
) -> None:
    _, (ana,) = _field_with("Ana")
    interview_id = _accepted(ana)
    values: dict[str, object] = {
        "start_local": datetime(2026, 4, 1, 14),
        "zone_name": "Europe/London",
        "duration_min": 30,
        "meeting_format": MeetingFormat.PHONE,
        "place": "+44 113 496 0000",
    }
    values.update(changes)
    with pytest.raises(ValidationError) as refused:
        scheduling.schedule(interview_id=interview_id, **values)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert _status(interview_id) == "accepted"


def test_rescheduling_moves_the_time_and_call_notes_are_kept(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    interview_id = _accepted(ana)
    for hour in (10, 15):
        scheduling.schedule(
            interview_id=interview_id,
            start_local=datetime(2026, 7, 1, hour),
            zone_name="America/New_York",
            duration_min=30,
            meeting_format=MeetingFormat.VIDEO,
            place="https://meet.example.org/abc",
        )
    assert Interview.get_by_id(interview_id).scheduled_start == datetime(2026, 7, 1, 19, tzinfo=UTC)
    asking.log_call(interview_id=interview_id, text="Called at 9; call back Tuesday.")
    assert asking.request_for(contact_id=ana).call_log == "Called at 9; call back Tuesday."


def test_decline_and_follow_up_drafts_are_polite(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    interview_id = _asked(ana)
    assert asking.decline_draft(interview_id=interview_id).body.startswith(
        "Dear Ana,\n\nThank you for letting me know"
    )
    assert "March 6" in asking.follow_up_draft(interview_id=interview_id).body
    assert "Hello, may I speak to Ana?" in asking.call_script(contact_id=ana)


def test_a_calendar_needs_a_scheduled_interview(store: SqliteDatabase) -> None:
    _, (ana,) = _field_with("Ana")
    with pytest.raises(ValidationError, match="Schedule the interview first"):
        scheduling.calendar_data(
            interview_ids=[_accepted(ana)], now=datetime(2026, 3, 1, tzinfo=UTC)
        )


def test_the_request_goes_to_the_primary_email_the_user_chose(store: SqliteDatabase) -> None:
    home = ContactPoint(PointKind.EMAIL, "ana@home.example")
    work = ContactPoint(PointKind.EMAIL, "ana@work.example")
    ana = add_contact(contact=with_points(ContactData(first_name="Ana"), [home, work]))
    assert asking.request_for(contact_id=ana).email == "ana@home.example"
    update_contact(contact_id=ana, contact=with_points(load_contact(ana), [work, home]))
    assert asking.request_for(contact_id=ana).email == "ana@work.example"
