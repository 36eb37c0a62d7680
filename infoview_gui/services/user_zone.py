"""The user's time zone: the profile's, else the computer's (read before the first paint)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from infoview_gui.store import overview


def user_zone(*, system_zone: str = "") -> ZoneInfo:
    """Return the user's time zone: the profile's, else ``system_zone``, else UTC."""
    for name in (overview.profile_time_zone(), system_zone, "UTC"):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")
