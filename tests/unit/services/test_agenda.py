"""Home's agenda read from a real store: what shows, what goes away, and how few queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.agenda import ActionKind, ItemKind, Urgency
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, FieldStatus, InterviewStatus, MeetingFormat
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import agenda as agenda_service
from infoview_gui.services import asking, scheduling, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field, set_status
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.services.request_records import move_request
from infoview_gui.store import connection
from infoview_gui.store.database import database

LONDON = ZoneInfo("Europe/London")
FRI = date(2026, 3, 6)
NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday noon in London


def _field(name: str, *people: str) -> tuple[int, list[int]]:
    field_id = add_field(name=name)
    return field_id, [
        add_contact(contact=ContactData(first_name=p, last_name="Doe", field_id=field_id))
        for p in people
    ]


def _asked(contact_id: int, on: date = FRI) -> int:
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=on)
    return interview_id


def _scheduled(contact_id: int, start: datetime) -> int:
    interview_id = _asked(contact_id, date(2026, 3, 2))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 3, 3))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=start,
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="https://meet.example.org/x",
    )
    return interview_id


def _held(contact_id: int, held_at: datetime, due: date | None) -> int:
    interview_id = _scheduled(contact_id, held_at.replace(tzinfo=None))
    with database.atomic():
        move_request(interview_id, InterviewStatus.HELD, held_at=held_at, thank_you_due=due)
    return interview_id


def _agenda(now: datetime = NOW):  # type: ignore[no-untyped-def]
    return agenda_service.agenda(now=now, zone=LONDON)


def test_an_empty_store_has_nothing_to_do(store: SqliteDatabase) -> None:
    assert _agenda().items == ()


def test_a_held_interview_asks_for_a_thank_you_until_it_is_sent(store: SqliteDatabase) -> None:
    _, (ana,) = _field("Nursing", "Ana")
    interview_id = _held(ana, datetime(2026, 3, 5, 15, 0, tzinfo=UTC), date(2026, 3, 6))
    (item,) = _agenda().items
    assert (item.kind, item.urgency, item.about.id) == (
        ItemKind.THANK_YOU,
        Urgency.TODAY,
        interview_id,
    )
    assert item.sentence == "Send your thank-you to Ana Doe today."
    thanks.mark_thank_you_sent(interview_id=interview_id, on=FRI)
    assert _agenda().items == ()


def test_interviews_of_the_coming_week_show_and_later_ones_do_not(store: SqliteDatabase) -> None:
    _, (ana, ben) = _field("Nursing", "Ana", "Ben")
    soon = _scheduled(ana, datetime(2026, 3, 9, 10, 0))
    _scheduled(ben, datetime(2026, 3, 16, 10, 0))
    agenda = _agenda()
    (item,) = agenda.of_kind(ItemKind.INTERVIEW)
    assert item.about.id == soon
    assert item.sentence == "Interview with Ana Doe on Mon 9 Mar at 10:00, by video call."
    assert agenda.counts.interviews_this_week == 1


def test_a_request_without_an_answer_suggests_the_next_person_by_rank(
    store: SqliteDatabase,
) -> None:
    _, (ana, ben, cy) = _field("Nursing", "Ana", "Ben", "Cy")
    _asked(ana, date(2026, 3, 3))  # Tuesday: three business days by Friday
    (item,) = _agenda().of_kind(ItemKind.REQUEST)
    assert "you could ask the next person" in item.sentence
    assert [(a.kind, a.target) for a in item.actions] == [
        (ActionKind.ASK_NEXT, ben),
        (ActionKind.ANSWER, ana),
    ]
    assert _agenda().counts.waiting == 1
    _asked(ben)
    (first, second) = _agenda().of_kind(ItemKind.REQUEST)
    assert first.actions[0].target == cy
    assert second.urgency is Urgency.LATER


def test_a_request_superseded_by_a_newer_one_waits_for_nothing(store: SqliteDatabase) -> None:
    """Ana never answered; the user opened a new request to her: Home does not say
    "no answer from Ana... ask the next person: Ana"."""
    _, (ana, ben) = _field("Nursing", "Ana", "Ben")
    _asked(ana, date(2026, 2, 24))
    start_request(contact_id=ana)  # a new request, not sent yet
    assert _agenda().of_kind(ItemKind.REQUEST) == []
    assert _agenda().counts.waiting == 0


def test_a_decline_superseded_by_a_newer_request_is_not_shown(store: SqliteDatabase) -> None:
    _, (ana, _ben) = _field("Nursing", "Ana", "Ben")
    declined = _asked(ana, date(2026, 3, 2))
    asking.mark_declined(interview_id=declined, on=date(2026, 3, 4))
    start_request(contact_id=ana)  # asked again later, by a new request
    assert _agenda().of_kind(ItemKind.DECLINED) == []


def test_the_follow_up_once_sent_is_remembered(store: SqliteDatabase) -> None:
    _, (ana,) = _field("Nursing", "Ana")
    interview_id = _asked(ana, date(2026, 2, 24))
    (item,) = _agenda().items
    assert item.actions[0].kind is ActionKind.FOLLOW_UP
    asking.record_follow_up(interview_id=interview_id, on=date(2026, 3, 5))
    (item,) = _agenda().items
    assert "even after your follow-up" in item.sentence


def test_a_decline_shows_until_someone_else_in_the_field_is_asked(store: SqliteDatabase) -> None:
    _, (ana, ben) = _field("Nursing", "Ana", "Ben")
    declined = _asked(ana, date(2026, 3, 2))
    asking.mark_declined(interview_id=declined, on=date(2026, 3, 4))
    (item,) = _agenda().of_kind(ItemKind.DECLINED)
    assert item.about.id == declined
    assert item.sentence == (
        "Ana Doe declined (Wed 4 Mar). Ask the next person on your Nursing list: Ben Doe."
    )
    assert [(a.kind, a.target) for a in item.actions] == [(ActionKind.ASK_NEXT, ben)]
    _asked(ben, date(2026, 3, 5))
    assert _agenda().of_kind(ItemKind.DECLINED) == []


def test_only_the_latest_decline_of_a_field_shows(store: SqliteDatabase) -> None:
    _, (ana, ben, _cy) = _field("Nursing", "Ana", "Ben", "Cy")
    first = _asked(ana, date(2026, 3, 2))
    asking.mark_declined(interview_id=first, on=date(2026, 3, 3))
    second = _asked(ben, date(2026, 3, 3))
    asking.mark_declined(interview_id=second, on=date(2026, 3, 5))
    assert [item.about.id for item in _agenda().of_kind(ItemKind.DECLINED)] == [second]


def test_a_request_made_before_the_decline_does_not_hide_it(store: SqliteDatabase) -> None:
    _, (ana, ben, _cy) = _field("Nursing", "Ana", "Ben", "Cy")
    _asked(ben, date(2026, 3, 2))
    declined = _asked(ana, date(2026, 3, 2))
    asking.mark_declined(interview_id=declined, on=date(2026, 3, 4))
    assert [item.about.id for item in _agenda().of_kind(ItemKind.DECLINED)] == [declined]


def test_when_everyone_was_asked_a_decline_sends_the_user_to_find_people(
    store: SqliteDatabase,
) -> None:
    field_id, (ana,) = _field("Nursing", "Ana")
    declined = _asked(ana, date(2026, 3, 2))
    asking.mark_declined(interview_id=declined, on=date(2026, 3, 4))
    (item,) = _agenda().of_kind(ItemKind.DECLINED)
    assert [(a.kind, a.target) for a in item.actions] == [(ActionKind.FIND_CONTACTS, field_id)]


def test_fields_without_contacts_show_unless_set_aside(store: SqliteDatabase) -> None:
    law = add_field(name="Law")
    aside = add_field(name="Dentistry")
    set_status(field_id=aside, status=FieldStatus.SET_ASIDE)
    _field("Nursing", "Ana")
    (item,) = _agenda().of_kind(ItemKind.EMPTY_FIELD)
    assert item.about.id == law
    add_contact(contact=ContactData(first_name="Lee", field_id=law))
    assert _agenda().of_kind(ItemKind.EMPTY_FIELD) == []


def test_a_set_aside_field_does_not_ask_for_the_next_person(store: SqliteDatabase) -> None:
    field_id, (ana, _ben) = _field("Nursing", "Ana", "Ben")
    declined = _asked(ana, date(2026, 3, 2))
    asking.mark_declined(interview_id=declined, on=date(2026, 3, 4))
    set_status(field_id=field_id, status=FieldStatus.SET_ASIDE)
    assert _agenda().items == ()


def test_the_users_zone_comes_from_the_profile_then_the_computer(store: SqliteDatabase) -> None:
    assert agenda_service.user_zone(system_zone="Asia/Tokyo").key == "Asia/Tokyo"
    assert agenda_service.user_zone(system_zone="Not/AZone").key == "UTC"
    save_profile(profile=ProfileData(name="Sam", time_zone="America/New_York"))
    assert agenda_service.user_zone(system_zone="Asia/Tokyo").key == "America/New_York"


@contextmanager
def _counting() -> Iterator[list[str]]:
    """Record every statement SQLite runs on the connection, whoever sends it."""
    seen: list[str] = []
    conn = connection.current()
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


def _busy(people: int) -> None:
    _, ids = _field(f"Field {people}", *(f"P{i}" for i in range(people * 4)))
    for n, contact_id in enumerate(ids[: people * 3]):
        if n % 3 == 0:
            _asked(contact_id, date(2026, 3, 2))
        elif n % 3 == 1:
            _held(contact_id, datetime.combine(FRI, time(9), tzinfo=UTC), None)
        else:
            _scheduled(contact_id, datetime(2026, 3, 10, 9, 0))


@pytest.mark.parametrize("people", [1, 20])
def test_the_agenda_takes_the_same_few_queries_however_much_there_is(
    store: SqliteDatabase, people: int
) -> None:
    _busy(people)
    with _counting() as seen:
        agenda = _agenda()
    assert agenda.total == people * 3
    assert len(agenda.items) == min(people * 3, agenda_service.SHOWN)
    assert len(seen) <= 8, seen


def test_each_field_names_its_next_person_when_nothing_else_waits(store: SqliteDatabase) -> None:
    nursing, (ana, ben) = _field("Nursing", "Ana", "Ben")
    aside, _ = _field("Dentistry", "Cy")
    set_status(field_id=aside, status=FieldStatus.SET_ASIDE)
    (item,) = _agenda().of_kind(ItemKind.ASK)
    assert (item.about.id, item.actions[0].kind, item.actions[0].target) == (
        nursing,
        ActionKind.ASK_NEXT,
        ana,
    )
    assert not item.sentence.startswith("Your request")
    _asked(ana)  # the waiting request speaks for the field now
    assert _agenda().of_kind(ItemKind.ASK) == []
    start_request(contact_id=ben)  # a request started and never sent is still named
    (item,) = _agenda().of_kind(ItemKind.ASK)
    assert item.actions[0].target == ben and item.sentence.startswith("Your request to Ben")
    assert _agenda().counts.waiting == 1
