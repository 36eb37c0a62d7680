"""The user's clock and time zone, as the views read them (tests pass their own)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimeZone

from infoview_gui.services.user_zone import user_zone


@cache
def system_zone_name() -> str:
    """Return the computer's time zone name, such as ``Europe/London``.

    Read from the TZ variable or the /etc/localtime link where there is one (instant);
    Qt's answer otherwise (it loads ICU, a few milliseconds).
    """
    name = os.environ.get("TZ", "").lstrip(":")
    if not name and os.path.islink("/etc/localtime"):
        target = os.path.realpath("/etc/localtime")
        name = target.partition("zoneinfo/")[2]
    return name or bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


def utc_now() -> datetime:
    """Return the present moment, aware, in UTC."""
    return datetime.now(UTC)


def user_today(now: datetime, system_zone: str) -> tuple[date, ZoneInfo]:
    """Return the user's local day at ``now``, and their time zone."""
    zone = user_zone(system_zone=system_zone)
    return now.astimezone(zone).date(), zone


def dialog_options(
    now: Callable[[], datetime], system_zone: Callable[[], str], opener: Any | None
) -> dict[str, Any]:
    """Return what the dialogs a view opens share with it: today, and the mail opener."""
    options: dict[str, Any] = {"today": lambda: user_today(now(), system_zone())[0]}
    if opener is not None:
        options["opener"] = opener
    return options
