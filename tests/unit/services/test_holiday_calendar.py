"""Business days skip the public holidays of the user's country, read from ``holidays``."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.calendar_rules import (
    ReplySuggestion,
    add_business_days,
    business_days_between,
    reply_suggestion,
)
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.public_holidays import COUNTRIES
from infoview_gui.services.holiday_calendar import (
    holidays_in,
    regions,
    set_country,
    user_holidays,
)

MON_22_DEC = date(2025, 12, 22)
GB = holidays_in("GB", "ENG", 2025, 2026)


def test_a_request_follow_up_across_christmas_in_gb_skips_25_and_26_december() -> None:
    assert {date(2025, 12, 25), date(2025, 12, 26), date(2026, 1, 1)} <= GB
    # Without holidays, 7 business days after Monday 22 December end on Wednesday 31st.
    assert reply_suggestion(MON_22_DEC, date(2025, 12, 31)) is ReplySuggestion.FOLLOW_UP
    # In Great Britain Christmas, Boxing Day and New Year's Day are not business days.
    assert business_days_between(MON_22_DEC, date(2025, 12, 31), GB) == 5
    assert reply_suggestion(MON_22_DEC, date(2026, 1, 2), holidays=GB) is ReplySuggestion.ASK_NEXT
    assert reply_suggestion(MON_22_DEC, date(2026, 1, 5), holidays=GB) is (
        ReplySuggestion.FOLLOW_UP
    )
    assert add_business_days(date(2025, 12, 24), 1, GB) == date(2025, 12, 29)
    assert add_business_days(MON_22_DEC, 7, GB) == date(2026, 1, 5)
    assert add_business_days(date(2026, 1, 5), -7, GB) == MON_22_DEC


def test_every_listed_country_has_its_holidays() -> None:
    assert len(COUNTRIES) == 20
    for country in COUNTRIES:
        assert len(holidays_in(country.code, "", 2026, 2026)) >= 4, country.code  # CH: 4


def test_regions_matter_where_they_differ() -> None:
    assert ("SCT", "Scotland") in regions("GB")
    scotland = holidays_in("GB", "SCT", 2026, 2026)
    assert date(2026, 1, 2) in scotland and date(2026, 1, 2) not in holidays_in(
        "GB", "ENG", 2026, 2026
    )
    assert holidays_in("GB", "XX", 2026, 2026) == holidays_in("GB", "", 2026, 2026)
    assert holidays_in("ZZ", "", 2026, 2026) == frozenset()


def test_the_chosen_country_is_stored_and_read(store: SqliteDatabase) -> None:
    assert user_holidays(today=date(2026, 5, 1)) == frozenset()
    set_country(code="de", region="by")
    assert date(2026, 1, 6) in user_holidays(today=date(2026, 5, 1))  # Epiphany in Bavaria
    with pytest.raises(ValidationError, match="from the list"):
        set_country(code="XX")


def test_the_agenda_waits_longer_over_a_holiday(store: SqliteDatabase) -> None:
    from infoview_gui.domain.agenda_window import agenda_window

    now = datetime(2025, 12, 29, 12, 0, tzinfo=UTC)
    plain = agenda_window(now, ZoneInfo("Europe/London"), 3, 7)
    held = agenda_window(now, ZoneInfo("Europe/London"), 3, 7, GB)
    assert plain.asked_by_followed == "2025-12-24"  # 3 business days before Monday 29th
    assert held.asked_by_followed == "2025-12-22"  # Christmas and Boxing Day do not count


def test_only_the_chosen_country_is_imported() -> None:
    code = (
        "import sys\n"
        "from infoview_gui.services.holiday_calendar import holidays_in\n"
        "assert 'holidays' not in sys.modules\n"
        "assert holidays_in('GB', '', 2026, 2026)\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['holidays.countries.united_kingdom']"
