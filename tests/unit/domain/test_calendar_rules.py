"""Business days, due dates and time zones, on fixed dates (the clock is never read)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.calendar_rules import (
    ReplySuggestion,
    add_business_days,
    business_days_between,
    is_business_day,
    reply_suggestion,
    thank_you_due,
    thank_you_state,
    to_local,
    to_utc,
    wall_time_kind,
    zone_named,
)
from infoview_gui.domain.errors import ValidationError

MON, WED, FRI, SAT, SUN = (
    date(2026, 3, 2),
    date(2026, 3, 4),
    date(2026, 3, 6),
    date(2026, 3, 7),
    date(2026, 3, 8),
)
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def test_fixed_dates_are_the_weekdays_the_tests_assume() -> None:
    assert [d.strftime("%a") for d in (MON, WED, FRI, SAT, SUN)] == [
        "Mon",
        "Wed",
        "Fri",
        "Sat",
        "Sun",
    ]


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (MON, 0, MON),
        (MON, 1, date(2026, 3, 3)),
        (MON, 4, FRI),
        (MON, 5, date(2026, 3, 9)),
        (FRI, 1, date(2026, 3, 9)),  # over the weekend
        (SAT, 1, date(2026, 3, 9)),
        (SUN, 1, date(2026, 3, 9)),
        (SAT, 0, SAT),
        (SAT, 5, date(2026, 3, 13)),
        (date(2026, 1, 30), 1, date(2026, 2, 2)),  # Friday at a month end
        (date(2026, 2, 27), 3, date(2026, 3, 4)),  # over February's end
        (date(2026, 12, 31), 2, date(2027, 1, 4)),  # over the year's end
        (MON, -1, date(2026, 2, 27)),
        (SUN, -1, FRI),
        (MON, 20, date(2026, 3, 30)),
    ],
)
def test_add_business_days(start: date, n: int, expected: date) -> None:
    assert add_business_days(start, n) == expected


def _add_slowly(start: date, n: int) -> date:
    day, step = start, (1 if n >= 0 else -1)
    for _ in range(abs(n)):
        day += timedelta(days=step)
        while day.weekday() >= 5:
            day += timedelta(days=step)
    return day


@given(days, st.integers(-400, 400))
def test_add_business_days_matches_counting_one_day_at_a_time(start: date, n: int) -> None:
    result = add_business_days(start, n)
    assert result == _add_slowly(start, n)
    if n != 0:
        assert is_business_day(result)


@given(days, st.integers(0, 400))
def test_days_between_undoes_adding_them(start: date, n: int) -> None:
    assert business_days_between(start, add_business_days(start, n)) == n


@given(days, st.integers(0, 60))
def test_days_between_counts_weekdays_after_start_up_to_end(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    expected = sum(1 for i in range(1, span + 1) if (start + timedelta(days=i)).weekday() < 5)
    assert business_days_between(start, end) == expected
    assert business_days_between(end, start) == -expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (FRI, date(2026, 3, 9), 1),
        (MON, MON, 0),
        (MON, FRI, 4),
        (SAT, SUN, 0),
        (FRI, SUN, 0),
        (date(2026, 2, 27), date(2026, 3, 2), 1),  # month end on a weekend
        (date(2026, 3, 9), FRI, -1),
    ],
)
def test_business_days_between(start: date, end: date, expected: int) -> None:
    assert business_days_between(start, end) == expected


def test_thank_you_is_due_the_next_local_day() -> None:
    held = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    assert thank_you_due(held, LONDON) == date(2026, 3, 6)


def test_thank_you_due_uses_the_users_day_not_utcs() -> None:
    # 23:30 on 1 November in New York (EST) is already 2 November in UTC.
    held = datetime(2026, 11, 2, 4, 30, tzinfo=UTC)
    assert thank_you_due(held, NEW_YORK) == date(2026, 11, 2)
    assert thank_you_due(held, LONDON) == date(2026, 11, 3)


def test_thank_you_due_around_londons_clock_change() -> None:
    # 23:30 UTC on 29 March is 00:30 BST on the 30th: the interview is on the 30th.
    assert thank_you_due(datetime(2026, 3, 29, 23, 30, tzinfo=UTC), LONDON) == date(2026, 3, 31)
    # The evening before the change, London is still on UTC.
    assert thank_you_due(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), LONDON) == date(2026, 3, 29)


def test_thank_you_due_over_a_month_end_and_a_weekend() -> None:
    # Due dates are calendar days: a Saturday interview is thanked on the Sunday.
    assert thank_you_due(datetime(2026, 2, 28, 10, tzinfo=UTC), LONDON) == date(2026, 3, 1)


def test_thank_you_due_refuses_a_time_without_zone() -> None:
    with pytest.raises(ValueError):
        thank_you_due(datetime(2026, 3, 5, 14, 0), LONDON)


@pytest.mark.parametrize(
    ("sent_on", "today", "state"),
    [
        (None, date(2026, 3, 5), "upcoming"),
        (None, date(2026, 3, 6), "due_today"),
        (None, date(2026, 3, 7), "overdue"),
        (date(2026, 3, 5), date(2026, 3, 5), "sent"),
        (date(2026, 3, 9), date(2026, 3, 20), "sent"),  # sent late is still sent
    ],
)
def test_thank_you_state(sent_on: date | None, today: date, state: str) -> None:
    assert thank_you_state(date(2026, 3, 6), sent_on, today) == state


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (WED, None),
        (FRI, None),  # 2 business days
        (SUN, None),  # the weekend does not count
        (date(2026, 3, 9), ReplySuggestion.ASK_NEXT),  # 3: Thu, Fri, Mon
        (date(2026, 3, 12), ReplySuggestion.ASK_NEXT),  # 6
        (date(2026, 3, 13), ReplySuggestion.FOLLOW_UP),  # 7
        (date(2026, 3, 31), ReplySuggestion.FOLLOW_UP),
    ],
)
def test_reply_suggestion(today: date, expected: ReplySuggestion | None) -> None:
    assert reply_suggestion(WED, today) == expected


def test_no_second_follow_up_after_one_was_sent() -> None:
    assert reply_suggestion(WED, date(2026, 3, 31), followed_up=True) is ReplySuggestion.ASK_NEXT


def test_a_request_sent_on_friday_waits_over_the_weekend() -> None:
    assert reply_suggestion(FRI, date(2026, 3, 10)) is None  # Mon, Tue
    assert reply_suggestion(FRI, date(2026, 3, 11)) is ReplySuggestion.ASK_NEXT


def test_reply_suggestion_thresholds_can_be_changed() -> None:
    assert reply_suggestion(WED, FRI, ask_next_after=2) is ReplySuggestion.ASK_NEXT
    assert reply_suggestion(WED, FRI, ask_next_after=1, follow_up_after=2) is (
        ReplySuggestion.FOLLOW_UP
    )


def test_suggestions_have_words_for_the_user() -> None:
    assert "next person" in ReplySuggestion.ASK_NEXT.message
    assert "follow-up" in ReplySuggestion.FOLLOW_UP.message


def test_to_utc_in_winter_and_summer() -> None:
    assert to_utc(datetime(2026, 1, 15, 9, 0), "Europe/London") == datetime(
        2026, 1, 15, 9, 0, tzinfo=UTC
    )
    assert to_utc(datetime(2026, 7, 1, 9, 0), "Europe/London") == datetime(
        2026, 7, 1, 8, 0, tzinfo=UTC
    )


def test_a_time_skipped_by_the_spring_change_moves_later() -> None:
    skipped = datetime(2026, 3, 29, 1, 30)  # London jumps from 01:00 to 02:00
    assert wall_time_kind(skipped, "Europe/London") == "gap"
    moment = to_utc(skipped, "Europe/London")
    assert moment == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert to_local(moment, "Europe/London") == datetime(2026, 3, 29, 2, 30)


def test_a_time_repeated_by_the_autumn_change_is_the_first_one() -> None:
    twice = datetime(2026, 11, 1, 1, 30)  # New York goes from 02:00 EDT back to 01:00 EST
    assert wall_time_kind(twice, "America/New_York") == "overlap"
    assert to_utc(twice, "America/New_York") == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    # fold is ignored: the rule does not depend on how the naive time was made
    assert to_utc(twice.replace(fold=1), "America/New_York") == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC
    )
    assert to_local(datetime(2026, 11, 1, 6, 30, tzinfo=UTC), "America/New_York") == twice


def test_ordinary_times_are_normal() -> None:
    assert wall_time_kind(datetime(2026, 3, 29, 3, 0), "Europe/London") == "normal"
    assert wall_time_kind(datetime(2026, 11, 1, 3, 0), "America/New_York") == "normal"


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31)),
    st.sampled_from(["Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC"]),
)
def test_local_times_round_trip_except_skipped_ones(local: datetime, zone: str) -> None:
    moment = to_utc(local, zone)
    assert moment.tzinfo is UTC
    back = to_local(moment, zone)
    if wall_time_kind(local, zone) == "gap":
        assert back > local
    else:
        assert back == local


def test_to_utc_refuses_an_aware_time() -> None:
    with pytest.raises(ValueError):
        to_utc(datetime(2026, 3, 5, 9, tzinfo=UTC), "Europe/London")


def test_to_local_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError):
        to_local(datetime(2026, 3, 5, 9), "Europe/London")


@pytest.mark.parametrize(
    "name",
    ["Mars/Olympus_Mons", "", "../etc/passwd", "Europe", "America/"],  # half typed
)
def test_unknown_zones_are_a_validation_error(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        zone_named(name)
    assert caught.value.field == "time_zone"
    with pytest.raises(ValidationError):
        to_utc(datetime(2026, 3, 5, 9), name)
