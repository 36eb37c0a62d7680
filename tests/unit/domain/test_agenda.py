"""Home's agenda on fixed dates: a weekend, a month end and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from infoview_gui.domain.agenda import (
    About,
    ActionKind,
    AgendaCounts,
    ItemKind,
    Urgency,
    build_agenda,
)
from infoview_gui.domain.agenda_facts import (
    AgendaFacts,
    DeclinedFact,
    FieldFact,
    HeldFact,
    ScheduledFact,
    WaitingFact,
)
from infoview_gui.domain.enums import MeetingFormat

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
FRI = date(2026, 3, 6)


def noon(day: date, zone: ZoneInfo = LONDON) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=zone)


def at(text: str, zone: ZoneInfo = LONDON) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def agenda_on(now: datetime, zone: ZoneInfo = LONDON, **facts: object):  # type: ignore[no-untyped-def]
    return build_agenda(AgendaFacts(**facts), now=now, zone=zone)  # type: ignore[arg-type]


def only(agenda):  # type: ignore[no-untyped-def]
    assert len(agenda.items) == 1, agenda.items
    return agenda.items[0]


def test_fixed_dates_fall_on_the_days_assumed() -> None:
    assert FRI.strftime("%a") == "Fri"
    assert date(2026, 1, 31).strftime("%a") == "Sat"


# Thank-yous ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "urgency", "words"),
    [
        (date(2026, 1, 31), Urgency.SOON, "by tomorrow, Sun 1 Feb"),
        (date(2026, 2, 1), Urgency.TODAY, "today"),
        (date(2026, 2, 2), Urgency.OVERDUE, "was due on Sun 1 Feb (1 day late)"),
        (date(2026, 2, 4), Urgency.OVERDUE, "(3 days late)"),
    ],
)
def test_a_thank_you_is_due_the_day_after_across_a_month_end(
    today: date, urgency: Urgency, words: str
) -> None:
    held = HeldFact(7, "Ana Lopez", at("2026-01-31T18:00"), None)
    item = only(agenda_on(noon(today), held=(held,)))
    assert item.kind is ItemKind.THANK_YOU
    assert item.urgency is urgency
    assert words in item.sentence and "Ana Lopez" in item.sentence
    assert item.overdue is (urgency is Urgency.OVERDUE)
    assert item.about == About("interview", 7)
    assert [(a.kind, a.target) for a in item.actions] == [(ActionKind.THANK_YOU, 7)]


def test_the_stored_due_date_wins_over_one_computed_from_the_held_time() -> None:
    held = HeldFact(7, "Ana", at("2026-03-02T10:00"), date(2026, 3, 6))
    assert only(agenda_on(noon(date(2026, 3, 5)), held=(held,))).urgency is Urgency.SOON


def test_a_late_evening_interview_is_due_by_the_users_next_local_day() -> None:
    # 23:30 in New York on 31 January is already 1 February in UTC.
    held = HeldFact(1, "Ana", at("2026-01-31T23:30", NEW_YORK), None)
    item = only(agenda_on(noon(date(2026, 2, 1), NEW_YORK), NEW_YORK, held=(held,)))
    assert item.urgency is Urgency.TODAY


def test_an_interview_held_in_the_repeated_hour_is_due_the_next_day() -> None:
    # New York falls back on 1 November 2026: 01:30 happens twice; the second is 06:30 UTC.
    held_at = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    held = HeldFact(1, "Ana", held_at, None)
    now = datetime(2026, 11, 2, 4, 30, tzinfo=UTC)  # 23:30 on 1 November in New York
    item = only(agenda_on(now, NEW_YORK, held=(held,)))
    assert "by tomorrow, Mon 2 Nov" in item.sentence


def test_a_held_interview_without_any_time_still_asks_for_a_thank_you() -> None:
    item = only(agenda_on(noon(FRI), held=(HeldFact(3, "Ana", None, None),)))
    assert item.urgency is Urgency.TODAY
    assert item.sentence == "Send your thank-you to Ana."


# Interviews ----------------------------------------------------------------------------


def test_interviews_today_and_this_week_offer_the_sheet_and_interview_mode() -> None:
    today = ScheduledFact(1, "Ana", at("2026-03-06T14:30"), "Europe/London", MeetingFormat.VIDEO)
    monday = ScheduledFact(2, "Ben", at("2026-03-09T09:00"), "", MeetingFormat.IN_PERSON)
    thursday = ScheduledFact(3, "Cy", at("2026-03-12T16:00"))
    later = ScheduledFact(4, "Di", at("2026-03-13T09:00"))
    agenda = agenda_on(noon(FRI), scheduled=(later, thursday, monday, today))
    items = agenda.of_kind(ItemKind.INTERVIEW)
    assert [item.about.id for item in items] == [1, 2, 3]
    assert items[0].sentence == "Interview with Ana today at 14:30, by video call."
    assert items[0].urgency is Urgency.TODAY
    assert items[1].sentence == "Interview with Ben on Mon 9 Mar at 09:00, in person."
    assert items[2].sentence == "Interview with Cy on Thu 12 Mar at 16:00."
    assert [a.kind for a in items[1].actions] == [
        ActionKind.PRINT_SHEET,
        ActionKind.START_INTERVIEW,
    ]
    assert agenda.counts.interviews_this_week == 3


def test_an_interview_tomorrow_says_so() -> None:
    fact = ScheduledFact(1, "Ana", at("2026-03-07T10:00"))
    assert only(agenda_on(noon(FRI), scheduled=(fact,))).sentence == (
        "Interview with Ana tomorrow, Sat 7 Mar, at 10:00."
    )


def test_an_interview_on_the_day_the_clocks_go_forward_shows_its_local_time() -> None:
    # London moves to summer time at 01:00 UTC on Sunday 29 March 2026.
    fact = ScheduledFact(1, "Ana", datetime(2026, 3, 29, 9, 0, tzinfo=UTC))
    saturday_night = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
    sunday_early = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert (
        "tomorrow, Sun 29 Mar, at 10:00"
        in only(agenda_on(saturday_night, scheduled=(fact,))).sentence
    )
    assert "today at 10:00" in only(agenda_on(sunday_early, scheduled=(fact,))).sentence


def test_the_week_ends_on_the_users_local_day_not_the_utc_one() -> None:
    sunday = datetime(2026, 3, 29, 12, 0, tzinfo=UTC)
    inside = ScheduledFact(1, "In", at("2026-04-04T23:30"))  # Saturday 4 April, local
    outside = ScheduledFact(2, "Out", at("2026-04-05T00:30"))  # Sunday 5 April local; 4th in UTC
    agenda = agenda_on(sunday, scheduled=(inside, outside))
    assert [item.about.id for item in agenda.items] == [1]


def test_an_interview_in_another_zone_shows_both_times() -> None:
    fact = ScheduledFact(1, "Ana", at("2026-03-06T14:30"), "America/New_York")
    assert (
        "today at 14:30 (09:30 in New York)."
        in only(agenda_on(noon(FRI), scheduled=(fact,))).sentence
    )


def test_a_past_interview_not_yet_held_asks_for_the_notes() -> None:
    fact = ScheduledFact(5, "Ana", at("2026-03-04T10:00"))
    item = only(agenda_on(noon(FRI), scheduled=(fact,)))
    assert (
        item.sentence
        == "Your interview with Ana was on Wed 4 Mar: add your notes and mark it held."
    )
    assert [(a.kind, a.target) for a in item.actions] == [(ActionKind.START_INTERVIEW, 5)]
    assert item.urgency is Urgency.TODAY


# Requests waiting for an answer --------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "urgency", "words", "actions"),
    [
        (date(2026, 3, 7), Urgency.LATER, "asked Fri 6 Mar)", ["answer"]),  # Saturday
        (date(2026, 3, 9), Urgency.LATER, "asked Fri 6 Mar, 1 business day ago", ["answer"]),
        (date(2026, 3, 10), Urgency.LATER, "2 business days ago", ["answer"]),
        (
            date(2026, 3, 11),
            Urgency.SOON,
            "in 3 business days (asked Fri 6 Mar): you could ask the next person",
            ["ask_next", "answer"],
        ),
        (
            date(2026, 3, 17),
            Urgency.SOON,
            "in 7 business days (asked Fri 6 Mar): send one polite follow-up",
            ["follow_up", "ask_next", "answer"],
        ),
    ],
)
def test_a_request_asked_before_a_weekend_counts_business_days(
    today: date, urgency: Urgency, words: str, actions: list[str]
) -> None:
    fact = WaitingFact(9, 4, "Ana", FRI, next_contact_id=5, next_name="Ben")
    item = only(agenda_on(noon(today), waiting=(fact,)))
    assert item.kind is ItemKind.REQUEST
    assert item.urgency is urgency
    assert words in item.sentence
    assert [a.kind.value for a in item.actions] == actions
    targets = {a.kind: a.target for a in item.actions}
    assert targets[ActionKind.ANSWER] == 4
    if ActionKind.ASK_NEXT in targets:
        assert targets[ActionKind.ASK_NEXT] == 5


def test_a_request_made_today_is_simply_waiting() -> None:
    fact = WaitingFact(9, 4, "Ana", FRI)
    assert only(agenda_on(noon(FRI), waiting=(fact,))).sentence == (
        "Waiting for Ana to answer your request (asked today)."
    )


def test_after_a_follow_up_the_suggestion_is_the_next_person() -> None:
    fact = WaitingFact(9, 4, "Ana", FRI, followed_up=True, next_contact_id=5, next_name="Ben")
    item = only(agenda_on(noon(date(2026, 3, 20)), waiting=(fact,)))
    assert "even after your follow-up" in item.sentence
    assert [a.kind for a in item.actions] == [ActionKind.ASK_NEXT, ActionKind.ANSWER]


def test_the_thresholds_can_be_changed() -> None:
    fact = WaitingFact(9, 4, "Ana", FRI)
    agenda = agenda_on(noon(date(2026, 3, 10)), waiting=(fact,), ask_next_after=2)
    assert "ask the next person" in only(agenda).sentence


def test_without_anyone_left_to_ask_there_is_no_ask_next_button() -> None:
    fact = WaitingFact(9, 4, "Ana", FRI)
    item = only(agenda_on(noon(date(2026, 3, 11)), waiting=(fact,)))
    assert [a.kind for a in item.actions] == [ActionKind.ANSWER]


# Declines and empty fields ------------------------------------------------------------


def test_a_decline_offers_the_next_person_of_the_field() -> None:
    fact = DeclinedFact(9, 4, "Ana", 2, "Nursing", FRI, 5, "Ben Ortiz")
    item = only(agenda_on(noon(FRI), declined=(fact,)))
    assert item.sentence == (
        "Ana declined (Fri 6 Mar). Ask the next person on your Nursing list: Ben Ortiz."
    )
    assert [(a.kind, a.target, a.label) for a in item.actions] == [
        (ActionKind.ASK_NEXT, 5, "Ask Ben Ortiz…")
    ]


def test_a_decline_with_nobody_left_sends_the_user_to_find_more_people() -> None:
    fact = DeclinedFact(9, 4, "Ana", 2, "Nursing", None)
    item = only(agenda_on(noon(FRI), declined=(fact,)))
    assert "everyone on your Nursing list has been asked" in item.sentence
    assert [(a.kind, a.target) for a in item.actions] == [(ActionKind.FIND_CONTACTS, 2)]


def test_a_field_without_contacts_asks_for_some() -> None:
    item = only(agenda_on(noon(FRI), empty_fields=(FieldFact(3, "Law"),)))
    assert item.sentence == "No contacts yet for Law: find people who work in it."
    assert item.about == About("field", 3)
    assert [(a.kind, a.target) for a in item.actions] == [(ActionKind.FIND_CONTACTS, 3)]


# Order and counts ----------------------------------------------------------------------


def test_the_most_urgent_come_first_and_the_counts_add_up() -> None:
    friday = noon(FRI)
    agenda = agenda_on(
        friday,
        empty_fields=(FieldFact(3, "Law"),),
        waiting=(
            WaitingFact(20, 4, "Slow", date(2026, 3, 2)),  # 4 business days: ask next
            WaitingFact(21, 5, "Fresh", FRI),
        ),
        declined=(DeclinedFact(30, 6, "No", 2, "Nursing", FRI, 7, "Next"),),
        scheduled=(
            ScheduledFact(40, "Monday", at("2026-03-09T09:00")),
            ScheduledFact(41, "Today", at("2026-03-06T15:00")),
        ),
        held=(
            HeldFact(50, "DueTomorrow", at("2026-03-06T09:00"), None),
            HeldFact(51, "Late", at("2026-03-03T09:00"), None),
            HeldFact(52, "DueToday", at("2026-03-05T09:00"), None),
        ),
    )
    assert [item.about.id for item in agenda.items] == [51, 52, 41, 50, 40, 20, 30, 21, 3]
    assert agenda.counts == AgendaCounts(overdue=1, today=2, interviews_this_week=2, waiting=2)
    assert agenda.counts.phrases() == [
        "1 overdue",
        "2 to do today",
        "2 interviews this week",
        "2 requests waiting for an answer",
    ]


def test_an_empty_agenda_has_no_counts() -> None:
    agenda = agenda_on(noon(FRI))
    assert agenda.items == ()
    assert agenda.counts.phrases() == []


def test_names_are_kept_as_typed() -> None:
    item = only(agenda_on(noon(FRI), held=(HeldFact(1, "<b>Tom & Jerry</b>", None, None),)))
    assert "<b>Tom & Jerry</b>" in item.sentence
