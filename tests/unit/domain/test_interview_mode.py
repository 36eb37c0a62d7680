from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.interview_mode import (
    AT_END,
    ChecklistItem,
    checklist_for,
    clock_reading,
    elapsed_text,
    is_done,
    moved,
    open_must_ask,
    progress_text,
    question_items,
    reminder,
    still_to_do,
    with_item,
)

START = datetime(2026, 5, 12, 13, 30, tzinfo=UTC)


def test_checklist_items_are_bits_that_tick_and_untick_independently() -> None:
    flags = with_item(0, ChecklistItem.PHONE_OFF, True)
    flags = with_item(flags, ChecklistItem.CARD_ASKED, True)
    assert is_done(flags, ChecklistItem.PHONE_OFF)
    assert is_done(flags, ChecklistItem.CARD_ASKED)
    assert not is_done(flags, ChecklistItem.THANKED)
    flags = with_item(flags, ChecklistItem.PHONE_OFF, False)
    assert not is_done(flags, ChecklistItem.PHONE_OFF)
    assert is_done(flags, ChecklistItem.CARD_ASKED)
    assert with_item(flags, ChecklistItem.CARD_ASKED, True) == flags


def test_unknown_bits_from_the_store_are_dropped() -> None:
    assert with_item(1024 | 1, ChecklistItem.THANKED, True) == 3


def test_what_is_left_at_the_end_reads_as_one_sentence() -> None:
    flags = with_item(0, ChecklistItem.THANKED, True)
    left = still_to_do(flags)
    assert left == (ChecklistItem.CARD_ASKED, ChecklistItem.REFERRALS_ASKED)
    assert reminder(left) == (
        "Before you end: ask for a business card and ask who else you could talk to."
    )
    assert reminder(AT_END).startswith("Before you end: thank them for their time, ask for")
    assert reminder(()) == ""
    everything = 0
    for item in ChecklistItem:
        everything = with_item(everything, item, True)
    assert still_to_do(everything) == ()


def test_the_clock_before_the_start_shows_the_planned_length() -> None:
    reading = clock_reading(None, START, 30)
    assert (reading.elapsed, reading.remaining, reading.started) == (
        "0:00",
        "30 min planned",
        False,
    )


def test_the_clock_counts_time_since_the_start_against_the_planned_length() -> None:
    reading = clock_reading(START, START + timedelta(minutes=12, seconds=5), 30)
    assert reading.elapsed == "12:05"
    assert reading.planned == "30 min"
    assert reading.remaining == "18 min left"
    assert not reading.over
    assert clock_reading(START, START + timedelta(minutes=29, seconds=1), 30).remaining == (
        "1 min left"
    )


def test_the_clock_says_when_time_is_up_and_by_how_much_it_ran_over() -> None:
    assert clock_reading(START, START + timedelta(minutes=30), 30).remaining == "Time is up"
    assert clock_reading(START, START + timedelta(minutes=30, seconds=59), 30).over
    late = clock_reading(START, START + timedelta(minutes=34, seconds=30), 30)
    assert (late.remaining, late.over) == ("4 min over", True)


def test_a_clock_set_back_reads_as_the_start_and_long_interviews_show_hours() -> None:
    assert clock_reading(START, START - timedelta(minutes=5), 30).elapsed == "0:00"
    assert elapsed_text(3725) == "1:02:05"


def test_the_first_questions_are_must_ask_and_open_until_answered() -> None:
    items = question_items(
        [
            (7, "What is a day like?", "", True),
            (3, "How did you start?", "", False),
            (9, "What would you do again?", "Law school", False),
        ],
        must_ask=2,
    )
    assert [item.number for item in items] == [1, 2, 3]
    assert [item.must_ask for item in items] == [True, True, False]
    assert [item.id for item in open_must_ask(items)] == [3]
    assert progress_text(items) == "1 of 3 answered · 1 must-ask still open"
    assert progress_text(items[:1]) == "1 of 1 answered"
    assert progress_text(()) == "No questions prepared for this interview."


def test_moving_through_the_questions_stops_at_either_end() -> None:
    assert moved(0, 3, -1) == 0
    assert moved(1, 3, 1) == 2
    assert moved(2, 3, 1) == 2
    assert moved(0, 0, 1) == 0


@pytest.mark.parametrize("meeting_format", list(MeetingFormat))
def test_each_format_has_its_own_short_checklist(meeting_format: MeetingFormat) -> None:
    checklist = checklist_for(meeting_format)
    assert len(checklist.before_start) >= 1 and 2 <= len(checklist.at_end) <= 3
    others = [checklist_for(other) for other in MeetingFormat if other is not meeting_format]
    assert all(other.items != checklist.items for other in others)
    assert all(other.tip != checklist.tip for other in others)
    assert ChecklistItem.THANKED in checklist.at_end
    if meeting_format is not MeetingFormat.IN_PERSON:
        assert ChecklistItem.PHONE_OFF not in checklist.items
        assert "phone off" not in checklist.tip.lower()
        assert "phone off" not in reminder(checklist.items).lower()
    assert checklist_for(None) == checklist_for(MeetingFormat.IN_PERSON)


def test_a_new_item_is_kept_with_the_others() -> None:
    flags = with_item(0, ChecklistItem.QUIET_PLACE, True)
    assert is_done(flags, ChecklistItem.QUIET_PLACE)
    assert with_item(flags | 1024, ChecklistItem.THANKED, True) == 18


def test_a_held_interviews_clock_says_how_long_it_lasted() -> None:
    start = datetime(2026, 5, 12, 10, 0, tzinfo=UTC)
    held = clock_reading(start, start + timedelta(minutes=27), 30, ended=True)
    assert (held.elapsed, held.remaining, held.over) == ("27:00", "Lasted 27 min", False)
    late = clock_reading(start, start + timedelta(minutes=41), 30, ended=True)
    assert (late.remaining, late.over) == ("Lasted 41 min", False)
    short = clock_reading(start, start + timedelta(seconds=11), 30, ended=True)
    assert (short.elapsed, short.remaining) == ("0:11", "Lasted under a minute")
    untimed = clock_reading(None, start, 30, ended=True)
    assert untimed.remaining == "Not timed: Start was not pressed"
