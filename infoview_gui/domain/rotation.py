"""Which automatic backups to keep: dense for recent days, thinner further back.

The rule, as Borg and restic prune: keep every backup from the last two days; then the
newest backup of each of the 12 most recent days that have one, of the 10 most recent
weeks, and of the 9 most recent months. A period whose newest backup is already kept by
an earlier rule does not count, so the daily backups reach 12 days beyond the first two.
While there are fewer than 9 monthly backups, the oldest backup is kept too. Days,
weeks and months are counted in the time zone of ``now``.

Gaps do not wipe the history: someone who does not open InfoView for half a year still
finds the backups from before the gap, since only periods that have a backup count.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import TypeVar

from infoview_gui.domain.i18n import N_, _

K = TypeVar("K", bound=Hashable)
Period = Callable[[datetime], tuple[int, ...]]


class BackupKind(StrEnum):
    """Why a backup was made; the value is part of the backup's file name."""

    START = "start"
    MANUAL = "manual"
    UPGRADE = "upgrade"
    IMPORT = "import"
    RESTORE = "restore"
    TAKEOVER = "takeover"
    HANDOVER = "handover"

    @property
    def label(self) -> str:
        """The words the user sees for this kind of backup."""
        return _(_KIND_LABELS[self])

    @property
    def automatic(self) -> bool:
        """Whether InfoView made it by itself (and may thin it out).

        The data replaced by a hand-over, or a hand-over set aside, is kept like the
        user's own backups: it is the only copy of one side of a choice the user made.
        """
        return self not in (BackupKind.MANUAL, BackupKind.TAKEOVER, BackupKind.HANDOVER)


_KIND_LABELS = {
    BackupKind.START: N_("Automatic, at start"),
    BackupKind.MANUAL: N_("Made by you"),
    BackupKind.UPGRADE: N_("Before an upgrade"),
    BackupKind.IMPORT: N_("Before an import"),
    BackupKind.RESTORE: N_("Before a restore"),
    BackupKind.TAKEOVER: N_("Before a take-over"),
    BackupKind.HANDOVER: N_("From another computer"),
}


@dataclass(frozen=True)
class Policy:
    """How many backups of each age to keep."""

    within: timedelta = timedelta(days=2)
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


DEFAULT_POLICY = Policy()


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def _keep_per_period(
    ordered: Sequence[tuple[K, datetime]], period: Period, count: int, kept: set[K]
) -> int:
    """Keep the newest backup of each of ``count`` periods; return how many it added."""
    added = 0
    last: tuple[int, ...] | None = None
    for key, moment in ordered:
        if added >= count:
            break
        current = period(moment)
        if current == last:
            continue
        last = current
        if key not in kept:
            kept.add(key)
            added += 1
    return added


def backups_to_keep(
    backups: Iterable[tuple[K, datetime]], now: datetime, policy: Policy = DEFAULT_POLICY
) -> set[K]:
    """Return the keys of the backups to keep.

    Args:
        backups: (key, moment taken) of each automatic backup; moments are aware.
        now: the current moment, aware; its time zone decides where days begin.
        policy: how many of each age to keep.
    """
    zone: tzinfo | None = now.tzinfo
    ordered = sorted(
        ((key, moment.astimezone(zone)) for key, moment in backups),
        key=lambda item: item[1],
        reverse=True,
    )
    # A backup "from the future" (the clock was wrong) is kept: age says nothing of it.
    kept = {key for key, moment in ordered if now - moment <= policy.within}
    _keep_per_period(ordered, _day, policy.daily, kept)
    _keep_per_period(ordered, _week, policy.weekly, kept)
    monthly = _keep_per_period(ordered, _month, policy.monthly, kept)
    if ordered and monthly < policy.monthly:
        kept.add(ordered[-1][0])
    return kept


def backups_to_delete(
    backups: Iterable[tuple[K, datetime]], now: datetime, policy: Policy = DEFAULT_POLICY
) -> list[K]:
    """Return the keys of the backups to delete, oldest first."""
    items = sorted(backups, key=lambda item: item[1])
    kept = backups_to_keep(items, now, policy)
    return [key for key, _ in items if key not in kept]
