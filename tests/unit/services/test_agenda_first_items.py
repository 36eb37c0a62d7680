"""Home reads only the first items of its agenda: they, the counts and the total are the whole's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.agenda import AgendaCounts, ItemKind, build_agenda
from infoview_gui.domain.agenda_window import agenda_window, waited_since
from infoview_gui.domain.calendar_rules import ASK_NEXT_KEY, FOLLOW_UP_KEY, business_days_between
from infoview_gui.services import agenda as agenda_service
from infoview_gui.services import asking
from infoview_gui.services.settings import set_setting
from tests.unit.services.test_agenda import _asked, _field, _held, _scheduled

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday noon in London
EVERYTHING = 10_000


def _busy_week(*, requests_only: bool = False) -> None:
    """Thank-yous overdue, due today and later (some without a stored due day), interviews
    missed, today, this week and later, and requests old and new, some followed up."""
    _, people = _field("Nursing", *(f"P{n:02d}" for n in range(36)))
    held, scheduled, asked = people[:12], people[12:22], people[22:]
    if requests_only:
        held, scheduled = [], []
    for n, contact_id in enumerate(held):
        held_at = datetime(2026, 2, 20, 15, 0, tzinfo=UTC) + timedelta(days=n * 1.5)
        due = None if n % 3 == 0 else held_at.date() + timedelta(days=1 + n % 2)
        _held(contact_id, held_at, due)
    for n, contact_id in enumerate(scheduled):
        _scheduled(contact_id, datetime(2026, 3, 4, 9, 0) + timedelta(days=n, hours=n))
    for n, contact_id in enumerate(asked):
        interview_id = _asked(contact_id, date(2026, 2, 16) + timedelta(days=n * 1.5))
        if n % 4 == 3:  # older than some that call for a step, but followed up
            asking.record_follow_up(interview_id=interview_id, on=date(2026, 3, 5))


def test_a_busy_week_has_items_of_every_timed_kind(store: SqliteDatabase) -> None:
    _busy_week()
    whole = agenda_service.agenda(now=NOW, zone=LONDON, limit=EVERYTHING)
    kinds = {item.kind for item in whole.items}
    assert {ItemKind.THANK_YOU, ItemKind.INTERVIEW, ItemKind.REQUEST} <= kinds
    assert whole.counts.overdue and whole.counts.today and whole.counts.interviews_this_week


@pytest.mark.parametrize("requests_only", [False, True])
@pytest.mark.parametrize("thresholds", [(3, 7), (8, 4)])  # (8, 4): stored by hand, say
@pytest.mark.parametrize("limit", [1, 4, 9, 17, 30])
def test_the_first_items_are_those_of_the_whole_agenda(
    store: SqliteDatabase, limit: int, thresholds: tuple[int, int], requests_only: bool
) -> None:
    _busy_week(requests_only=requests_only)
    set_setting(key=ASK_NEXT_KEY, value=str(thresholds[0]))
    set_setting(key=FOLLOW_UP_KEY, value=str(thresholds[1]))
    whole = agenda_service.agenda(now=NOW, zone=LONDON, limit=EVERYTHING)
    first = agenda_service.agenda(now=NOW, zone=LONDON, limit=limit)
    assert [item.sentence for item in first.items] == [
        item.sentence for item in whole.items[:limit]
    ]
    assert first.items == whole.items[:limit]
    assert (first.counts, first.total) == (whole.counts, len(whole.items))


@pytest.mark.parametrize("days", [0, 1, 2, 6, 9])
def test_the_counts_read_in_sql_are_those_the_items_give(store: SqliteDatabase, days: int) -> None:
    _busy_week()
    now = NOW + timedelta(days=days)
    facts = agenda_service.agenda_facts(now=now, zone=LONDON, limit=EVERYTHING)
    by_python = build_agenda(facts._replace(counted=None), now=now, zone=LONDON)
    by_sql = build_agenda(facts, now=now, zone=LONDON)
    assert by_sql == by_python
    assert by_sql.counts != AgendaCounts()


def test_an_item_beyond_the_first_is_counted_in_the_total(store: SqliteDatabase) -> None:
    _busy_week()
    first = agenda_service.agenda(now=NOW, zone=LONDON, limit=3)
    assert len(first.items) == 3
    assert first.total == 12 + 9 + 14  # held, interviews up to Thursday week, waiting


@pytest.mark.parametrize("waited", [0, 1, 3, 7, 12])
def test_the_day_a_request_has_waited_long_enough(waited: int) -> None:
    for today in (date(2026, 3, 6) + timedelta(days=n) for n in range(7)):
        cutoff = waited_since(today, waited)
        assert business_days_between(cutoff, today) >= waited
        assert business_days_between(cutoff + timedelta(days=1), today) < waited


def test_the_week_ends_at_the_users_midnight_seven_days_on() -> None:
    window = agenda_window(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), LONDON)
    assert window.today == "2026-03-28"
    assert window.today_starts == "2026-03-28T00:00:00+00:00"
    assert window.week_ends == "2026-04-03T23:00:00+00:00"  # summer time from 29 March
