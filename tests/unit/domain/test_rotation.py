from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.rotation import (
    BackupKind,
    Policy,
    backups_to_delete,
    backups_to_keep,
)

START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def stamps(moments: list[datetime]) -> list[tuple[datetime, datetime]]:
    return [(m, m) for m in moments]


def moments_of_use(days: int, *, per_day: int = 3, seed: int = 1) -> list[datetime]:
    """A few starts a day at random hours, each making a backup."""
    rng = random.Random(seed)
    return [
        START.replace(hour=0) + timedelta(days=day, hours=hour, minutes=rng.randrange(60))
        for day in range(days)
        for hour in sorted(rng.sample(range(7, 23), per_day))
    ]


def simulate(days: int, *, per_day: int = 3, seed: int = 1) -> tuple[set[datetime], datetime]:
    """Use over ``days``: a backup at each start, then the rotation."""
    kept: set[datetime] = set()
    now = START
    for now in moments_of_use(days, per_day=per_day, seed=seed):
        kept.add(now)
        for gone in backups_to_delete(stamps(sorted(kept)), now):
            kept.remove(gone)
    return kept, now


def test_everything_from_the_last_two_days_is_kept() -> None:
    now = START + timedelta(days=30)
    recent = [now - timedelta(hours=h) for h in range(0, 48, 2)]
    assert backups_to_keep(stamps(recent), now) == set(recent)


def test_a_simulated_year_keeps_recent_backups_dense_and_old_ones_thin() -> None:
    kept, now = simulate(365)
    ages = sorted(now - moment for moment in kept)
    recent = [age for age in ages if age <= timedelta(days=2)]
    older = sorted((moment for moment in kept if now - moment > timedelta(days=2)), reverse=True)
    # Every backup of the last two days, then one a day for the 12 days before them.
    assert len(recent) >= 6
    days = [moment.date() for moment in older[:12]]
    assert len(set(days)) == 12
    assert max(now - m for m in older[:12]) <= timedelta(days=15)
    # Then thinner: 10 weekly, and 9 monthly beyond those, reaching back 9 to 12 months.
    assert len(kept) <= len(recent) + 12 + 10 + 9 + 1
    assert timedelta(days=270) <= ages[-1] <= timedelta(days=366)
    weeks = {m.isocalendar()[:2] for m in older}
    assert len(weeks) >= 10


def test_rotation_applied_at_every_backup_equals_one_rotation_at_the_end() -> None:
    kept, now = simulate(200, seed=5)
    assert backups_to_delete(stamps(sorted(kept)), now) == []
    every = moments_of_use(200, seed=5)
    assert backups_to_keep(stamps(every), now) == kept


def test_a_long_gap_does_not_wipe_the_history() -> None:
    before, _ = simulate(60, seed=2)
    later = max(before) + timedelta(days=180)
    kept = backups_to_keep(stamps(sorted(before | {later})), later)
    assert later in kept
    # The days, weeks and months before the gap still count: their backups stay.
    assert len({m.date() for m in kept if m < later}) >= 12 + 2


def test_backups_from_the_future_are_kept() -> None:
    now = START
    ahead = now + timedelta(days=40)
    assert ahead in backups_to_keep(stamps([ahead, now - timedelta(days=100)]), now)


def test_the_oldest_backup_stays_while_history_is_short() -> None:
    now = START + timedelta(days=20)
    moments = [START + timedelta(days=d) for d in range(0, 21)]
    assert START in backups_to_keep(stamps(moments), now)


def test_a_smaller_policy_keeps_fewer() -> None:
    now = START + timedelta(days=100)
    moments = [START + timedelta(hours=6 * h) for h in range(400)]
    small = Policy(within=timedelta(days=1), daily=3, weekly=2, monthly=1)
    kept = backups_to_keep(stamps(moments), now, small)
    assert len(kept) <= 4 + 3 + 2 + 1 + 1


def test_manual_backups_are_not_automatic() -> None:
    kept = {BackupKind.MANUAL, BackupKind.TAKEOVER, BackupKind.HANDOVER}  # one side of a choice
    assert not any(kind.automatic for kind in kept)
    assert all(kind.automatic for kind in BackupKind if kind not in kept)
    assert BackupKind.UPGRADE.label == "Before an upgrade"


@given(
    st.lists(
        st.datetimes(
            min_value=datetime(2024, 1, 1), max_value=datetime(2026, 1, 1), timezones=st.just(UTC)
        ),
        min_size=1,
        max_size=60,
        unique=True,
    )
)
def test_the_newest_is_always_kept_and_rotation_is_idempotent(moments: list[datetime]) -> None:
    now = max(moments) + timedelta(days=3)
    kept = backups_to_keep(stamps(moments), now)
    assert max(moments) in kept
    assert backups_to_keep(stamps(sorted(kept)), now) == kept
